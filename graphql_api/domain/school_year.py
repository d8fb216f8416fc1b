"""School years ("2026-2027") and the state of an académie's campaign for one of them.

A pupil's file belongs to one school year; the INE is the pupil's identity across years. One
campaign per (académie, school year): the current one takes writes, past ones are frozen.
"""
from __future__ import annotations

import datetime as dt
import enum
import re

from .errors import DomainError

_PATTERN = re.compile(r"^(\d{4})-(\d{4})$")
# The school year turns on 1 September (rentrée); a date in July-August still belongs to the
# year that is ending, which is when its late steps (appeals, affectation) happen.
FIRST_MONTH = 9

CAMPAIGN_YEAR_FROZEN = "CAMPAIGN_YEAR_FROZEN"
MSG_FROZEN = (
    "Le dossier de l'année scolaire {year} est archivé : la campagne de cette année est close "
    "et le dossier ne peut plus être modifié."
)
INVALID_SCHOOL_YEAR = ("INVALID_SCHOOL_YEAR", "L'année scolaire doit s'écrire comme « 2026-2027 ».")
NO_CURRENT_CAMPAIGN = ("NO_CURRENT_CAMPAIGN", "Aucune campagne d'orientation n'est ouverte pour cette académie.")
ROLLOVER_NOT_NEXT = (
    "ROLLOVER_NOT_NEXT_YEAR",
    "La nouvelle campagne doit porter sur l'année scolaire qui suit la campagne en cours ({expected}).",
)


class CampaignYearState(str, enum.Enum):
    CURRENT = "CURRENT"  # the académie's campaign of this year: files take writes
    FROZEN = "FROZEN"  # a past year: read-only, kept until retention purges it


def parse(value: str) -> tuple[int, int]:
    match = _PATTERN.match(value or "")
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise DomainError.of(*INVALID_SCHOOL_YEAR, "schoolYear")
    return int(match.group(1)), int(match.group(2))


def of_date(day: dt.date) -> str:
    start = day.year if day.month >= FIRST_MONTH else day.year - 1
    return f"{start}-{start + 1}"


def next_of(value: str) -> str:
    start, end = parse(value)
    return f"{end}-{end + 1}"


def previous_of(value: str) -> str:
    start, _ = parse(value)
    return f"{start - 1}-{start}"


def start_year(value: str) -> int:
    return parse(value)[0]


def frozen_error(year: str) -> DomainError:
    return DomainError.of(CAMPAIGN_YEAR_FROZEN, MSG_FROZEN.format(year=year))


def age_in_years(year: str, current: str) -> int:
    """How many school years ``year`` lies before ``current`` (0 for the same year)."""
    return start_year(current) - start_year(year)
