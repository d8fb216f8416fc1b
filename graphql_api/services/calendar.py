"""The académie's calendar: the dates of each phase for each palier."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import PhaseWindow
from ..domain.errors import DomainError
from ..domain.events import CalendarChanged
from ..domain.vocabulary import Channel, Palier, Phase
from ..policy import Action, Principal, Target, require
from ..domain.texts import errors as texts
from . import campaigns, events
from .clock import utcnow


async def set_phase_window(
    session: AsyncSession,
    principal: Principal | None,
    palier: Palier,
    phase: Phase,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
) -> PhaseWindow:
    """The académie sets the dates of a phase for a palier, in its current campaign year."""
    if principal is None or principal.academie_id is None:
        require(principal, Action.MANAGE_CALENDAR, Target(academie_id=-1))
    assert principal is not None
    principal = require(principal, Action.MANAGE_CALENDAR, Target(academie_id=principal.academie_id))
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise DomainError.of("INVALID_DATE", texts.DATES_NEED_TIME_ZONE, "startsAt")
    if ends_at <= starts_at:
        raise DomainError.of("INVALID_DATE", texts.PHASE_END_BEFORE_START, "endsAt")
    assert principal.academie_id is not None  # required by the policy just above
    school_year = await campaigns.current_school_year(session, principal.academie_id)
    others = (
        await session.execute(
            select(PhaseWindow).where(
                PhaseWindow.academie_id == principal.academie_id,
                PhaseWindow.school_year == school_year,
                PhaseWindow.palier == palier.value,
                PhaseWindow.phase != phase.value,
            )
        )
    ).scalars()
    for other in others:
        if starts_at < other.ends_at and other.starts_at < ends_at:
            raise DomainError.of("WINDOWS_OVERLAP", texts.PHASES_OVERLAP, "startsAt")
        if phase is Phase.PROVISOIRE and starts_at >= other.starts_at or phase is Phase.DEFINITIVE and starts_at <= other.starts_at:
            raise DomainError.of("WINDOWS_ORDER", texts.PHASES_ORDER, "startsAt")
    window = (
        await session.execute(
            select(PhaseWindow).where(
                PhaseWindow.academie_id == principal.academie_id,
                PhaseWindow.school_year == school_year,
                PhaseWindow.palier == palier.value,
                PhaseWindow.phase == phase.value,
            )
        )
    ).scalar_one_or_none()
    if window is None:
        window = PhaseWindow(academie_id=principal.academie_id, school_year=school_year, palier=palier.value, phase=phase.value)
        session.add(window)
    window.starts_at = starts_at
    window.ends_at = ends_at
    events.record_event(
        session,
        CalendarChanged(palier=palier.value, phase=phase.value, starts_at=starts_at, ends_at=ends_at),
        now=utcnow(),
        principal=principal,
        academie_id=principal.academie_id,
        channel=Channel.STAFF.value,
    )
    return window
