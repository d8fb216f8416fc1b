"""Exports of the staff list and of the spécialité requests, and the fiches de dialogue.

Rows are produced chunk by chunk (keyset pagination, one short read per chunk), so an export
of a whole school holds one chunk in memory, whatever the format that writes them.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import Division, Etablissement, Pupil, Specialite
from ..domain.errors import DomainError
from ..domain.vocabulary import PHASE_LABELS, Palier, Phase
from ..policy import Action, Principal, Target, current_year_clause, not_found, pupil_scope, require, require_authenticated
from ..domain.texts import documents, errors as texts
from . import fiches, files, listing, pupil_list, reference
from .clock import utcnow

VOEUX_HEADERS = documents.VOEUX_HEADERS


async def _authorize(db: Database, principal: Principal | None, action: Action, division_id: int | None) -> Principal:
    principal = require_authenticated(principal)
    async with db.read() as session:
        etab = await session.get(Etablissement, principal.etablissement_id) if principal.etablissement_id else None
        if division_id is not None:
            division = await session.get(Division, division_id)
            if division is None or etab is None or division.etablissement_id != etab.id:
                raise DomainError.of("NOT_FOUND", texts.DIVISION_NOT_FOUND_IN_YOURS, "division")
    target = Target(etablissement_id=etab.id if etab else -1, division_id=division_id, academie_id=etab.academie_id if etab else None)
    return require(principal, action, target)


async def list_rows(db: Database, principal: Principal | None, f: pupil_list.ListFilter) -> AsyncIterator[list[listing.Cell]]:
    """The staff list as typed cells (EXPORT_HEADERS first), by division then name."""
    principal = await _authorize(db, principal, Action.EXPORT_PUPILS, f.division_id)
    return _list_rows(db, principal, f)


async def _list_rows(db: Database, principal: Principal, f: pupil_list.ListFilter) -> AsyncIterator[list[listing.Cell]]:
    async with db.read() as session:
        voies = await reference.voies(session)
    yield list[listing.Cell](listing.EXPORT_HEADERS)
    async for session, pupils in pupil_list.chunks(db, principal, f):
        views = await files.load_files(session, pupils)
        for p in pupils:
            yield listing.export_cells(views[p.id], listing.build_row(views[p.id], voies))


async def voeux_rows(db: Database, principal: Principal | None, f: pupil_list.ListFilter) -> AsyncIterator[list[listing.Cell]]:
    """"Liste de tous les vœux": every 2de GT request that carries spécialités, one row each."""
    principal = await _authorize(db, principal, Action.EXPORT_PUPILS, f.division_id)
    return _voeux_rows(db, principal, replace(f, palier=Palier.SECONDE_GT.value))


async def _voeux_rows(db: Database, principal: Principal, f: pupil_list.ListFilter) -> AsyncIterator[list[listing.Cell]]:
    async with db.read() as session:
        voies = await reference.voies(session)
        labels = dict((await session.execute(select(Specialite.code, Specialite.label))).all())
    yield list[listing.Cell](VOEUX_HEADERS)
    async for session, pupils in pupil_list.chunks(db, principal, f):
        views = await files.load_files(session, pupils)
        for p in pupils:
            view = views[p.id]
            for phase in (Phase.PROVISOIRE, Phase.DEFINITIVE):
                for r in view.sets[phase].requests if phase in view.sets else ():
                    if not r.specialites:
                        continue
                    # The read model's order: offered ones first, the not-offered one after them.
                    names = [labels.get(code, code) for code, _, offered in r.specialites]
                    missing = [labels.get(code, code) for code, _, offered in r.specialites if not offered]
                    yield [
                        p.last_name, p.first_name, p.ine, view.division.code if view.division else "",
                        PHASE_LABELS[phase], r.rank, voies[r.voie].label if r.voie in voies else r.voie, r.serie or "",
                        *(names + [""] * documents.SPECIALITE_COLUMNS)[: documents.SPECIALITE_COLUMNS], ", ".join(missing),
                    ]  # fmt: skip


async def fiches_pdf(
    db: Database,
    principal: Principal | None,
    *,
    pupil_id: int | None = None,
    division_id: int | None = None,
    school_year: str | None = None,
) -> tuple[bytes, str]:
    """The fiche of one pupil's file (of any year kept), or of every pupil of a division in a
    campaign year (the current one unless ``school_year``); (PDF, file name)."""
    principal = require_authenticated(principal)
    async with db.read() as session:
        stmt = select(Pupil).where(pupil_scope(principal), Pupil.left_on.is_(None))
        if pupil_id is not None:
            stmt = stmt.where(Pupil.id == pupil_id)
        else:
            division = await session.get(Division, division_id)
            if division is None or division.etablissement_id != principal.etablissement_id:
                raise not_found()
            require(principal, Action.PRINT_FICHES, Target(etablissement_id=division.etablissement_id, division_id=division.id))
            stmt = stmt.where(
                Pupil.division_id == division.id,
                Pupil.school_year == school_year if school_year else current_year_clause(),
            )
        pupils = (await session.execute(stmt.order_by(Pupil.last_name, Pupil.first_name, Pupil.id))).scalars().all()
        if not pupils and pupil_id is not None:
            raise not_found()
        views = await files.load_files(session, pupils)
        voies = await reference.voies(session)
    for p in pupils:
        require(principal, Action.PRINT_FICHES, Target.of_pupil(p, views[p.id].academie.id))
    ordered = [views[p.id] for p in pupils]
    etab = ordered[0].etablissement if ordered else None
    signature = (etab.signature_image, etab.signature_mime or "") if etab and etab.signature_image else None
    if pupil_id is not None:
        name = f"fiche-{pupils[0].ine}.pdf"
    else:
        assert division is not None  # one pupil or one division is asked for
        name = f"fiches-{division.code}.pdf"
    return await asyncio.to_thread(fiches.render, ordered, voies, signature, utcnow()), name
