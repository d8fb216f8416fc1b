"""Intentions provisoires, and the request machinery the choix définitifs reuse: loading a pupil
for a write, checking a set of requests, replacing it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import (
    Academie,
    CouncilAnswer,
    Etablissement,
    Pupil,
    Request,
    RequestSet,
    RequestSpecialite,
)
from ..domain import family
from ..domain.errors import DomainError
from ..domain.events import IntentionsValidated, PaperIntentionsEntered, RequestLine
from ..domain.requests import CheckedRequest, RequestInput, VoieInfo, check_request_set
from ..domain.specialites import check_request_specialites, stored_ranks
from ..domain.territory import PARIS_TZ
from ..domain.vocabulary import Channel, Phase
from ..policy import Action, Principal, Target, pupil_scope, require
from ..domain.texts import errors as texts
from . import campaigns, events, reference
from .clock import utcnow
from .hand import claim_hand


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


async def pupil_context(session: AsyncSession, pupil: Pupil, *, exclusive: bool = False) -> tuple[Etablissement, Academie]:
    etab = await reference.lock_etablissement(session, pupil.etablissement_id, exclusive=exclusive)
    academie = await session.get(Academie, etab.academie_id)
    assert academie is not None
    return etab, academie


async def council_answer(session: AsyncSession, pupil_id: int, phase: Phase) -> CouncilAnswer | None:
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


def family_facts(pupil: Pupil, answer: CouncilAnswer | None, time_zone: str = PARIS_TZ) -> family.FileFacts:
    """``time_zone``: the pupil's académie's (messages print its days)."""
    return family.FileFacts(
        hors_procedure=pupil.hors_procedure_reason is not None,
        entering_guardian_id=pupil.entering_guardian_id,
        avis_published=bool(answer and answer.published_at),
        acknowledged_at=answer.acknowledged_at if answer else None,
        acknowledged_by_id=answer.acknowledged_by_id if answer else None,
        time_zone=time_zone,
    )


async def replace_requests(
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
    """Spécialités of 1re générale against the national list and this establishment's offer."""
    offered = await reference.offered_specialites(session, etab.id)
    checked = check_request_specialites(
        checked, voies=voies, known=await reference.specialites(session), offered=offered, today=today, root=root
    )
    return checked, offered


def request_snapshot(checked: Sequence[CheckedRequest], voies: dict[str, VoieInfo]) -> tuple[RequestLine, ...]:
    """Requests as the mails and pushes show them, frozen at the time of the step."""
    return tuple(
        RequestLine(
            rank=r.rank,
            voie=r.voie,
            voie_label=voies[r.voie].label if r.voie in voies else r.voie,
            serie=r.serie,
            serie_option=r.serie_option,
            metier=r.metier,
            statut_scolaire=r.statut_scolaire,
            statut_apprenti=r.statut_apprenti,
            specialites=tuple(r.specialites),
        )
        for r in checked
    )


async def checked_requests(session, pupil, etab, academie, items, phase: Phase, now: dt.datetime):  # type: ignore[no-untyped-def]
    """A set of requests checked against the nomenclatures, the académie's rules and the
    establishment's offer of spécialités; the same for intentions and choix définitifs."""
    from ..domain.choices import check_serie_options

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
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, Action.VALIDATE_INTENTIONS, Target.of_pupil(pupil, etab.academie_id))
    answer = await council_answer(session, pupil.id, Phase.PROVISOIRE)
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    family.check(family.intentions_blocker(principal.role, principal.account_id, family_facts(pupil, answer, academie.time_zone or PARIS_TZ), campaign))
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.PROVISOIRE, now)
    first = pupil.entering_guardian_id is None
    await claim_hand(session, pupil, principal)
    request_set = await replace_requests(
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
        IntentionsValidated(
            **events.about(pupil),
            phase=Phase.PROVISOIRE.value,
            requests=request_snapshot(checked, voies),
            validated_at=now,
            revision=request_set.revision,
            took_the_hand=first,
            etablissement_name=etab.name,
        ),
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
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
    etab, academie = await pupil_context(session, pupil)
    principal = require(principal, Action.ENTER_PAPER_REQUESTS, Target.of_pupil(pupil, etab.academie_id))
    if pupil.hors_procedure_reason is not None:
        raise DomainError.of("HORS_PROCEDURE", texts.HORS_PROCEDURE_NO_ENTRY)
    if paper_form_received_on > campaigns.territory_of(academie).today(now):
        raise DomainError.of(
            "INVALID_DATE", texts.FORM_RECEIVED_IN_FUTURE, "paperFormReceivedOn"
        )
    campaign = await reference.campaign(session, etab, pupil.palier, now, pupil.school_year)
    if campaign.phase is not Phase.PROVISOIRE:
        raise DomainError.of("PHASE_OVER" if campaign.phase else "CAMPAIGN_NOT_OPEN", texts.PROVISIONAL_PHASE_NOT_OPEN)
    answer = await council_answer(session, pupil.id, Phase.PROVISOIRE)
    if answer is not None and answer.published_at is not None:
        raise DomainError.of("INTENTIONS_LOCKED", family.MSG_INTENTIONS_LOCKED)
    checked, offered, voies = await checked_requests(session, pupil, etab, academie, items, Phase.PROVISOIRE, now)
    request_set = await replace_requests(
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
        PaperIntentionsEntered(
            **events.about(pupil),
            phase=Phase.PROVISOIRE.value,
            requests=request_snapshot(checked, voies),
            validated_at=now,
            paper_form_received_on=paper_form_received_on,
            revision=request_set.revision,
            etablissement_name=etab.name,
        ),
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=Channel.PAPER.value,
    )
    return pupil


