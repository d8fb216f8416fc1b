"""The passerelle (2de GT → voie professionnelle): the host establishment's head's opinion."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Etablissement, Pupil
from ..domain import steps
from ..domain.errors import DomainError
from ..domain.events import PasserelleOpinionRecorded
from ..domain.requests import passerelle
from ..domain.vocabulary import Channel, Phase
from ..policy import Action, Principal, Target, not_found, require, require_authenticated
from ..domain.texts import errors as texts
from . import files, reference
from .clock import utcnow
from .decision import about, add_step, record_step_event

async def record_passerelle_opinion(
    session: AsyncSession, principal: Principal | None, ine: str, phase: Phase, favorable: bool, on: dt.date
) -> dict[str, Any]:
    """The host establishment's head gives their opinion (favorable / défavorable, dated) on a
    pupil's passerelle request. The host finds the pupil by INE (from the dossier they received):
    they cannot read the file; the pupil's school and family see the opinion in it."""
    principal = require_authenticated(principal)
    now = utcnow()
    pupil = (
        await session.execute(
            select(Pupil).where(Pupil.ine == ine.strip().upper(), Pupil.left_on.is_(None)).with_for_update()
        )
    ).scalar_one_or_none()
    host = await session.get(Etablissement, principal.etablissement_id) if principal.etablissement_id else None
    if pupil is None:
        require(principal, Action.RECORD_PASSERELLE_OPINION, Target(etablissement_id=-1))
        raise not_found()
    etab = await session.get(Etablissement, pupil.etablissement_id)
    if etab is None:
        raise not_found()
    require(principal, Action.RECORD_PASSERELLE_OPINION, Target(etablissement_id=pupil.etablissement_id, academie_id=etab.academie_id))
    if host is None or host.academie_id != etab.academie_id:
        raise not_found()  # another académie's pupil: as if unknown
    view = (await files.load_files(session, [pupil]))[pupil.id]
    voies = await reference.voies(session)
    requests = view.sets[phase].requests if phase in view.sets else []
    if not any(r.voie in voies and passerelle(voies[r.voie]) for r in requests):
        raise DomainError.of(
            "NO_PASSERELLE_REQUEST", texts.NO_PASSERELLE_REQUEST, "ine"
        )
    if on > view.today(now):  # the académie's day
        raise DomainError.of("INVALID_DATE", texts.OPINION_IN_FUTURE, "on")
    data = {
        "phase": phase.value, "favorable": favorable, "on": on.isoformat(),
        "hostEtablissementId": host.id, "hostUai": host.uai, "hostName": host.name,
    }  # fmt: skip
    add_step(session, pupil, steps.PASSERELLE_OPINION, data, now=now, principal=principal, channel=Channel.STAFF)
    event = PasserelleOpinionRecorded(
        **about(pupil, etab), phase=phase.value, favorable=favorable, on=on,
        host_etablissement_id=host.id, host_uai=host.uai, host_name=host.name,
    )  # fmt: skip
    record_step_event(session, event, pupil, etab, principal, now, Channel.STAFF)
    return {**data, "recordedAt": now}
