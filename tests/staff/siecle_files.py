"""Writers of SIECLE/STS exports laid out as the national ones (also used by bench/ and the demo).

The layouts follow what the open-source readers of these files read (GEPI's init_xml2,
SACoche's SIECLE/STS import, Pix's SIECLE parser), not what our importer expects:
- BEE_ELEVES (ElevesSansAdresses.xml): PARAMETRES (UAJ, ANNEE_SCOLAIRE, DATE_EXPORT,
  HORODATAGE), DONNEES/ELEVES/ELEVE[@ELEVE_ID, @ELENOET] with ID_NATIONAL, NOM_DE_FAMILLE,
  NOM_USAGE, PRENOM, DATE_NAISS, CODE_SEXE, DATE_SORTIE, CODE_MEF, SCOLARITE_AN_DERNIER…, then
  DONNEES/OPTIONS and DONNEES/STRUCTURES/STRUCTURES_ELEVE[@ELEVE_ID]/STRUCTURE (CODE_STRUCTURE,
  TYPE_STRUCTURE D for the class, G for groups; pupils who left sit in "Inactifs");
- BEE_RESPONSABLES (ResponsablesAvecAdresses.xml): PERSONNES/PERSONNE[@PERSONNE_ID],
  RESPONSABLES/RESPONSABLE_ELEVE (ELEVE_ID, PERSONNE_ID, RESP_LEGAL 1/2/0, CODE_PARENTE,
  RESP_FINANCIER, PERS_PAIEMENT, PERS_CONTACT, NIVEAU_RESPONSABILITE on recent exports),
  ADRESSES/ADRESSE[@ADRESSE_ID];
- BEE_NOMENCLATURES (Nomenclature.xml): MEFS/MEF[@CODE_MEF];
- STS_EDT (sts_emp_<UAI>_<ANNEE>.xml): PARAMETRES/UAJ[@CODE] with ACADEMIE, SIGLE… children,
  ANNEE_SCOLAIRE[@ANNEE], NOMENCLATURES at the root, DONNEES/INDIVIDUS/INDIVIDU[@ID, @TYPE]
  (FONCTION, PROFS_PRINC/PROF_PRINC/CODE_STRUCTURE, DISCIPLINES) and
  DONNEES/STRUCTURE/DIVISIONS/DIVISION[@CODE] (MEFS_APPARTENANCE, SERVICES), GROUPES.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from graphql_api.domain.siecle import school_year_of

YEAR = school_year_of(dt.date.today())


def _tag(name: str, value: object) -> str:
    return "" if value is None else f"<{name}>{escape(str(value))}</{name}>"


def _parametres(uai: str, year: int) -> str:
    return (
        f"<PARAMETRES><UAJ>{uai}</UAJ><ANNEE_SCOLAIRE>{year}</ANNEE_SCOLAIRE>"
        f"<DATE_EXPORT>02/09/{year}</DATE_EXPORT><HORODATAGE>02/09/{year} 08:30:00</HORODATAGE></PARAMETRES>\n"
    )


def eleves_document(
    uai: str, pupils: Iterable[dict], *, encoding: str | None = "ISO-8859-15", year: int = YEAR, addresses: bool = False
) -> Iterator[str]:
    """pupils: dicts with id, ine, nom, nom_usage, prenom, naissance (DD/MM/YYYY), mef, division,
    sortie (DATE_SORTIE), structures (list of (CODE_STRUCTURE, TYPE_STRUCTURE), default the
    division then a group)."""
    if encoding:
        yield f'<?xml version="1.0" encoding="{encoding}"?>\n'
    yield '<BEE_ELEVES VERSION="3.9">\n' + _parametres(uai, year) + "<DONNEES>\n<ELEVES>\n"
    structures = []
    for p in pupils:
        yield (
            f"<ELEVE ELEVE_ID={quoteattr(str(p['id']))} ELENOET=\"{p['id']}\">\n"
            + _tag("ID_NATIONAL", p.get("ine"))
            + _tag("ELENOET", p["id"])
            + _tag("ID_ELEVE_ETAB", p["id"])
            + _tag("NOM_DE_FAMILLE", p.get("nom"))
            + _tag("NOM_USAGE", p.get("nom_usage"))
            + _tag("PRENOM", p.get("prenom"))
            + "<PRENOM2>MARIE</PRENOM2>"
            + _tag("DATE_NAISS", p.get("naissance", "01/02/2011"))
            + "<DOUBLEMENT>0</DOUBLEMENT><CODE_PAYS>100</CODE_PAYS><CODE_DEPARTEMENT_NAISS>075</CODE_DEPARTEMENT_NAISS>"
            + "<CODE_COMMUNE_INSEE_NAISS>75111</CODE_COMMUNE_INSEE_NAISS><VILLE_NAISS>PARIS 11E ARRONDISSEMENT</VILLE_NAISS>"
            + f"<CODE_SEXE>{p.get('sexe', 2)}</CODE_SEXE><CODE_REGIME>2</CODE_REGIME><DATE_ENTREE>02/09/{year}</DATE_ENTREE>"
            + _tag("DATE_SORTIE", p.get("sortie"))
            + ("<CODE_MOTIF_SORTIE>DEM</CODE_MOTIF_SORTIE>" if p.get("sortie") else "")
            + _tag("CODE_MEF", p.get("mef", "10310019110"))
            + "<CODE_STATUT>ST</CODE_STATUT>"
            # Last year's schooling carries its own CODE_MEF and CODE_STRUCTURE: never this year's.
            + "<SCOLARITE_AN_DERNIER><CODE_MEF>10210001110</CODE_MEF><CODE_STRUCTURE>4B</CODE_STRUCTURE>"
            + f"<CODE_RNE>{uai}</CODE_RNE><SIGLE>CLG</SIGLE><DENOM_PRINC>COLLEGE</DENOM_PRINC></SCOLARITE_AN_DERNIER>"
            + "\n</ELEVE>\n"
        )
        listed = p.get("structures")
        if listed is None:
            listed = [(p["division"], "D"), ("3LATIN", "G")] if p.get("division") else []
        if listed:
            structures.append((p["id"], listed))
    yield "</ELEVES>\n<OPTIONS>\n"
    for eleve_id, _ in structures[:3]:
        yield (
            f'<OPTION ELEVE_ID="{eleve_id}" ELENOET="{eleve_id}"><OPTIONS_ELEVE><NUM_OPTION>1</NUM_OPTION>'
            "<CODE_MODALITE_ELECT>O</CODE_MODALITE_ELECT><CODE_MATIERE>030201</CODE_MATIERE></OPTIONS_ELEVE></OPTION>\n"
        )
    yield "</OPTIONS>\n<STRUCTURES>\n"
    for eleve_id, listed in structures:
        yield f'<STRUCTURES_ELEVE ELEVE_ID="{eleve_id}" ELENOET="{eleve_id}">' + "".join(
            f"<STRUCTURE><CODE_STRUCTURE>{escape(code)}</CODE_STRUCTURE><TYPE_STRUCTURE>{kind}</TYPE_STRUCTURE></STRUCTURE>"
            for code, kind in listed
        ) + "</STRUCTURES_ELEVE>\n"
    yield "</STRUCTURES>\n"
    if addresses:  # ElevesAvecAdresses
        yield "<ADRESSES>\n" + "".join(
            f'<ADRESSE ADRESSE_ID="E{eleve_id}"><LIGNE1_ADRESSE>3 RUE DES ECOLES</LIGNE1_ADRESSE><CODE_POSTAL>75005</CODE_POSTAL>'
            "<LIBELLE_POSTAL>PARIS</LIBELLE_POSTAL><CODE_PAYS>100</CODE_PAYS></ADRESSE>\n"
            for eleve_id, _ in structures
        ) + "</ADRESSES>\n"
    yield "</DONNEES>\n</BEE_ELEVES>\n"


def responsables_document(
    uai: str, persons: Iterable[dict], links: Iterable[tuple], *, encoding: str = "ISO-8859-15", year: int = YEAR
) -> Iterator[str]:
    """links: (ELEVE_ID, PERSONNE_ID, RESP_LEGAL[, NIVEAU_RESPONSABILITE]); None leaves a field out."""
    yield f'<?xml version="1.0" encoding="{encoding}"?>\n'
    yield '<BEE_RESPONSABLES VERSION="1.9">\n' + _parametres(uai, year) + "<DONNEES>\n<PERSONNES>\n"
    addresses = []
    for p in persons:
        address = f"A{p['id']}"
        addresses.append(address)
        yield (
            f"<PERSONNE PERSONNE_ID=\"{p['id']}\">" + _tag("LC_CIVILITE", p.get("civilite")) + _tag("NOM_DE_FAMILLE", p.get("nom"))
            + _tag("NOM_USAGE", p.get("nom_usage")) + _tag("PRENOM", p.get("prenom"))
            + "<TEL_PERSONNEL>0140000000</TEL_PERSONNEL><TEL_PORTABLE>0600000000</TEL_PORTABLE>"
            + _tag("MEL", p.get("mel")) + "<ACCEPTE_SMS>1</ACCEPTE_SMS>"
            + f"<ADRESSE_ID>{address}</ADRESSE_ID><CODE_PROFESSION>42</CODE_PROFESSION><COMMUNICATION_ADRESSE>1</COMMUNICATION_ADRESSE>"
            + "</PERSONNE>\n"
        )  # fmt: skip
    yield "</PERSONNES>\n<RESPONSABLES>\n"
    for link in links:
        eleve, personne, resp_legal = link[:3]
        niveau = link[3] if len(link) > 3 else ("1" if resp_legal in ("1", "2") else "3")
        yield (
            "<RESPONSABLE_ELEVE>" + _tag("ELEVE_ID", eleve) + _tag("PERSONNE_ID", personne) + _tag("RESP_LEGAL", resp_legal)
            + "<CODE_PARENTE>20</CODE_PARENTE><RESP_FINANCIER>1</RESP_FINANCIER><PERS_PAIEMENT>1</PERS_PAIEMENT>"
            + "<PERS_CONTACT>1</PERS_CONTACT>" + _tag("NIVEAU_RESPONSABILITE", niveau) + "</RESPONSABLE_ELEVE>\n"
        )  # fmt: skip
    yield "</RESPONSABLES>\n<ADRESSES>\n"
    for address in addresses:
        yield (
            f'<ADRESSE ADRESSE_ID="{address}"><LIGNE1_ADRESSE>12 RUE DE LA ROQUETTE</LIGNE1_ADRESSE><CODE_POSTAL>75011</CODE_POSTAL>'
            "<LIBELLE_POSTAL>PARIS</LIBELLE_POSTAL><COMMUNE_INSEE>75111</COMMUNE_INSEE><CODE_PAYS>100</CODE_PAYS>"
            "<LL_PAYS>FRANCE</LL_PAYS></ADRESSE>\n"
        )
    yield "</ADRESSES>\n</DONNEES>\n</BEE_RESPONSABLES>\n"


def nomenclatures_document(mefs: Iterable[tuple[str, str]], *, uai: str = "0750001U", year: int = YEAR) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_NOMENCLATURES VERSION="1.4">\n' + _parametres(uai, year)
    yield "<DONNEES>\n<MEFS>\n"
    for code, label in mefs:
        yield (
            f'<MEF CODE_MEF="{code}"><FORMATION>{escape(label[:20])}</FORMATION><SPECIALITE>{escape(label[:20])}</SPECIALITE>'
            f"<LIBELLE_LONG>{escape(label)}</LIBELLE_LONG><LIBELLE_EDITION>{escape(label.title())}</LIBELLE_EDITION>"
            f"<MEF_RATTACHEMENT>{code}</MEF_RATTACHEMENT><STATUT>ST</STATUT></MEF>\n"
        )
    yield "</MEFS>\n<MATIERES><MATIERE CODE_MATIERE=\"030201\"><CODE_GESTION>AGL1</CODE_GESTION>"
    yield "<LIBELLE_COURT>ANGLAIS LV1</LIBELLE_COURT></MATIERE></MATIERES>\n</DONNEES>\n</BEE_NOMENCLATURES>\n"


def sts_document(
    uai: str, teachers: Iterable[dict], divisions: Iterable[tuple[str, str]], *, year: int = YEAR, academie: tuple[str, str] = ("01", "PARIS")
) -> Iterator[str]:
    """teachers: dicts with id, nom, prenom, civilite, fonction (ENS, DIR…), pp: [(division code,
    DATE_FIN or None)]; divisions: (code, MEF code)."""
    yield '<?xml version="1.0" encoding="ISO-8859-15"?>\n<STS_EDT>\n<PARAMETRES>\n'
    yield (
        f'<UAJ CODE="{uai}"><ACADEMIE><CODE>{academie[0]}</CODE><LIBELLE>{academie[1]}</LIBELLE></ACADEMIE>'
        "<SIGLE>CLG</SIGLE><DENOM_PRINC>COLLEGE</DENOM_PRINC><DENOM_COMPL>JEAN MOULIN</DENOM_COMPL></UAJ>\n"
        f'<ANNEE_SCOLAIRE ANNEE="{year}"><DATE_DEBUT>01/09/{year}</DATE_DEBUT><DATE_FIN>31/08/{year + 1}</DATE_FIN></ANNEE_SCOLAIRE>\n'
        f"<DATE_EXPORT>05/09/{year}</DATE_EXPORT><HORODATAGE>05/09/{year} 10:00:00</HORODATAGE>\n</PARAMETRES>\n"
        '<NOMENCLATURES><MATIERES><MATIERE CODE="030201"><CODE_GESTION>AGL1</CODE_GESTION><LIBELLE_COURT>ANGLAIS LV1</LIBELLE_COURT>'
        "</MATIERE></MATIERES></NOMENCLATURES>\n<DONNEES>\n<INDIVIDUS>\n"
    )
    for t in teachers:
        pps = "".join(
            f"<PROF_PRINC><CODE_STRUCTURE>{escape(code)}</CODE_STRUCTURE><DATE_DEBUT>01/09/{year}</DATE_DEBUT>"
            + _tag("DATE_FIN", ends if ends is not None else f"31/08/{year + 1}")
            + "</PROF_PRINC>"
            for code, ends in t.get("pp", [])
        )
        yield (
            f"<INDIVIDU ID=\"{t['id']}\" TYPE=\"epp\"><SEXE>2</SEXE>" + _tag("CIVILITE", t.get("civilite", "MME"))
            + _tag("NOM_USAGE", t["nom"]) + _tag("NOM_PATRONYMIQUE", t["nom"]) + _tag("PRENOM", t.get("prenom"))
            + "<DATE_NAISSANCE>1980-05-04</DATE_NAISSANCE><GRADE>CERT. CL. NORMALE</GRADE>"
            + _tag("FONCTION", t.get("fonction", "ENS"))
            + (f"<PROFS_PRINC>{pps}</PROFS_PRINC>" if pps else "")
            + '<DISCIPLINES><DISCIPLINE CODE="L0422"><LIBELLE_COURT>ANGLAIS</LIBELLE_COURT><NB_HEURES>18</NB_HEURES></DISCIPLINE></DISCIPLINES>'
            + "</INDIVIDU>\n"
        )  # fmt: skip
    yield "</INDIVIDUS>\n<STRUCTURE>\n<DIVISIONS>\n"
    for code, mef in divisions:
        yield (
            f'<DIVISION CODE="{escape(code)}"><LIBELLE_LONG>{escape(code)}</LIBELLE_LONG><EFFECTIF_PREVU>28</EFFECTIF_PREVU>'
            f'<MEFS_APPARTENANCE><MEF_APPARTENANCE CODE="{mef}"/></MEFS_APPARTENANCE>'
            '<SERVICES><SERVICE CODE_MATIERE="030201" CODE_MOD_COURS="CG"><ENSEIGNANTS><ENSEIGNANT ID="1" TYPE="epp">'
            "<COS>18</COS></ENSEIGNANT></ENSEIGNANTS></SERVICE></SERVICES></DIVISION>\n"
        )
    yield (
        '</DIVISIONS>\n<GROUPES><GROUPE CODE="3LATIN"><LIBELLE_LONG>LATIN 3E</LIBELLE_LONG><DIVISIONS_APPARTENANCE>'
        '<DIVISION_APPARTENANCE CODE="3A"/></DIVISIONS_APPARTENANCE></GROUPE></GROUPES>\n</STRUCTURE>\n</DONNEES>\n</STS_EDT>\n'
    )


def write(path, parts: Iterable[str], encoding: str = "iso-8859-15", bom: bool = False) -> None:  # type: ignore[no-untyped-def]
    with open(path, "wb") as out:
        if bom:
            out.write(b"\xef\xbb\xbf")
        for part in parts:
            out.write(part.encode(encoding))


def zipped(plain: Path, archive: Path) -> Path:
    """The XML in a zip, as SIECLE delivers its exports (ElevesSansAdresses.zip…)."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(plain, plain.name)
    return archive
