"""Avis provisoires of the conseil de classe, and the family's dated acknowledgement."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Avis, CouncilAnswer, Pupil, RequestSet
from ..domain import family
from ..domain.avis import AvisInput, RecommendationInput, check_avis
from ..domain.calendar import CampaignState
from ..domain.errors import DomainError
from ..domain.events import AvisAcknowledged, AvisEntered
from ..domain.specialites import check_recommendations
from ..domain.vocabulary import Channel, Phase
from ..policy import Action, Principal, Target, require
from ..domain.texts import errors as texts
from . import campaigns, events, reference
from .clock import utcnow
from .hand import claim_hand
from .intentions import council_answer, family_facts, load_pupil_for_write, load_requests, pupil_context


async def enter_avis(
    session: AsyncSession,
    principal: Principal | None,
    pupil_id: int,
    avis: list[AvisInput],
    recommendation: RecommendationInput | None,
    motivation: str | None,
    specialite_recommendations: Sequence[str] = (),
) -> Pupil:
    """The PP (own divisions) or the head enters the conseil de classe's avis provisoires."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, Action.ENTER_AVIS, Target.of_pupil(pupil, etab.academie_id))
    if pupil.hors_procedure_reason is not None:
        raise DomainError.of("HORS_PROCEDURE", texts.HORS_PROCEDURE_NO_AVIS)
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    if campaign.phase is not Phase.PROVISOIRE:
        raise DomainError.of("PHASE_OVER" if campaign.phase else "CAMPAIGN_NOT_OPEN", texts.PROVISIONAL_PHASE_NOT_OPEN)
    if campaign.state is CampaignState.OPEN:
        raise DomainError.of(
            "TELESERVICE_OPEN",
            texts.CLOSE_BEFORE_AVIS,
        )
    voies = await reference.voies(session)
    requests = await load_requests(session, pupil.id, Phase.PROVISOIRE)
    checked = check_avis(requests, avis, recommendation, motivation, palier=pupil.palier, voies=voies)
    recommended = check_recommendations(
        specialite_recommendations, palier=pupil.palier, known=await reference.specialites(session), today=campaigns.territory_of(academie).today(now)
    )
    answer = await council_answer(session, pupil.id, Phase.PROVISOIRE)
    revision = (
        await session.execute(
            select(RequestSet.revision).where(RequestSet.pupil_id == pupil.id, RequestSet.phase == Phase.PROVISOIRE.value)
        )
    ).scalar_one()
    corrected = answer is not None
    if answer is None:
        answer = CouncilAnswer(pupil_id=pupil.id, phase=Phase.PROVISOIRE.value)
        session.add(answer)
    else:
        await session.execute(delete(Avis).where(Avis.answer_id == answer.id))
        # A corrected avis is published again at the next reopening and acknowledged again.
        answer.published_at = None
        answer.acknowledged_at = None
        answer.acknowledged_by_id = None
        answer.acknowledgement_channel = None
    rec = checked.recommendation
    answer.recommendation_voie_code = rec.voie if rec else None
    answer.recommendation_serie_code = rec.serie if rec else None
    answer.recommendation_metier = rec.metier if rec else None
    answer.motivation = checked.motivation
    answer.entered_at = now
    answer.entered_by_id = principal.account_id
    answer.request_revision = revision
    answer.details = {"specialiteRecommendations": list(recommended)} if recommended else None
    await session.flush()
    for item in checked.avis:
        session.add(Avis(answer_id=answer.id, rank=item.rank, value=item.value.value, advised_metier=item.advised_metier))
    events.record_event(
        session,
        AvisEntered(**events.about(pupil), phase=Phase.PROVISOIRE.value, corrected=corrected),
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=Channel.STAFF.value,
    )
    return pupil


async def acknowledge_avis(session: AsyncSession, principal: Principal | None, pupil_id: int, confirm: bool) -> Pupil:
    """The entering guardian acknowledges the avis provisoires (dated)."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, Action.ACKNOWLEDGE_AVIS, Target.of_pupil(pupil, etab.academie_id))
    answer = await council_answer(session, pupil.id, Phase.PROVISOIRE)
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    family.check(family.acknowledgement_blocker(principal.role, principal.account_id, family_facts(pupil, answer, campaigns.territory_of(academie).time_zone), campaign))
    assert answer is not None
    if not confirm:
        raise DomainError.of(
            "CONFIRMATION_REQUIRED", texts.tick_the_box(family.MSG_ACK_CHECKBOX), "confirm"
        )
    await claim_hand(session, pupil, principal)
    _acknowledge(session, answer, pupil, principal, etab, now, now, Channel.TELESERVICE)
    return pupil


async def record_paper_acknowledgement(
    session: AsyncSession, principal: Principal | None, pupil_id: int, received_on: dt.date
) -> Pupil:
    """The office records an acknowledgement signed on the paper fiche de dialogue."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, Action.RECORD_PAPER_ACKNOWLEDGEMENT, Target.of_pupil(pupil, etab.academie_id))
    territory = campaigns.territory_of(academie)
    if received_on > territory.today(now):
        raise DomainError.of("INVALID_DATE", texts.RECEIVED_IN_FUTURE, "receivedOn")
    answer = await council_answer(session, pupil.id, Phase.PROVISOIRE)
    if answer is None or answer.published_at is None:
        raise DomainError.of("AVIS_NOT_AVAILABLE", texts.AVIS_NOT_PUBLISHED)
    if answer.acknowledged_at is not None:
        raise DomainError.of("ALREADY_ACKNOWLEDGED", texts.ALREADY_ACKNOWLEDGED)
    at = dt.datetime.combine(received_on, dt.time(12), tzinfo=territory.zone)  # noon, the académie's day
    _acknowledge(session, answer, pupil, principal, etab, at, now, Channel.PAPER)
    return pupil


def _acknowledge(session, answer, pupil, principal, etab, at: dt.datetime, now: dt.datetime, channel: Channel) -> None:  # type: ignore[no-untyped-def]
    """Date the acknowledgement (online now, or the day the signed paper came back) and say so."""
    answer.acknowledged_at = at
    answer.acknowledged_by_id = principal.account_id
    answer.acknowledgement_channel = channel.value
    events.record_event(
        session,
        AvisAcknowledged(**events.about(pupil), phase=Phase.PROVISOIRE.value, acknowledged_at=at),
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=channel.value,
    )
