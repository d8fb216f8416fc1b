"""The décision's mail, through a real SMTP server, states the voie and the appeal deadline;
families may rank spécialités where the académie allows it."""
from sqlalchemy import update

from graphql_api.db.models import Academie
from graphql_api.domain.working_days import appeal_deadline, paris_date
from graphql_api.graphql.base import encode_id
from graphql_api.services.clock import utcnow
from notifications.mail import MailSender
from tests.conftest import dispatch, make_settings
from tests.procedure.helpers import (
    ANSWER,
    DECISION,
    ENTER_PROPOSITION,
    HEAD_INTERVIEW,
    SET_TELESERVICE,
    VALIDATE_CHOICES,
    file_of,
    move_to_definitive,
    ok,
)


async def test_decision_mail_with_deadline_and_ranked_specialites(client, runtime, demo, smtp_server, tmp_path):
    for login in ("chef.hugo", "fournier.mere"):
        await client.login(login)
    pid = encode_id("Pupil", demo.lycee.pupils["fournier"])
    await move_to_definitive(runtime.db, demo.academie)
    async with runtime.db.write() as session:
        await session.execute(update(Academie).where(Academie.id == demo.academie).values(families_rank_specialites=True))
    choice = {"voie": "1G", "specialites": ["SVT", "HLP", "ARTS_DANSE", "SES", "MATHS"]}
    await ok(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [choice]}, "fournier.mere")
    ranked = (await file_of(client, pid, "fournier.mere"))["choices"]["requests"][0]["specialites"]
    assert [(x["code"], x["rank"]) for x in ranked] == [("SVT", 1), ("HLP", 2), ("SES", 3), ("MATHS", 4), ("ARTS_DANSE", None)]

    await ok(client, SET_TELESERVICE, {"open": False}, "chef.hugo")
    await ok(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "1T", "serie": "ST2S", "motivation": "Projet sanitaire et social."}, "chef.hugo")
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    await ok(client, ANSWER, {"pupilId": pid, "agrees": False}, "fournier.mere")
    today = paris_date(utcnow())
    await ok(client, HEAD_INTERVIEW, {"pupilId": pid, "date": today.isoformat()}, "chef.hugo")
    await ok(client, DECISION, {"pupilId": pid, "voie": "1G", "motivation": "Demande accordée.", "remiseANiveau": True}, "chef.hugo")
    await dispatch(runtime)

    sender = MailSender(make_settings(tmp_path, SMTP_PORT=str(smtp_server.port)), runtime.db)
    while await sender.send_due():
        pass
    to_family = [m.message for m in smtp_server.received if m.rcpt_tos == ["fournier.mere@famille.localhost"]]
    subjects = [m["Subject"] for m in to_family]
    assert "Orientation : Proposition du conseil de classe disponible pour Alice" in subjects
    decision = next(m for m in to_family if m["Subject"] == "Orientation : Décision d'orientation pour Alice")
    text = decision.get_body(preferencelist=("plain",)).get_content()
    assert "1re générale" in text and "remise à niveau" in text
    assert f"{appeal_deadline(today):%d/%m/%Y}" in text
    assert "https://orientation.example.test/orientation/eleves/" in text
