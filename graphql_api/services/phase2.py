"""Phase 2 and the rest of a pupil's procedure: choix définitifs, proposition, answer,
entretien, décision, appel, maintien, the other guardian's disagreement, hors procédure and
the PP interview. One transaction per use case; each records its event (outbox + audit)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.engine import Database
from ..db.models import Academie, Avis, CouncilAnswer, Etablissement, OutboxEvent, Pupil, PupilStep
from ..domain import phase2, steps
from ..domain.calendar import CampaignState
from ..domain.errors import DomainError, ErrorList, UserError
from ..domain.family import check
from ..domain.requests import RequestInput
from ..domain.specialites import check_recommendations
from ..domain.vocabulary import Channel, Phase, Role
from ..domain.territory import Territory
from ..domain.working_days import appeal_deadline
from ..policy import Action, Principal, Target, require
from . import events, files, reference
from .clock import utcnow
from .phase1 import (
    _claim_hand,
    _pupil_context,
    _replace_requests,
    checked_requests,
    load_pupil_for_write,
    load_requests,
    pupil_payload,
    request_snapshot,
)


def _step_data(view: files.FileView, kind: str) -> dict[str, Any] | None:
    rows = view.steps.get(kind)
    return (rows[-1].data or {}) if rows else None


def facts_of(view: files.FileView) -> phase2.Phase2Facts:
    """The phase-2 facts of a file from the batch read model (services and GraphQL agree)."""
    provisional = view.answers.get(Phase.PROVISOIRE)
    proposition = view.answers.get(Phase.DEFINITIVE)
    answer = _step_data(view, steps.FAMILY_ANSWER)
    interview = _step_data(view, steps.HEAD_INTERVIEW)
    decision = _step_data(view, steps.DECISION)
    deadline = decision.get("appealDeadline") if decision else None
    return phase2.Phase2Facts(
        hors_procedure=view.pupil.hors_procedure_reason is not None,
        entering_guardian_id=view.pupil.entering_guardian_id,
        provisional_answer=provisional is not None,
        provisional_acknowledged=bool(provisional and provisional.acknowledged_at),
        proposition_published=bool(proposition and proposition.published_at),
        agrees=answer["agrees"] if answer else None,
        head_interview_on=dt.date.fromisoformat(interview["date"]) if interview else None,
        decided=decision is not None,
        decided_by_head=bool(decision and decision.get("source") == "HEAD"),
        appeal_deadline=dt.date.fromisoformat(deadline) if deadline else None,
        appealed=steps.APPEAL in view.steps,
        appeal_outcome=steps.APPEAL_OUTCOME in view.steps,
        maintien=steps.MAINTIEN_REQUEST in view.steps,
    )


async def _file(session: AsyncSession, principal: Principal | None, pupil_id: int, action: Action):  # type: ignore[no-untyped-def]
    """Scope, lock, policy; then the pupil's file as the rules see it."""
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await _pupil_context(session, pupil)
    principal = require(principal, action, Target.of_pupil(pupil, etab.academie_id))
    view = (await files.load_files(session, [pupil]))[pupil.id]
    return principal, pupil, etab, academie, view


def _add_step(
    session: AsyncSession, pupil: Pupil, kind: str, data: dict[str, Any], *, now: dt.datetime, principal: Principal, channel: Channel
) -> PupilStep:
    step = PupilStep(pupil_id=pupil.id, kind=kind, at=now, by_id=principal.account_id, channel=channel.value, data=data)
    session.add(step)
    return step


def _record(session, type_, pupil, etab, principal, now, channel: Channel, **payload):  # type: ignore[no-untyped-def]
    events.record_event(
        session,
        type_,
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=channel.value,
        payload={**pupil_payload(pupil), "etablissementName": etab.name, **payload},
    )


def _channel_of(principal: Principal) -> Channel:
    """A guardian acts online; staff acting for a family record a paper form."""
    return Channel.TELESERVICE if principal.role is Role.GUARDIAN else Channel.PAPER


def _voie_label(voies, code: str | None, serie: str | None) -> str | None:  # type: ignore[no-untyped-def]
    if code is None:
        return None
    label = voies[code].label if code in voies else code
    return f"{label} {serie}" if serie else label


# --- choix définitifs ---------------------------------------------------------------------------


async def validate_choices(session: AsyncSession, principal: Principal | None, pupil_id: int, items: list[RequestInput]) -> Pupil:
    """The entering guardian validates the whole set of choix définitifs (after acknowledging the avis)."""
    now = utcnow()
    principal, pupil, etab, academie, view = await _file(session, principal, pupil_id, Action.VALIDATE_CHOICES)
    check(phase2.choices_blocker(principal.role, principal.account_id, facts_of(view), view.campaign(now)))
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.DEFINITIVE, now)
    await _claim_hand(session, pupil, principal)
    request_set = await _replace_requests(
        session, pupil, Phase.DEFINITIVE, checked, now=now, principal=principal, channel=Channel.TELESERVICE,
        offered=offered, ranked_specialites=academie.families_rank_specialites,
    )
    _record(
        session, events.CHOICES_VALIDATED, pupil, etab, principal, now, Channel.TELESERVICE,
        phase=Phase.DEFINITIVE.value, requests=request_snapshot(checked, voies), validatedAt=now.isoformat(),
        revision=request_set.revision,
    )
    return pupil


async def enter_paper_choices(
    session: AsyncSession, principal: Principal | None, pupil_id: int, items: list[RequestInput], received_on: dt.date
) -> Pupil:
    """The office enters the family's paper form of choix définitifs (spécialités ranked 1 to 4)."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await _pupil_context(session, pupil)
    principal = require(principal, Action.ENTER_PAPER_REQUESTS, Target.of_pupil(pupil, etab.academie_id))
    view = (await files.load_files(session, [pupil]))[pupil.id]
    if received_on > view.today(now):
        raise DomainError.of("INVALID_DATE", "La date de réception du formulaire ne peut pas être dans le futur.", "paperFormReceivedOn")
    check(phase2.staff_choices_error(facts_of(view), view.campaign(now)))
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.DEFINITIVE, now)
    request_set = await _replace_requests(
        session, pupil, Phase.DEFINITIVE, checked, now=now, principal=principal, channel=Channel.PAPER,
        paper_form_received_on=received_on, offered=offered, ranked_specialites=True,
    )
    await session.execute(update(Pupil).where(Pupil.id == pupil.id).values(version=Pupil.version + 1))
    _record(
        session, events.PAPER_CHOICES_ENTERED, pupil, etab, principal, now, Channel.PAPER,
        phase=Phase.DEFINITIVE.value, requests=request_snapshot(checked, voies), validatedAt=now.isoformat(),
        paperFormReceivedOn=received_on.isoformat(), revision=request_set.revision,
    )
    return pupil


# --- proposition and answer ---------------------------------------------------------------------


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
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.ENTER_PROPOSITION)
    facts = facts_of(view)
    if facts.hors_procedure:
        raise DomainError.of("HORS_PROCEDURE", "Cet élève est hors procédure : aucune proposition n'est attendue.")
    campaign = view.campaign(now)
    if campaign.phase is not Phase.DEFINITIVE:
        raise DomainError.of("PHASE_NOT_OPEN", "La phase définitive n'est pas ouverte.")
    if campaign.state is CampaignState.OPEN:
        raise DomainError.of(
            "TELESERVICE_OPEN",
            "Fermez le téléservice avant de saisir les propositions : le conseil de classe travaille sur des choix stables.",
        )
    if facts.agrees is not None:
        raise DomainError.of("ALREADY_ANSWERED", "La famille a déjà répondu à la proposition : elle ne peut plus être modifiée.")
    voies = await reference.voies(session)
    choices = await load_requests(session, pupil.id, Phase.DEFINITIVE)
    checked = phase2.check_proposition(
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
    _record(
        session, events.PROPOSITION_ENTERED, pupil, etab, principal, now, Channel.STAFF,
        phase=Phase.DEFINITIVE.value, corrected=corrected, voie=checked.voie, serie=checked.serie,
        voieLabel=_voie_label(voies, checked.voie, checked.serie),
    )
    return pupil


async def answer_proposition(session: AsyncSession, principal: Principal | None, pupil_id: int, agrees: bool) -> Pupil:
    """The entering guardian answers d'accord / pas d'accord (or the school records the signed
    fiche de dialogue); agreement makes the proposition the décision."""
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.ANSWER_PROPOSITION)
    channel = _channel_of(principal)
    if principal.role is Role.GUARDIAN:
        check(phase2.answer_blocker(principal.role, principal.account_id, facts_of(view), view.campaign(now)))
    else:
        check(phase2.paper_answer_error(facts_of(view)))
    answer = (
        await session.execute(
            select(CouncilAnswer).where(CouncilAnswer.pupil_id == pupil.id, CouncilAnswer.phase == Phase.DEFINITIVE.value)
        )
    ).scalar_one()
    if principal.role is Role.GUARDIAN:
        await _claim_hand(session, pupil, principal)
    answer.acknowledged_at = now
    answer.acknowledged_by_id = principal.account_id
    answer.acknowledgement_channel = channel.value
    _add_step(session, pupil, steps.FAMILY_ANSWER, {"agrees": agrees}, now=now, principal=principal, channel=channel)
    voies = await reference.voies(session)
    label = _voie_label(voies, answer.recommendation_voie_code, answer.recommendation_serie_code)
    _record(
        session, events.PROPOSITION_ANSWERED, pupil, etab, principal, now, channel,
        agrees=agrees, voie=answer.recommendation_voie_code, voieLabel=label,
    )
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
        _add_step(session, pupil, steps.DECISION, data, now=now, principal=principal, channel=channel)
        _record(session, events.DECISION_TAKEN, pupil, etab, principal, now, channel, **data, voieLabel=label)
    return pupil


# --- after a disagreement -----------------------------------------------------------------------


async def record_head_interview(session: AsyncSession, principal: Principal | None, pupil_id: int, on: dt.date) -> Pupil:
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.RECORD_HEAD_INTERVIEW)
    error = phase2.head_interview_error(facts_of(view), on, view.today(now))
    if error:
        raise DomainError(UserError(error.code, error.message, ("date",) if error.code == "INVALID_DATE" else ()))
    _add_step(session, pupil, steps.HEAD_INTERVIEW, {"date": on.isoformat()}, now=now, principal=principal, channel=Channel.STAFF)
    _record(session, events.HEAD_INTERVIEW_RECORDED, pupil, etab, principal, now, Channel.STAFF, date=on.isoformat())
    return pupil


async def take_decision(
    session: AsyncSession,
    principal: Principal | None,
    pupil_id: int,
    voie: str,
    serie: str | None,
    motivation: str | None,
    remise_a_niveau: bool,
) -> Pupil:
    """The head's motivated décision after the entretien; notified at once with its appeal deadline."""
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.TAKE_DECISION)
    voies = await reference.voies(session)
    checked = phase2.check_decision(
        facts_of(view), voie, serie, motivation, remise_a_niveau,
        palier=pupil.palier, voies=voies, series=await reference.series(session),
    )
    today = view.today(now)  # notified today, in the académie's time
    data = {
        "voie": checked.voie,
        "serie": checked.serie,
        "remiseANiveau": checked.remise_a_niveau,
        "motivation": checked.motivation,
        "appealDeadline": appeal_deadline(today, view.territory).isoformat(),
        "source": "HEAD",
        "notifiedOn": today.isoformat(),
    }
    _add_step(session, pupil, steps.DECISION, data, now=now, principal=principal, channel=Channel.STAFF)
    _record(
        session, events.DECISION_TAKEN, pupil, etab, principal, now, Channel.STAFF,
        **data, voieLabel=_voie_label(voies, checked.voie, checked.serie),
    )
    return pupil


async def file_appeal(session: AsyncSession, principal: Principal | None, pupil_id: int, filed_on: dt.date | None = None) -> Pupil:
    """The family appeals online (entering guardian), or the school records a paper appeal."""
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.FILE_APPEAL)
    today = view.today(now)
    facts = facts_of(view)
    if principal.role is Role.GUARDIAN:
        check(phase2.family_appeal_blocker(principal.role, principal.account_id, facts, today))
        filed_on = today
    else:
        if filed_on is None or filed_on > today:
            raise DomainError.of("INVALID_DATE", "Indiquez la date de dépôt de l'appel (passée ou du jour).", "filedOn")
        check(phase2.appeal_error(facts, filed_on))
    channel = _channel_of(principal)
    _add_step(session, pupil, steps.APPEAL, {"filedOn": filed_on.isoformat()}, now=now, principal=principal, channel=channel)
    _record(session, events.APPEAL_FILED, pupil, etab, principal, now, channel, filedOn=filed_on.isoformat())
    return pupil


async def record_appeal_outcome(
    session: AsyncSession, principal: Principal | None, pupil_id: int, voie: str, serie: str | None
) -> Pupil:
    """The commission d'appel's final word, recorded once."""
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.RECORD_APPEAL_OUTCOME)
    check(phase2.appeal_outcome_error(facts_of(view)))
    voies = await reference.voies(session)
    errors = ErrorList()
    info, serie_code = phase2.check_voie(voie, serie, palier=pupil.palier, voies=voies, series=await reference.series(session), errors=errors)
    errors.raise_if_any()
    assert info is not None
    decision = _step_data(view, steps.DECISION) or {}
    data = {"voie": info.code, "serie": serie_code, "upheld": (decision.get("voie"), decision.get("serie")) == (info.code, serie_code)}
    _add_step(session, pupil, steps.APPEAL_OUTCOME, data, now=now, principal=principal, channel=Channel.STAFF)
    _record(
        session, events.APPEAL_OUTCOME_RECORDED, pupil, etab, principal, now, Channel.STAFF,
        **data, voieLabel=_voie_label(voies, info.code, serie_code),
    )
    return pupil


async def request_maintien(session: AsyncSession, principal: Principal | None, pupil_id: int) -> Pupil:
    """Staying one more year in the class: of right, asked by the family or recorded by the school."""
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.REQUEST_MAINTIEN)
    facts = facts_of(view)
    if principal.role is Role.GUARDIAN:
        check(phase2.family_maintien_blocker(principal.role, principal.account_id, facts))
    else:
        check(phase2.maintien_error(facts))
    channel = _channel_of(principal)
    today = view.today(now).isoformat()
    _add_step(session, pupil, steps.MAINTIEN_REQUEST, {"filedOn": today}, now=now, principal=principal, channel=channel)
    _record(session, events.MAINTIEN_REQUESTED, pupil, etab, principal, now, channel, filedOn=today)
    return pupil


# --- around the procedure -----------------------------------------------------------------------


async def record_guardian_disagreement(session: AsyncSession, principal: Principal | None, pupil_id: int, message: str) -> Pupil:
    """The guardian without the hand records that they disagree; the head is alerted, the hand stays."""
    now = utcnow()
    principal, pupil, etab, _, view = await _file(session, principal, pupil_id, Action.RECORD_GUARDIAN_DISAGREEMENT)
    check(phase2.disagreement_blocker(principal.role, principal.account_id, facts_of(view)))
    text = phase2.check_disagreement_message(message)
    _add_step(session, pupil, steps.GUARDIAN_DISAGREEMENT, {"message": text}, now=now, principal=principal, channel=Channel.TELESERVICE)
    _record(session, events.GUARDIAN_DISAGREEMENT_RECORDED, pupil, etab, principal, now, Channel.TELESERVICE, message=text)
    return pupil


async def set_hors_procedure(session: AsyncSession, principal: Principal | None, pupil_id: int, reason: str | None) -> Pupil:
    """The head records (or lifts, with no reason) that the pupil does not follow the procedure."""
    now = utcnow()
    principal, pupil, etab, _, _ = await _file(session, principal, pupil_id, Action.SET_HORS_PROCEDURE)
    text = (reason or "").strip() or None
    if text and len(text) > 500:
        raise DomainError.of("REASON_TOO_LONG", "Le motif ne doit pas dépasser 500 caractères.", "reason")
    if text == pupil.hors_procedure_reason:
        return pupil
    pupil.hors_procedure_reason = text
    pupil.version += 1
    _record(session, events.HORS_PROCEDURE_CHANGED, pupil, etab, principal, now, Channel.STAFF, horsProcedure=text is not None)
    return pupil


async def set_pp_interview(session: AsyncSession, principal: Principal | None, pupil_id: int, on: dt.date | None) -> Pupil:
    """Date of the entretien d'orientation with the professeur principal (planned or held)."""
    now = utcnow()
    principal, pupil, etab, _, _ = await _file(session, principal, pupil_id, Action.SET_PP_INTERVIEW)
    pupil.pp_interview_on = on
    pupil.version += 1
    _record(session, events.PP_INTERVIEW_SET, pupil, etab, principal, now, Channel.STAFF, date=on.isoformat() if on else None)
    return pupil


# --- reminders ----------------------------------------------------------------------------------


async def remind_appeal_deadlines(db: Database, now: dt.datetime | None = None) -> int:
    """One APPEAL_DEADLINE_APPROACHING event per appealable décision whose deadline is within a
    day, once. Cheap enough to run at every dispatcher pass: only recent décisions are read."""
    now = now or utcnow()
    async with db.read() as session:
        decisions = (
            await session.execute(
                select(PupilStep.id, PupilStep.pupil_id, PupilStep.data, Academie.time_zone)
                .join(Pupil, Pupil.id == PupilStep.pupil_id)
                .join(Etablissement, Etablissement.id == Pupil.etablissement_id)
                .join(Academie, Academie.id == Etablissement.academie_id)
                .where(PupilStep.kind == steps.DECISION, PupilStep.at >= now - dt.timedelta(days=14))
            )
        ).all()
    due = {}
    for step_id, pupil_id, data, time_zone in decisions:
        today = Territory(time_zone).today(now)  # the deadline is a day of the académie's calendar
        deadline = (data or {}).get("appealDeadline")
        if deadline and dt.date.fromisoformat(deadline) - dt.timedelta(days=1) <= today <= dt.date.fromisoformat(deadline):
            due[step_id] = (pupil_id, deadline)
    if not due:
        return 0  # the usual case: no write transaction at all
    recorded = 0
    async with db.write() as session:
        pupil_ids = {pupil_id for pupil_id, _ in due.values()}
        pupils = {
            p.id: p
            for p in (
                await session.execute(select(Pupil).where(Pupil.id.in_(pupil_ids)).order_by(Pupil.id).with_for_update())
            ).scalars()
        }
        closed = set(
            (
                await session.execute(
                    select(PupilStep.pupil_id).where(
                        PupilStep.pupil_id.in_(pupil_ids), PupilStep.kind.in_((steps.APPEAL, steps.MAINTIEN_REQUEST))
                    )
                )
            ).scalars()
        )
        reminded = {
            (e.payload or {}).get("decisionStepId")
            for e in (
                await session.execute(
                    select(OutboxEvent).where(
                        OutboxEvent.type == events.APPEAL_DEADLINE_APPROACHING, OutboxEvent.pupil_id.in_(pupil_ids)
                    )
                )
            ).scalars()
        }
        for step_id, (pupil_id, deadline) in sorted(due.items()):
            if pupil_id in closed or step_id in reminded:
                continue
            pupil = pupils[pupil_id]
            etab = await session.get(Etablissement, pupil.etablissement_id)
            assert etab is not None
            events.record_event(
                session, events.APPEAL_DEADLINE_APPROACHING, now=now, principal=None, pupil=pupil,
                academie_id=etab.academie_id, channel=Channel.STAFF.value,
                payload={**pupil_payload(pupil), "etablissementName": etab.name, "decisionStepId": step_id,
                         "appealDeadline": deadline},
            )
            recorded += 1
    return recorded
