"""Recaps coalesced per session stay right when several dispatchers handle one session's events."""
import asyncio

from sqlalchemy import select

from graphql_api.db.models import OutboxEvent, OutgoingMail
from graphql_api.services.clock import utcnow
from notifications.mail import Composed, queue_mail

KEY = "recap:1:session:1"


async def _events(db, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    async with db.write() as session:
        rows = [OutboxEvent(occurred_at=utcnow(), type="INTENTIONS_VALIDATED", payload={}) for _ in range(n)]
        session.add_all(rows)
        await session.flush()
        return [r.id for r in rows]


async def _queue(session, event_id: int) -> None:  # type: ignore[no-untyped-def]
    await queue_mail(
        session, kind="RECAP", to_address="a@famille.localhost", composed=Composed(f"rev {event_id}", "t", "h"),
        now=utcnow(), event_id=event_id, account_id=None, pupil_id=None, coalesce_key=KEY,
    )


async def _recaps(db) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return [(m.subject, m.event_id) for m in (await session.execute(select(OutgoingMail))).scalars()]


async def test_an_older_event_does_not_overwrite_a_newer_recap(db):
    first, second = await _events(db, 2)
    async with db.write() as session:
        await _queue(session, second)
        await _queue(session, first)
    assert await _recaps(db) == [(f"rev {second}", second)]


async def test_two_dispatchers_inserting_one_recap_leave_the_newest(db):
    for order in ((0, 1), (1, 0)):
        async with db.write() as session:
            await session.execute(OutgoingMail.__table__.delete())
        events = await _events(db, 2)
        a, b = events[order[0]], events[order[1]]
        async with db.write() as session_a:
            await _queue(session_a, a)
            await session_a.flush()

            async def other() -> None:
                async with db.write() as session_b:
                    await _queue(session_b, b)

            task = asyncio.create_task(other())  # waits for A's lock, then finds or collides with A's row
            await asyncio.sleep(0.3)
        await asyncio.wait_for(task, 30)
        newest = max(events)
        assert await _recaps(db) == [(f"rev {newest}", newest)]
