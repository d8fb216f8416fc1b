"""Around the procedure: hors procédure, the PP interview, the other guardian's disagreement."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Pupil
from ..domain import decision, steps
from ..domain.events import GuardianDisagreementRecorded, HorsProcedureChanged, PpInterviewSet
from ..domain.errors import DomainError
from ..domain.family import check
from ..domain.vocabulary import Channel
from ..policy import Action, Principal
from ..domain.texts import errors as texts
from .clock import utcnow
from .decision import about, add_step, facts_of, open_file, record_step_event


async def record_guardian_disagreement(session: AsyncSession, principal: Principal | None, pupil_id: int, message: str) -> Pupil:
    """The guardian without the hand records that they disagree; the head is alerted, the hand stays."""
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.RECORD_GUARDIAN_DISAGREEMENT)
    check(decision.disagreement_blocker(principal.role, principal.account_id, facts_of(view)))
    text = decision.check_disagreement_message(message)
    add_step(session, pupil, steps.GUARDIAN_DISAGREEMENT, {"message": text}, now=now, principal=principal, channel=Channel.TELESERVICE)
    record_step_event(
        session, GuardianDisagreementRecorded(**about(pupil, etab), message=text), pupil, etab, principal, now, Channel.TELESERVICE
    )
    return pupil

MAX_REASON_LENGTH = 500  # the column's length


async def set_hors_procedure(session: AsyncSession, principal: Principal | None, pupil_id: int, reason: str | None) -> Pupil:
    """The head records (or lifts, with no reason) that the pupil does not follow the procedure."""
    now = utcnow()
    principal, pupil, etab, _, _ = await open_file(session, principal, pupil_id, Action.SET_HORS_PROCEDURE)
    text = (reason or "").strip() or None
    if text and len(text) > MAX_REASON_LENGTH:
        raise DomainError.of("REASON_TOO_LONG", texts.reason_too_long(MAX_REASON_LENGTH), "reason")
    if text == pupil.hors_procedure_reason:
        return pupil
    pupil.hors_procedure_reason = text
    pupil.version += 1
    record_step_event(
        session, HorsProcedureChanged(**about(pupil, etab), hors_procedure=text is not None), pupil, etab, principal, now, Channel.STAFF
    )
    return pupil


async def set_pp_interview(session: AsyncSession, principal: Principal | None, pupil_id: int, on: dt.date | None) -> Pupil:
    """Date of the entretien d'orientation with the professeur principal (planned or held)."""
    now = utcnow()
    principal, pupil, etab, _, _ = await open_file(session, principal, pupil_id, Action.SET_PP_INTERVIEW)
    pupil.pp_interview_on = on
    pupil.version += 1
    record_step_event(session, PpInterviewSet(**about(pupil, etab), date=on), pupil, etab, principal, now, Channel.STAFF)
    return pupil
