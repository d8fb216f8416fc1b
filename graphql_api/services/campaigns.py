"""Campaign years: which school year is current in an académie, frozen past years, rollover.

`current_school_year(session, academie_id)` is THE answer to "which year are we in" for an
académie (the SIECLE import targets it, families see its files, new calendars belong to it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Academie, Campaign, Etablissement, PhaseWindow, Pupil
from ..domain import school_year as years
from ..domain.errors import DomainError
from ..domain.events import CampaignYearOpened
from ..domain.school_year import CampaignYearState
from ..domain.territory import Territory
from ..domain.vocabulary import Channel
from ..policy import Action, Principal, Target, current_year_clause, pupil_scope, require, require_authenticated
from ..domain.texts import errors as texts
from . import events
from .clock import utcnow

__all__ = ["current_school_year", "current_year_clause", "ensure_writable", "open_next_year"]

# One year later, same weekday: a copied calendar keeps its Monday openings.
CALENDAR_SHIFT = dt.timedelta(weeks=52)


def territory_of(academie: Academie) -> Territory:
    return Territory(academie.time_zone or "Europe/Paris", tuple(academie.local_holidays or ()))


async def territory(session: AsyncSession, academie_id: int) -> Territory:
    academie = await session.get(Academie, academie_id)
    if academie is None:
        raise DomainError.of("NOT_FOUND", texts.ACADEMIE_NOT_FOUND)
    return territory_of(academie)


async def current_campaign(session: AsyncSession, academie_id: int) -> Campaign | None:
    return (
        await session.execute(
            select(Campaign).where(Campaign.academie_id == academie_id, Campaign.state == CampaignYearState.CURRENT.value)
        )
    ).scalar_one_or_none()


async def current_school_year(session: AsyncSession, academie_id: int) -> str:
    """The school year of the académie's current campaign ("2026-2027").

    Refused with NO_CURRENT_CAMPAIGN when the académie has none (no campaign was ever opened)."""
    campaign = await current_campaign(session, academie_id)
    if campaign is None:
        raise DomainError.of(*years.NO_CURRENT_CAMPAIGN)
    return campaign.school_year


async def current_school_year_of_etablissement(session: AsyncSession, etablissement_id: int) -> str:
    academie_id = (
        await session.execute(select(Etablissement.academie_id).where(Etablissement.id == etablissement_id))
    ).scalar_one()
    return await current_school_year(session, academie_id)


async def year_state(session: AsyncSession, pupil: Pupil, *, lock: bool = False) -> CampaignYearState | None:
    """``lock``: hold the campaign row in share mode until the transaction ends (PostgreSQL FOR
    SHARE; SQLite serialises every write transaction anyway)."""
    stmt = (
        select(Campaign.state)
        .join(Etablissement, Etablissement.academie_id == Campaign.academie_id)
        .where(Etablissement.id == pupil.etablissement_id, Campaign.school_year == pupil.school_year)
    )
    if lock:
        stmt = stmt.with_for_update(read=True, of=Campaign)
    state = (await session.execute(stmt)).scalar_one_or_none()
    return CampaignYearState(state) if state else None


async def ensure_writable(session: AsyncSession, pupil: Pupil) -> None:
    """Every write on a file goes through here: a past (frozen) year's file is read-only.

    The answer must still hold when the write commits: the campaign row stays share-locked, and
    the rollover locks it exclusively before freezing it (`open_next_year`). A write that checked
    first commits before the freeze; a write that comes during the rollover waits for it and then
    reads FROZEN (its check re-reads the committed row)."""
    if await year_state(session, pupil, lock=True) is not CampaignYearState.CURRENT:
        raise years.frozen_error(pupil.school_year)


async def create_first_campaign(session: AsyncSession, academie_id: int, school_year: str, now: dt.datetime | None = None) -> Campaign:
    """An académie's very first campaign (onboarding, demo data). Later years come by rollover."""
    years.parse(school_year)
    campaign = Campaign(
        academie_id=academie_id, school_year=school_year, state=CampaignYearState.CURRENT.value, opened_at=now or utcnow()
    )
    session.add(campaign)
    return campaign


@dataclass
class Rollover:
    academie_id: int
    previous_year: str
    school_year: str
    windows: int
    etablissements_closed: int


async def open_next_year(
    session: AsyncSession,
    principal: Principal | None,
    academie_id: int | None = None,
    school_year: str | None = None,
    *,
    operator: bool = False,
    now: dt.datetime | None = None,
) -> Rollover:
    """The académie opens next year's campaign: last year is frozen, the calendar is copied one
    year later (same weekdays, to adjust with setPhaseWindow), every switch starts closed.

    ``operator``: the `python -m graphql_api rollover` command, run by the operator on the server
    (no account); otherwise the académie administrator, for their own académie only."""
    now = now or utcnow()
    if not operator:
        if principal is None or principal.academie_id is None:
            require(principal, Action.OPEN_CAMPAIGN_YEAR, Target(academie_id=-1))
        assert principal is not None
        academie_id = principal.academie_id
        principal = require(principal, Action.OPEN_CAMPAIGN_YEAR, Target(academie_id=academie_id))
    assert academie_id is not None
    # Exclusive: waits for the writes that checked the year under a share lock (ensure_writable).
    current = (
        await session.execute(
            select(Campaign)
            .where(Campaign.academie_id == academie_id, Campaign.state == CampaignYearState.CURRENT.value)
            .with_for_update()
        )
    ).scalar_one_or_none()
    if current is None:
        raise DomainError.of(*years.NO_CURRENT_CAMPAIGN)
    expected = years.next_of(current.school_year)
    if school_year is not None:
        years.parse(school_year)
        if school_year != expected:
            code, message = years.ROLLOVER_NOT_NEXT
            raise DomainError.of(code, message.format(expected=expected), "schoolYear")
    current.state = CampaignYearState.FROZEN.value
    current.frozen_at = now
    await session.flush()  # the unique (académie, year) index sees the old row frozen first
    session.add(Campaign(academie_id=academie_id, school_year=expected, state=CampaignYearState.CURRENT.value, opened_at=now))
    old_windows = (
        await session.execute(
            select(PhaseWindow).where(PhaseWindow.academie_id == academie_id, PhaseWindow.school_year == current.school_year)
        )
    ).scalars().all()
    for w in old_windows:
        session.add(
            PhaseWindow(
                academie_id=academie_id,
                school_year=expected,
                palier=w.palier,
                phase=w.phase,
                starts_at=w.starts_at + CALENDAR_SHIFT,
                ends_at=w.ends_at + CALENDAR_SHIFT,
            )
        )
    closed = await session.execute(
        update(Etablissement)
        .where(Etablissement.academie_id == academie_id)
        .values(
            teleservice_open=False,
            teleservice_school_year=expected,
            teleservice_changed_at=now,
            expected_reopening_on=None,
            closure_message=None,
        )
    )
    events.record_event(
        session,
        CampaignYearOpened(school_year=expected, previous_year=current.school_year, operator=operator),
        now=now,
        principal=principal,
        academie_id=academie_id,
        channel=Channel.STAFF.value,
    )
    return Rollover(academie_id, current.school_year, expected, len(old_windows), int(closed.rowcount or 0))  # type: ignore[attr-defined]


async def list_years(session: AsyncSession, principal: Principal | None) -> list[Campaign]:
    """The campaign years of the viewer's académie, newest first: the académie's administrator,
    or staff (through their establishment)."""
    principal = require_authenticated(principal)
    academie_id = principal.academie_id
    if principal.is_staff and principal.etablissement_id is not None:
        academie_id = (
            await session.execute(select(Etablissement.academie_id).where(Etablissement.id == principal.etablissement_id))
        ).scalar_one_or_none()
    require(
        principal,
        Action.READ_CAMPAIGN_YEARS,
        Target(etablissement_id=principal.etablissement_id, academie_id=academie_id if principal.academie_id else None),
    )
    rows = await session.execute(
        select(Campaign).where(Campaign.academie_id == academie_id).order_by(Campaign.school_year.desc())
    )
    return list(rows.scalars())


async def pupil_files(session: AsyncSession, principal: Principal | None, ine: str) -> list[Pupil]:
    """Every file of one pupil (by INE) the viewer may read, newest year first: staff find a
    pupil's past years there (each read is logged like any staff read of a file)."""
    principal = require_authenticated(principal)
    rows = await session.execute(
        select(Pupil)
        .where(Pupil.ine == ine.strip().upper(), pupil_scope(principal))
        .order_by(Pupil.school_year.desc())
    )
    return list(rows.scalars())
