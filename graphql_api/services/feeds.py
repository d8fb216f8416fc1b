"""The live feeds' queries (graphql/subscriptions.py): which committed events a subscriber
replays after `since`, and the scope it listens to. One function per query."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Etablissement, OutboxEvent, Pupil
from ..domain.events import EventType
from ..policy import Principal


async def events_after(session: AsyncSession, since: int, where: ColumnElement[bool], limit: int) -> list[OutboxEvent]:
    """Committed events after `since` matching `where`, oldest first, at most `limit`."""
    rows = await session.execute(select(OutboxEvent).where(OutboxEvent.id > since, where).order_by(OutboxEvent.id).limit(limit))
    return list(rows.scalars().all())


async def schools_of(session: AsyncSession, pupils: Iterable[int]) -> set[int]:
    """The establishments of a family's children."""
    return set((await session.execute(select(Pupil.etablissement_id).where(Pupil.id.in_(list(pupils))))).scalars())


def family_events(pupils: Iterable[int], etablissements: Iterable[int], school_pushes: Iterable[EventType]) -> ColumnElement[bool]:
    """A family's replay: its children's events, and the school-wide pushes of their schools."""
    return or_(
        OutboxEvent.pupil_id.in_(list(pupils)),
        and_(
            OutboxEvent.pupil_id.is_(None),
            OutboxEvent.etablissement_id.in_(list(etablissements)),
            OutboxEvent.type.in_([t.value for t in school_pushes]),
        ),
    )


def staff_events(principal: Principal) -> ColumnElement[bool]:
    """A member of staff's replay: their school's events (a PP: their divisions' and the school-wide ones)."""
    where: ColumnElement[bool] = OutboxEvent.etablissement_id == principal.etablissement_id
    if not (principal.has_head_rights or principal.is_secretary):
        where = and_(where, or_(OutboxEvent.division_id.is_(None), OutboxEvent.division_id.in_(principal.division_ids)))
    return where


async def etablissement(session: AsyncSession, etablissement_id: int | None) -> Etablissement | None:
    return await session.get(Etablissement, etablissement_id) if etablissement_id else None
