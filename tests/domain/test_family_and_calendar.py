import datetime as dt

from graphql_api.domain import family
from graphql_api.domain.calendar import CampaignState, Window, campaign_status, local_datetime, local_day
from graphql_api.domain.vocabulary import Phase, Role

NOW = dt.datetime(2027, 2, 10, 9, 0, tzinfo=dt.timezone.utc)
WINDOWS = [
    Window(Phase.DEFINITIVE, dt.datetime(2027, 4, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 6, 1, tzinfo=dt.timezone.utc)),
    Window(Phase.PROVISOIRE, dt.datetime(2027, 1, 15, tzinfo=dt.timezone.utc), dt.datetime(2027, 3, 15, tzinfo=dt.timezone.utc)),
]
OPEN = campaign_status(WINDOWS, True, NOW)
FREE = family.FileFacts(hors_procedure=False, entering_guardian_id=None, avis_published=False, acknowledged_at=None)


def test_campaign_states():
    assert OPEN.state is CampaignState.OPEN and OPEN.phase is Phase.PROVISOIRE
    before = campaign_status(WINDOWS, True, dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc))
    assert before.state is CampaignState.NOT_OPEN and before.message == "La campagne d'orientation n'est pas ouverte."
    assert [w.phase for w in before.windows] == [Phase.PROVISOIRE, Phase.DEFINITIVE]  # the calendar, in order
    closed = campaign_status(WINDOWS, False, NOW, expected_reopening_on=dt.date(2027, 3, 1))
    assert closed.state is CampaignState.CLOSED_BY_SCHOOL and "Réouverture prévue le 01/03/2027" in closed.message
    assert campaign_status(WINDOWS, True, dt.datetime(2027, 4, 2, tzinfo=dt.timezone.utc)).phase is Phase.DEFINITIVE


def test_window_end_is_exclusive():
    assert campaign_status(WINDOWS, True, dt.datetime(2027, 3, 15, tzinfo=dt.timezone.utc)).state is CampaignState.NOT_OPEN


def test_who_may_validate_intentions():
    assert family.intentions_blocker(Role.GUARDIAN, 1, FREE, OPEN) is None
    owned = family.FileFacts(False, 1, False, None)
    assert family.intentions_blocker(Role.GUARDIAN, 1, owned, OPEN) is None
    assert family.intentions_blocker(Role.GUARDIAN, 2, owned, OPEN).code == "NOT_ENTERING_GUARDIAN"
    assert family.intentions_blocker(Role.PUPIL, 3, owned, OPEN).message == "La saisie doit être effectuée par un responsable légal."
    assert family.intentions_blocker(Role.GUARDIAN, 1, family.FileFacts(True, None, False, None), OPEN).code == "HORS_PROCEDURE"
    closed = campaign_status(WINDOWS, False, NOW)
    assert family.intentions_blocker(Role.GUARDIAN, 1, owned, closed).code == "TELESERVICE_CLOSED"
    assert family.intentions_blocker(Role.GUARDIAN, 1, family.FileFacts(False, 1, True, None), OPEN).code == "INTENTIONS_LOCKED"
    definitive = campaign_status(WINDOWS, True, dt.datetime(2027, 4, 2, tzinfo=dt.timezone.utc))
    assert family.intentions_blocker(Role.GUARDIAN, 1, owned, definitive).code == "PHASE_OVER"


def test_who_may_acknowledge():
    published = family.FileFacts(False, 1, True, None)
    assert family.acknowledgement_blocker(Role.GUARDIAN, 1, published, OPEN) is None
    assert family.acknowledgement_blocker(Role.GUARDIAN, 2, published, OPEN).code == "NOT_ENTERING_GUARDIAN"
    assert family.acknowledgement_blocker(Role.PUPIL, 3, published, OPEN).message == "Seul un responsable légal peut accuser réception des avis provisoires."
    assert family.acknowledgement_blocker(Role.GUARDIAN, 1, family.FileFacts(False, 1, False, None), OPEN).code == "AVIS_NOT_AVAILABLE"


def test_acknowledgement_messages_from_each_side():
    at = dt.datetime(2019, 10, 17, 8, 0, tzinfo=dt.timezone.utc)
    facts = family.FileFacts(False, 1, True, at, acknowledged_by_id=1)
    assert family.acknowledgement_message(Role.GUARDIAN, 1, facts) == (
        "Vous avez pris connaissance et accusé réception de l'avis provisoire du conseil de classe le 17/10."
    )
    assert family.acknowledgement_message(Role.GUARDIAN, 2, facts).startswith("Un autre responsable de l'élève a pris connaissance")
    assert family.acknowledgement_message(Role.PUPIL, 3, facts).startswith("Un responsable a pris connaissance")


def test_paris_formats():
    moment = dt.datetime(2019, 11, 7, 11, 38, 9, tzinfo=dt.timezone.utc)  # 12:38:09 in Paris (CET)
    assert local_datetime(moment, "Europe/Paris") == "07/11/2019 à 12:38:09"
    assert local_day(dt.datetime(2019, 10, 16, 22, 30, tzinfo=dt.timezone.utc), "Europe/Paris") == "17/10"  # already the 17th in Paris
