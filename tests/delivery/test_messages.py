"""Every family step renders a French notice with the child's first name, a next step and a link."""
import pytest

from notifications.mail import compose_notice
from graphql_api.domain.texts.notices import FAMILY_NOTICES, describe, describe_for_staff

PAYLOAD = {
    "pupilId": 7, "firstName": "Léa", "lastName": "MARTIN", "requests": [{"rank": 1, "voie": "2GT", "voieLabel": "2de GT"}],
    "etablissementName": "CLG LUCIE AUBRAC", "expectedReopeningOn": "2027-03-20", "title": "Dossier STD2A",
    "body": "Envoyez le dossier.", "target": "1re technologique — série STD2A", "deadline": "2027-04-01", "reminder": True,
}


@pytest.mark.parametrize("event_type", sorted(FAMILY_NOTICES))
def test_each_family_step_is_complete(event_type):
    pupil_id = None if event_type.startswith("TELESERVICE") else 7
    notice = describe(event_type, PAYLOAD, pupil_id)
    assert notice is not None and notice.kind == event_type
    if pupil_id is not None:
        assert "Léa" in notice.title + notice.body
        assert notice.link_path.startswith("/orientation/eleves/")
    assert notice.next_step
    composed = compose_notice(notice.title, notice.body, notice.link_path, "https://o.test", notice.next_step)
    assert notice.next_step in composed.text and "https://o.test/orientation" in composed.text
    assert 'lang="fr"' in composed.html and "https://o.test/orientation" in composed.html
    assert describe_for_staff(event_type, PAYLOAD) != event_type  # staff wording exists too


def test_staff_only_and_unknown_events_say_nothing_to_families():
    assert describe("AVIS_ENTERED", PAYLOAD, 7) is None
    assert describe("CALENDAR_CHANGED", {}, None) is None
