"""SIECLE and STS records: what a valid one is, which palier it belongs to, what changed.

Plain values in, plain values out: the import service reads the XML and writes the rows,
these rules decide what is accepted, rejected (with the reason shown to the operator) and
updated. Only identity fields are ever compared: requests and answers are never touched.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any
from dataclasses import dataclass

from .vocabulary import Palier

INE_LENGTH = 11
INE_PATTERN = re.compile(r"^[0-9A-Z]{%d}$" % INE_LENGTH)
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FRENCH_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")

# BEE_RESPONSABLES: RESP_LEGAL is 1 or 2 for the two legal guardians (0: other people linked to
# the pupil); recent exports add NIVEAU_RESPONSABILITE (1 legal guardian, 2 person in charge,
# 3 contact). Only legal guardians act in the téléservice.
LEGAL_RESP = {"1", "2"}
LEGAL_GUARDIAN_LEVEL = "1"
# Structures SIECLE files with TYPE_STRUCTURE "D" that are not classes (pupils who left…).
NOT_A_CLASS = {"INACTIFS", "INACTIF", "SORTIS", "SORTANTS", "PARTIS", "DEPARTS", "DÉPARTS"}
DIVISION_TYPE = "D"


class UnknownLayout(ValueError):
    """The file is not laid out as the national exports are: the whole file is refused, since
    acting on what was not found (removing PPs, guardians…) would be wrong."""


@dataclass(frozen=True)
class Rejection:
    ref: str  # how the operator finds the record in the file: ELEVE_ID, name…
    reason: str


@dataclass(frozen=True)
class PupilRecord:
    siecle_id: str
    ine: str
    last_name: str
    first_name: str
    birth_date: dt.date
    mef: str
    left_on: dt.date | None


@dataclass(frozen=True)
class PersonRecord:
    siecle_id: str
    last_name: str
    first_name: str
    email: str | None
    civility: str | None


@dataclass(frozen=True)
class GuardianLink:
    eleve_id: str
    personne_id: str
    level: int


@dataclass(frozen=True)
class MefRecord:
    code: str
    label: str
    formation: str | None
    palier: str | None
    segpa: bool


@dataclass(frozen=True)
class TeacherRecord:
    siecle_id: str
    last_name: str
    first_name: str
    civility: str | None


def parse_date(value: str | None) -> dt.date | None:
    """SIECLE writes dates as DD/MM/YYYY (sometimes ISO); None when absent; ValueError when wrong."""
    if value is None:
        return None
    known = _DATES.get(value)
    if known is not None:
        return known
    if not value.strip():
        return None
    day = _parse_date(value.strip())
    if len(_DATES) >= 4096:  # a file's birth dates span a few years: the cache stays small
        _DATES.clear()
    _DATES[value] = day
    return day


_DATES: dict[str, dt.date] = {}  # text -> date, for the dates a file repeats (birth dates…)


def _parse_date(value: str) -> dt.date:
    if FRENCH_DATE.fullmatch(value):
        return dt.date(int(value[6:]), int(value[3:5]), int(value[:2]))
    return dt.date.fromisoformat(value[:10])


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def pupil_record(fields: Mapping[str, str | None], siecle_id: str) -> PupilRecord | Rejection:
    get = fields.get
    ine = " ".join((get("ID_NATIONAL") or "").split()).upper()
    last = _clean(get("NOM_USAGE")) or _clean(get("NOM_DE_FAMILLE")) or _clean(get("NOM"))
    first = " ".join((get("PRENOM") or "").split())
    if not ine:
        return Rejection(_who(siecle_id, last, first), "INE (ID_NATIONAL) absent : l'élève ne peut pas suivre la procédure sans INE.")
    if not INE_PATTERN.match(ine):
        return Rejection(_who(siecle_id, last, first), f"INE « {ine} » mal formé ({INE_LENGTH} caractères attendus).")
    if not last or not first:
        return Rejection(_who(siecle_id, last, first), "Nom ou prénom absent.")
    try:
        birth = parse_date(get("DATE_NAISS"))
        left = parse_date(get("DATE_SORTIE"))
    except ValueError:
        return Rejection(_who(siecle_id, last, first), "Date de naissance ou de sortie illisible.")
    if birth is None:
        return Rejection(_who(siecle_id, last, first), "Date de naissance (DATE_NAISS) absente.")
    mef = " ".join((get("CODE_MEF") or "").split())
    if not mef:
        return Rejection(_who(siecle_id, last, first), "Code MEF absent.")
    return PupilRecord(siecle_id, ine, last[:100], first[:100], birth, mef[:11], left)


def _who(siecle_id: str, last: str, first: str) -> str:
    """How the operator finds a rejected pupil in the file."""
    return f"ELEVE_ID {siecle_id}" + (f" ({last} {first})" if last or first else "")


def person_record(fields: Mapping[str, str | None], siecle_id: str) -> tuple[PersonRecord | Rejection, str | None]:
    """The record, and a warning when something was dropped (an unusable e-mail address)."""
    last = _clean(fields.get("NOM_DE_FAMILLE")) or _clean(fields.get("NOM_USAGE")) or _clean(fields.get("NOM"))
    first = _clean(fields.get("PRENOM"))
    if not last:
        return Rejection(f"PERSONNE_ID {siecle_id}", "Nom absent."), None
    email = _clean(fields.get("MEL")) or None
    warning = None
    if email and not EMAIL_PATTERN.match(email):
        warning = f"PERSONNE_ID {siecle_id} ({last} {first}) : adresse électronique « {email} » inutilisable, ignorée."
        email = None
    civility = _clean(fields.get("LC_CIVILITE")) or _clean(fields.get("CIVILITE")) or None
    return PersonRecord(siecle_id, last[:100], first[:100], email, civility[:8] if civility else None), warning


def guardian_link(fields: Mapping[str, str | None]) -> GuardianLink | Rejection | None:
    """None for people who are not legal guardians (ignored, not rejected).

    Both legal guardians are linked: RESP_LEGAL 1 and 2 (their level is that number); a file
    without RESP_LEGAL falls back on NIVEAU_RESPONSABILITE 1. A record carrying neither is a
    layout we do not know: UnknownLayout."""
    eleve, personne = _clean(fields.get("ELEVE_ID")), _clean(fields.get("PERSONNE_ID"))
    resp_legal = _clean(fields.get("RESP_LEGAL"))
    niveau = _clean(fields.get("NIVEAU_RESPONSABILITE"))
    if "RESP_LEGAL" not in fields and "NIVEAU_RESPONSABILITE" not in fields:
        raise UnknownLayout("RESPONSABLE_ELEVE sans RESP_LEGAL ni NIVEAU_RESPONSABILITE : élément RESP_LEGAL attendu")
    if not eleve or not personne:
        return Rejection(f"RESPONSABLE {eleve or '?'}/{personne or '?'}", "ELEVE_ID ou PERSONNE_ID absent.")
    if resp_legal in LEGAL_RESP:
        return GuardianLink(eleve, personne, int(resp_legal))
    if not resp_legal and niveau == LEGAL_GUARDIAN_LEVEL:
        return GuardianLink(eleve, personne, 1)
    return None


def is_class(code: str, structure_type: str) -> bool:
    """A STRUCTURE of a pupil is their class (division) when its type is D and it is not one of
    the structures SIECLE keeps for pupils who left ("Inactifs"…)."""
    return structure_type.strip().upper() == DIVISION_TYPE and bool(code.strip()) and _clean(code).upper() not in NOT_A_CLASS


def school_year(value: str | None) -> int | None:
    """First calendar year of a file's ANNEE_SCOLAIRE ("2026" or "2026-2027" → 2026)."""
    match = re.match(r"^\s*(\d{4})", value or "")
    return int(match.group(1)) if match else None


def school_year_of(day: dt.date) -> int:
    """First calendar year of the school year ``day`` falls in (SIECLE switches years over the
    summer: from August, exports are those of the coming year)."""
    return day.year if day.month >= 8 else day.year - 1


def year_label(year: int) -> str:
    return f"{year}-{year + 1}"


def wrong_year(file_year: int | None, campaign_year: int) -> str | None:
    """Why a file of ``file_year`` may not feed the campaign of ``campaign_year`` (None: it may)."""
    if file_year is None:
        return "l'année scolaire du fichier (ANNEE_SCOLAIRE) est absente de l'en-tête (PARAMETRES)."
    if file_year != campaign_year:
        return (
            f"ce fichier est celui de l'année scolaire {year_label(file_year)}, "
            f"la campagne visée est celle de {year_label(campaign_year)} : exportez le fichier de l'année en cours."
        )
    return None


def pp_active(date_fin: dt.date | None, today: dt.date) -> bool:
    """A PROF_PRINC whose DATE_FIN is past is no longer the division's PP."""
    return date_fin is None or date_fin >= today


def palier_of_mef(code: str, label: str = "") -> tuple[str | None, bool]:
    """(palier, SEGPA) of a MEF: 3e (general, prépa-métiers, SEGPA) and 2de GT follow the procedure.

    MEF codes start with the level ("103" 3e, "167" 3e SEGPA, "200" 2de GT); the label decides
    when a code does not say (académie-specific MEFs)."""
    text = label.upper()
    segpa = "SEGPA" in text or code.startswith("167")
    if code.startswith(("103", "167")) or text.startswith("3EME") or text.startswith("3E "):
        return Palier.TROISIEME.value, segpa
    if code.startswith("200") or text.startswith("2NDE G") or text.startswith("2DE G"):
        return Palier.SECONDE_GT.value, False
    return None, False


def mef_record(fields: Mapping[str, str | None], code: str) -> MefRecord | Rejection:
    code = _clean(code)
    if not code:
        return Rejection("MEF", "CODE_MEF absent.")
    label = _clean(fields.get("LIBELLE_LONG")) or _clean(fields.get("LIBELLE_EDITION")) or code
    palier, segpa = palier_of_mef(code, label)
    return MefRecord(code[:11], label[:200], _clean(fields.get("FORMATION")) or None, palier, segpa)


def teacher_record(fields: Mapping[str, str | None], siecle_id: str) -> TeacherRecord | Rejection:
    last = _clean(fields.get("NOM_USAGE")) or _clean(fields.get("NOM_PATRONYMIQUE")) or _clean(fields.get("NOM"))
    if not siecle_id or not last:
        return Rejection(f"INDIVIDU {siecle_id or '?'}", "Identifiant ou nom absent.")
    civility = _clean(fields.get("CIVILITE")) or None
    return TeacherRecord(siecle_id, last[:100], _clean(fields.get("PRENOM"))[:100], civility[:8] if civility else None)


def changes(current: Mapping[Any, Any], wanted: Mapping[str, object]) -> dict[str, object]:
    """The fields of ``wanted`` whose value differs from ``current`` (an update in place)."""
    return {k: v for k, v in wanted.items() if current.get(k) != v}


def pupil_fields(record: PupilRecord, palier: str, segpa: bool) -> dict[str, object]:
    """The identity fields an import owns on a pupil; everything else belongs to the procedure."""
    return {
        "ine": record.ine,
        "last_name": record.last_name,
        "first_name": record.first_name,
        "birth_date": record.birth_date,
        "mef": record.mef,
        "palier": palier,
        "segpa": segpa,
        "left_on": record.left_on,
    }


def same_school(expected_uai: str, found: str | None) -> bool:
    return bool(found) and found.strip().upper() == expected_uai.strip().upper()  # type: ignore[union-attr]
