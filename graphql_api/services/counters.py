"""Live dashboard counters of an establishment or an académie: read from the counters kept
current with each change; `recount_live_counters` is the full recount they must equal."""
from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Campaign, CouncilAnswer, Etablissement, Pupil, RequestSet
from ..db.models_dashboard import DashboardCounter
from .dashboard import key
from ..domain.events import types_where
from ..domain.school_year import CampaignYearState
from ..domain.vocabulary import Phase
from ..policy import current_year_clause

# Event types that change these counters (a dashboard is pushed only for them): the catalog says.
COUNTER_EVENTS = types_where(lambda d: d.counters)


async def live_counters(session: AsyncSession, *, etablissement_id: int | None = None, academie_id: int | None = None) -> dict[str, Any]:
    """From the counters kept with each change (services/dashboard.py), of the académie's current
    campaign year (last year's stay apart after a rollover): one indexed read."""
    level, scope_id = ("E", etablissement_id) if etablissement_id is not None else ("A", academie_id)
    academie = (
        select(Etablissement.academie_id).where(Etablissement.id == etablissement_id).scalar_subquery()
        if etablissement_id is not None
        else academie_id
    )
    current_year = (
        select(Campaign.school_year)
        .where(Campaign.academie_id == academie, Campaign.state == CampaignYearState.CURRENT.value)
        .scalar_subquery()
    )
    rows = await session.execute(
        select(DashboardCounter.key, func.sum(DashboardCounter.n))
        .where(
            DashboardCounter.level == level,
            DashboardCounter.scope_id == scope_id,
            DashboardCounter.school_year == current_year,
            DashboardCounter.key.in_(list(_LIVE_KEYS)),
        )
        .group_by(DashboardCounter.key)
    )
    values = dict.fromkeys(_LIVE_KEYS.values(), 0)
    for k, n in rows:
        values[_LIVE_KEYS[k]] = int(n or 0)
    return values


_LIVE_KEYS = {key("live", name): name for name in ("pupils", "families_validated", "avis_pending", "acknowledgements", "acknowledgements_pending")}


async def recount_live_counters(session: AsyncSession, *, etablissement_id: int | None = None, academie_id: int | None = None) -> dict[str, Any]:
    phase = Phase.PROVISOIRE.value
    validated = exists().where(RequestSet.pupil_id == Pupil.id, RequestSet.phase == phase)
    answered = exists().where(CouncilAnswer.pupil_id == Pupil.id, CouncilAnswer.phase == phase)
    published = CouncilAnswer.pupil_id == Pupil.id, CouncilAnswer.phase == phase, CouncilAnswer.published_at.is_not(None)
    acknowledged = exists().where(*published, CouncilAnswer.acknowledged_at.is_not(None))
    awaiting_ack = exists().where(*published, CouncilAnswer.acknowledged_at.is_(None))

    def count(condition) -> Any:  # type: ignore[no-untyped-def]
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    stmt = select(
        func.count(),
        count(validated),
        count(and_(validated, ~answered)),
        count(acknowledged),
        count(awaiting_ack),
    ).where(Pupil.hors_procedure_reason.is_(None), Pupil.left_on.is_(None), current_year_clause())  # this campaign year
    if etablissement_id is not None:
        stmt = stmt.where(Pupil.etablissement_id == etablissement_id)
    else:
        stmt = stmt.where(Pupil.etablissement_id.in_(select(Etablissement.id).where(Etablissement.academie_id == academie_id)))
    pupils, families_validated, avis_pending, acks, acks_pending = (await session.execute(stmt)).one()
    return {
        "pupils": int(pupils),
        "families_validated": int(families_validated),
        "avis_pending": int(avis_pending),
        "acknowledgements": int(acks),
        "acknowledgements_pending": int(acks_pending),
    }
