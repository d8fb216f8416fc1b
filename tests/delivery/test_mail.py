"""Mail delivery against a real aiosmtpd: 451 then accepted, relay down then back, 550 failed."""
import asyncio
import dataclasses
import datetime as dt
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from graphql_api.db.models import OutgoingMail
from graphql_api.domain.requests import RequestInput
from graphql_api.domain.vocabulary import Role, StaffFunction
from graphql_api.policy import Principal
from graphql_api.services import intentions
from graphql_api.services.clock import utcnow
from notifications.mail import MailSender
from tests.conftest import dispatch

FAILED = "{ failedMails(first: 10) { totalCount edges { node { toAddress reason kind subject pupil { firstName lastName } } } } }"


async def _paper_recaps(runtime, demo, *names: str) -> list[OutgoingMail]:  # type: ignore[no-untyped-def]
    """Paper entries for these pupils: one PAPER_RECAP mail per guardian with an address, due now."""
    secretary = Principal(
        account_id=demo.accounts["secretariat.aubrac"], role=Role.STAFF, etablissement_id=demo.etablissement,
        staff_function=StaffFunction.SECRETARY,
    )
    for name in names:
        async with runtime.db.write() as session:
            await intentions.enter_paper_intentions(session, secretary, demo.pupils[name], [RequestInput(voie="2GT")], utcnow().date())
    await dispatch(runtime)
    async with runtime.db.read() as session:
        return list((await session.execute(select(OutgoingMail).order_by(OutgoingMail.id))).scalars())


async def _mails(runtime) -> list[OutgoingMail]:  # type: ignore[no-untyped-def]
    async with runtime.db.read() as session:
        return list((await session.execute(select(OutgoingMail).order_by(OutgoingMail.id))).scalars())


async def _send_until_settled(sender: MailSender, runtime, rounds: int = 200) -> None:  # type: ignore[no-untyped-def]
    """Run the sender (backoff is 50 ms here) until no mail is pending."""
    for _ in range(rounds):
        await sender.send_due()
        if all(m.status != "PENDING" for m in await _mails(runtime)):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("mails still pending")


def _sender(runtime, smtp_server) -> MailSender:  # type: ignore[no-untyped-def]
    settings = dataclasses.replace(runtime.settings, smtp_port=smtp_server.port, mail_retry_seconds=0.05)
    return MailSender(settings, runtime.db)


def _restart(smtp_server) -> None:  # type: ignore[no-untyped-def]
    """The same SMTP server back on the same port (a stopped Controller needs a fresh loop)."""
    smtp_server.controller.loop = asyncio.new_event_loop()
    smtp_server.controller.start()


def _message_ids(smtp_server) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.message["Message-ID"] for m in smtp_server.received]


async def test_451_then_accepted_each_mail_once_with_french_parts(runtime, demo, smtp_server):
    owed = await _paper_recaps(runtime, demo, "martin", "bernard")
    assert len(owed) == 4
    sender = _sender(runtime, smtp_server)
    smtp_server.handler.fail_with = "451 4.3.0 Réessayez plus tard"
    assert await sender.send_due() == 0
    after_refusal = await _mails(runtime)
    assert {m.status for m in after_refusal} == {"PENDING"} and {m.attempts for m in after_refusal} == {1}
    assert all(m.last_error.startswith("451") for m in after_refusal)
    smtp_server.handler.fail_with = None
    await _send_until_settled(sender, runtime)

    assert sorted(_message_ids(smtp_server)) == sorted(m.message_id for m in owed)  # exactly once each
    assert {m.status for m in await _mails(runtime)} == {"SENT"}
    mail = next(m.message for m in smtp_server.received if m.rcpt_tos == ["martin.mere@famille.localhost"])
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "Léa" in mail["Subject"] and "formulaire papier" in text  # the child and the step
    assert "contactez l'établissement" in text  # what to do next
    assert "https://orientation.example.test/orientation/eleves/" in text and 'href="https://orientation.example.test/' in html
    assert 'lang="fr"' in html


async def test_relay_down_then_restarted_on_same_port(runtime, demo, smtp_server):
    owed = await _paper_recaps(runtime, demo, "martin", "petit")
    sender = _sender(runtime, smtp_server)
    smtp_server.controller.stop()
    for _ in range(3):
        assert await sender.send_due() == 0
        for m in await _mails(runtime):  # the relay's outage costs the mails no attempt
            assert m.status == "PENDING" and m.attempts == 0 and m.last_error == "relais SMTP injoignable"
        await asyncio.sleep(0.3)
    _restart(smtp_server)
    await _send_until_settled(sender, runtime)
    assert sorted(_message_ids(smtp_server)) == sorted(m.message_id for m in owed)


async def test_relay_back_releases_every_waiting_mail_at_once(runtime, demo, smtp_server):
    """Issue 17: the relay's outage is probed per outage, not per batch (every dispatch and logout
    triggers one), and once a send succeeds the mails held back — even those on a long 4xx
    backoff — are due at once: an outage of N s delays mail by about N s, not by the backoff."""
    settings = dataclasses.replace(
        runtime.settings, smtp_port=smtp_server.port, mail_retry_seconds=3600, mail_relay_probe_max_seconds=0.3
    )
    sender = MailSender(settings, runtime.db)
    deferred = await _paper_recaps(runtime, demo, "martin")
    smtp_server.handler.fail_with = "451 4.3.0 Réessayez plus tard"
    assert await sender.send_due() == 0  # on a one-hour backoff now
    assert all(m.attempts == 1 and m.retry_at > utcnow() + dt.timedelta(minutes=30) for m in await _mails(runtime))
    smtp_server.controller.stop()
    await _paper_recaps(runtime, demo, "bernard")
    for _ in range(30):  # a burst of batches while the relay is down
        assert await sender.send_due() == 0
    assert sender.circuit.failures == 1  # one probe failed; the burst neither retried nor pushed it back
    unreachable = [m for m in await _mails(runtime) if m.attempts == 0]
    assert unreachable and all(m.last_error == "relais SMTP injoignable" for m in unreachable)

    smtp_server.handler.fail_with = None
    _restart(smtp_server)
    await _send_until_settled(sender, runtime, rounds=100)  # 5 s at most, not the hour of backoff
    everything = await _mails(runtime)
    assert sorted(_message_ids(smtp_server)) == sorted(m.message_id for m in everything)  # each once
    assert {m.message_id for m in deferred} <= set(_message_ids(smtp_server))
    assert sender.circuit.failures == 0


class AcceptThenFail:
    """Takes the message, then answers 451 once: the sender must retry with the same Message-ID."""

    def __init__(self, handler) -> None:  # type: ignore[no-untyped-def]
        self.handler = handler
        self.failed_once: set[str] = set()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        await self.handler.handle_DATA(server, session, envelope)
        mid = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)["Message-ID"]
        if mid not in self.failed_once:
            self.failed_once.add(mid)
            return "451 4.4.2 Connexion interrompue"
        return "250 OK"


async def test_lost_acknowledgement_is_retried_with_the_same_message_id(runtime, demo, smtp_server):
    owed = await _paper_recaps(runtime, demo, "martin")
    smtp_server.controller.stop()
    relay = Controller(AcceptThenFail(smtp_server.handler), hostname="127.0.0.1", port=smtp_server.port)
    relay.start()
    try:
        await _send_until_settled(_sender(runtime, smtp_server), runtime)
    finally:
        relay.stop()
        _restart(smtp_server)
    ids = _message_ids(smtp_server)
    assert sorted(set(ids)) == sorted(m.message_id for m in owed)
    assert all(ids.count(i) == 2 for i in set(ids))  # a duplicate, recognisable by its Message-ID


async def test_550_marks_failed_with_reason_visible_to_the_school(client, runtime, demo, smtp_server):
    for name in ("pp.3a", "pp.3b", "chef.aubrac", "admin.academie", "martin.pere"):
        await client.login(name)
    smtp_server.handler.refuse_rcpt["martin.mere@famille.localhost"] = "550 5.1.1 Adresse inconnue"
    await _paper_recaps(runtime, demo, "martin", "simon")
    await _send_until_settled(_sender(runtime, smtp_server), runtime)
    mails = await _mails(runtime)
    failed = [m for m in mails if m.status == "FAILED"]
    assert [m.to_address for m in failed] == ["martin.mere@famille.localhost"]
    assert failed[0].last_error.startswith("550") and failed[0].attempts == 1
    assert len(smtp_server.received) == len(mails) - 1

    seen = (await client.data(FAILED, as_="pp.3a"))["failedMails"]
    assert seen["totalCount"] == 1
    node = seen["edges"][0]["node"]
    assert node["toAddress"] == "martin.mere@famille.localhost" and "550" in node["reason"]
    assert node["pupil"] == {"firstName": "Léa", "lastName": "MARTIN"}
    assert (await client.data(FAILED, as_="chef.aubrac"))["failedMails"]["totalCount"] == 1
    assert (await client.data(FAILED, as_="pp.3b"))["failedMails"]["totalCount"] == 0  # 3B only
    for outsider in ("admin.academie", "martin.pere"):
        assert (await client.execute(FAILED, as_=outsider))["errors"][0]["extensions"]["code"] == "FORBIDDEN"


class Unreliable:
    """First DATA of each message: too slow (past SMTP_TIMEOUT) or the connection is dropped."""

    def __init__(self, handler, mode: str) -> None:  # type: ignore[no-untyped-def]
        self.handler = handler
        self.mode = mode
        self.seen: set[str] = set()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        mid = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)["Message-ID"]
        if mid not in self.seen:
            self.seen.add(mid)
            if self.mode == "drop":
                server.transport.close()
                return "421 4.4.2 Connexion coupée"
            await asyncio.sleep(1.5)  # the sender gave up after SMTP_TIMEOUT; the relay never delivered it
            return "451 4.4.1 Trop lent"
        return await self.handler.handle_DATA(server, session, envelope)


@pytest.mark.parametrize("mode", ["timeout", "drop"])
async def test_timeouts_and_dropped_connections_are_retried(runtime, demo, smtp_server, mode):
    owed = await _paper_recaps(runtime, demo, "martin")
    smtp_server.controller.stop()
    relay = Controller(Unreliable(smtp_server.handler, mode), hostname="127.0.0.1", port=smtp_server.port)
    relay.start()
    try:
        sender = MailSender(dataclasses.replace(runtime.settings, smtp_port=smtp_server.port, mail_retry_seconds=0.05, smtp_timeout=0.5), runtime.db)
        await _send_until_settled(sender, runtime)
    finally:
        relay.stop()
        _restart(smtp_server)
    assert sorted(_message_ids(smtp_server)) == sorted(m.message_id for m in owed)  # each delivered once
    assert {m.status for m in await _mails(runtime)} == {"SENT"}
    assert all(m.attempts >= 2 for m in await _mails(runtime))
