"""Choix définitifs: validated online by the entering guardian, or entered from the paper form."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Pupil
from ..domain import choices
from ..domain.events import ChoicesValidated, PaperChoicesEntered
from ..domain.errors import DomainError
from ..domain.family import check
from ..domain.requests import RequestInput
from ..domain.vocabulary import Channel, Phase
from ..policy import Action, Principal, Target, require
from ..domain.texts import errors as texts
from . import files
from .clock import utcnow
from .decision import about, facts_of, open_file, record_step_event
from .hand import claim_hand
from .intentions import checked_requests, load_pupil_for_write, pupil_context, replace_requests, request_snapshot


async def validate_choices(session: AsyncSession, principal: Principal | None, pupil_id: int, items: list[RequestInput]) -> Pupil:
    """The entering guardian validates the whole set of choix définitifs (after acknowledging the avis)."""
    now = utcnow()
    principal, pupil, etab, academie, view = await open_file(session, principal, pupil_id, Action.VALIDATE_CHOICES)
    check(choices.choices_blocker(principal.role, principal.account_id, facts_of(view), view.campaign(now)))
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.DEFINITIVE, now)
    await claim_hand(session, pupil, principal)
    request_set = await replace_requests(
        session, pupil, Phase.DEFINITIVE, checked, now=now, principal=principal, channel=Channel.TELESERVICE,
        offered=offered, ranked_specialites=academie.families_rank_specialites,
    )
    event = ChoicesValidated(
        **about(pupil, etab), phase=Phase.DEFINITIVE.value, requests=request_snapshot(checked, voies), validated_at=now,
        revision=request_set.revision,
    )
    record_step_event(session, event, pupil, etab, principal, now, Channel.TELESERVICE)
    return pupil


async def enter_paper_choices(
    session: AsyncSession, principal: Principal | None, pupil_id: int, items: list[RequestInput], received_on: dt.date
) -> Pupil:
    """The office enters the family's paper form of choix définitifs (spécialités ranked 1 to 4)."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, Action.ENTER_PAPER_REQUESTS, Target.of_pupil(pupil, etab.academie_id))
    view = (await files.load_files(session, [pupil]))[pupil.id]
    if received_on > view.today(now):
        raise DomainError.of("INVALID_DATE", texts.FORM_RECEIVED_IN_FUTURE, "paperFormReceivedOn")
    check(choices.staff_choices_error(facts_of(view), view.campaign(now)))
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.DEFINITIVE, now)
    request_set = await replace_requests(
        session, pupil, Phase.DEFINITIVE, checked, now=now, principal=principal, channel=Channel.PAPER,
        paper_form_received_on=received_on, offered=offered, ranked_specialites=True,
    )
    await session.execute(update(Pupil).where(Pupil.id == pupil.id).values(version=Pupil.version + 1))
    event = PaperChoicesEntered(
        **about(pupil, etab), phase=Phase.DEFINITIVE.value, requests=request_snapshot(checked, voies), validated_at=now,
        paper_form_received_on=received_on, revision=request_set.revision,
    )
    record_step_event(session, event, pupil, etab, principal, now, Channel.PAPER)
    return pupil
