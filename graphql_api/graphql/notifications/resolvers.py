"""The inbox: list (paginated), count unread, mark read."""
from typing import Optional

import strawberry
from sqlalchemy import func, select, update
from strawberry.types import Info

from ...db.models import Notification
from ...domain.errors import DomainError
from ...policy import Action, require
from ...services.clock import utcnow
from ..base import Connection, Edge, page_of, UserErrorType, decode_cursor, decode_id, encode_cursor, page_size, run_mutation
from .types import Notice


async def resolve_notifications(
    info: Info, first: Optional[int] = None, after: Optional[str] = None, unread_only: bool = False
) -> Connection[Notice]:
    """Newest first. `after` pages backwards in time."""
    context = info.context
    principal = require(context.principal, Action.READ_OWN_NOTIFICATIONS)
    limit = page_size(first, context.runtime.settings.max_page_size)
    after_id = decode_cursor(after)
    conditions = [Notification.account_id == principal.account_id]
    if unread_only:
        conditions.append(Notification.read_at.is_(None))
    async with context.loaders.read() as session:
        total = (await session.execute(select(func.count()).select_from(Notification).where(*conditions))).scalar_one()
        stmt = select(Notification).where(*conditions)
        if after_id is not None:
            stmt = stmt.where(Notification.id < after_id)
        rows = list((await session.execute(stmt.order_by(Notification.id.desc()).limit(limit + 1))).scalars())
    has_next = len(rows) > limit
    edges = [Edge(cursor=encode_cursor(r.id), node=Notice.of(r)) for r in rows[:limit]]
    return page_of(edges, has_next=has_next, has_previous=after_id is not None, total=total)


async def resolve_unread_count(info: Info) -> int:
    principal = require(info.context.principal, Action.READ_OWN_NOTIFICATIONS)
    async with info.context.loaders.read() as session:
        return (
            await session.execute(
                select(func.count())
                .select_from(Notification)
                .where(Notification.account_id == principal.account_id, Notification.read_at.is_(None))
            )
        ).scalar_one()


@strawberry.type
class MarkReadPayload:
    unread_count: Optional[int]
    errors: list[UserErrorType]


@strawberry.type
class NotificationMutation:
    @strawberry.mutation(description="Mark the viewer's notices read (all of them when `ids` is omitted).")
    async def mark_notifications_read(self, info: Info, ids: Optional[list[strawberry.ID]] = None) -> MarkReadPayload:
        context = info.context

        async def action() -> int:
            principal = require(context.principal, Action.READ_OWN_NOTIFICATIONS)
            if ids is not None and len(ids) > 500:
                raise DomainError.of("TOO_MANY_IDS", "Au plus 500 notifications à la fois.", "ids")
            pks = [decode_id("Notice", i) for i in ids] if ids is not None else None
            if pks is not None and any(pk is None for pk in pks):
                raise DomainError.of("NOT_FOUND", "Notification introuvable.", "ids")
            async with context.runtime.db.write() as session:
                stmt = update(Notification).where(
                    Notification.account_id == principal.account_id, Notification.read_at.is_(None)
                )
                if pks is not None:
                    stmt = stmt.where(Notification.id.in_(pks))
                await session.execute(stmt.values(read_at=utcnow()))
                return (
                    await session.execute(
                        select(func.count()).select_from(Notification).where(
                            Notification.account_id == principal.account_id, Notification.read_at.is_(None)
                        )
                    )
                ).scalar_one()

        count, errors = await run_mutation(action)
        return MarkReadPayload(unread_count=count, errors=errors)
