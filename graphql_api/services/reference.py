"""Reference data a rule needs: nomenclatures, académie parameters, calendar, switch."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Academie, Etablissement, OfferedSpecialite, PhaseWindow, Serie, Specialite, Voie
from ..domain.calendar import CampaignStatus, Window, campaign_status
from ..domain.requests import AcademieRules, SerieInfo, VoieInfo
from ..domain.specialites import SpecialiteInfo
from ..domain.vocabulary import Palier, Phase


async def voies(session: AsyncSession) -> dict[str, VoieInfo]:
    rows = (await session.execute(select(Voie))).scalars()
    return {
        v.code: VoieInfo(v.code, v.palier, v.label, v.kind, v.allows_metier, v.requires_serie, v.has_specialites, v.active)
        for v in rows
    }


async def requestable_voies(session: AsyncSession, palier: Palier) -> list[VoieInfo]:
    """Voies that may be requested from a palier, in display order."""
    rows = (
        await session.execute(select(Voie).where(Voie.palier == palier.value, Voie.active.is_(True)).order_by(Voie.rank))
    ).scalars()
    infos = await voies(session)
    return [infos[r.code] for r in rows]


async def series(session: AsyncSession) -> dict[str, SerieInfo]:
    rows = (await session.execute(select(Serie))).scalars()
    return {s.code: SerieInfo(s.code, s.voie_code, s.label, tuple(s.options or ()), s.active) for s in rows}


def rules_of(academie: Academie) -> AcademieRules:
    return AcademieRules(academie.allow_metier_text, academie.allow_passerelle_pro, academie.families_rank_specialites)


async def windows(session: AsyncSession, academie_id: int, palier: str) -> list[Window]:
    rows = (
        await session.execute(
            select(PhaseWindow).where(PhaseWindow.academie_id == academie_id, PhaseWindow.palier == palier)
        )
    ).scalars()
    return [Window(Phase(w.phase), w.starts_at, w.ends_at) for w in rows]


async def campaign(
    session: AsyncSession, etablissement: Etablissement, palier: str, now: dt.datetime
) -> CampaignStatus:
    return campaign_status(
        await windows(session, etablissement.academie_id, palier),
        etablissement.teleservice_open,
        now,
        expected_reopening_on=etablissement.expected_reopening_on,
        closure_message=etablissement.closure_message,
    )


async def lock_etablissement(session: AsyncSession, etablissement_id: int, *, exclusive: bool = False) -> Etablissement:
    """Read the switch under a row lock so it holds 'at the moment the write commits'.

    Family writes take a shared lock; opening/closing takes an exclusive one and so waits for
    in-flight writes (and they for it). SQLite serialises all writers anyway.
    """
    stmt = select(Etablissement).where(Etablissement.id == etablissement_id)
    stmt = stmt.with_for_update(read=not exclusive)
    return (await session.execute(stmt.execution_options(populate_existing=True))).scalar_one()


async def specialites(session: AsyncSession) -> dict[str, SpecialiteInfo]:
    rows = (await session.execute(select(Specialite))).scalars()
    return {s.code: SpecialiteInfo(s.code, s.label, s.family, s.active, s.valid_from, s.valid_to) for s in rows}


async def offered_specialites(session: AsyncSession, etablissement_id: int) -> set[str]:
    rows = await session.execute(
        select(OfferedSpecialite.specialite_code).where(OfferedSpecialite.etablissement_id == etablissement_id)
    )
    return set(rows.scalars())
