"""The appeal deadline ("trois jours ouvrables": Monday to Saturday) across Sundays and French
public holidays, with known dates."""
import datetime as dt

import pytest

from graphql_api.domain.working_days import appeal_deadline, easter_sunday, is_working_day, public_holidays

D = dt.date


@pytest.mark.parametrize(
    "year, easter",
    [(2019, D(2019, 4, 21)), (2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)), (2026, D(2026, 4, 5)), (2027, D(2027, 3, 28)), (2038, D(2038, 4, 25))],
)
def test_easter(year, easter):
    assert easter_sunday(year) == easter


def test_holidays_of_2025():
    assert public_holidays(2025) == {
        D(2025, 1, 1), D(2025, 4, 21), D(2025, 5, 1), D(2025, 5, 8), D(2025, 5, 29), D(2025, 6, 9),
        D(2025, 7, 14), D(2025, 8, 15), D(2025, 11, 1), D(2025, 11, 11), D(2025, 12, 25),
    }


@pytest.mark.parametrize(
    "notified, deadline",
    [
        (D(2026, 6, 1), D(2026, 6, 4)),  # Monday → Thursday, nothing in between
        (D(2026, 6, 4), D(2026, 6, 8)),  # Thursday → Monday: Friday, SATURDAY, Monday
        (D(2026, 6, 6), D(2026, 6, 10)),  # notified on a Saturday: Mon, Tue, Wed
        (D(2026, 6, 5), D(2026, 6, 9)),  # Friday: Sat 6, Mon 8, Tue 9 (Sunday never counts)
        (D(2027, 5, 14), D(2027, 5, 19)),  # Friday before Whit Monday (17/05/2027): Sat, Tue, Wed
        (D(2025, 6, 6), D(2025, 6, 11)),  # Friday before Whit Monday (09/06/2025): Sat, Tue, Wed
        (D(2027, 5, 5), D(2027, 5, 11)),  # Ascension (Thu 6) and 8 May (Sat): Fri 7, Mon 10, Tue 11
        (D(2025, 5, 7), D(2025, 5, 12)),  # 8 May (Thursday): Fri 9, Sat 10, Mon 12
        (D(2026, 7, 10), D(2026, 7, 15)),  # Friday before 14 July (Tuesday): Sat 11, Mon 13, Wed 15
        (D(2025, 4, 18), D(2025, 4, 23)),  # Good Friday is worked in most of France; Easter Monday is not
    ],
)
def test_appeal_deadline(notified, deadline):
    assert appeal_deadline(notified) == deadline


def test_working_day():
    assert not is_working_day(D(2027, 5, 17))  # Whit Monday
    assert is_working_day(D(2027, 5, 15))  # Saturday: a jour ouvrable
    assert not is_working_day(D(2027, 5, 16))  # Sunday
    assert is_working_day(D(2027, 5, 18))
