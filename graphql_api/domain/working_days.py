"""Working days in France: the appeal deadline counts neither weekends nor public holidays.

Holidays are computed (no table to maintain): the fixed days plus those that follow Easter.
"""
from __future__ import annotations

import datetime as dt
import functools

from .calendar import PARIS

APPEAL_WORKING_DAYS = 3
APPEAL_DELAY_TEXT = f"{APPEAL_WORKING_DAYS} jours ouvrables"  # as families read it
_FIXED_HOLIDAYS = ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25))


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
def public_holidays(year: int) -> frozenset[dt.date]:
    easter = easter_sunday(year)
    movable = (easter + dt.timedelta(days=1), easter + dt.timedelta(days=39), easter + dt.timedelta(days=50))
    return frozenset({dt.date(year, m, d) for m, d in _FIXED_HOLIDAYS} | set(movable))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The count-th working day after ``start`` (``start`` itself is not counted)."""
    day = start
    while count > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def appeal_deadline(notified_on: dt.date) -> dt.date:
    """Last day on which the family may appeal a décision notified on ``notified_on``."""
    return add_working_days(notified_on, APPEAL_WORKING_DAYS)


def paris_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(PARIS).date()
