"""The event catalog (graphql_api/domain/events.py): every event type has a payload class and a
delivery decision (inbox notice, mail, push), and the notifications layer agrees with it."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from graphql_api.domain.events import (
    DELIVERY,
    PAYLOADS,
    Audience,
    DecisionTaken,
    EventType,
    Mail,
    RequestLine,
    IntentionsValidated,
    payload_of,
    read,
    type_of,
)
from graphql_api.domain.texts.notices import FAMILY_NOTICES, STAFF_TEXTS

from .test_error_codes import ERROR_CALLS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("event_type", list(EventType))
def test_every_event_type_has_its_payload_and_its_notice_mail_push_decision(event_type: EventType) -> None:
    assert event_type in PAYLOADS, f"no payload class for {event_type}"
    decided = DELIVERY[event_type]
    told = decided.notice is not Audience.NOBODY
    # Families are told (inbox) exactly when a notice text exists for them.
    assert told == (event_type in FAMILY_NOTICES), event_type
    # A mail or a push goes only where a notice exists: they show the notice.
    if decided.mail is not Mail.NONE or decided.push is not Audience.NOBODY:
        assert told, event_type
    if decided.mail in (Mail.CONFIRMATION_AND_RECAP, Mail.PAPER_RECAP):
        assert decided.notice is Audience.FAMILY


def test_payloads_round_trip_and_keep_their_stored_keys() -> None:
    now = dt.datetime(2027, 3, 1, 9, 30, tzinfo=dt.timezone.utc)
    event = IntentionsValidated(
        pupil_id=7, first_name="Léa", last_name="MARTIN", palier="3EME", phase="PROVISOIRE",
        requests=(RequestLine(rank=1, voie="2GT", voie_label="2de GT", specialites=("MATHS",)),),
        validated_at=now, revision=2, took_the_hand=True, etablissement_name="CLG LUCIE AUBRAC",
    )
    stored = payload_of(event)
    assert stored["tookTheHand"] is True and stored["validatedAt"] == now.isoformat()
    assert stored["requests"][0]["voieLabel"] == "2de GT" and stored["requests"][0]["specialites"] == ["MATHS"]
    assert read("INTENTIONS_VALIDATED", stored) == event
    assert type_of(event) is EventType.INTENTIONS_VALIDATED
    decision = read("DECISION_TAKEN", {"appealDeadline": "2027-05-20", "remiseANiveau": True})
    assert isinstance(decision, DecisionTaken) and decision.appeal_deadline == dt.date(2027, 5, 20)
    assert read("SOMETHING_NEWER", {}) is None


def test_staff_texts_only_name_known_types() -> None:
    assert set(STAFF_TEXTS) <= set(EventType)


def test_no_event_type_is_retyped_as_a_string() -> None:
    """Outside the catalog, an event type is written EventType.X, never "X"."""
    names = {t.value for t in EventType}
    found = []
    for package in ("graphql_api", "notifications"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.parent.name == "domain" and path.name in ("events.py", "error_codes.py"):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            # Some error codes share a name with an event (MAINTIEN_REQUESTED): those are error codes.
            error_codes = {
                id(call.args[0])
                for call in ast.walk(tree)
                if isinstance(call, ast.Call) and call.args
                and (call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")) in ERROR_CALLS
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and node.value in names and id(node) not in error_codes:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value}")
    assert not found, found
