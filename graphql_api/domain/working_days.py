"""Jours ouvrables: the appeal deadline (Code de l'éducation D331-34 and D331-56, "trois jours
ouvrables") counts Monday to SATURDAY, except public holidays of the académie's territory.

National holidays are computed (the fixed days plus those that follow Easter); each territory
adds its own (domain/territory.py): Alsace-Moselle, and the overseas académies.
"""
from __future__ import annotations

import datetime as dt
import functools

from .calendar import PARIS
from .territory import GOOD_FRIDAY, METROPOLE, Territory

APPEAL_WORKING_DAYS = 3
APPEAL_DELAY_TEXT = f"{APPEAL_WORKING_DAYS} jours ouvrables"  # as families read it
_FIXED_HOLIDAYS = ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25))
SUNDAY = 6


def easter_sunday(year: int) -> dt.date:
    """Gregorian computus (anonymous / Meeus-Jones-Butcher algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@functools.lru_cache(maxsize=64)
def _national(year: int) -> frozenset[dt.date]:
    easter = easter_sunday(year)
    movable = (easter + dt.timedelta(days=1), easter + dt.timedelta(days=39), easter + dt.timedelta(days=50))
    return frozenset({dt.date(year, m, d) for m, d in _FIXED_HOLIDAYS} | set(movable))


@functools.lru_cache(maxsize=256)
def public_holidays(year: int, local_holidays: tuple[str, ...] = ()) -> frozenset[dt.date]:
    """National holidays of ``year`` plus the territory's own (see domain/territory.py)."""
    days = set(_national(year))
    for rule in local_holidays:
        if rule == GOOD_FRIDAY:
            days.add(easter_sunday(year) - dt.timedelta(days=2))
        else:
            month, day = (int(x) for x in rule.split("-"))
            days.add(dt.date(year, month, day))
    return frozenset(days)


def is_working_day(day: dt.date, territory: Territory = METROPOLE) -> bool:
    """Jour ouvrable: every day but Sunday and the territory's public holidays."""
    return day.weekday() != SUNDAY and day not in public_holidays(day.year, territory.local_holidays)


def add_working_days(start: dt.date, count: int, territory: Territory = METROPOLE) -> dt.date:
    """The count-th jour ouvrable after ``start`` (``start`` itself is not counted)."""
    day = start
    while count > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day, territory):
            count -= 1
    return day


def appeal_deadline(notified_on: dt.date, territory: Territory = METROPOLE) -> dt.date:
    """Last day (in the académie's time) on which the family may appeal a décision notified on
    ``notified_on``."""
    return add_working_days(notified_on, APPEAL_WORKING_DAYS, territory)


def paris_date(moment: dt.datetime) -> dt.date:
    """Metropolitan "today"; prefer ``Territory.today`` where the académie is known."""
    return moment.astimezone(PARIS).date()
