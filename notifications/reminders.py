"""Deadline reminders of académie notices: run by the worker loop, idempotent.

A (notice, pupil, REMINDER) delivery row is written in the same transaction as the
ACADEMIE_NOTICE event, so a family is reminded once however often (and on however many
workers) the job runs; notice rows are locked on PostgreSQL so two workers do not race.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select

from graphql_api.db.engine import Database
from graphql_api.db.models import Academie, Etablissement, Pupil, Request
from graphql_api.db.models_notices import AcademieNotice, AcademieNoticeDelivery
from graphql_api.domain.notices import reminder_due
from graphql_api.policy import current_year_clause
from graphql_api.services.campaigns import territory_of
from graphql_api.services.clock import utcnow
from graphql_api.domain.events import PupilEvent

from .dispatcher import deliver_notice


async def remind_deadlines(db: Database, now: dt.datetime | None = None) -> int:
    """Record one reminder event per concerned pupil of every notice whose reminder is due."""
    now = now or utcnow()
    created = 0
    async with db.write() as session:
        stmt = select(AcademieNotice).where(AcademieNotice.active.is_(True), AcademieNotice.deadline.is_not(None))
        if not db.is_sqlite:
            stmt = stmt.with_for_update(skip_locked=True)
        for notice in (await session.execute(stmt)).scalars().all():
            academie = await session.get(Academie, notice.academie_id)
            today = territory_of(academie).today(now) if academie else now.date()  # the académie's day
            if not reminder_due(notice.deadline, notice.remind_days_before, today):
                continue
            request_match = [Request.pupil_id == Pupil.id, Request.voie_code == notice.voie_code]
            if notice.serie_code:
                request_match.append(Request.serie_code == notice.serie_code)
            pupils = (
                await session.execute(
                    select(Pupil)
                    .join(Etablissement, Etablissement.id == Pupil.etablissement_id)
                    .where(
                        Etablissement.academie_id == notice.academie_id,
                        Pupil.left_on.is_(None),
                        current_year_clause(),
                        exists().where(*request_match),
                        ~exists().where(
                            AcademieNoticeDelivery.notice_id == notice.id,
                            AcademieNoticeDelivery.pupil_id == Pupil.id,
                            AcademieNoticeDelivery.occasion == "REMINDER",
                        ),
                    )
                    .order_by(Pupil.id)
                )
            ).scalars().all()
            for pupil in pupils:
                await deliver_notice(
                    session, notice, (pupil.id, pupil.etablissement_id, pupil.division_id), _about(pupil), occasion="REMINDER", now=now
                )
                created += 1
    return created



def _about(pupil: Pupil) -> PupilEvent:
    return PupilEvent(pupil_id=pupil.id, first_name=pupil.first_name, last_name=pupil.last_name, palier=pupil.palier)
