"""Reference data a rule needs: nomenclatures, académie parameters, calendar, switch."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Academie, Etablissement, OfferedSpecialite, PhaseWindow, Pupil, Serie, Specialite, Voie
from ..domain.calendar import CampaignStatus, Window, campaign_status
from ..domain.requests import AcademieRules, SerieInfo, VoieInfo, passerelle
from ..domain.specialites import SpecialiteInfo
from ..domain.vocabulary import Palier, Phase


async def voies(session: AsyncSession) -> dict[str, VoieInfo]:
    rows = (await session.execute(select(Voie))).scalars()
    return {
        v.code: VoieInfo(v.code, v.palier, v.label, v.kind, v.allows_metier, v.requires_serie, v.has_specialites, v.active)
        for v in rows
    }


async def series(session: AsyncSession) -> dict[str, SerieInfo]:
    rows = (await session.execute(select(Serie))).scalars()
    return {s.code: SerieInfo(s.code, s.voie_code, s.label, tuple(s.options or ()), s.active) for s in rows}


def rules_of(academie: Academie) -> AcademieRules:
    return AcademieRules(academie.allow_metier_text, academie.allow_passerelle_pro, academie.families_rank_specialites)


async def windows(session: AsyncSession, academie_id: int, palier: str, school_year: str) -> list[Window]:
    rows = (
        await session.execute(
            select(PhaseWindow).where(
                PhaseWindow.academie_id == academie_id,
                PhaseWindow.school_year == school_year,
                PhaseWindow.palier == palier,
            )
        )
    ).scalars()
    return [Window(Phase(w.phase), w.starts_at, w.ends_at) for w in rows]


async def campaign(
    session: AsyncSession, etablissement: Etablissement, palier: str, now: dt.datetime, school_year: str
) -> CampaignStatus:
    """The calendar and switch of ``school_year`` (a file's year) for this establishment."""
    return campaign_status(
        await windows(session, etablissement.academie_id, palier, school_year),
        etablissement.teleservice_open and etablissement.teleservice_school_year == school_year,
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


async def viewer_academie(session: AsyncSession, principal) -> Academie | None:  # type: ignore[no-untyped-def]
    """The académie whose rules apply to what the viewer may request: their own (staff,
    académie), else their children's / their own pupil's establishment's."""
    if principal is None:
        return None
    academie_id = principal.academie_id
    etab_id = principal.etablissement_id
    if academie_id is None and etab_id is None:
        pupil_ids = set(principal.child_ids) | ({principal.pupil_id} if principal.pupil_id else set())
        if pupil_ids:
            etab_id = (await session.execute(select(Pupil.etablissement_id).where(Pupil.id.in_(pupil_ids)).limit(1))).scalar()
    if academie_id is None and etab_id is not None:
        academie_id = (await session.execute(select(Etablissement.academie_id).where(Etablissement.id == etab_id))).scalar()
    return await session.get(Academie, academie_id) if academie_id is not None else None


async def requestable_voies(session: AsyncSession, palier: Palier, academie: Academie | None) -> list[VoieInfo]:
    """Active voies of a palier in display order; the passerelle to the voie professionnelle only
    where the académie allows it (``AcademieRules.allow_passerelle_pro``)."""
    rows = (await session.execute(select(Voie).where(Voie.palier == palier.value, Voie.active.is_(True)).order_by(Voie.rank))).scalars()
    infos = await voies(session)
    allow = bool(academie and academie.allow_passerelle_pro)
    return [infos[r.code] for r in rows if allow or not passerelle(infos[r.code])]


async def offered_specialite_infos(session: AsyncSession, etablissement_id: int) -> list[SpecialiteInfo]:
    """The spécialités an establishment offers, with their labels, by label."""
    known = await specialites(session)
    codes = await offered_specialites(session, etablissement_id)
    return sorted((known.get(c) or SpecialiteInfo(c, c) for c in codes), key=lambda s: (s.label, s.code))
