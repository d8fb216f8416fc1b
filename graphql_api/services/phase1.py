"""Phase 1: intentions provisoires, the téléservice switch, avis provisoires, acknowledgement."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import (
    Academie,
    Avis,
    CouncilAnswer,
    Etablissement,
    PhaseWindow,
    Pupil,
    Request,
    RequestSet,
    RequestSpecialite,
)
from ..domain import family
from ..domain.avis import AvisInput, RecommendationInput, check_avis
from ..domain.calendar import CampaignState
from ..domain.errors import DomainError
from ..domain.requests import CheckedRequest, RequestInput, VoieInfo, check_request_set
from ..domain.specialites import check_recommendations, check_request_specialites, stored_ranks
from ..domain.vocabulary import Channel, Palier, Phase, Role
from ..policy import Action, Principal, Target, pupil_scope, require
from . import campaigns, events, reference
from .clock import utcnow


async def load_pupil_for_write(session: AsyncSession, principal: Principal | None, pupil_id: int) -> Pupil:
    """The pupil, if in the principal's scope, locked for the rest of the transaction."""
    from ..policy import not_found, require_authenticated

    require_authenticated(principal)
    stmt = (
        select(Pupil)
        .where(Pupil.id == pupil_id, pupil_scope(principal))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    pupil = (await session.execute(stmt)).scalar_one_or_none()
    if pupil is None:
        raise not_found()
    await campaigns.ensure_writable(session, pupil)
    return pupil


async def _pupil_context(session: AsyncSession, pupil: Pupil, *, exclusive: bool = False):  # type: ignore[no-untyped-def]
    etab = await reference.lock_etablissement(session, pupil.etablissement_id, exclusive=exclusive)
    academie = await session.get(Academie, etab.academie_id)
    assert academie is not None
    return etab, academie


async def _answer(session: AsyncSession, pupil_id: int, phase: Phase) -> CouncilAnswer | None:
    return (
        await session.execute(
            select(CouncilAnswer)
            .where(CouncilAnswer.pupil_id == pupil_id, CouncilAnswer.phase == phase.value)
            .execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()


async def load_requests(session: AsyncSession, pupil_id: int, phase: Phase) -> list[CheckedRequest]:
    rows = (
        await session.execute(
            select(Request).where(Request.pupil_id == pupil_id, Request.phase == phase.value).order_by(Request.rank)
        )
    ).scalars()
    return [
        CheckedRequest(r.rank, r.voie_code, r.serie_code, r.serie_option, r.metier, r.statut_scolaire, r.statut_apprenti)
        for r in rows
    ]


def _facts(pupil: Pupil, answer: CouncilAnswer | None) -> family.FileFacts:
    return family.FileFacts(
        hors_procedure=pupil.hors_procedure_reason is not None,
        entering_guardian_id=pupil.entering_guardian_id,
        avis_published=bool(answer and answer.published_at),
        acknowledged_at=answer.acknowledged_at if answer else None,
        acknowledged_by_id=answer.acknowledged_by_id if answer else None,
    )


async def _claim_hand(session: AsyncSession, pupil: Pupil, principal: Principal) -> None:
    """The first guardian to validate takes the hand; atomic on SQLite and PostgreSQL."""
    result = await session.execute(
        update(Pupil)
        .where(
            Pupil.id == pupil.id,
            or_(Pupil.entering_guardian_id.is_(None), Pupil.entering_guardian_id == principal.account_id),
        )
        .values(entering_guardian_id=principal.account_id, version=Pupil.version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise DomainError.of("NOT_ENTERING_GUARDIAN", family.MSG_OTHER_GUARDIAN)
    pupil.entering_guardian_id = principal.account_id


async def _replace_requests(
    session: AsyncSession,
    pupil: Pupil,
    phase: Phase,
    checked: Sequence[CheckedRequest],
    *,
    now: dt.datetime,
    principal: Principal,
    channel: Channel,
    paper_form_received_on: dt.date | None = None,
    offered: set[str] | None = None,
    ranked_specialites: bool = False,
) -> RequestSet:
    request_set = (
        await session.execute(
            select(RequestSet).where(RequestSet.pupil_id == pupil.id, RequestSet.phase == phase.value)
        )
    ).scalar_one_or_none()
    if request_set is None:
        request_set = RequestSet(pupil_id=pupil.id, phase=phase.value, revision=0)
        session.add(request_set)
    else:
        await session.execute(delete(Request).where(Request.set_id == request_set.id))
    request_set.validated_at = now
    request_set.validated_by_id = principal.account_id
    request_set.channel = channel.value
    request_set.paper_form_received_on = paper_form_received_on
    request_set.revision = (request_set.revision or 0) + 1
    await session.flush()
    for item in checked:
        row = Request(
            set_id=request_set.id,
            pupil_id=pupil.id,
            phase=phase.value,
            rank=item.rank,
            voie_code=item.voie,
            serie_code=item.serie,
            serie_option=item.serie_option,
            metier=item.metier,
            statut_scolaire=item.statut_scolaire,
            statut_apprenti=item.statut_apprenti,
        )
        session.add(row)
        if item.specialites:
            await session.flush()
            offered_codes = set(item.specialites) if offered is None else offered
            for code, rank, is_offered in stored_ranks(item.specialites, offered_codes, ranked_specialites):
                session.add(RequestSpecialite(request_id=row.id, specialite_code=code, rank=rank, offered=is_offered))
    return request_set


async def check_specialites(
    session: AsyncSession, checked: list[CheckedRequest], etab: Etablissement, voies: dict[str, VoieInfo], today: dt.date, root: str
) -> tuple[list[CheckedRequest], set[str]]:
    """Spécialités of 1re générale against the national list and this establishment's offer
    (``today``: the académie's day, for the spécialités' validity dates)."""
    offered = await reference.offered_specialites(session, etab.id)
    checked = check_request_specialites(
        checked, voies=voies, known=await reference.specialites(session), offered=offered, today=today, root=root
    )
    return checked, offered


def request_snapshot(checked: Sequence[CheckedRequest], voies: dict[str, VoieInfo]) -> list[dict[str, Any]]:
    """Requests as the mails and pushes show them, frozen at the time of the step."""
    return [
        {
            "rank": r.rank,
            "voie": r.voie,
            "voieLabel": voies[r.voie].label if r.voie in voies else r.voie,
            "serie": r.serie,
            "serieOption": r.serie_option,
            "metier": r.metier,
            "statutScolaire": r.statut_scolaire,
            "statutApprenti": r.statut_apprenti,
            "specialites": list(r.specialites),
        }
        for r in checked
    ]


def pupil_payload(pupil: Pupil) -> dict[str, Any]:
    return {"pupilId": pupil.id, "firstName": pupil.first_name, "lastName": pupil.last_name, "palier": pupil.palier}


async def checked_requests(session, pupil, etab, academie, items, phase: Phase, now: dt.datetime):  # type: ignore[no-untyped-def]
    """A set of requests checked against the nomenclatures, the académie's rules and the
    establishment's offer of spécialités; the same for intentions and choix définitifs."""
    from ..domain.phase2 import check_serie_options

    voies = await reference.voies(session)
    series = await reference.series(session)
    checked = check_request_set(
        items, palier=pupil.palier, phase=phase, voies=voies, series=series, rules=reference.rules_of(academie)
    )
    if phase is Phase.DEFINITIVE:
        check_serie_options(checked, series)
    field = "intentions" if phase is Phase.PROVISOIRE else "choices"
    checked, offered = await check_specialites(session, checked, etab, voies, campaigns.territory_of(academie).today(now), field)
    return checked, offered, voies


async def validate_intentions(
    session: AsyncSession, principal: Principal | None, pupil_id: int, items: list[RequestInput]
) -> Pupil:
    """A guardian validates the whole set of intentions provisoires."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await _pupil_context(session, pupil)
    principal = require(principal, Action.VALIDATE_INTENTIONS, Target.of_pupil(pupil, etab.academie_id))
    answer = await _answer(session, pupil.id, Phase.PROVISOIRE)
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    family.check(family.intentions_blocker(principal.role, principal.account_id, _facts(pupil, answer), campaign))
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.PROVISOIRE, now)
    first = pupil.entering_guardian_id is None
    await _claim_hand(session, pupil, principal)
    request_set = await _replace_requests(
        session,
        pupil,
        Phase.PROVISOIRE,
        checked,
        now=now,
        principal=principal,
        channel=Channel.TELESERVICE,
        offered=offered,
        ranked_specialites=academie.families_rank_specialites,
    )
    events.record_event(
        session,
        events.INTENTIONS_VALIDATED,
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        payload={
            **pupil_payload(pupil),
            "phase": Phase.PROVISOIRE.value,
            "requests": request_snapshot(checked, voies),
            "validatedAt": now.isoformat(),
            "revision": request_set.revision,
            "tookTheHand": first,
            "etablissementName": etab.name,
            "timeZone": academie.time_zone,  # mails print the moment in the académie's time
        },
    )
    return pupil


async def enter_paper_intentions(
    session: AsyncSession,
    principal: Principal | None,
    pupil_id: int,
    items: list[RequestInput],
    paper_form_received_on: dt.date,
) -> Pupil:
    """The school office enters the family's paper form (the signed form is the signature)."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await _pupil_context(session, pupil)
    principal = require(principal, Action.ENTER_PAPER_REQUESTS, Target.of_pupil(pupil, etab.academie_id))
    if pupil.hors_procedure_reason is not None:
        raise DomainError.of("HORS_PROCEDURE", "Cet élève est hors procédure : aucune saisie n'est attendue.")
    if paper_form_received_on > campaigns.territory_of(academie).today(now):
        raise DomainError.of(
            "INVALID_DATE", "La date de réception du formulaire ne peut pas être dans le futur.", "paperFormReceivedOn"
        )
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    if campaign.phase is not Phase.PROVISOIRE:
        raise DomainError.of("PHASE_OVER" if campaign.phase else "CAMPAIGN_NOT_OPEN", "La phase provisoire n'est pas ouverte.")
    answer = await _answer(session, pupil.id, Phase.PROVISOIRE)
    if answer is not None and answer.published_at is not None:
        raise DomainError.of("INTENTIONS_LOCKED", family.MSG_INTENTIONS_LOCKED)
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.PROVISOIRE, now)
    request_set = await _replace_requests(
        session,
        pupil,
        Phase.PROVISOIRE,
        checked,
        now=now,
        principal=principal,
        channel=Channel.PAPER,
        paper_form_received_on=paper_form_received_on,
        offered=offered,
        ranked_specialites=True,
    )
    await session.execute(update(Pupil).where(Pupil.id == pupil.id).values(version=Pupil.version + 1))
    events.record_event(
        session,
        events.PAPER_INTENTIONS_ENTERED,
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=Channel.PAPER.value,
        payload={
            **pupil_payload(pupil),
            "phase": Phase.PROVISOIRE.value,
            "requests": request_snapshot(checked, voies),
            "validatedAt": now.isoformat(),
            "paperFormReceivedOn": paper_form_received_on.isoformat(),
            "revision": request_set.revision,
            "etablissementName": etab.name,
            "timeZone": academie.time_zone,
        },
    )
    return pupil


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
    from ..policy import require_authenticated

    now = utcnow()
    principal = require_authenticated(principal)
    if etablissement_id is None:
        require(principal, Action.SET_TELESERVICE, Target())
    known = select(Etablissement.id).where(Etablissement.id == etablissement_id)
    if (await session.execute(known)).scalar_one_or_none() is None:
        raise DomainError.of("NOT_FOUND", "Établissement introuvable.", "etablissementId")
    etab = await reference.lock_etablissement(session, etablissement_id, exclusive=True)
    principal = require(principal, Action.SET_TELESERVICE, Target(etablissement_id=etab.id, academie_id=etab.academie_id))
    if closure_message and len(closure_message) > 500:
        raise DomainError.of("MESSAGE_TOO_LONG", "Le message ne doit pas dépasser 500 caractères.", "closureMessage")
    if open_ and expected_reopening_on:
        raise DomainError.of(
            "INVALID_DATE", "Une date de réouverture ne s'indique qu'à la fermeture.", "expectedReopeningOn"
        )
    academie = await session.get(Academie, etab.academie_id)
    assert academie is not None
    if expected_reopening_on and expected_reopening_on < campaigns.territory_of(academie).today(now):
        raise DomainError.of("INVALID_DATE", "La date de réouverture prévue est déjà passée.", "expectedReopeningOn")
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
        events.TELESERVICE_OPENED if open_ else events.TELESERVICE_CLOSED,
        now=now,
        principal=principal,
        etablissement_id=etab.id,
        academie_id=etab.academie_id,
        channel=Channel.STAFF.value,
        payload={
            "etablissementId": etab.id,
            "etablissementName": etab.name,
            "open": open_,
            "expectedReopeningOn": expected_reopening_on.isoformat() if expected_reopening_on else None,
            "schoolYear": school_year,
        },
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
            events.AVIS_PUBLISHED if answer.phase == Phase.PROVISOIRE.value else events.PROPOSITION_PUBLISHED,
            now=now,
            principal=principal,
            pupil=pupil,
            academie_id=etab.academie_id,
            channel=Channel.STAFF.value,
            payload={**pupil_payload(pupil), "phase": answer.phase, "etablissementName": etab.name},
        )


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
    etab, academie = await _pupil_context(session, pupil)
    principal = require(principal, Action.ENTER_AVIS, Target.of_pupil(pupil, etab.academie_id))
    if pupil.hors_procedure_reason is not None:
        raise DomainError.of("HORS_PROCEDURE", "Cet élève est hors procédure : aucun avis n'est attendu.")
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    if campaign.phase is not Phase.PROVISOIRE:
        raise DomainError.of("PHASE_OVER" if campaign.phase else "CAMPAIGN_NOT_OPEN", "La phase provisoire n'est pas ouverte.")
    if campaign.state is CampaignState.OPEN:
        raise DomainError.of(
            "TELESERVICE_OPEN",
            "Fermez le téléservice avant de saisir les avis : le conseil de classe travaille sur des intentions stables.",
        )
    voies = await reference.voies(session)
    requests = await load_requests(session, pupil.id, Phase.PROVISOIRE)
    checked = check_avis(requests, avis, recommendation, motivation, palier=pupil.palier, voies=voies)
    recommended = check_recommendations(
        specialite_recommendations, palier=pupil.palier, known=await reference.specialites(session), today=campaigns.territory_of(academie).today(now)
    )
    answer = await _answer(session, pupil.id, Phase.PROVISOIRE)
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
        events.AVIS_ENTERED,
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=Channel.STAFF.value,
        payload={**pupil_payload(pupil), "phase": Phase.PROVISOIRE.value, "corrected": corrected},
    )
    return pupil


async def acknowledge_avis(session: AsyncSession, principal: Principal | None, pupil_id: int, confirm: bool) -> Pupil:
    """The entering guardian acknowledges the avis provisoires (dated)."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, _ = await _pupil_context(session, pupil)
    principal = require(principal, Action.ACKNOWLEDGE_AVIS, Target.of_pupil(pupil, etab.academie_id))
    answer = await _answer(session, pupil.id, Phase.PROVISOIRE)
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    family.check(family.acknowledgement_blocker(principal.role, principal.account_id, _facts(pupil, answer), campaign))
    assert answer is not None
    if not confirm:
        raise DomainError.of(
            "CONFIRMATION_REQUIRED", "Cochez la case « " + family.MSG_ACK_CHECKBOX + " » puis validez.", "confirm"
        )
    if answer.acknowledged_at is not None:
        return pupil  # idempotent: a retried request changes nothing
    await _claim_hand(session, pupil, principal)
    _acknowledge(session, answer, pupil, principal, etab, now, now, Channel.TELESERVICE)
    return pupil


async def record_paper_acknowledgement(
    session: AsyncSession, principal: Principal | None, pupil_id: int, received_on: dt.date
) -> Pupil:
    """The office records an acknowledgement signed on the paper fiche de dialogue."""
    now = utcnow()
    pupil = await load_pupil_for_write(session, principal, pupil_id)
    etab, academie = await _pupil_context(session, pupil)
    principal = require(principal, Action.RECORD_PAPER_ACKNOWLEDGEMENT, Target.of_pupil(pupil, etab.academie_id))
    territory = campaigns.territory_of(academie)
    if received_on > territory.today(now):
        raise DomainError.of("INVALID_DATE", "La date de réception ne peut pas être dans le futur.", "receivedOn")
    answer = await _answer(session, pupil.id, Phase.PROVISOIRE)
    if answer is None or answer.published_at is None:
        raise DomainError.of("AVIS_NOT_AVAILABLE", "L'avis provisoire n'a pas encore été publié.")
    if answer.acknowledged_at is not None:
        raise DomainError.of("ALREADY_ACKNOWLEDGED", "L'avis a déjà fait l'objet d'un accusé de réception.")
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
        events.AVIS_ACKNOWLEDGED,
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=channel.value,
        payload={**pupil_payload(pupil), "phase": Phase.PROVISOIRE.value, "acknowledgedAt": at.isoformat()},
    )


async def set_phase_window(
    session: AsyncSession,
    principal: Principal | None,
    palier: Palier,
    phase: Phase,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
) -> PhaseWindow:
    """The académie sets the dates of a phase for a palier, in its current campaign year."""
    if principal is None or principal.academie_id is None:
        require(principal, Action.MANAGE_CALENDAR, Target(academie_id=-1))
    assert principal is not None
    principal = require(principal, Action.MANAGE_CALENDAR, Target(academie_id=principal.academie_id))
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise DomainError.of("INVALID_DATE", "Les dates doivent préciser leur fuseau horaire.", "startsAt")
    if ends_at <= starts_at:
        raise DomainError.of("INVALID_DATE", "La fin de la phase doit suivre son début.", "endsAt")
    school_year = await campaigns.current_school_year(session, principal.academie_id)
    others = (
        await session.execute(
            select(PhaseWindow).where(
                PhaseWindow.academie_id == principal.academie_id,
                PhaseWindow.school_year == school_year,
                PhaseWindow.palier == palier.value,
                PhaseWindow.phase != phase.value,
            )
        )
    ).scalars()
    for other in others:
        if starts_at < other.ends_at and other.starts_at < ends_at:
            raise DomainError.of("WINDOWS_OVERLAP", "Les phases provisoire et définitive ne peuvent pas se chevaucher.", "startsAt")
        if phase is Phase.PROVISOIRE and starts_at >= other.starts_at or phase is Phase.DEFINITIVE and starts_at <= other.starts_at:
            raise DomainError.of("WINDOWS_ORDER", "La phase provisoire précède la phase définitive.", "startsAt")
    window = (
        await session.execute(
            select(PhaseWindow).where(
                PhaseWindow.academie_id == principal.academie_id,
                PhaseWindow.school_year == school_year,
                PhaseWindow.palier == palier.value,
                PhaseWindow.phase == phase.value,
            )
        )
    ).scalar_one_or_none()
    if window is None:
        window = PhaseWindow(academie_id=principal.academie_id, school_year=school_year, palier=palier.value, phase=phase.value)
        session.add(window)
    window.starts_at = starts_at
    window.ends_at = ends_at
    events.record_event(
        session,
        events.CALENDAR_CHANGED,
        now=utcnow(),
        principal=principal,
        academie_id=principal.academie_id,
        channel=Channel.STAFF.value,
        payload={"schoolYear": school_year, "palier": palier.value, "phase": phase.value, "startsAt": starts_at.isoformat(), "endsAt": ends_at.isoformat()},
    )
    return window


def is_family(principal: Principal) -> bool:
    return principal.role in (Role.GUARDIAN, Role.PUPIL)
