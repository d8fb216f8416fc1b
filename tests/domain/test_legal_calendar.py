"""Each académie's legal calendar: jours ouvrables (Monday to Saturday), the territory's own
public holidays, its time zone, and school years. Known dates, checked by hand."""
import dataclasses
import datetime as dt

import pytest

from graphql_api.domain import school_year
from graphql_api.domain.errors import DomainError
from graphql_api.domain.territory import METROPOLE, TERRITORIES, Territory, territory_of_code, valid_local_holiday, valid_time_zone
from graphql_api.domain.working_days import appeal_deadline, is_working_day, public_holidays

D = dt.date
UTC = dt.timezone.utc
STRASBOURG = territory_of_code("15")
REUNION = territory_of_code("28")
MARTINIQUE = territory_of_code("31")
GUADELOUPE = territory_of_code("32")
GUYANE = territory_of_code("33")
MAYOTTE = territory_of_code("43")


def test_decision_notified_on_a_thursday_has_its_deadline_on_the_monday():
    assert D(2026, 6, 4).weekday() == 3
    assert appeal_deadline(D(2026, 6, 4)) == D(2026, 6, 8)  # Fri 5, Sat 6 (counts), Mon 8


@pytest.mark.parametrize(
    "territory, notified, national, local",
    [
        # Alsace-Moselle: Good Friday 03/04/2026 (and Easter Monday 06/04 everywhere).
        (STRASBOURG, D(2026, 4, 2), D(2026, 4, 7), D(2026, 4, 8)),
        # Alsace-Moselle: 26 December 2026 is a Saturday.
        (STRASBOURG, D(2026, 12, 23), D(2026, 12, 28), D(2026, 12, 29)),
        # La Réunion: 20 December 2027 is a Monday.
        (REUNION, D(2027, 12, 17), D(2027, 12, 21), D(2027, 12, 22)),
        # Mayotte: 27 April 2026 is a Monday.
        (MAYOTTE, D(2026, 4, 24), D(2026, 4, 28), D(2026, 4, 29)),
        # Martinique: 22 May 2026 is a Friday, and Whit Monday is 25 May 2026.
        (MARTINIQUE, D(2026, 5, 20), D(2026, 5, 23), D(2026, 5, 26)),
        # Guadeloupe: 27 May 2027 is a Thursday.
        (GUADELOUPE, D(2027, 5, 25), D(2027, 5, 28), D(2027, 5, 29)),
        # Guyane: 10 June 2027 is a Thursday.
        (GUYANE, D(2027, 6, 8), D(2027, 6, 11), D(2027, 6, 12)),
    ],
)
def test_local_holidays_push_the_deadline(territory, notified, national, local):
    assert appeal_deadline(notified) == national
    assert appeal_deadline(notified, territory) == local


def test_holidays_are_data_per_territory_with_national_rules_computed():
    assert D(2026, 4, 3) in public_holidays(2026, STRASBOURG.local_holidays)  # Vendredi saint
    assert D(2026, 4, 3) not in public_holidays(2026)
    assert D(2027, 3, 26) in public_holidays(2027, STRASBOURG.local_holidays)  # Easter 2027: 28 March
    assert D(2026, 12, 26) in public_holidays(2026, STRASBOURG.local_holidays)
    assert not is_working_day(D(2026, 12, 20), REUNION)  # a Sunday anyway
    assert not is_working_day(D(2027, 12, 20), REUNION) and is_working_day(D(2027, 12, 20))
    assert {code for code in TERRITORIES} == {"15", "28", "31", "32", "33", "43"}
    assert territory_of_code("01") == METROPOLE  # Paris


def test_time_zones_of_the_overseas_academies():
    moment = dt.datetime(2027, 1, 15, 12, 0, tzinfo=UTC)
    offsets = {code: t.local(moment).utcoffset() for code, t in TERRITORIES.items()}
    assert offsets["31"] == offsets["32"] == dt.timedelta(hours=-4)
    assert offsets["33"] == dt.timedelta(hours=-3)
    assert offsets["28"] == dt.timedelta(hours=4)
    assert offsets["43"] == dt.timedelta(hours=3)
    assert offsets["15"] == dt.timedelta(hours=1)


def test_today_is_the_academie_s_day():
    # 00:30 in Paris on 15 January is still the 14th in UTC (and in the Antilles).
    half_past_midnight = dt.datetime(2027, 1, 14, 23, 30, tzinfo=UTC)
    assert METROPOLE.today(half_past_midnight) == D(2027, 1, 15)
    assert GUADELOUPE.today(half_past_midnight) == D(2027, 1, 14)
    # 21:30 UTC on a Wednesday is already Thursday 01:30 in La Réunion.
    evening = dt.datetime(2026, 6, 3, 21, 30, tzinfo=UTC)
    assert REUNION.today(evening) == D(2026, 6, 4)
    assert appeal_deadline(REUNION.today(evening), REUNION) == D(2026, 6, 8)
    assert appeal_deadline(METROPOLE.today(evening), METROPOLE) == D(2026, 6, 6)


def test_validation_of_territory_data():
    assert valid_time_zone("Indian/Reunion") and not valid_time_zone("Mars/Olympus")
    assert valid_local_holiday("12-26") and valid_local_holiday("GOOD_FRIDAY")
    assert not valid_local_holiday("13-01") and not valid_local_holiday("1-1")
    assert Territory().time_zone == "Europe/Paris"


def test_school_years():
    assert school_year.of_date(D(2026, 9, 1)) == "2026-2027"
    assert school_year.of_date(D(2027, 8, 31)) == "2026-2027"
    assert school_year.next_of("2026-2027") == "2027-2028"
    assert school_year.previous_of("2026-2027") == "2025-2026"
    assert school_year.age_in_years("2023-2024", "2026-2027") == 3
    for bad in ("2026-2028", "2026/2027", "26-27", ""):
        with pytest.raises(DomainError) as raised:
            school_year.parse(bad)
        assert raised.value.errors[0].code == "INVALID_SCHOOL_YEAR"


def test_acknowledgement_day_in_the_academie_s_time():
    from graphql_api.domain.family import FileFacts, acknowledgement_message
    from graphql_api.domain.vocabulary import Role

    facts = FileFacts(hors_procedure=False, entering_guardian_id=1, avis_published=True,
                      acknowledged_at=dt.datetime(2026, 10, 16, 22, 30, tzinfo=UTC), acknowledged_by_id=1)  # fmt: skip
    assert acknowledgement_message(Role.GUARDIAN, 1, facts).endswith("le 17/10.")  # 00:30 in Paris
    martinique = dataclasses.replace(facts, time_zone="America/Martinique")
    assert acknowledgement_message(Role.GUARDIAN, 1, martinique).endswith("le 16/10.")
    # The refusal to acknowledge twice names the same day.
    from graphql_api.domain.calendar import CampaignState, CampaignStatus
    from graphql_api.domain.family import acknowledgement_blocker

    status = CampaignStatus(CampaignState.OPEN, None, "", ())
    assert acknowledgement_blocker(Role.GUARDIAN, 1, martinique, status).message.endswith("le 16/10.")
    assert acknowledgement_blocker(Role.GUARDIAN, 1, facts, status).message.endswith("le 17/10.")
