"""The national directory of schools ("Annuaire de l'éducation", data.education.gouv.fr
dataset fr-en-annuaire-education): which of its rows are establishments that run the
procedure, and what we keep of them.

The directory is published as CSV (";", UTF-8, headers as labels: Identifiant_de_l_etablissement,
Nom_etablissement, Type_etablissement, Statut_public_prive, Code_academie, Libelle_academie,
Nom_commune, Voie_generale, Voie_technologique, Type_contrat_prive, etat…) or JSON (the same
fields in lower case). Plain values in, plain values out: the import service reads the file
and writes the rows.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

UAI_DIGITS = 7
UAI_PATTERN = re.compile(r"^[0-9]{%d}[A-Z]$" % UAI_DIGITS)

# The columns a directory file must have (a file without them is not the directory).
REQUIRED_COLUMNS = ("identifiant_de_l_etablissement", "nom_etablissement", "type_etablissement", "code_academie")

PUBLIC = "PUBLIC"
PRIVE_SOUS_CONTRAT = "PRIVE_SOUS_CONTRAT"


@dataclass(frozen=True)
class EstablishmentRecord:
    uai: str
    name: str
    kind: str  # Type_etablissement as published: Collège, Lycée, EREA
    sector: str  # PUBLIC | PRIVE_SOUS_CONTRAT
    commune: str | None
    academie_code: str
    academie_name: str
    troisieme: bool  # has a 3e (collège, EREA)
    seconde_gt: bool  # has a 2de générale et technologique (lycée with voie générale or technologique)


@dataclass(frozen=True)
class Skipped:
    """A row of the directory that is not an establishment of the procedure (counted by reason)."""

    reason: str


@dataclass(frozen=True)
class Invalid:
    """A row that should be one but cannot be read (shown to the operator)."""

    ref: str
    reason: str


def _key(name: str) -> str:
    return name.strip().lstrip("\ufeff").lower()


def normalized(row: Mapping[str, object]) -> dict[str, str]:
    """Field names in lower case (CSV labels and JSON field names differ only by case), values as
    stripped strings (JSON has numbers and nulls)."""
    return {_key(k): ("" if v is None else str(v)).strip() for k, v in row.items()}


def missing_columns(columns: list[str]) -> list[str]:
    present = {_key(c) for c in columns}
    return [c for c in REQUIRED_COLUMNS if c not in present]


def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "oui", "o", "vrai", "1.0")


def _plain(text: str) -> str:
    """Upper case without accents, to compare published labels ("Collège", "Privé")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").upper().strip()


def academie_code(value: str) -> str:
    """Codes are published with or without their leading zero ("1", "01"): two digits."""
    value = value.strip()
    return value.zfill(2) if value.isdigit() else value


def establishment(fields: Mapping[str, str]) -> EstablishmentRecord | Skipped | Invalid:
    """One directory row: an establishment of the procedure (3e or 2de GT), a row skipped with
    its reason, or an unreadable one."""
    uai = fields.get("identifiant_de_l_etablissement", "").upper()
    name = " ".join(fields.get("nom_etablissement", "").split())
    kind = fields.get("type_etablissement", "")
    plain_kind = _plain(kind)
    if _plain(fields.get("etat", "")) == "FERME":
        return Skipped("établissement fermé")
    if plain_kind == "COLLEGE" or plain_kind == "EREA":
        troisieme, seconde_gt = True, False
    elif plain_kind == "LYCEE":
        troisieme = False
        seconde_gt = _flag(fields.get("voie_generale", "")) or _flag(fields.get("voie_technologique", ""))
        if not seconde_gt:
            return Skipped("lycée sans 2de générale et technologique (professionnel)")
    else:
        return Skipped("ni collège, ni lycée, ni EREA (écoles, services…)")
    statut = _plain(fields.get("statut_public_prive", ""))
    contrat = _plain(fields.get("type_contrat_prive", ""))
    if statut.startswith("PRIVE"):
        if "HORS CONTRAT" in contrat:
            return Skipped("privé hors contrat")
        sector = PRIVE_SOUS_CONTRAT
    else:
        sector = PUBLIC
    if not UAI_PATTERN.match(uai):
        return Invalid(f"« {uai or '?'} » ({name or 'sans nom'})", f"UAI mal formé ({UAI_DIGITS} chiffres et une lettre attendus).")
    if not name:
        return Invalid(uai, "Nom de l'établissement absent.")
    code = academie_code(fields.get("code_academie", ""))
    if not code:
        return Invalid(uai, "Code de l'académie absent.")
    academie_name = " ".join(fields.get("libelle_academie", "").split()) or f"Académie {code}"
    return EstablishmentRecord(
        uai=uai,
        name=name[:120],
        kind=kind[:40],
        sector=sector,
        commune=(" ".join(fields.get("nom_commune", "").split()) or None),
        academie_code=code[:8],
        academie_name=(academie_name if academie_name.lower().startswith("acad") else f"Académie de {academie_name.title()}")[:120],
        troisieme=troisieme,
        seconde_gt=seconde_gt,
    )
