"""The appeal deadline across weekends and French public holidays, with known dates."""
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
        (D(2026, 6, 4), D(2026, 6, 9)),  # Thursday → Tuesday across a weekend
        (D(2026, 6, 6), D(2026, 6, 10)),  # notified on a Saturday: Mon, Tue, Wed
        (D(2027, 5, 14), D(2027, 5, 20)),  # Friday before Whit Monday (17/05/2027): Tue, Wed, Thu
        (D(2025, 6, 6), D(2025, 6, 12)),  # Friday before Whit Monday (09/06/2025)
        (D(2027, 5, 5), D(2027, 5, 11)),  # Wednesday before Ascension (06/05/2027): Fri 7, Mon 10, Tue 11
        (D(2025, 5, 7), D(2025, 5, 13)),  # 8 May (Thursday) then weekend: Fri 9, Mon 12, Tue 13
        (D(2026, 7, 10), D(2026, 7, 16)),  # Friday before 14 July (Tuesday): Mon 13, Wed 15, Thu 16
        (D(2025, 4, 18), D(2025, 4, 24)),  # Good Friday is worked; Easter Monday is not
    ],
)
def test_appeal_deadline(notified, deadline):
    assert appeal_deadline(notified) == deadline


def test_working_day():
    assert not is_working_day(D(2027, 5, 17))  # Whit Monday
    assert not is_working_day(D(2027, 5, 15))  # Saturday
    assert is_working_day(D(2027, 5, 18))
