"""Enseignements de spécialité requested with 1re générale.

Four among those the establishment offers, plus at most one it does not offer (shown after the
four). Families check them (unordered) unless the académie lets them rank; staff entering a
paper form rank them 1 to 4. The national list is data: an entry is selectable while active and
inside its validity dates; retiring it later leaves past requests as they were.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import ErrorList
from .requests import CheckedRequest, VoieInfo

OFFERED_COUNT = 4
MAX_NOT_OFFERED = 1


@dataclass(frozen=True)
class SpecialiteInfo:
    code: str
    label: str
    family: str | None = None
    active: bool = True
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def selectable_on(self, day: dt.date) -> bool:
        return (
            self.active
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_to is None or day <= self.valid_to)
        )


def check_specialites(
    codes: Sequence[str],
    *,
    known: Mapping[str, SpecialiteInfo],
    offered: set[str],
    today: dt.date,
    errors: ErrorList,
    path: tuple[str | int, ...],
) -> tuple[str, ...]:
    """The requested codes, the offered ones first (in the order given), then the other one."""
    seen: set[str] = set()
    chosen_offered: list[str] = []
    not_offered: list[str] = []
    for index, code in enumerate(codes):
        info = known.get(code)
        if info is None or not info.selectable_on(today):
            errors.add("UNKNOWN_SPECIALITE", "Cet enseignement de spécialité n'existe pas ou n'est plus proposé au choix.", *path, index)
            continue
        if code in seen:
            errors.add("DUPLICATE_SPECIALITE", f"L'enseignement « {info.label} » est déjà choisi.", *path, index)
            continue
        seen.add(code)
        (chosen_offered if code in offered else not_offered).append(code)
    if len(not_offered) > MAX_NOT_OFFERED:
        errors.add(
            "TOO_MANY_NOT_OFFERED",
            "Vous ne pouvez choisir qu'un seul enseignement de spécialité non proposé par l'établissement.",
            *path,
        )
    if len(chosen_offered) != OFFERED_COUNT:
        errors.add(
            "SPECIALITES_COUNT",
            f"Vous devez choisir {OFFERED_COUNT} enseignements de spécialité parmi ceux proposés par l'établissement, "
            "et au plus un cinquième qu'il ne propose pas.",
            *path,
        )
    return tuple(chosen_offered + not_offered)


def check_request_specialites(
    checked: Sequence[CheckedRequest],
    *,
    voies: Mapping[str, VoieInfo],
    known: Mapping[str, SpecialiteInfo],
    offered: set[str],
    today: dt.date,
    root: str,
) -> list[CheckedRequest]:
    """Spécialités of every request with a voie that has them (1re générale), ordered for storage."""
    errors = ErrorList()
    result = []
    for index, request in enumerate(checked):
        voie = voies.get(request.voie)
        if voie is None or not voie.has_specialites:
            result.append(request)
            continue
        path = (root, index, "specialites")
        ordered = check_specialites(request.specialites, known=known, offered=offered, today=today, errors=errors, path=path)
        result.append(dataclasses.replace(request, specialites=ordered))
    errors.raise_if_any()
    return result


def stored_ranks(ordered: Sequence[str], offered: set[str], ranked: bool) -> list[tuple[str, int | None, bool]]:
    """(code, rank, offered) rows: ranks 1..4 for the offered ones when ranked, else none."""
    rows = []
    position = 0
    for code in ordered:
        is_offered = code in offered
        rank = None
        if ranked and is_offered:
            position += 1
            rank = position
        rows.append((code, rank, is_offered))
    return rows


MAX_RECOMMENDED = OFFERED_COUNT + MAX_NOT_OFFERED


def check_recommendations(
    codes: Sequence[str], *, palier: str, known: Mapping[str, SpecialiteInfo], today: dt.date
) -> tuple[str, ...]:
    """Spécialités the council recommends (2de GT only): a recommendation, never a decision."""
    errors = ErrorList()
    if codes and palier != "2NDE_GT":
        errors.add("SPECIALITES_NOT_ALLOWED", "Les enseignements de spécialité ne concernent que les élèves de 2de GT.", "specialiteRecommendations")
        errors.raise_if_any()
    if len(codes) > MAX_RECOMMENDED:
        errors.add("TOO_MANY_SPECIALITES", f"Au plus {MAX_RECOMMENDED} enseignements de spécialité peuvent être recommandés.", "specialiteRecommendations")
    seen: set[str] = set()
    for index, code in enumerate(codes):
        info = known.get(code)
        if info is None or not info.selectable_on(today):
            errors.add("UNKNOWN_SPECIALITE", "Cet enseignement de spécialité n'existe pas ou n'est plus proposé au choix.", "specialiteRecommendations", index)
        elif code in seen:
            errors.add("DUPLICATE_SPECIALITE", f"L'enseignement « {info.label} » est déjà recommandé.", "specialiteRecommendations", index)
        seen.add(code)
    errors.raise_if_any()
    return tuple(codes)
