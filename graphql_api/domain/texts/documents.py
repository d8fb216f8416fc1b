"""The staff's documents: the exported lists (CSV/XLSX), the list's cells and the fiches de
dialogue (PDF). Dates come already written (``fr_date``)."""
from __future__ import annotations

from ..specialites import MAX_NOT_OFFERED, OFFERED_COUNT

# --- exports -------------------------------------------------------------------------------------

# A request carries up to OFFERED_COUNT offered spécialités and MAX_NOT_OFFERED more.
SPECIALITE_COLUMNS = OFFERED_COUNT + MAX_NOT_OFFERED
VOEUX_HEADERS = ["Nom", "Prénom", "INE", "Division", "Phase", "Rang", "Voie", "Série",
                 *(f"Spécialité {rank}" for rank in range(1, SPECIALITE_COLUMNS + 1)),
                 "Spécialités non proposées par l'établissement"]  # fmt: skip
EXPORT_HEADERS = [
    "Nom", "Prénom", "INE", "Né(e) le", "Division", "MEF",
    "Entretien avec le professeur principal",
    "Intentions de la famille", "Avis provisoires du conseil de classe", "Accusé de réception",
    "Choix définitifs de la famille", "Propositions du conseil de classe", "Réponse de la famille",
    "Entretien avec le chef d'établissement", "Appel", "Décision d'orientation", "Hors procédure",
]  # fmt: skip

# --- cells of the list ---------------------------------------------------------------------------

STATUT_BOTH = "scolaire ou apprenti"
STATUT_SCOLAIRE = "scolaire"
STATUT_APPRENTI = "apprenti"
AGREES = "D'accord"
DISAGREES = "Pas d'accord"
WITH_REMISE_A_NIVEAU = " (avec dispositif de remise à niveau)"


def statut_part(statut: str) -> str:
    return f"statut {statut}"


def specialites_part(specialites: list[str] | tuple[str, ...]) -> str:
    return "spécialités : " + ", ".join(specialites)


def appeal_cell(filed_on: str, outcome: str | None) -> str:
    return f"Appel du {filed_on} : {outcome}"


# --- fiche de dialogue ---------------------------------------------------------------------------

FICHES_TITLE = "Fiches de dialogue"
FICHE_TITLE = "Fiche de dialogue - procédure d'orientation"
SIGNATURE_DATE = "Date : ____ / ____ / ________"
SIGNATURE_OF_GUARDIANS = "Signature du (des) représentant(s) légal(aux) :"
NOT_ENTERED_YET = "Pas encore de saisie de la famille."
PUPIL = "Élève"
BORN_ON_INE = "Né(e) le / INE"
DIVISION = "Division"
PP_INTERVIEW = "Entretien avec le prof. principal"
HORS_PROCEDURE = "Hors procédure"
PART_INTENTIONS = "Intentions provisoires de la famille"
VALIDATED_ON = "Validées le"
INTENTION = "Intention"
PART_AVIS = "Avis provisoires du conseil de classe"
AVIS = "Avis"
MOTIVATION = "Motivation"
ACKNOWLEDGEMENT = "Accusé de réception"
ACKNOWLEDGEMENT_NOT_YET = "Accusé de réception de l'avis par le représentant légal : pas encore donné."
PART_DEFINITIVE = "Choix définitifs, proposition et décision"
CHOICES_VALIDATED_ON = "Choix validés le"
CHOICE = "Choix"
PROPOSITION = "Proposition du conseil"
FAMILY_ANSWER = "Réponse de la famille"
HEAD_INTERVIEW = "Entretien avec le chef d'étab."
DECISION = "Décision d'orientation"
DECISION_MOTIVATION = "Motivation de la décision"
APPEAL = "Appel"
PARTS = (PART_INTENTIONS, PART_AVIS, PART_DEFINITIVE)


def part_heading(part: str) -> str:
    """« 1. Intentions provisoires de la famille »: numbered in the order of PARTS."""
    return f"{PARTS.index(part) + 1}. {part}"


def fiche_subtitle(etablissement: str, uai: str, palier: str, school_year: str) -> str:
    return f"{etablissement} ({uai}) - palier {palier} - année scolaire {school_year}"


def signed_online(on: str) -> str:
    return f"Saisie en ligne par le représentant légal le {on} : la saisie dans le téléservice vaut signature."


def signed_on_paper(received_on: str) -> str:
    return f"Formulaire papier signé reçu par l'établissement le {received_on}."


def acknowledged_on(on: str) -> str:
    return f"Accusé de réception de l'avis le {on}."


def definitive_signatures(choices_signed: str, answer: str, answered_on: str) -> str:
    return (
        f"Choix définitifs : {choices_signed} Réponse à la proposition : "
        + (f"{answer}, le {answered_on}." if answer else "pas encore donnée.")
    )


def appeal_line(filed_on: str, outcome: str | None) -> str:
    return f"déposé le {filed_on} - {outcome}"


def head_signature(on: str) -> str:
    return f"Le chef d'établissement, le {on}"


# Column widths of the XLSX export, by the words of their headers
WIDE_HEADER_WORDS = ("Intentions", "Choix", "Avis provisoires", "Propositions", "Décision", "Appel", "non proposées")
NARROW_HEADER_PREFIXES = ("Né(e)", "Entretien", "Accusé")
RANK_HEADER = "Rang"
# Names of the downloaded files
PUPILS_FILE = "eleves"
VOEUX_FILE = "liste-de-tous-les-voeux"
