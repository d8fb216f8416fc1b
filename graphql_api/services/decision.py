"""The décision d'orientation and what follows it: entretien with the head, décision, appel, maintien,
the appeal-deadline reminders; and the pupil-file helpers the other second-phase services share.
One transaction per use case; each records its event (outbox + audit)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Academie, Etablissement, OutboxEvent, Pupil, PupilStep
from ..domain import decision as decision_rules, file_states, steps
from ..domain.events import (
    AppealDeadlineApproaching,
    AppealFiled,
    AppealOutcomeRecorded,
    DecisionTaken,
    EventType,
    HeadInterviewRecorded,
    MaintienRequested,
    SchoolPupilEvent,
    from_stored,
)
from ..domain.errors import DomainError, ErrorList, UserError
from ..domain.family import check
from ..domain.vocabulary import Channel, Phase, Role
from ..domain.territory import Territory
from ..domain.working_days import appeal_deadline
from ..policy import Action, Principal, Target, require
from ..domain.texts import errors as texts
from . import events, files, reference
from .clock import utcnow
from .intentions import load_pupil_for_write, pupil_context


def step_data(view: files.FileView, kind: str) -> dict[str, Any] | None:
    rows = view.steps.get(kind)
    return (rows[-1].data or {}) if rows else None


def facts_of(view: files.FileView) -> decision_rules.Phase2Facts:
    """The phase-2 facts of a file from the batch read model (services and GraphQL agree)."""
    provisional = view.answers.get(Phase.PROVISOIRE)
    proposition = view.answers.get(Phase.DEFINITIVE)
    answer = step_data(view, steps.FAMILY_ANSWER)
    interview = step_data(view, steps.HEAD_INTERVIEW)
    decision = step_data(view, steps.DECISION)
    deadline = decision.get("appealDeadline") if decision else None
    return decision_rules.Phase2Facts(
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


async def open_file(
    session: AsyncSession, principal: Principal | None, pupil_id: int, action: Action
) -> tuple[Principal, Pupil, Etablissement, Academie, files.FileView]:
    """Scope, lock, policy; then the pupil's file as the rules see it."""
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, action, Target.of_pupil(pupil, etab.academie_id))
    view = (await files.load_files(session, [pupil]))[pupil.id]
    return principal, pupil, etab, academie, view


def add_step(
    session: AsyncSession, pupil: Pupil, kind: str, data: dict[str, Any], *, now: dt.datetime, principal: Principal, channel: Channel
) -> PupilStep:
    step = PupilStep(pupil_id=pupil.id, kind=kind, at=now, by_id=principal.account_id, channel=channel.value, data=data)
    session.add(step)
    return step


def about(pupil: Pupil, etab: Etablissement) -> dict[str, Any]:
    """The pupil and school fields of a step's event: ``DecisionTaken(**about(pupil, etab), ...)``."""
    return {**events.about(pupil), "etablissement_name": etab.name}


def record_step_event(
    session: AsyncSession, event: SchoolPupilEvent, pupil: Pupil, etab: Etablissement, principal: Principal | None,
    now: dt.datetime, channel: Channel,
) -> None:
    events.record_event(
        session, event, now=now, principal=principal, pupil=pupil, academie_id=etab.academie_id, channel=channel.value
    )


def channel_of(principal: Principal) -> Channel:
    """A guardian acts online; staff acting for a family record a paper form."""
    return Channel.TELESERVICE if principal.role is Role.GUARDIAN else Channel.PAPER


def voie_label(voies, code: str | None, serie: str | None) -> str | None:  # type: ignore[no-untyped-def]
    if code is None:
        return None
    label = voies[code].label if code in voies else code
    return f"{label} {serie}" if serie else label


# --- after a disagreement -----------------------------------------------------------------------


async def record_head_interview(session: AsyncSession, principal: Principal | None, pupil_id: int, on: dt.date) -> Pupil:
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.RECORD_HEAD_INTERVIEW)
    error = decision_rules.head_interview_error(facts_of(view), on, view.today(now))
    if error:
        raise DomainError(UserError(error.code, error.message, ("date",) if error.code == "INVALID_DATE" else ()))
    add_step(session, pupil, steps.HEAD_INTERVIEW, {"date": on.isoformat()}, now=now, principal=principal, channel=Channel.STAFF)
    record_step_event(session, HeadInterviewRecorded(**about(pupil, etab), date=on), pupil, etab, principal, now, Channel.STAFF)
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
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.TAKE_DECISION)
    voies = await reference.voies(session)
    checked = decision_rules.check_decision(
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
    add_step(session, pupil, steps.DECISION, data, now=now, principal=principal, channel=Channel.STAFF)
    event = from_stored(DecisionTaken, data, **about(pupil, etab), voie_label=voie_label(voies, checked.voie, checked.serie))
    record_step_event(session, event, pupil, etab, principal, now, Channel.STAFF)
    return pupil


async def file_appeal(session: AsyncSession, principal: Principal | None, pupil_id: int, filed_on: dt.date | None = None) -> Pupil:
    """The family appeals online (entering guardian), or the school records a paper appeal."""
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.FILE_APPEAL)
    today = view.today(now)
    facts = facts_of(view)
    if principal.role is Role.GUARDIAN:
        check(decision_rules.family_appeal_blocker(principal.role, principal.account_id, facts, today))
        filed_on = today
    else:
        if filed_on is None or filed_on > today:
            raise DomainError.of("INVALID_DATE", texts.APPEAL_FILED_ON, "filedOn")
        check(decision_rules.appeal_error(facts, filed_on))
    channel = channel_of(principal)
    add_step(session, pupil, steps.APPEAL, {"filedOn": filed_on.isoformat()}, now=now, principal=principal, channel=channel)
    record_step_event(session, AppealFiled(**about(pupil, etab), filed_on=filed_on), pupil, etab, principal, now, channel)
    return pupil


async def record_appeal_outcome(
    session: AsyncSession, principal: Principal | None, pupil_id: int, voie: str, serie: str | None
) -> Pupil:
    """The commission d'appel's final word, recorded once."""
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.RECORD_APPEAL_OUTCOME)
    check(decision_rules.appeal_outcome_error(facts_of(view)))
    voies = await reference.voies(session)
    errors = ErrorList()
    info, serie_code = decision_rules.check_voie(voie, serie, palier=pupil.palier, voies=voies, series=await reference.series(session), errors=errors)
    errors.raise_if_any()
    assert info is not None
    decision = step_data(view, steps.DECISION) or {}
    upheld = file_states.appeal_upheld(decision.get("voie"), decision.get("serie"), info.code, serie_code)
    data = {"voie": info.code, "serie": serie_code, "upheld": upheld}
    add_step(session, pupil, steps.APPEAL_OUTCOME, data, now=now, principal=principal, channel=Channel.STAFF)
    event = from_stored(AppealOutcomeRecorded, data, **about(pupil, etab), voie_label=voie_label(voies, info.code, serie_code))
    record_step_event(session, event, pupil, etab, principal, now, Channel.STAFF)
    return pupil


async def request_maintien(session: AsyncSession, principal: Principal | None, pupil_id: int) -> Pupil:
    """Staying one more year in the class: of right, asked by the family or recorded by the school."""
    now = utcnow()
    principal, pupil, etab, _, view = await open_file(session, principal, pupil_id, Action.REQUEST_MAINTIEN)
    facts = facts_of(view)
    if principal.role is Role.GUARDIAN:
        check(decision_rules.family_maintien_blocker(principal.role, principal.account_id, facts))
    else:
        check(decision_rules.maintien_error(facts))
    channel = channel_of(principal)
    today = view.today(now).isoformat()
    add_step(session, pupil, steps.MAINTIEN_REQUEST, {"filedOn": today}, now=now, principal=principal, channel=channel)
    record_step_event(
        session, MaintienRequested(**about(pupil, etab), filed_on=dt.date.fromisoformat(today)), pupil, etab, principal, now, channel
    )
    return pupil


# --- reminders ----------------------------------------------------------------------------------


async def appeal_reminders_due(session: AsyncSession, now: dt.datetime) -> dict[int, tuple[int, str]]:
    """The décisions (step id → pupil id, deadline) whose appeal deadline is within a day. Cheap
    enough to run at every dispatcher pass: only recent décisions are read."""
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
    return due


async def remind_appeal_deadlines(session: AsyncSession, now: dt.datetime | None = None) -> int:
    """One APPEAL_DEADLINE_APPROACHING event per appealable décision whose deadline is within a
    day, once (no appeal or maintien since, not reminded yet). The worker first asks
    ``appeal_reminders_due`` in a read session, so the usual pass opens no write transaction."""
    now = now or utcnow()
    due = await appeal_reminders_due(session, now)
    if not due:
        return 0
    recorded = 0
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
                    OutboxEvent.type == EventType.APPEAL_DEADLINE_APPROACHING.value, OutboxEvent.pupil_id.in_(pupil_ids)
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
            session,
            AppealDeadlineApproaching(
                **about(pupil, etab), decision_step_id=step_id, appeal_deadline=dt.date.fromisoformat(deadline)
            ),
            now=now, principal=None, pupil=pupil, academie_id=etab.academie_id, channel=Channel.STAFF.value,
        )
        recorded += 1
    return recorded
