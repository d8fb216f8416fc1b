"""The académie's parameters (métier text, passerelle, families ranking spécialités): read and set
by its administrator; each change is audited and pushed to every establishment of the académie."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Academie, Etablissement
from ..domain.errors import DomainError
from ..domain.events import AcademieParametersChanged, TerritoryChanged
from ..domain.territory import INVALID_HOLIDAY, INVALID_TIME_ZONE, Territory, valid_local_holiday, valid_time_zone
from ..domain.vocabulary import Channel
from ..policy import Action, Principal, Target, require, require_authenticated
from ..domain.texts import errors as texts
from . import campaigns, events
from .clock import utcnow

@dataclass(frozen=True)
class AcademieParameters:
    allow_metier_text: bool  # pro/CAP requests may name a métier or formation
    allow_passerelle_pro: bool  # 2de GT pupils may ask for the voie professionnelle (passerelle)
    families_rank_specialites: bool  # families rank their spécialités instead of checking them

    @classmethod
    def of(cls, row: Academie) -> "AcademieParameters":
        return cls(bool(row.allow_metier_text), bool(row.allow_passerelle_pro), bool(row.families_rank_specialites))


async def read_parameters(session: AsyncSession, principal: Principal | None) -> tuple[Academie, AcademieParameters]:
    principal = require_authenticated(principal)
    academie_id = principal.academie_id
    if academie_id is None and principal.etablissement_id is not None:
        academie_id = (await session.execute(select(Etablissement.academie_id).where(Etablissement.id == principal.etablissement_id))).scalar()
    require(principal, Action.READ_ACADEMIE_PARAMETERS, Target(academie_id=academie_id, etablissement_id=principal.etablissement_id))
    row = await session.get(Academie, academie_id)
    if row is None:
        raise DomainError.of("NOT_FOUND", texts.ACADEMIE_NOT_FOUND)
    return row, AcademieParameters.of(row)


async def set_parameters(
    session: AsyncSession,
    principal: Principal | None,
    *,
    allow_metier_text: bool | None = None,
    allow_passerelle_pro: bool | None = None,
    families_rank_specialites: bool | None = None,
) -> tuple[Academie, AcademieParameters]:
    """Only the values given change; nothing given, or nothing different: no event."""
    principal = require(principal, Action.MANAGE_ACADEMIE_PARAMETERS, Target(academie_id=principal.academie_id if principal else None))
    row = (
        await session.execute(select(Academie).where(Academie.id == principal.academie_id).with_for_update())
    ).scalar_one()
    before = AcademieParameters.of(row)
    wanted = {
        k: v
        for k, v in {
            "allow_metier_text": allow_metier_text,
            "allow_passerelle_pro": allow_passerelle_pro,
            "families_rank_specialites": families_rank_specialites,
        }.items()
        if v is not None
    }
    after = replace(before, **wanted)
    changes = {f.name: getattr(after, f.name) for f in fields(after) if getattr(after, f.name) != getattr(before, f.name)}
    if not changes:
        return row, before
    for name, value in changes.items():
        setattr(row, name, value)
    now = utcnow()
    event = AcademieParametersChanged(
        academie_name=row.name,
        changes={_camel(k): v for k, v in changes.items()},
        before={_camel(f.name): getattr(before, f.name) for f in fields(before)},
    )
    # One audited event for the académie, one per establishment so each school's staff feed has it.
    events.record_event(
        session, event, now=now, principal=principal, academie_id=row.id, channel=Channel.ACADEMIE.value,
    )  # fmt: skip
    for etab_id in (await session.execute(select(Etablissement.id).where(Etablissement.academie_id == row.id))).scalars():
        events.record_event(
            session, event, now=now, principal=principal, academie_id=row.id,
            etablissement_id=etab_id, channel=Channel.ACADEMIE.value,
        )  # fmt: skip
    return row, after


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


# --- the territory: time zone and local holidays (operator command `territory`) ---------------


async def territories(session: AsyncSession) -> list[tuple[Academie, Territory]]:
    """Every académie with its legal calendar, by code."""
    rows = (await session.execute(select(Academie).order_by(Academie.code))).scalars()
    return [(row, campaigns.territory_of(row)) for row in rows]


async def set_territory(
    session: AsyncSession,
    academie_code: str,
    *,
    time_zone: str | None = None,
    local_holidays: list[str] | None = None,
    now: dt.datetime | None = None,
) -> tuple[Territory, Territory]:
    """The operator sets an académie's time zone and/or its whole list of local holidays (what is
    not given stays). Returns (before, after); a change is audited (TERRITORY_CHANGED) and takes
    effect at once: "today", deadlines and printed dates follow the académie's time from now on."""
    row = (await session.execute(select(Academie).where(Academie.code == academie_code).with_for_update())).scalar_one_or_none()
    if row is None:
        raise DomainError.of("NOT_FOUND", texts.no_academie_with_code(academie_code), "academie")
    if time_zone is not None and not valid_time_zone(time_zone):
        code, message = INVALID_TIME_ZONE
        raise DomainError.of(code, message.format(value=time_zone), "timeZone")
    holidays = None
    if local_holidays is not None:
        holidays = sorted({h.strip().upper() for h in local_holidays if h.strip()})
        for value in holidays:
            if not valid_local_holiday(value):
                code, message = INVALID_HOLIDAY
                raise DomainError.of(code, message.format(value=value), "localHolidays")
    before = campaigns.territory_of(row)
    after = Territory(time_zone if time_zone is not None else before.time_zone,
                      tuple(holidays) if holidays is not None else before.local_holidays)  # fmt: skip
    if after == before:
        return before, after
    row.time_zone, row.local_holidays = after.time_zone, list(after.local_holidays)
    event = TerritoryChanged(
        academie_code=row.code, time_zone=after.time_zone, local_holidays=after.local_holidays,
        previous_time_zone=before.time_zone, previous_local_holidays=before.local_holidays,
    )  # fmt: skip
    events.record_event(session, event, now=now or utcnow(), principal=None, academie_id=row.id, channel=Channel.ACADEMIE.value)
    return before, after
