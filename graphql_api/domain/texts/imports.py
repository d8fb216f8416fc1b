"""The reports of the imports (SIECLE files, the annuaire de l'éducation) for the school's and
the académie's administrators: each refusal, rejection, removal and warning in French."""
from __future__ import annotations

from collections.abc import Iterable

from ..siecle import LEGAL_RESP

NOT_STATED = "(non indiqué)"
PERSONNE_UNKNOWN = "PERSONNE_ID inconnue dans ce fichier."
UAJ_MISSING = "l'UAJ de l'établissement est absent de l'en-tête (PARAMETRES/UAJ)."
ELEVE_WITHOUT_ID = "disposition non reconnue : ELEVE sans attribut ELEVE_ID (élément <ELEVE ELEVE_ID=\"…\"> attendu)."
PROF_PRINC_WITHOUT_STRUCTURE = (
    "disposition non reconnue : PROF_PRINC sans CODE_STRUCTURE "
    "(élément INDIVIDUS/INDIVIDU/PROFS_PRINC/PROF_PRINC/CODE_STRUCTURE attendu)."
)
PROFS_PRINC_UNDER_DIVISION = (
    "disposition non reconnue : PROFS_PRINC sous DIVISION "
    "(élément INDIVIDUS/INDIVIDU/PROFS_PRINC/PROF_PRINC/CODE_STRUCTURE attendu)."
)
NO_PP_IN_FILE = (
    "aucun professeur principal (INDIVIDU/PROFS_PRINC/PROF_PRINC) dans le fichier : "
    "les professeurs principaux déjà connus sont conservés."
)
NO_CURRENT_CAMPAIGN = "aucune campagne d'orientation n'est ouverte pour l'académie de cet établissement."
ANNUAIRE_NOT_UTF8 = "le fichier n'est pas en UTF-8 (l'annuaire est publié en UTF-8)."
ANNUAIRE_JSON_NOT_A_LIST = "JSON inattendu : une liste d'établissements est attendue."


# --- the reports ---------------------------------------------------------------------------------

def siecle_heading(kind: str, source: str, uai: str) -> str:
    return f"Import {kind} de {source} pour l'établissement {uai}"


def annuaire_heading(source: str) -> str:
    return f"Import de l'annuaire des établissements {source}"


def refused(reason: str) -> str:
    return f"FICHIER REFUSÉ, rien n'a été importé : {reason}"


def refusal_code(code: str | None) -> str:
    return f"code : {code}"


def siecle_counts(created: int, updated: int, unchanged: int, left: int, unlinked: int, ignored: int, rejected: int) -> str:
    return (
        f"créés : {created} ; mis à jour : {updated} ; inchangés : {unchanged} ; "
        f"sortis (DATE_SORTIE) : {left} ; liens responsable retirés : {unlinked} ; "
        f"ignorés : {ignored} ; rejetés : {rejected}"
    )


def academies_counts(created: int, updated: int) -> str:
    return f"académies créées : {created} ; mises à jour : {updated}"


def etablissements_counts(created: int, updated: int, unchanged: int, skipped: int, rejected: int) -> str:
    return (
        f"établissements créés : {created} ; mis à jour : {updated} ; inchangés : {unchanged} ; "
        f"hors procédure : {skipped} ; rejetés : {rejected}"
    )


def skipped_line(reason: str, count: int) -> str:
    return f"  hors procédure — {reason} : {count}"


def rejected_line(ref: str, reason: str) -> str:
    return f"  rejeté — {ref} : {reason}"


def removed_line(what: str) -> str:
    return f"  retiré — {what}"


def warning_line(what: str) -> str:
    return f"  avertissement — {what}"


def duration(seconds: float) -> str:
    return f"durée : {seconds:.1f} s"


# --- refusals and rejections ---------------------------------------------------------------------

def archive_needs_one_xml(found: int) -> str:
    return f"l'archive doit contenir exactement un fichier XML (trouvé : {found})."


def unknown_declared_encoding(name: str) -> str:
    return f"encodage déclaré inconnu : {name}."


def wrong_root(root_tag: str, found_root: str) -> str:
    return f"ce n'est pas un fichier {root_tag} (racine <{found_root}>)."


def unexpected_element(unexpected: str, tag: str, expected: str) -> str:
    return f"disposition non reconnue : élément <{unexpected}> dans {tag}, élément {tag}/{expected} attendu."


def alternatives(names: Iterable[str]) -> str:
    return " ou ".join(names)


def unrecognised_layout(detail: object) -> str:
    return f"disposition non reconnue : {detail}."


def missing_container(root_tag: str, needed: str) -> str:
    return f"disposition non reconnue : élément {root_tag}/{needed} attendu, absent du fichier."


def ine_twice(ine: str) -> str:
    return f"INE {ine} présent deux fois dans le fichier."


def ine_elsewhere(ine: str) -> str:
    return f"l'INE {ine} est déjà inscrit dans un autre établissement."


def no_legal_guardian(existing_links: int) -> str:
    levels = " ou ".join(sorted(LEGAL_RESP))
    return (
        f"le fichier ne lie aucun responsable légal (RESP_LEGAL {levels}) à un élève importé : "
        f"il aurait retiré les {existing_links} liens existants. Vérifiez l'export (ResponsablesAvecAdresses)."
    )


def no_longer_guardian(guardian: str, pupil: str) -> str:
    return f"{guardian} n'est plus responsable de {pupil}"


def pp_not_in_individus(who: str) -> str:
    return f"professeur principal {who} absent des INDIVIDUS."


def no_longer_pp(division: str, who: str) -> str:
    return f"DIVISION {division} : {who} n'est plus professeur principal"


def other_etablissement(found: str, uai: str) -> str:
    return f"ce fichier est celui de l'établissement {found}, pas de {uai}."


def not_classes(listed: Iterable[tuple[str, int]]) -> str:
    return "structures qui ne sont pas des classes, élèves non placés : " + ", ".join(f"{code} ({n})" for code, n in listed) + "."


def etablissement_unknown(uai: str) -> str:
    return (
        f"aucun établissement d'UAI {uai} n'est connu : un fichier d'établissement ne le crée pas, "
        "importez d'abord l'annuaire de l'éducation (python -m graphql_api import etablissements FICHIER)."
    )


def not_current_campaign_year(current: str, target: str) -> str:
    return f"les élèves ne peuvent être importés que dans la campagne en cours de l'académie ({current}), pas dans {target}."


def annuaire_fields_missing(missing: Iterable[str]) -> str:
    return f"ce n'est pas l'annuaire de l'éducation : champ(s) {', '.join(missing)} absent(s)."


def annuaire_columns_missing(missing: Iterable[str]) -> str:
    return f"ce n'est pas l'annuaire de l'éducation (CSV séparé par « ; ») : colonne(s) {', '.join(missing)} absente(s)."


EMPTY_FILE = "fichier vide."


def invalid_json(error: object) -> str:
    return f"JSON invalide ({error})."


def json_expected(expected: str, position: int) -> str:
    return invalid_json(f"« {expected} » attendu, caractère {position}")


def json_trailing_data(position: int) -> str:
    return invalid_json(f"données après la fin du document, caractère {position}")


def invalid_xml(error: object) -> str:
    return f"XML invalide ({error})."


def unreadable(error: object) -> str:
    return f"fichier illisible ({error})."


def counters_rebuilt(pupils: int, seconds: float) -> str:
    """`python -m graphql_api rebuild-counters`'s last line."""
    return f"compteurs recalculés : {pupils} élèves en {seconds:.1f} s"


def unknown_uai(uai: str) -> str:
    return f"aucun établissement d'UAI {uai} n'est connu."
