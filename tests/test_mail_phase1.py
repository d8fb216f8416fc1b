"""Mails owed by phase 1, sent by the real sender to a real SMTP server."""
import logging

from sqlalchemy import select

from graphql_api.db.models import Notification, OutgoingMail
from graphql_api.graphql.base import encode_id
from graphql_api.runtime import Runtime
from tests.conftest import dispatch, make_settings

VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) {
  validateIntentions(input: {pupilId: $id, intentions: $items}) { errors { code message } } }"""


async def test_no_address_no_mail_no_error(client, demo, db, runtime):
    await client.sign_in("durand.mere")
    body = await client.data(VALIDATE, {"id": encode_id("Pupil", demo.pupils["durand"]), "items": [{"voie": "CAP1"}]}, as_="durand.mere")
    assert body["validateIntentions"]["errors"] == []
    await dispatch(runtime)
    async with db.read() as s:
        mails = (await s.execute(select(OutgoingMail).where(OutgoingMail.pupil_id == demo.pupils["durand"]))).scalars().all()
        notices = (await s.execute(select(Notification.account_id).where(Notification.pupil_id == demo.pupils["durand"]))).scalars().all()
    assert mails == []
    assert notices == [demo.accounts["eleve.durand"]]  # the pupil's own inbox still has it


async def test_idle_session_gets_its_recap_without_logout(tmp_path, db, demo, smtp_server):
    settings = make_settings(tmp_path, SMTP_PORT=str(smtp_server.port), RECAP_IDLE_SECONDS="0")
    runtime = Runtime(settings, db)
    from graphql_api.services import intentions
    from graphql_api.auth import principal_for
    from graphql_api.db.models import Account
    from graphql_api.domain.requests import RequestInput

    async with db.write() as s:
        account = await s.get(Account, demo.accounts["bernard.mere"])
        principal = await principal_for(s, account, "session-1")
        await intentions.validate_intentions(s, principal, demo.pupils["bernard"], [RequestInput("2GT")])
    await dispatch(runtime)
    assert await runtime.mail_sender.send_due() == 3  # confirmation, recap, recap to the other guardian
    subjects = sorted((m.rcpt_tos[0], m.message["Subject"]) for m in smtp_server.received)
    assert subjects == [
        ("bernard.mere@famille.localhost", "Orientation de Hugo : intentions provisoires validées"),
        ("bernard.mere@famille.localhost", "Orientation de Hugo : récapitulatif des intentions provisoires"),
        ("bernard.pere@famille.localhost", "Orientation de Hugo : récapitulatif des intentions provisoires"),
    ]
    assert await runtime.mail_sender.send_due() == 0  # nothing sent twice
    async with db.read() as s:
        assert {m.status for m in (await s.execute(select(OutgoingMail))).scalars()} == {"SENT"}


async def test_unexpected_failures_are_logged_and_masked(client, demo, monkeypatch, caplog):
    from graphql_api.services import intentions

    async def broken(*args, **kwargs):
        raise RuntimeError("connection string postgresql://secret@db")

    monkeypatch.setattr(intentions, "validate_intentions", broken)
    await client.sign_in("martin.pere")
    with caplog.at_level(logging.ERROR):
        body = await client.data(VALIDATE, {"id": encode_id("Pupil", demo.pupils["martin"]), "items": [{"voie": "2GT"}]}, as_="martin.pere")
    [error] = body["validateIntentions"]["errors"]
    assert error["code"] == "INTERNAL_ERROR" and "secret" not in error["message"]
    assert error["message"].startswith("Une erreur technique est survenue")
    assert "postgresql://secret@db" in caplog.text  # kept for operators, never sent to the client
