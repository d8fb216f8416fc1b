"""Writers of SIECLE/STS exports shaped like the national ones (also used by bench/)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr


def _tag(name: str, value: object) -> str:
    return "" if value is None else f"<{name}>{escape(str(value))}</{name}>"


def eleves_document(uai: str, pupils: Iterable[dict], *, encoding: str | None = "ISO-8859-15") -> Iterator[str]:
    """pupils: dicts with id, ine, nom, prenom, naissance (DD/MM/YYYY), mef, division, sortie."""
    if encoding:
        yield f'<?xml version="1.0" encoding="{encoding}"?>\n'
    yield f'<BEE_ELEVES VERSION="3.9"><PARAMETRES><UAJ>{uai}</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES><DONNEES><ELEVES>\n'
    structures = []
    for p in pupils:
        yield (
            f"<ELEVE ELEVE_ID={quoteattr(str(p['id']))} ELENOET=\"{p['id']}\">"
            + _tag("ID_NATIONAL", p.get("ine"))
            + _tag("NOM_DE_FAMILLE", p.get("nom"))
            + _tag("NOM_USAGE", p.get("nom_usage"))
            + _tag("PRENOM", p.get("prenom"))
            + _tag("DATE_NAISS", p.get("naissance", "01/02/2011"))
            + _tag("CODE_MEF", p.get("mef", "10310019110"))
            + _tag("DATE_SORTIE", p.get("sortie"))
            + "</ELEVE>\n"
        )
        if p.get("division"):
            structures.append((p["id"], p["division"]))
    yield "</ELEVES><STRUCTURES>\n"
    for eleve_id, division in structures:
        yield (
            f'<STRUCTURES_ELEVE ELEVE_ID="{eleve_id}"><STRUCTURE><CODE_STRUCTURE>{escape(division)}</CODE_STRUCTURE>'
            "<TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>"
            "<STRUCTURE><CODE_STRUCTURE>LATIN</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>\n"
        )
    yield "</STRUCTURES></DONNEES></BEE_ELEVES>\n"


def responsables_document(uai: str, persons: Iterable[dict], links: Iterable[tuple[str, str, str]]) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="ISO-8859-15"?>\n'
    yield f"<BEE_RESPONSABLES><PARAMETRES><UAJ>{uai}</UAJ></PARAMETRES><DONNEES><PERSONNES>\n"
    for p in persons:
        yield (
            f"<PERSONNE PERSONNE_ID=\"{p['id']}\">" + _tag("LC_CIVILITE", p.get("civilite")) + _tag("NOM_DE_FAMILLE", p.get("nom"))
            + _tag("PRENOM", p.get("prenom")) + _tag("MEL", p.get("mel")) + "</PERSONNE>\n"
        )  # fmt: skip
    yield "</PERSONNES><RESPONSABLES>\n"
    for eleve, personne, level in links:
        yield (
            f"<RESPONSABLE_ELEVE><ELEVE_ID>{eleve}</ELEVE_ID><PERSONNE_ID>{personne}</PERSONNE_ID>"
            f"<RESP_LEGAL>{level}</RESP_LEGAL><NIVEAU_RESPONSABILITE>{level}</NIVEAU_RESPONSABILITE></RESPONSABLE_ELEVE>\n"
        )
    yield "</RESPONSABLES></DONNEES></BEE_RESPONSABLES>\n"


def nomenclatures_document(mefs: Iterable[tuple[str, str]]) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_NOMENCLATURES><PARAMETRES><UAJ>0750001U</UAJ></PARAMETRES><DONNEES><MEFS>\n'
    for code, label in mefs:
        yield f'<MEF CODE_MEF="{code}"><FORMATION>{escape(label)}</FORMATION><LIBELLE_LONG>{escape(label)}</LIBELLE_LONG></MEF>\n'
    yield "</MEFS></DONNEES></BEE_NOMENCLATURES>\n"


def sts_document(uai: str, teachers: Iterable[dict], divisions: Iterable[tuple[str, list[str], str]]) -> Iterator[str]:
    """divisions: (code, [PP individu ids], MEF code)."""
    yield '<?xml version="1.0" encoding="ISO-8859-15"?>\n'
    yield f'<STS_EDT><PARAMETRES><UAJ CODE="{uai}"/><ANNEE_SCOLAIRE ANNEE="2026"/></PARAMETRES><DONNEES><INDIVIDUS>\n'
    for t in teachers:
        yield (
            f"<INDIVIDU ID=\"{t['id']}\" TYPE=\"epp\">" + _tag("CIVILITE", t.get("civilite", "M.")) + _tag("NOM_USAGE", t["nom"])
            + _tag("PRENOM", t.get("prenom")) + "<FONCTION>ENS</FONCTION></INDIVIDU>\n"
        )  # fmt: skip
    yield "</INDIVIDUS><STRUCTURE><DIVISIONS>\n"
    for code, pps, mef in divisions:
        yield f'<DIVISION CODE="{escape(code)}"><LIBELLE_LONG>{escape(code)}</LIBELLE_LONG><MEFS_APPARTENANCE><MEF_APPARTENANCE CODE="{mef}"/></MEFS_APPARTENANCE><PROFS_PRINC>'
        for pp in pps:
            yield f"<PROF_PRINC><INDIVIDU_ID>{pp}</INDIVIDU_ID><DATE_DEBUT>01/09/2026</DATE_DEBUT></PROF_PRINC>"
        yield "</PROFS_PRINC></DIVISION>\n"
    yield "</DIVISIONS></STRUCTURE><SERVICES><SERVICE CODE_MATIERE=\"030201\"><ENSEIGNANTS><ENSEIGNANT ID=\"1\"/></ENSEIGNANTS></SERVICE></SERVICES></DONNEES></STS_EDT>\n"


def write(path, parts: Iterable[str], encoding: str = "iso-8859-15", bom: bool = False) -> None:  # type: ignore[no-untyped-def]
    with open(path, "wb") as out:
        if bom:
            out.write(b"\xef\xbb\xbf")
        for part in parts:
            out.write(part.encode(encoding))
