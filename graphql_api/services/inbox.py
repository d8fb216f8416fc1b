"""A family member's or staff member's inbox: its pages, its unread count, read receipts."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.driver import DriverStatement
from ..db.models import Notification
from ..domain.errors import DomainError
from ..policy import Action, Principal, require
from ..domain.texts import errors as texts
from .clock import utcnow

MAX_IDS = 500


async def page(
    session: AsyncSession, principal: Principal | None, *, limit: int, before_id: int | None, unread_only: bool
) -> tuple[int, list[Notification]]:
    """The total, then up to ``limit + 1`` notices older than ``before_id``, newest first (the
    extra one tells the caller there is a next page)."""
    principal = require(principal, Action.READ_OWN_NOTIFICATIONS)
    conditions = [Notification.account_id == principal.account_id]
    if unread_only:
        conditions.append(Notification.read_at.is_(None))
    total = (await session.execute(select(func.count()).select_from(Notification).where(*conditions))).scalar_one()
    stmt = select(Notification).where(*conditions)
    if before_id is not None:
        stmt = stmt.where(Notification.id < before_id)
    rows = list((await session.execute(stmt.order_by(Notification.id.desc()).limit(limit + 1))).scalars())
    return total, rows


# Built once: every page asks for the badge, and building the statement and its cache key
# cost more than running it.
_UNREAD = (
    select(func.count())
    .select_from(Notification)
    .where(Notification.account_id == bindparam("account_id"), Notification.read_at.is_(None))
)


_UNREAD_DRIVER: list[DriverStatement | None] = [None]  # PostgreSQL: the badge read by the driver


async def unread_count(session: AsyncSession, principal: Principal | None) -> int:
    principal = require(principal, Action.READ_OWN_NOTIFICATIONS)
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        driver = _UNREAD_DRIVER[0]
        if driver is None:
            driver = _UNREAD_DRIVER[0] = DriverStatement(_UNREAD, session.bind.dialect)
        rows = await driver.fetch(session, {"account_id": principal.account_id})
        return int(rows[0][0])
    count: int = (await session.execute(_UNREAD, {"account_id": principal.account_id})).scalar_one()
    return count


async def mark_read(session: AsyncSession, principal: Principal | None, ids: Sequence[int | None] | None) -> int:
    """Mark the given notices (all when ``ids`` is None) read; ``None`` in ids: one that does not
    decode. Returns the unread count left."""
    principal = require(principal, Action.READ_OWN_NOTIFICATIONS)
    if ids is not None and len(ids) > MAX_IDS:
        raise DomainError.of("TOO_MANY_IDS", texts.too_many_ids(MAX_IDS), "ids")
    if ids is not None and any(pk is None for pk in ids):
        raise DomainError.of("NOT_FOUND", texts.NOTIFICATION_NOT_FOUND, "ids")
    stmt = update(Notification).where(Notification.account_id == principal.account_id, Notification.read_at.is_(None))
    if ids is not None:
        stmt = stmt.where(Notification.id.in_(ids))
    await session.execute(stmt.values(read_at=utcnow()))
    return await unread_count(session, principal)
