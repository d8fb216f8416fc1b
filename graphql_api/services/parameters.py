"""Académie nomenclatures, the establishment's offered spécialités, its pre-opening check,
and the audit trail of a pupil's file."""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence

from sqlalchemy import delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import (
    Account,
    AuditEntry,
    Division,
    Etablissement,
    Guardianship,
    OfferedSpecialite,
    OutboxEvent,
    PrincipalTeacher,
    Pupil,
    Serie,
    Specialite,
    Voie,
)
from ..domain.events import NomenclatureChanged, OfferedSpecialitesChanged
from ..domain.errors import DomainError
from ..domain.parameters import Finding, PupilContact, check_entry, pre_opening_findings
from ..domain.specialites import SpecialiteInfo
from ..domain.vocabulary import Channel, Palier
from ..policy import Action, Principal, Target, not_found, pupil_scope, require, require_authenticated
from ..domain.texts import errors as texts
from . import campaigns, events, reference
from .clock import utcnow

VOIE_KINDS = ("GT", "PRO", "CAP", "GENERALE", "TECHNO", "BT", "PASSERELLE")


class NomenclatureKind(str, enum.Enum):
    VOIE = "VOIE"
    SERIE = "SERIE"
    SPECIALITE = "SPECIALITE"


_TABLES: dict[NomenclatureKind, type[Voie] | type[Serie] | type[Specialite]] = {NomenclatureKind.VOIE: Voie, NomenclatureKind.SERIE: Serie, NomenclatureKind.SPECIALITE: Specialite}


def _academie_principal(principal: Principal | None) -> Principal:
    return require(principal, Action.MANAGE_NOMENCLATURE, Target(academie_id=principal.academie_id if principal else None))


def _changed(session: AsyncSession, principal: Principal, kind: NomenclatureKind, code: str, change: str) -> None:
    events.record_event(
        session, NomenclatureChanged(kind=kind.value, code=code, change=change), now=utcnow(), principal=principal,
        academie_id=principal.academie_id, channel=Channel.STAFF.value,
    )


async def _ensure_new(session: AsyncSession, kind: NomenclatureKind, code: str) -> None:
    if await session.get(_TABLES[kind], code) is not None:
        raise DomainError.of("CODE_EXISTS", texts.CODE_EXISTS, "code")


async def add_specialite(
    session: AsyncSession, principal: Principal | None, code: str, label: str, family: str | None,
    valid_from: dt.date | None = None, valid_to: dt.date | None = None,
) -> Specialite:
    """A spécialité added mid-year is selectable at once (from valid_from, if given)."""
    principal = _academie_principal(principal)
    code, label = check_entry(code, label)
    await _ensure_new(session, NomenclatureKind.SPECIALITE, code)
    if valid_from and valid_to and valid_to < valid_from:
        raise DomainError.of("INVALID_DATE", texts.VALIDITY_END_BEFORE_START, "validTo")
    row = Specialite(code=code, label=label, family=(family or "").strip().upper() or None, active=True, valid_from=valid_from, valid_to=valid_to)
    session.add(row)
    _changed(session, principal, NomenclatureKind.SPECIALITE, code, "ADDED")
    return row


async def add_serie(
    session: AsyncSession, principal: Principal | None, code: str, label: str, voie_code: str, options: Sequence[str]
) -> Serie:
    principal = _academie_principal(principal)
    code, label = check_entry(code, label)
    await _ensure_new(session, NomenclatureKind.SERIE, code)
    voie = await session.get(Voie, voie_code)
    if voie is None or not voie.requires_serie:
        raise DomainError.of("UNKNOWN_VOIE", texts.VOIE_WITHOUT_SERIES, "voieCode")
    cleaned = [check_entry(o, o)[0] for o in options]
    row = Serie(code=code, voie_code=voie.code, label=label, options=cleaned or None, active=True)
    session.add(row)
    _changed(session, principal, NomenclatureKind.SERIE, code, "ADDED")
    return row


async def add_voie(
    session: AsyncSession, principal: Principal | None, code: str, palier: Palier, label: str, kind: str,
    allows_metier: bool, requires_serie: bool, has_specialites: bool,
) -> Voie:
    principal = _academie_principal(principal)
    code, label = check_entry(code, label)
    await _ensure_new(session, NomenclatureKind.VOIE, code)
    if kind not in VOIE_KINDS:
        raise DomainError.of("INVALID_KIND", texts.unknown_voie_kind(VOIE_KINDS), "kind")
    rank = (await session.execute(select(func.coalesce(func.max(Voie.rank), 0)).where(Voie.palier == palier.value))).scalar_one() + 1
    row = Voie(
        code=code, palier=palier.value, label=label, kind=kind, rank=rank, allows_metier=allows_metier,
        requires_serie=requires_serie, has_specialites=has_specialites, active=True,
    )
    session.add(row)
    _changed(session, principal, NomenclatureKind.VOIE, code, "ADDED")
    return row


async def set_entry_active(session: AsyncSession, principal: Principal | None, kind: NomenclatureKind, code: str, active: bool):  # type: ignore[no-untyped-def]
    """Retire (or restore) an entry: no longer selectable; requests already made keep it."""
    principal = _academie_principal(principal)
    row: Voie | Serie | Specialite | None = await session.get(_TABLES[kind], code)
    if row is None:
        raise DomainError.of("NOT_FOUND", texts.NOMENCLATURE_NOT_FOUND, "code")
    if row.active != active:
        row.active = active
        _changed(session, principal, kind, code, "RESTORED" if active else "RETIRED")
    return row


async def set_offered_specialites(
    session: AsyncSession, principal: Principal | None, etablissement_id: int, codes: Sequence[str]
) -> list[str]:
    """The head declares the spécialités the establishment offers (replaces the list)."""
    now = utcnow()
    etab = await session.get(Etablissement, etablissement_id)
    if etab is None:
        raise DomainError.of("NOT_FOUND", texts.ETABLISSEMENT_NOT_FOUND, "etablissementId")
    principal = require(principal, Action.SET_OFFERED_SPECIALITES, Target(etablissement_id=etab.id, academie_id=etab.academie_id))
    known = await reference.specialites(session)
    today = (await campaigns.territory(session, etab.academie_id)).today(now)
    wanted = sorted(set(codes))
    for index, code in enumerate(codes):
        if code not in known or not known[code].selectable_on(today):
            raise DomainError.of("UNKNOWN_SPECIALITE", texts.unknown_specialite(code), "codes", index)
    await session.execute(delete(OfferedSpecialite).where(OfferedSpecialite.etablissement_id == etab.id))
    session.add_all([OfferedSpecialite(etablissement_id=etab.id, specialite_code=c) for c in wanted])
    events.record_event(
        session, OfferedSpecialitesChanged(etablissement_id=etab.id, codes=tuple(wanted)), now=now, principal=principal,
        etablissement_id=etab.id, academie_id=etab.academie_id, channel=Channel.STAFF.value,
    )
    return wanted


async def pre_opening_check(session: AsyncSession, principal: Principal | None, etablissement_id: int) -> list[Finding]:
    etab = await session.get(Etablissement, etablissement_id)
    if etab is None:
        raise DomainError.of("NOT_FOUND", texts.ETABLISSEMENT_NOT_FOUND, "etablissementId")
    require(principal, Action.CHECK_ETABLISSEMENT, Target(etablissement_id=etab.id, academie_id=etab.academie_id))
    today = (await campaigns.territory(session, etab.academie_id)).today(utcnow())
    selectable = {c for c, info in (await reference.specialites(session)).items() if info.selectable_on(today)}
    school_year = await campaigns.current_school_year(session, etab.academie_id)
    active = (Pupil.etablissement_id == etab.id, Pupil.school_year == school_year, Pupil.left_on.is_(None))
    has_2de = (
        await session.execute(select(exists().where(*active, Pupil.palier == Palier.SECONDE_GT.value)))
    ).scalar_one()
    without_pp = (
        await session.execute(
            select(Division.code)
            .where(Division.etablissement_id == etab.id, ~exists().where(PrincipalTeacher.division_id == Division.id))
        )
    ).scalars()
    guardian_counts = (
        select(
            Guardianship.pupil_id.label("pupil_id"),
            func.count(Account.id).label("n"),
            func.count(Account.email).label("with_email"),
        )
        .join(Account, Account.id == Guardianship.account_id)
        .where(Account.active.is_(True))
        .group_by(Guardianship.pupil_id)
        .subquery()
    )
    contacts = [
        PupilContact(f"{first} {last}", n or 0, with_email or 0)
        for first, last, n, with_email in await session.execute(
            select(Pupil.first_name, Pupil.last_name, guardian_counts.c.n, guardian_counts.c.with_email)
            .outerjoin(guardian_counts, guardian_counts.c.pupil_id == Pupil.id)
            .where(*active, Pupil.hors_procedure_reason.is_(None))
            .order_by(Pupil.last_name, Pupil.first_name)
        )
    ]
    return pre_opening_findings(
        has_2de_gt_pupils=has_2de,
        offered=await reference.offered_specialites(session, etab.id),
        selectable=selectable,
        divisions_without_pp=list(without_pp),
        pupils=contacts,
    )


async def audit_page(
    session: AsyncSession, principal: Principal | None, pupil_id: int, limit: int, after_id: int | None
) -> tuple[list[AuditEntry], dict[int, Account], int, bool]:
    """A pupil's audit trail, newest first, for staff who follow the pupil."""
    require_authenticated(principal)
    pupil = (await session.execute(select(Pupil).where(Pupil.id == pupil_id, pupil_scope(principal)))).scalar_one_or_none()
    if pupil is None:
        raise not_found()
    etab = await session.get(Etablissement, pupil.etablissement_id)
    require(principal, Action.READ_AUDIT, Target.of_pupil(pupil, etab.academie_id if etab else None))
    condition = AuditEntry.pupil_id == pupil.id
    total = (await session.execute(select(func.count()).select_from(AuditEntry).where(condition))).scalar_one()
    stmt = select(AuditEntry).where(condition)
    if after_id is not None:
        stmt = stmt.where(AuditEntry.id < after_id)
    rows = list((await session.execute(stmt.order_by(AuditEntry.id.desc()).limit(limit + 1))).scalars())
    page = rows[:limit]
    account_ids = {r.account_id for r in page if r.account_id}
    accounts = (
        {a.id: a for a in (await session.execute(select(Account).where(Account.id.in_(account_ids)))).scalars()}
        if account_ids
        else {}
    )
    return page, accounts, total, len(rows) > limit


async def audit_payloads(session: AsyncSession, rows: Sequence[AuditEntry]) -> dict[int, dict]:  # type: ignore[type-arg]
    """The events behind a page of audit entries, by event id, in one query."""
    ids = {r.event_id for r in rows if r.event_id is not None}
    if not ids:
        return {}
    events_ = await session.execute(select(OutboxEvent.id, OutboxEvent.payload).where(OutboxEvent.id.in_(ids)))
    return {pk: payload for pk, payload in events_}


async def specialite_entries(session: AsyncSession, include_retired: bool = False) -> list[Specialite]:
    """The national list of spécialités, by label (selectable ones unless ``include_retired``)."""
    stmt = select(Specialite).order_by(Specialite.label)
    if not include_retired:
        stmt = stmt.where(Specialite.active.is_(True))
    return list((await session.execute(stmt)).scalars())


async def serie_entries(session: AsyncSession, voie: str, include_retired: bool = False) -> list[Serie]:
    stmt = select(Serie).where(Serie.voie_code == voie).order_by(Serie.code)
    if not include_retired:
        stmt = stmt.where(Serie.active.is_(True))
    return list((await session.execute(stmt)).scalars())


async def offered_specialites_of(
    session: AsyncSession, principal: Principal, *, pupil_id: int | None = None, etablissement_id: int | None = None
) -> list[SpecialiteInfo]:
    """The spécialités a pupil's school (a family may ask) or an establishment offers, with labels, by label."""
    if pupil_id is not None:
        pupil = (
            await session.execute(select(Pupil).where(Pupil.id == pupil_id, pupil_scope(principal)))
        ).scalar_one_or_none()
        if pupil is None:
            raise not_found()
        return await reference.offered_specialite_infos(session, pupil.etablissement_id)
    etab = await session.get(Etablissement, etablissement_id)
    if etab is None:
        raise DomainError.of("NOT_FOUND", texts.ETABLISSEMENT_NOT_FOUND)
    require(principal, Action.READ_ETABLISSEMENT, Target(etablissement_id=etab.id, academie_id=etab.academie_id))
    return await reference.offered_specialite_infos(session, etab.id)
