"""The establishment's parameters before the téléservice opens, and nomenclature entries.

The pre-opening check lists what looks wrong so the school finds it, not the families.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import DomainError

CODE_MIN, CODE_MAX = 2, 40
CODE_PATTERN = re.compile(r"^[A-Z0-9_]{%d,%d}$" % (CODE_MIN, CODE_MAX))
LABEL_MAX_LENGTH = 200


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    subject: str | None = None  # what it is about: a spécialité code, a division, a pupil's name


@dataclass(frozen=True)
class PupilContact:
    name: str
    guardians: int
    guardians_with_email: int


def pre_opening_findings(
    *,
    has_2de_gt_pupils: bool,
    offered: Iterable[str],
    selectable: set[str],
    divisions_without_pp: Iterable[str],
    pupils: Iterable[PupilContact],
) -> list[Finding]:
    findings: list[Finding] = []
    offered = sorted(offered)
    if has_2de_gt_pupils and not offered:
        findings.append(
            Finding(
                "NO_SPECIALITE_OFFERED",
                "Aucun enseignement de spécialité n'est déclaré alors que l'établissement a des élèves de 2de GT.",
            )
        )
    for code in offered:
        if code not in selectable:
            findings.append(
                Finding(
                    "SPECIALITE_NOT_LISTED",
                    f"L'enseignement de spécialité {code} est déclaré offert mais ne figure pas (ou plus) dans la liste académique.",
                    code,
                )
            )
    for division in sorted(divisions_without_pp):
        findings.append(Finding("DIVISION_WITHOUT_PP", f"La division {division} n'a pas de professeur principal.", division))
    for pupil in pupils:
        if pupil.guardians == 0:
            findings.append(Finding("PUPIL_WITHOUT_GUARDIAN", f"{pupil.name} n'a aucun responsable légal : personne ne pourra saisir en ligne.", pupil.name))
        elif pupil.guardians_with_email == 0:
            findings.append(
                Finding(
                    "PUPIL_WITHOUT_GUARDIAN_EMAIL",
                    f"Aucun responsable de {pupil.name} n'a d'adresse électronique : aucun e-mail ne pourra être envoyé.",
                    pupil.name,
                )
            )
    return findings


def check_entry(code: str, label: str) -> tuple[str, str]:
    code = (code or "").strip().upper()
    label = (label or "").strip()
    if not CODE_PATTERN.match(code):
        raise DomainError.of("INVALID_CODE", f"Le code doit comporter de {CODE_MIN} à {CODE_MAX} lettres majuscules, chiffres ou « _ ».", "code")
    if not label or len(label) > LABEL_MAX_LENGTH:
        raise DomainError.of("INVALID_LABEL", f"Le libellé est obligatoire ({LABEL_MAX_LENGTH} caractères au plus).", "label")
    return code, label
