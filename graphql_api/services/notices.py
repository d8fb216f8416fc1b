"""Académie notices on a voie or série: publish and withdraw (the dispatcher tells the families)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Pupil, Serie, Voie
from ..db.models_notices import AcademieNotice
from ..domain.events import AcademieNoticePublished, AcademieNoticeWithdrawn
from ..domain.errors import DomainError
from ..domain.notices import NoticeTarget, check_notice, concerned
from ..domain.vocabulary import Role
from ..policy import Action, Principal, Target, not_found, pupil_scope, require, require_authenticated
from ..domain.texts import errors as texts
from . import campaigns, events, files
from .clock import utcnow



def _academie_target(principal: Principal | None) -> Target:
    return Target(academie_id=principal.academie_id if principal else None)


async def publish_notice(
    session: AsyncSession,
    principal: Principal | None,
    *,
    voie_code: str,
    serie_code: str | None,
    title: str,
    body: str,
    deadline: dt.date | None,
    remind_days_before: int,
) -> AcademieNotice:
    now = utcnow()
    principal = require(principal, Action.MANAGE_ACADEMIE_NOTICES, _academie_target(principal))
    today = (await campaigns.territory(session, principal.academie_id)).today(now) if principal.academie_id else now.date()
    check_notice(title, body, deadline, remind_days_before, today)
    if await session.get(Voie, voie_code) is None:
        raise DomainError.of("UNKNOWN_VOIE", texts.UNKNOWN_VOIE, "voie")
    if serie_code is not None:
        serie = await session.get(Serie, serie_code)
        if serie is None or serie.voie_code != voie_code:
            raise DomainError.of("UNKNOWN_SERIE", texts.UNKNOWN_SERIE, "serie")
    notice = AcademieNotice(
        academie_id=principal.academie_id,
        voie_code=voie_code,
        serie_code=serie_code,
        title=title.strip(),
        body=body.strip(),
        deadline=deadline,
        remind_days_before=remind_days_before,
        created_at=now,
        created_by_id=principal.account_id,
    )
    session.add(notice)
    await session.flush()
    events.record_event(
        session,
        AcademieNoticePublished(notice_id=notice.id, voie=voie_code, serie=serie_code, title=notice.title, deadline=deadline),
        now=now,
        principal=principal,
        academie_id=principal.academie_id,
        channel="ACADEMIE",
    )
    return notice


async def withdraw_notice(session: AsyncSession, principal: Principal | None, notice_id: int) -> AcademieNotice:
    now = utcnow()
    principal = require(principal, Action.MANAGE_ACADEMIE_NOTICES, _academie_target(principal))
    notice = (
        await session.execute(
            select(AcademieNotice).where(AcademieNotice.id == notice_id, AcademieNotice.academie_id == principal.academie_id)
        )
    ).scalar_one_or_none()
    if notice is None:
        raise DomainError.of("NOT_FOUND", texts.NOTICE_NOT_FOUND, "id")
    if notice.active:
        notice.active = False
        events.record_event(
            session, AcademieNoticeWithdrawn(notice_id=notice.id, title=notice.title), now=now, principal=principal,
            academie_id=principal.academie_id, channel="ACADEMIE",
        )
    return notice


async def list_notices(session: AsyncSession, principal: Principal | None, pupil_id: int | None = None) -> list[AcademieNotice]:
    """The académie: all its notices. A family (guardian, pupil): the active notices that concern
    the requests (intentions or choix définitifs) of their child(ren), or of ``pupil_id``."""
    principal = require_authenticated(principal)
    if principal.role in (Role.GUARDIAN, Role.PUPIL):
        return await _family_notices(session, principal, pupil_id)
    principal = require(principal, Action.MANAGE_ACADEMIE_NOTICES, _academie_target(principal))
    return list(
        (
            await session.execute(
                select(AcademieNotice).where(AcademieNotice.academie_id == principal.academie_id).order_by(AcademieNotice.id)
            )
        ).scalars()
    )


async def _family_notices(session: AsyncSession, principal: Principal, pupil_id: int | None) -> list[AcademieNotice]:
    own = set(principal.child_ids) | ({principal.pupil_id} if principal.pupil_id else set())
    if pupil_id is not None and pupil_id not in own:
        raise not_found()
    wanted = [pupil_id] if pupil_id is not None else sorted(own)
    pupils = (await session.execute(select(Pupil).where(Pupil.id.in_(wanted), pupil_scope(principal)))).scalars().all()
    if pupil_id is not None and not pupils:
        raise not_found()
    views = await files.load_files(session, pupils)
    found: dict[int, AcademieNotice] = {}
    for view in views.values():
        require(principal, Action.READ_PUPIL, Target.of_pupil(view.pupil, view.academie.id))
        requests = [{"voie": r.voie, "serie": r.serie} for s in view.sets.values() for r in s.requests]
        rows = (
            await session.execute(
                select(AcademieNotice).where(AcademieNotice.academie_id == view.academie.id, AcademieNotice.active.is_(True))
            )
        ).scalars()
        for notice in rows:
            if concerned(NoticeTarget(notice.voie_code, notice.serie_code), requests):
                found[notice.id] = notice
    return [found[k] for k in sorted(found)]
