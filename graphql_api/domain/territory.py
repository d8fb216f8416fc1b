"""Each académie's territory: its time zone and the public holidays it adds to the national ones.

Kept as data (the `academie` row carries `time_zone` and `local_holidays`); this module holds the
values a new académie gets from its code, and the rules to read them. Local holidays are written
"MM-DD" (a fixed day) or "GOOD_FRIDAY" (Vendredi saint, two days before Easter Sunday).
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PARIS_TZ = "Europe/Paris"
GOOD_FRIDAY = "GOOD_FRIDAY"


@dataclass(frozen=True)
class Territory:
    time_zone: str = PARIS_TZ
    local_holidays: tuple[str, ...] = ()

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.time_zone)

    def today(self, now: dt.datetime) -> dt.date:
        """The calendar day it is in the académie at ``now`` (an aware UTC moment)."""
        return now.astimezone(self.zone).date()

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.zone)


METROPOLE = Territory()

# Code académie (BCE) → territory. Alsace-Moselle: Vendredi saint and 26 December (Code du
# travail L3134-13). Overseas: the day of the abolition of slavery (loi 83-550, décret 83-1003).
TERRITORIES: dict[str, Territory] = {
    "15": Territory(PARIS_TZ, (GOOD_FRIDAY, "12-26")),  # Strasbourg
    "28": Territory("Indian/Reunion", ("12-20",)),  # La Réunion
    "31": Territory("America/Martinique", ("05-22",)),  # Martinique
    "32": Territory("America/Guadeloupe", ("05-27",)),  # Guadeloupe
    "33": Territory("America/Cayenne", ("06-10",)),  # Guyane
    "43": Territory("Indian/Mayotte", ("04-27",)),  # Mayotte
}


def territory_of_code(code: str) -> Territory:
    """Defaults for an académie created from its code; metropolitan académies get Paris time."""
    return TERRITORIES.get(code, METROPOLE)


@functools.lru_cache(maxsize=16)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def valid_time_zone(name: str) -> bool:
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


INVALID_TIME_ZONE = ("INVALID_TIME_ZONE", "Fuseau horaire inconnu : {value} (nom IANA attendu, par exemple Indian/Reunion).")
INVALID_HOLIDAY = ("INVALID_HOLIDAY", "Jour férié local mal écrit : {value} (MM-JJ, par exemple 12-20, ou GOOD_FRIDAY).")


def valid_local_holiday(value: str) -> bool:
    if value == GOOD_FRIDAY:
        return True
    try:
        month, day = (int(x) for x in value.split("-"))
        dt.date(2024, month, day)  # a leap year accepts 02-29
    except ValueError:
        return False
    return len(value) == 5
