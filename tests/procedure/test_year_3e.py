"""A whole year for a 3e pupil through the API: phase 1, then phase 2 on the agreement path."""
from sqlalchemy import select

from graphql_api.db.models import OutgoingMail
from tests.conftest import dispatch
from tests.procedure.helpers import (
    ACKNOWLEDGE,
    ANSWER,
    APPEAL,
    AUDIT,
    DECISION,
    ENTER_AVIS,
    ENTER_PROPOSITION,
    SET_TELESERVICE,
    VALIDATE_CHOICES,
    VALIDATE_INTENTIONS,
    file_of,
    move_to_definitive,
    ok,
    rejected,
    viewer_of,
)
from graphql_api.graphql.base import encode_id


async def test_full_year_3e_agreement(client, runtime, demo):
    for login in ("martin.pere", "martin.mere", "chef.aubrac", "pp.3a", "pp.3b", "eleve.martin"):
        await client.login(login)
    pid = encode_id("Pupil", demo.pupils["martin"])
    staff = "chef.aubrac"

    # Phase 1: intentions, avis, (no acknowledgement yet).
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}]}, "martin.pere")
    await ok(client, SET_TELESERVICE, {"open": False}, staff)
    await rejected(
        client, ENTER_AVIS, {"pupilId": pid, "avis": [{"rank": 1, "value": "FAVORABLE"}, {"rank": 2, "value": "FAVORABLE"}], "specialiteRecommendations": ["MATHS"]},
        "pp.3a", "SPECIALITES_NOT_ALLOWED", pid=pid, staff=staff,
    )
    await ok(
        client, ENTER_AVIS,
        {"pupilId": pid, "avis": [{"rank": 1, "value": "FAVORABLE"}, {"rank": 2, "value": "RESERVE"}], "motivation": "Bon trimestre."},
        "pp.3a",
    )
    await ok(client, SET_TELESERVICE, {"open": True}, staff)

    # Phase 2 opens (the académie's calendar moves on).
    await move_to_definitive(runtime.db, demo.academie)
    viewer = await viewer_of(client, pid, "martin.pere")
    assert viewer["canEnterChoices"] is False and viewer["choicesBlocker"]["code"] == "AVIS_NOT_ACKNOWLEDGED"
    message = await rejected(
        client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "2GT"}]}, "martin.pere", "AVIS_NOT_ACKNOWLEDGED", pid=pid, staff=staff
    )
    assert "accuser réception" in message
    await ok(client, ACKNOWLEDGE, {"pupilId": pid, "confirm": True}, "martin.pere")
    assert (await viewer_of(client, pid, "martin.pere"))["canEnterChoices"] is True

    # Choix définitifs: only the entering guardian, never the pupil.
    await rejected(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "CAP1"}]}, "martin.mere", "NOT_ENTERING_GUARDIAN", pid=pid, staff=staff)
    await rejected(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "CAP1"}]}, "eleve.martin", "PUPIL_CANNOT_WRITE", pid=pid, staff=staff)
    await rejected(
        client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "1G"}]}, "martin.pere", "VOIE_NOT_FOR_PALIER", pid=pid, staff=staff
    )
    payload = await ok(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie", "statutApprenti": True}]}, "martin.pere")
    assert payload["message"].startswith("Vos choix définitifs ont bien été validés")
    file = await file_of(client, pid, "martin.mere")
    assert [r["voie"]["code"] for r in file["choices"]["requests"]] == ["2GT", "2PRO"]

    # The council's proposition: entered while the téléservice is closed, motivated when it differs.
    await rejected(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "2GT"}, "pp.3a", "TELESERVICE_OPEN", pid=pid, staff=staff)
    await ok(client, SET_TELESERVICE, {"open": False}, staff)
    await rejected(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "2PRO"}, "pp.3a", "MOTIVATION_REQUIRED", pid=pid, staff=staff)
    await rejected(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "2GT"}, "pp.3b", "NOT_FOUND", pid=pid, staff=staff)
    await ok(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "2GT"}, "pp.3a")
    assert (await file_of(client, pid, "martin.pere"))["proposition"] is None  # not published yet
    await ok(client, SET_TELESERVICE, {"open": True}, staff)
    file = await file_of(client, pid, "martin.pere")
    assert file["proposition"] == {"voie": {"code": "2GT"}, "serie": None, "motivation": None, "differsFromRequest": False, "published": True, "specialiteRecommendations": []}
    await rejected(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "CAP1"}]}, "martin.pere", "CHOICES_LOCKED", pid=pid, staff=staff)

    # The answer: only the entering guardian; agreement makes the proposition the décision.
    viewer = await viewer_of(client, pid, "martin.mere")
    assert viewer["canAnswerProposition"] is False and viewer["answerBlocker"]["code"] == "NOT_ENTERING_GUARDIAN"
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": True}, "martin.mere", "NOT_ENTERING_GUARDIAN", pid=pid, staff=staff)
    assert (await viewer_of(client, pid, "martin.pere"))["canAnswerProposition"] is True
    payload = await ok(client, ANSWER, {"pupilId": pid, "agrees": True}, "martin.pere")
    assert "devient la décision" in payload["message"]
    file = await file_of(client, pid, "martin.mere")
    assert file["familyAnswer"]["agrees"] is True and file["familyAnswer"]["byViewer"] is False
    assert file["decision"]["voie"]["code"] == "2GT" and file["decision"]["byHead"] is False
    assert file["decision"]["appealDeadline"] is None and "spécialité" in file["decision"]["notice"]

    # Nothing left to do: no second answer, no décision by the head, no appeal after an agreement.
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": False}, "martin.pere", "ALREADY_ANSWERED", pid=pid, staff=staff)
    await rejected(
        client, DECISION, {"pupilId": pid, "voie": "2PRO", "motivation": "x"}, staff, "ALREADY_DECIDED", pid=pid, staff=staff
    )
    await rejected(client, APPEAL, {"pupilId": pid}, "martin.pere", "APPEAL_NOT_OPEN", pid=pid, staff=staff)
    assert (await viewer_of(client, pid, "martin.pere"))["appealBlocker"]["code"] == "APPEAL_NOT_OPEN"

    # Every step reached the other guardian (inbox and mail) and the audit trail.
    await dispatch(runtime)
    inbox = await client.data("{ notifications(first: 50) { edges { node { kind title body } } } }", as_="martin.mere")
    kinds = [e["node"]["kind"] for e in inbox["notifications"]["edges"]]
    for kind in ("CHOICES_VALIDATED", "PROPOSITION_PUBLISHED", "PROPOSITION_ANSWERED", "DECISION_TAKEN"):
        assert kind in kinds
    decision_notice = next(e["node"] for e in inbox["notifications"]["edges"] if e["node"]["kind"] == "DECISION_TAKEN")
    assert "2de générale et technologique" in decision_notice["body"]
    async with runtime.db.read() as session:
        mails = (await session.execute(select(OutgoingMail.kind, OutgoingMail.to_address).where(OutgoingMail.pupil_id == demo.pupils["martin"]))).all()
    assert ("DECISION_TAKEN", "martin.mere@famille.localhost") in mails
    assert ("DECISION_TAKEN", "martin.pere@famille.localhost") in mails
    assert ("PROPOSITION_PUBLISHED", "martin.pere@famille.localhost") in mails

    audit = (await client.data(AUDIT, {"id": pid, "first": 100}, as_=staff))["auditTrail"]
    actions = [e["node"]["action"] for e in audit["edges"]]
    assert actions[0] == "DECISION_TAKEN" and "PROPOSITION_ANSWERED" in actions and actions[-1] == "INTENTIONS_VALIDATED"
    answered = next(e["node"] for e in audit["edges"] if e["node"]["action"] == "PROPOSITION_ANSWERED")
    assert answered["channel"] == "TELESERVICE" and answered["actor"] == {"firstName": "Julien", "lastName": "MARTIN", "role": "GUARDIAN"}
    assert answered["description"].endswith(": d'accord")
    page = (await client.data(AUDIT, {"id": pid, "first": 2}, as_="pp.3a"))["auditTrail"]
    assert len(page["edges"]) == 2 and page["pageInfo"]["hasNextPage"] is True
    nxt = (await client.data(AUDIT, {"id": pid, "first": 2, "after": page["pageInfo"]["endCursor"]}, as_="pp.3a"))["auditTrail"]
    assert nxt["edges"][0]["node"]["at"] <= page["edges"][-1]["node"]["at"]
    refused = await client.execute(AUDIT, {"id": pid}, as_="martin.pere")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    hidden = await client.execute(AUDIT, {"id": pid}, as_="pp.3b")
    assert hidden["errors"][0]["extensions"]["code"] == "NOT_FOUND"
