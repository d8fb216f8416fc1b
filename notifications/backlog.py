"""What is still owed, for operators (admin query, metrics): counted in SQL, cheap to poll."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from graphql_api.db.engine import Database
from graphql_api.db.models import OutboxEvent, OutgoingMail


async def backlog(db: Database) -> dict[str, Any]:
    """Counts plus the age of the oldest pending event (seconds; None when nothing waits).

    Keys: pending_events (not yet fanned out), unpublished_events (fanned out, not yet on the
    broker), pending_mails, failed_mails, oldest_pending_event_at.
    """
    async with db.read() as session:
        pending, oldest = (
            await session.execute(
                select(func.count(), func.min(OutboxEvent.occurred_at)).where(OutboxEvent.processed_at.is_(None))
            )
        ).one()
        unpublished = (
            await session.execute(
                select(func.count()).where(OutboxEvent.processed_at.is_not(None), OutboxEvent.published_at.is_(None))
            )
        ).scalar_one()
        mails = dict(
            (
                await session.execute(
                    select(OutgoingMail.status, func.count())
                    .where(OutgoingMail.status.in_(("PENDING", "FAILED")))
                    .group_by(OutgoingMail.status)
                )
            ).all()
        )
    return {
        "pending_events": pending,
        "unpublished_events": unpublished,
        "pending_mails": mails.get("PENDING", 0),
        "failed_mails": mails.get("FAILED", 0),
        "oldest_pending_event_at": oldest,
    }
