"""The conseil de classe's proposition and the family's answer (agreement makes it the décision)."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Avis, CouncilAnswer, Pupil
from ..domain import proposition, steps
from ..domain.calendar import CampaignState
from ..domain.events import DecisionTaken, PropositionAnswered, PropositionEntered, from_stored
from ..domain.errors import DomainError
from ..domain.family import check
from ..domain.specialites import check_recommendations
from ..domain.vocabulary import Channel, Phase, Role
from ..policy import Action, Principal
from ..domain.texts import errors as texts
from . import reference
from .clock import utcnow
from .decision import about, add_step, channel_of, facts_of, open_file, record_step_event, voie_label
from .hand import claim_hand
from .intentions import load_requests


async def enter_proposition(
    session: AsyncSession,
    principal: Principal | None,
    pupil_id: int,
    voie: str,
    serie: str | None,
    motivation: str | None,
    specialite_recommendations: Sequence[str] = (),
) -> Pupil:
    """The PP or the head enters the conseil de classe's proposition (téléservice closed)."""
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.ENTER_PROPOSITION)
    facts = facts_of(view)
    if facts.hors_procedure:
        raise DomainError.of("HORS_PROCEDURE", texts.HORS_PROCEDURE_NO_PROPOSITION)
    campaign = view.campaign(now)
    if campaign.phase is not Phase.DEFINITIVE:
        raise DomainError.of("PHASE_NOT_OPEN", texts.DEFINITIVE_PHASE_NOT_OPEN)
    if campaign.state is CampaignState.OPEN:
        raise DomainError.of(
            "TELESERVICE_OPEN",
            texts.CLOSE_BEFORE_PROPOSITIONS,
        )
    if facts.agrees is not None:
        raise DomainError.of("ALREADY_ANSWERED", texts.ALREADY_ANSWERED)
    voies = await reference.voies(session)
    choices = await load_requests(session, pupil.id, Phase.DEFINITIVE)
    checked = proposition.check_proposition(
        choices, voie, serie, motivation, palier=pupil.palier, voies=voies, series=await reference.series(session)
    )
    recommended = check_recommendations(
        specialite_recommendations, palier=pupil.palier, known=await reference.specialites(session), today=view.today(now)
    )
    answer = (
        await session.execute(
            select(CouncilAnswer).where(CouncilAnswer.pupil_id == pupil.id, CouncilAnswer.phase == Phase.DEFINITIVE.value)
        )
    ).scalar_one_or_none()
    corrected = answer is not None
    if answer is None:
        answer = CouncilAnswer(pupil_id=pupil.id, phase=Phase.DEFINITIVE.value)
        session.add(answer)
    else:
        await session.execute(delete(Avis).where(Avis.answer_id == answer.id))
        answer.published_at = None
    answer.recommendation_voie_code = checked.voie
    answer.recommendation_serie_code = checked.serie
    answer.recommendation_metier = None
    answer.motivation = checked.motivation
    answer.entered_at = now
    answer.entered_by_id = principal.account_id
    answer.request_revision = view.sets[Phase.DEFINITIVE].revision if Phase.DEFINITIVE in view.sets else 0
    answer.details = {"differsFromRequest": checked.differs_from_request, "specialiteRecommendations": list(recommended)}
    event = PropositionEntered(
        **about(pupil, etab), phase=Phase.DEFINITIVE.value, corrected=corrected, voie=checked.voie, serie=checked.serie,
        voie_label=voie_label(voies, checked.voie, checked.serie),
    )
    record_step_event(session, event, pupil, etab, principal, now, Channel.STAFF)
    return pupil


async def answer_proposition(session: AsyncSession, principal: Principal | None, pupil_id: int, agrees: bool) -> Pupil:
    """The entering guardian answers d'accord / pas d'accord (or the school records the signed
    fiche de dialogue); agreement makes the proposition the décision."""
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.ANSWER_PROPOSITION)
    channel = channel_of(principal)
    if principal.role is Role.GUARDIAN:
        check(proposition.answer_blocker(principal.role, principal.account_id, facts_of(view), view.campaign(now)))
    else:
        check(proposition.paper_answer_error(facts_of(view)))
    answer = (
        await session.execute(
            select(CouncilAnswer).where(CouncilAnswer.pupil_id == pupil.id, CouncilAnswer.phase == Phase.DEFINITIVE.value)
        )
    ).scalar_one()
    if principal.role is Role.GUARDIAN:
        await claim_hand(session, pupil, principal)
    answer.acknowledged_at = now
    answer.acknowledged_by_id = principal.account_id
    answer.acknowledgement_channel = channel.value
    add_step(session, pupil, steps.FAMILY_ANSWER, {"agrees": agrees}, now=now, principal=principal, channel=channel)
    voies = await reference.voies(session)
    label = voie_label(voies, answer.recommendation_voie_code, answer.recommendation_serie_code)
    answered = PropositionAnswered(**about(pupil, etab), agrees=agrees, voie=answer.recommendation_voie_code, voie_label=label)
    record_step_event(session, answered, pupil, etab, principal, now, channel)
    if agrees:
        data = {
            "voie": answer.recommendation_voie_code,
            "serie": answer.recommendation_serie_code,
            "remiseANiveau": False,
            "motivation": answer.motivation,
            "appealDeadline": None,
            "source": "AGREEMENT",
            "notifiedOn": view.today(now).isoformat(),
        }
        add_step(session, pupil, steps.DECISION, data, now=now, principal=principal, channel=channel)
        record_step_event(
            session, from_stored(DecisionTaken, data, **about(pupil, etab), voie_label=label), pupil, etab, principal, now, channel
        )
    return pupil
