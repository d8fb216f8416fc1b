"""Opening and closing the téléservice; reopening publishes the council's answers entered meanwhile."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import CouncilAnswer, Etablissement, Pupil
from ..domain.errors import DomainError
from ..domain.events import AnswerPublished, TeleserviceSwitched
from ..domain.vocabulary import Channel
from ..policy import Action, Principal, Target, require, require_authenticated
from ..domain.texts import errors as texts
from . import campaigns, events, reference
from .clock import utcnow


MAX_CLOSURE_MESSAGE_LENGTH = 500  # the column's length


async def set_teleservice(
    session: AsyncSession,
    principal: Principal | None,
    etablissement_id: int | None,
    open_: bool,
    expected_reopening_on: dt.date | None = None,
    closure_message: str | None = None,
) -> Etablissement:
    """Open or close the téléservice. Reopening publishes the council's answers entered meanwhile.

    ``etablissement_id`` None: the caller has no establishment of their own (refused by the policy).
    """

    now = utcnow()
    principal = require_authenticated(principal)
    if etablissement_id is None:
        require(principal, Action.SET_TELESERVICE, Target())
    known = select(Etablissement.id).where(Etablissement.id == etablissement_id)
    if (await session.execute(known)).scalar_one_or_none() is None:
        raise DomainError.of("NOT_FOUND", texts.ETABLISSEMENT_NOT_FOUND, "etablissementId")
    assert etablissement_id is not None  # the query above found it
    etab = await reference.lock_etablissement(session, etablissement_id, exclusive=True)
    principal = require(principal, Action.SET_TELESERVICE, Target(etablissement_id=etab.id, academie_id=etab.academie_id))
    if closure_message and len(closure_message) > MAX_CLOSURE_MESSAGE_LENGTH:
        raise DomainError.of("MESSAGE_TOO_LONG", texts.message_too_long(MAX_CLOSURE_MESSAGE_LENGTH), "closureMessage")
    if open_ and expected_reopening_on:
        raise DomainError.of(
            "INVALID_DATE", texts.REOPENING_ONLY_WHEN_CLOSING, "expectedReopeningOn"
        )
    if expected_reopening_on and expected_reopening_on < (await campaigns.territory(session, etab.academie_id)).today(now):
        raise DomainError.of("INVALID_DATE", texts.REOPENING_IN_PAST, "expectedReopeningOn")
    school_year = await campaigns.current_school_year(session, etab.academie_id)
    if etab.teleservice_school_year != school_year:  # last year's switch: this year starts closed
        etab.teleservice_open = False
        etab.teleservice_school_year = school_year
    if etab.teleservice_open == open_:
        if not open_:  # closing again: only the expected date / message change
            etab.expected_reopening_on = expected_reopening_on
            etab.closure_message = closure_message
        return etab
    etab.teleservice_open = open_
    etab.teleservice_changed_at = now
    etab.expected_reopening_on = None if open_ else expected_reopening_on
    etab.closure_message = None if open_ else closure_message
    events.record_event(
        session,
        TeleserviceSwitched(
            etablissement_id=etab.id, etablissement_name=etab.name, open=open_, expected_reopening_on=expected_reopening_on
        ),
        now=now,
        principal=principal,
        etablissement_id=etab.id,
        academie_id=etab.academie_id,
        channel=Channel.STAFF.value,
    )
    if open_:
        await _publish_answers(session, principal, etab, now, school_year)
    return etab


async def _publish_answers(session: AsyncSession, principal: Principal, etab: Etablissement, now: dt.datetime, school_year: str) -> None:
    rows = (
        await session.execute(
            select(CouncilAnswer, Pupil)
            .join(Pupil, Pupil.id == CouncilAnswer.pupil_id)
            .where(Pupil.etablissement_id == etab.id, Pupil.school_year == school_year, CouncilAnswer.published_at.is_(None))
            .order_by(Pupil.id)
        )
    ).all()
    for answer, pupil in rows:
        answer.published_at = now
        events.record_event(
            session,
            AnswerPublished(**events.about(pupil), phase=answer.phase, etablissement_name=etab.name),
            now=now,
            principal=principal,
            pupil=pupil,
            academie_id=etab.academie_id,
            channel=Channel.STAFF.value,
        )
