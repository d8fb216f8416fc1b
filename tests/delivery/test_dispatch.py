"""The dispatcher: exactly-once fan-out with concurrent dispatchers, académie notices, backlog."""
import asyncio
import datetime as dt

from sqlalchemy import func, select

from graphql_api.db.engine import Database
from graphql_api.db.models import Guardianship, Account, Notification, OutboxEvent, OutgoingMail, Pupil
from graphql_api.domain.requests import RequestInput
from graphql_api.domain.vocabulary import Role, StaffFunction
from graphql_api.policy import Principal
from graphql_api.services import intentions, teleservice
from graphql_api.services.clock import utcnow
from notifications.backlog import backlog
from notifications.broker import InProcessBroker
from notifications.dispatcher import Dispatcher
from notifications.reminders import remind_deadlines
from tests.conftest import dispatch

VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) { validateIntentions(input: {pupilId: $id, intentions: $items}) {
  errors { code } } }"""
PUBLISH = """mutation($i: PublishAcademieNoticeInput!) { publishAcademieNotice(input: $i) {
  notice { id title deadline active } errors { code field } } }"""
INBOX = "{ notifications(first: 50) { edges { node { kind title body linkPath } } } }"


async def _school_events(db: Database, demo) -> list[int]:  # type: ignore[no-untyped-def]
    """Paper entries for every pupil of the school in the procedure, then a téléservice switch."""
    secretary = Principal(
        account_id=demo.accounts["secretariat.aubrac"], role=Role.STAFF, etablissement_id=demo.etablissement,
        staff_function=StaffFunction.SECRETARY,
    )
    head = Principal(account_id=demo.accounts["chef.aubrac"], role=Role.STAFF, etablissement_id=demo.etablissement, staff_function=StaffFunction.HEAD)
    async with db.read() as session:
        pupils = list(
            (await session.execute(select(Pupil.id).where(Pupil.etablissement_id == demo.etablissement, Pupil.hors_procedure_reason.is_(None)))).scalars()
        )
    for pupil_id in pupils:
        async with db.write() as session:
            await intentions.enter_paper_intentions(session, secretary, pupil_id, [RequestInput(voie="2GT")], utcnow().date())
    async with db.write() as session:
        await teleservice.set_teleservice(session, head, demo.etablissement, False)
    return pupils


async def test_concurrent_dispatchers_create_each_notice_and_mail_once(settings, db, demo):
    pupils = await _school_events(db, demo)
    databases = [Database(settings.database_url) for _ in range(4)]
    dispatchers = [Dispatcher(settings, d, InProcessBroker()) for d in databases]

    async def drain(dispatcher: Dispatcher) -> int:
        total = 0
        while handled := await dispatcher.run_once(limit=3):  # small batches: the dispatchers interleave
            total += handled
        return total

    try:
        await asyncio.gather(*(drain(d) for d in dispatchers))
    finally:
        for d in databases:
            await d.dispose()

    async with db.read() as session:
        assert (await session.execute(select(func.count()).where(OutboxEvent.processed_at.is_(None)))).scalar_one() == 0
        assert (await session.execute(select(func.count()).where(OutboxEvent.published_at.is_(None)))).scalar_one() == 0
        guardians = list((await session.execute(select(Account).join(Guardianship, Guardianship.account_id == Account.id).where(Guardianship.pupil_id.in_(pupils)))).scalars())
        pupil_accounts = (await session.execute(select(func.count()).select_from(Account).where(Account.pupil_id.in_(pupils)))).scalar_one()
        school_family = (
            await session.execute(
                select(func.count()).select_from(Account).where(
                    (Account.pupil_id.in_(select(Pupil.id).where(Pupil.etablissement_id == demo.etablissement)))
                    | Account.id.in_(select(Guardianship.account_id).join(Pupil, Pupil.id == Guardianship.pupil_id).where(Pupil.etablissement_id == demo.etablissement))
                )
            )
        ).scalar_one()
        notices = (await session.execute(select(func.count()).select_from(Notification))).scalar_one()
        mails = (await session.execute(select(OutgoingMail.event_id, OutgoingMail.to_address))).all()
    # One notice per family member per paper entry, plus one per family account for the switch.
    assert notices == len(guardians) + pupil_accounts + school_family
    expected_mails = sorted(g.email for g in guardians if g.email)
    assert sorted(address for _, address in mails) == expected_mails  # each exactly once
    assert len(set(mails)) == len(mails)


async def test_academie_notice_on_validation_and_deadline_reminder(client, runtime, demo):
    for name in ("admin.academie", "martin.pere", "martin.mere", "bernard.mere"):
        await client.login(name)
    deadline = (utcnow() + dt.timedelta(days=10)).date().isoformat()
    notice = {"voie": "2GT", "title": "Dossier section européenne", "body": "Déposez le dossier au lycée.", "deadline": deadline, "remindDaysBefore": 3}

    refused = await client.data(PUBLISH, {"i": notice}, as_="martin.pere")
    assert [e["code"] for e in refused["publishAcademieNotice"]["errors"]] == ["FORBIDDEN"]
    invalid = await client.data(PUBLISH, {"i": {**notice, "title": " "}}, as_="admin.academie")
    assert [e["code"] for e in invalid["publishAcademieNotice"]["errors"]] == ["INVALID_TITLE"]
    assert (await client.data("{ academieNotices { id } }", as_="admin.academie"))["academieNotices"] == []
    created = await client.data(PUBLISH, {"i": notice}, as_="admin.academie")
    assert created["publishAcademieNotice"]["errors"] == [] and created["publishAcademieNotice"]["notice"]["active"]

    martin = (await client.data("{ me { children { id } } }", as_="martin.pere"))["me"]["children"][0]["id"]
    bernard = (await client.data("{ me { children { id } } }", as_="bernard.mere"))["me"]["children"][0]["id"]
    await client.data(VALIDATE, {"id": martin, "items": [{"voie": "2GT"}]}, as_="martin.pere")
    await client.data(VALIDATE, {"id": bernard, "items": [{"voie": "2PRO", "metier": "Cuisine"}]}, as_="bernard.mere")
    await dispatch(runtime)

    async def academie_notices(login: str) -> list[dict]:
        edges = (await client.data(INBOX, as_=login))["notifications"]["edges"]
        return [e["node"] for e in edges if e["node"]["kind"] == "ACADEMIE_NOTICE"]

    told = await academie_notices("martin.pere")  # the validating guardian is told too
    assert len(told) == 1 and "Léa" in told[0]["title"] and "Déposez le dossier" in told[0]["body"]
    assert len(await academie_notices("martin.mere")) == 1
    assert await academie_notices("bernard.mere") == []
    async with runtime.db.read() as session:
        mails = (await session.execute(select(OutgoingMail).where(OutgoingMail.kind == "ACADEMIE_NOTICE"))).scalars().all()
    assert sorted(m.to_address for m in mails) == ["martin.mere@famille.localhost", "martin.pere@famille.localhost"]
    assert "Léa" in mails[0].body_text and "https://orientation.example.test/orientation/eleves/" in mails[0].body_text

    # Validating again does not tell them twice.
    await client.data(VALIDATE, {"id": martin, "items": [{"voie": "2GT"}, {"voie": "CAP1"}]}, as_="martin.pere")
    await dispatch(runtime)
    assert len(await academie_notices("martin.mere")) == 1

    # Reminder: not yet due; due 8 days later, once however often the job runs.
    assert await remind_deadlines(runtime.db) == 0
    later = utcnow() + dt.timedelta(days=8)
    assert await remind_deadlines(runtime.db, later) == 1
    assert await remind_deadlines(runtime.db, later) == 0
    await dispatch(runtime)
    reminders = [n for n in await academie_notices("martin.mere") if n["title"].startswith("Rappel")]
    assert len(reminders) == 1 and "Date limite" in reminders[0]["body"]
    assert await remind_deadlines(runtime.db, utcnow() + dt.timedelta(days=11)) == 0  # past the deadline


async def test_backlog_counts_and_admin_query(client, runtime, demo):
    await client.login("martin.pere")
    await client.login("admin.academie")
    await client.login("chef.aubrac")
    martin = (await client.data("{ me { children { id } } }", as_="martin.pere"))["me"]["children"][0]["id"]
    await client.data(VALIDATE, {"id": martin, "items": [{"voie": "2GT"}]}, as_="martin.pere")
    before = await backlog(runtime.db)
    assert before["pending_events"] == 1 and before["oldest_pending_event_at"] is not None
    await dispatch(runtime)
    after = await backlog(runtime.db)
    assert after["pending_events"] == 0 and after["unpublished_events"] == 0
    assert after["pending_mails"] == 3  # confirmation + a recap for each guardian
    query = "{ notificationBacklog { pendingEvents unpublishedEvents pendingMails failedMails } }"
    data = await client.data(query, as_="admin.academie")
    assert data["notificationBacklog"] == {"pendingEvents": 0, "unpublishedEvents": 0, "pendingMails": 3, "failedMails": 0}
    refused = await client.execute(query, as_="chef.aubrac")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_failing_event_is_isolated_and_stays_pending(runtime, demo):
    now = utcnow()
    async with runtime.db.write() as session:
        broken = OutboxEvent(occurred_at=now, type="ACADEMIE_NOTICE", pupil_id=demo.pupils["martin"], channel="ACADEMIE", payload={})
        fine = OutboxEvent(
            occurred_at=now, type="AVIS_PUBLISHED", pupil_id=demo.pupils["bernard"], etablissement_id=demo.etablissement,
            channel="STAFF", payload={"pupilId": demo.pupils["bernard"], "firstName": "Hugo"},
        )
        session.add_all([broken, fine])
    await dispatch(runtime)
    async with runtime.db.read() as session:
        rows = {e.type: e for e in (await session.execute(select(OutboxEvent))).scalars()}
        notified = (await session.execute(select(func.count()).where(Notification.event_id == rows["AVIS_PUBLISHED"].id))).scalar_one()
    assert rows["ACADEMIE_NOTICE"].processed_at is None  # retried later, counted in the backlog
    assert rows["AVIS_PUBLISHED"].published_at is not None and notified == 3
    assert (await backlog(runtime.db))["pending_events"] == 1
