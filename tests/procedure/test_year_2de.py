"""A whole year for a 2de GT pupil through the API: spécialités, then disagreement → entretien →
décision → appel → outcome; every rejection changes nothing and says why."""
import datetime as dt

from sqlalchemy import select

from graphql_api.db.models import PupilStep
from graphql_api.domain import steps
from graphql_api.domain.working_days import appeal_deadline, paris_date
from graphql_api.graphql.base import encode_id
from graphql_api.services.clock import utcnow
from graphql_api.services.decision import remind_appeal_deadlines
from graphql_api.services.transaction import written
from tests.conftest import dispatch
from tests.procedure.helpers import (
    ACKNOWLEDGE,
    ANSWER,
    APPEAL,
    DECISION,
    DISAGREEMENT,
    ENTER_AVIS,
    ENTER_PAPER_CHOICES,
    ENTER_PAPER_INTENTIONS,
    ENTER_PROPOSITION,
    HEAD_INTERVIEW,
    MAINTIEN,
    OUTCOME,
    SET_TELESERVICE,
    VALIDATE_CHOICES,
    VALIDATE_INTENTIONS,
    file_of,
    move_to_definitive,
    ok,
    rejected,
    viewer_of,
)

FOUR = ["MATHS", "PC", "SVT", "NSI"]


def premiere_generale(specialites):  # type: ignore[no-untyped-def]
    return {"voie": "1G", "specialites": specialites}


async def _set_deadline(db, pupil_id: int, deadline: dt.date) -> None:
    """Make as if the décision had been notified long enough ago for this deadline."""
    async with db.write() as session:
        step = (await session.execute(select(PupilStep).where(PupilStep.pupil_id == pupil_id, PupilStep.kind == steps.DECISION))).scalar_one()
        step.data = {**step.data, "appealDeadline": deadline.isoformat()}


async def test_full_year_2de_gt_disagreement_appeal(client, runtime, demo):
    for login in ("dubois.mere", "dubois.pere", "chef.hugo", "pp.2a", "secretariat.hugo", "roux.pere", "eleve.dubois"):
        await client.login(login)
    pid = encode_id("Pupil", demo.lycee.pupils["dubois"])
    staff = "chef.hugo"

    # --- Phase 1: spécialités checked by the family ------------------------------------------
    s = dict(pid=pid, staff=staff)
    five = premiere_generale(FOUR + ["SES"])
    message = await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [five]}, "dubois.mere", "SPECIALITES_COUNT", **s)
    assert "4 enseignements de spécialité" in message
    two_not_offered = premiere_generale(FOUR + ["LLCA", "ARTS_CINEMA"])
    message = await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [two_not_offered]}, "dubois.mere", "TOO_MANY_NOT_OFFERED", **s)
    assert "un seul" in message
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [premiere_generale(FOUR[:3])]}, "dubois.mere", "SPECIALITES_COUNT", **s)
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [premiere_generale(FOUR + ["NOPE"])]}, "dubois.mere", "UNKNOWN_SPECIALITE", **s)
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [premiere_generale(FOUR + ["MATHS"])]}, "dubois.mere", "DUPLICATE_SPECIALITE", **s)
    await rejected(
        client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "1T", "serie": "STL", "serieOption": "SPCL"}]},
        "dubois.mere", "SERIE_OPTION_NOT_ASKED", **s,
    )
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "VOIE_PRO"}]}, "dubois.mere", "PASSERELLE_NOT_ALLOWED", **s)
    intentions = [premiere_generale(["LLCA"] + FOUR), {"voie": "1T", "serie": "STL"}, {"voie": "1T", "serie": "STMG"}]
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": intentions}, "dubois.mere")
    file = await file_of(client, pid, "dubois.pere")
    specialites = file["intentions"]["requests"][0]["specialites"]
    assert [(x["code"], x["rank"], x["offered"]) for x in specialites] == [
        ("MATHS", None, True), ("NSI", None, True), ("PC", None, True), ("SVT", None, True), ("LLCA", None, False)
    ]  # checked (no rank); the one not offered comes after the four
    assert specialites[0]["label"] == "Mathématiques"
    assert [r["serie"]["code"] for r in file["intentions"]["requests"][1:]] == ["STL", "STMG"]

    # The office enters a paper form: spécialités ranked 1 to 4.
    roux = encode_id("Pupil", demo.lycee.pupils["roux"])
    await ok(
        client, ENTER_PAPER_INTENTIONS,
        {"pupilId": roux, "paperFormReceivedOn": paris_date(utcnow()).isoformat(), "intentions": [premiere_generale(["SES", "HGGSP", "LLCA", "MATHS", "HLP"])]},
        "secretariat.hugo",
    )
    ranked = (await file_of(client, roux, staff))["intentions"]["requests"][0]["specialites"]
    assert [(x["code"], x["rank"]) for x in ranked] == [("SES", 1), ("HGGSP", 2), ("MATHS", 3), ("HLP", 4), ("LLCA", None)]

    await ok(client, SET_TELESERVICE, {"open": False}, staff)
    avis = {"pupilId": pid, "avis": [{"rank": 1, "value": "FAVORABLE"}, {"rank": 2, "value": "FAVORABLE"}, {"rank": 3, "value": "FAVORABLE"}]}
    await rejected(client, ENTER_AVIS, {**avis, "specialiteRecommendations": ["MATHS", "MATHS"]}, "pp.2a", "DUPLICATE_SPECIALITE", **s)
    await ok(client, ENTER_AVIS, {**avis, "specialiteRecommendations": ["MATHS", "PC"]}, "pp.2a")
    await ok(client, SET_TELESERVICE, {"open": True}, staff)
    recommended = (await file_of(client, pid, "dubois.mere"))["provisionalAvis"]["specialiteRecommendations"]
    assert recommended == [{"code": "MATHS", "label": "Mathématiques"}, {"code": "PC", "label": "Physique-chimie"}]

    # --- Phase 2 -------------------------------------------------------------------------------
    await move_to_definitive(runtime.db, demo.academie)
    choices = [premiere_generale(FOUR + ["LLCA"]), {"voie": "1T", "serie": "STL", "serieOption": "BIOTECHNOLOGIES"}]
    await rejected(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": choices}, "dubois.mere", "AVIS_NOT_ACKNOWLEDGED", **s)
    await ok(client, ACKNOWLEDGE, {"pupilId": pid, "confirm": True}, "dubois.mere")
    message = await rejected(
        client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "1T", "serie": "STL"}]}, "dubois.mere", "SERIE_OPTION_REQUIRED", **s
    )
    assert "BIOTECHNOLOGIES" in message
    await rejected(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [premiere_generale(FOUR + ["SES"])]}, "dubois.mere", "SPECIALITES_COUNT", **s)
    await rejected(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": choices}, "dubois.pere", "NOT_ENTERING_GUARDIAN", **s)
    await ok(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": choices}, "dubois.mere")
    file = await file_of(client, pid, staff)
    assert file["choices"]["requests"][1]["serieOption"] == "BIOTECHNOLOGIES"
    # Paper choices by the office follow the same rules.
    await rejected(
        client, ENTER_PAPER_CHOICES, {"pupilId": roux, "paperFormReceivedOn": paris_date(utcnow()).isoformat(), "choices": [{"voie": "1G"}]},
        "secretariat.hugo", "SPECIALITES_COUNT", pid=roux, staff=staff,
    )

    # The council proposes 1re technologique STMG, which the family did not ask for: motivated.
    await ok(client, SET_TELESERVICE, {"open": False}, staff)
    await rejected(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "1T", "serie": "STMG"}, "pp.2a", "MOTIVATION_REQUIRED", **s)
    await rejected(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "1T"}, "pp.2a", "SERIE_REQUIRED", **s)
    await ok(
        client, ENTER_PROPOSITION,
        {"pupilId": pid, "voie": "1T", "serie": "STMG", "motivation": "Résultats fragiles en sciences.", "specialiteRecommendations": ["SES"]},
        "pp.2a",
    )
    await ok(client, SET_TELESERVICE, {"open": True}, staff)
    file = await file_of(client, pid, "dubois.mere")
    assert file["proposition"]["differsFromRequest"] is True and file["proposition"]["serie"]["code"] == "STMG"
    assert file["proposition"]["specialiteRecommendations"] == [{"code": "SES"}]

    # Disagreement: the head must hold the entretien before a motivated décision.
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": False}, "dubois.pere", "NOT_ENTERING_GUARDIAN", **s)
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": False}, "eleve.dubois", "PUPIL_CANNOT_WRITE", **s)
    payload = await ok(client, ANSWER, {"pupilId": pid, "agrees": False}, "dubois.mere")
    assert "entretien" in payload["message"]
    decision = {"pupilId": pid, "voie": "1G", "motivation": "Projet confirmé en entretien.", "remiseANiveau": True}
    message = await rejected(client, DECISION, decision, staff, "INTERVIEW_REQUIRED", **s)
    assert "entretien" in message
    await rejected(client, DECISION, decision, "pp.2a", "FORBIDDEN", **s)
    tomorrow = paris_date(utcnow()) + dt.timedelta(days=1)
    await rejected(client, HEAD_INTERVIEW, {"pupilId": pid, "date": tomorrow.isoformat()}, staff, "INVALID_DATE", **s)
    await rejected(client, APPEAL, {"pupilId": pid}, "dubois.mere", "NO_DECISION", **s)
    today = paris_date(utcnow())
    await ok(client, HEAD_INTERVIEW, {"pupilId": pid, "date": today.isoformat()}, staff)
    await rejected(client, DECISION, {**decision, "motivation": "  "}, staff, "MOTIVATION_REQUIRED", **s)
    await rejected(client, DECISION, {**decision, "voie": "2GT"}, staff, "UNKNOWN_VOIE", **s)
    await ok(client, DECISION, decision, staff)
    file = await file_of(client, pid, "dubois.pere")
    assert file["headInterview"]["date"] == today.isoformat()
    d = file["decision"]
    assert d["voie"]["code"] == "1G" and d["remiseANiveau"] is True and d["byHead"] is True
    assert d["appealDeadline"] == appeal_deadline(today).isoformat()
    assert f"{appeal_deadline(today):%d/%m/%Y}" in d["appealMessage"]
    await rejected(client, DECISION, decision, staff, "ALREADY_DECIDED", **s)

    # The other guardian disagrees: recorded, the head alerted, the hand stays.
    await rejected(client, DISAGREEMENT, {"pupilId": pid, "message": "x"}, "dubois.mere", "IS_ENTERING_GUARDIAN", **s)
    await rejected(client, DISAGREEMENT, {"pupilId": pid, "message": " "}, "dubois.pere", "MESSAGE_REQUIRED", **s)
    await ok(client, DISAGREEMENT, {"pupilId": pid, "message": "Je souhaite la 1re générale sans remise à niveau."}, "dubois.pere")
    assert (await file_of(client, pid, staff))["disagreements"][0]["message"].startswith("Je souhaite")
    assert (await file_of(client, pid, "dubois.mere"))["disagreements"] == []
    assert (await viewer_of(client, pid, "dubois.mere"))["canAppeal"] is True

    # The deadline approaches: one reminder per décision, however often the worker runs.
    await _set_deadline(runtime.db, demo.lycee.pupils["dubois"], paris_date(utcnow()))
    await runtime._dispatch()  # the worker's pass: reminders first, then the outbox
    assert await written(runtime.db, remind_appeal_deadlines) == 0
    await dispatch(runtime)
    inbox = await client.data("{ notifications(first: 50) { edges { node { kind body } } } }", as_="dubois.mere")
    kinds = [e["node"]["kind"] for e in inbox["notifications"]["edges"]]
    assert "APPEAL_DEADLINE_APPROACHING" in kinds and "DECISION_TAKEN" in kinds and "PROPOSITION_PUBLISHED" in kinds
    head_inbox = await client.data("{ notifications(first: 50) { edges { node { kind body } } } }", as_=staff)
    alert = [e["node"] for e in head_inbox["notifications"]["edges"] if e["node"]["kind"] == "GUARDIAN_DISAGREEMENT_RECORDED"]
    assert alert and "sans remise à niveau" in alert[0]["body"]

    # After the deadline, no appeal; within it, only the entering guardian; then once.
    await _set_deadline(runtime.db, demo.lycee.pupils["dubois"], paris_date(utcnow()) - dt.timedelta(days=1))
    message = await rejected(client, APPEAL, {"pupilId": pid}, "dubois.mere", "APPEAL_DEADLINE_PASSED", **s)
    assert "délai d'appel est dépassé" in message
    await _set_deadline(runtime.db, demo.lycee.pupils["dubois"], appeal_deadline(today))
    await rejected(client, APPEAL, {"pupilId": pid}, "dubois.pere", "NOT_ENTERING_GUARDIAN", **s)
    await ok(client, APPEAL, {"pupilId": pid}, "dubois.mere")
    await rejected(client, APPEAL, {"pupilId": pid}, "dubois.mere", "ALREADY_APPEALED", **s)
    await rejected(client, MAINTIEN, {"pupilId": pid}, "dubois.mere", "ALREADY_APPEALED", **s)
    assert await written(runtime.db, remind_appeal_deadlines) == 0

    # The commission d'appel decides; its outcome is final.
    await rejected(client, OUTCOME, {"pupilId": pid, "voie": "1G"}, "secretariat.hugo", "FORBIDDEN", **s)
    await ok(client, OUTCOME, {"pupilId": pid, "voie": "1T", "serie": "STMG"}, staff)
    message = await rejected(client, OUTCOME, {"pupilId": pid, "voie": "1G"}, staff, "OUTCOME_FINAL", **s)
    assert "définitive" in message
    file = await file_of(client, pid, "dubois.mere")
    assert file["appeal"]["channel"] == "TELESERVICE"
    assert file["appeal"]["outcome"]["voie"]["code"] == "1T" and file["appeal"]["outcome"]["upheld"] is False
    assert file["choices"]["requests"][0]["specialites"][0]["code"] == "MATHS"  # spécialités untouched by the décision
