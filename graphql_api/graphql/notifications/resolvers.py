"""The inbox: list (paginated), count unread, mark read."""
from typing import Optional

import strawberry
from strawberry.types import Info

from ...policy import Action, require
from ...services import inbox
from ...services.transaction import written
from ..base import Connection, Edge, page_of, UserErrorType, decode_cursor, decode_id, encode_cursor, page_size, run_mutation
from .types import Notice


async def resolve_notifications(
    info: Info, first: Optional[int] = None, after: Optional[str] = None, unread_only: bool = False
) -> Connection[Notice]:
    """Newest first. `after` pages backwards in time."""
    context = info.context
    require(context.principal, Action.READ_OWN_NOTIFICATIONS)
    limit = page_size(first, context.runtime.settings.max_page_size)
    after_id = decode_cursor(after)
    async with context.loaders.read() as session:
        total, rows = await inbox.page(session, context.principal, limit=limit, before_id=after_id, unread_only=unread_only)
    has_next = len(rows) > limit
    edges = [Edge(cursor=encode_cursor(r.id), node=Notice.of(r)) for r in rows[:limit]]
    return page_of(edges, has_next=has_next, has_previous=after_id is not None, total=total)


async def resolve_unread_count(info: Info) -> int:
    async with info.context.loaders.read() as session:
        return await inbox.unread_count(session, info.context.principal)


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
            require(context.principal, Action.READ_OWN_NOTIFICATIONS)
            pks = [decode_id("Notice", i) for i in ids] if ids is not None else None
            return await written(context.runtime.db, inbox.mark_read, context.principal, pks)

        count, errors = await run_mutation(action)
        return MarkReadPayload(unread_count=count, errors=errors)
