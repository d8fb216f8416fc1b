"""Taking and releasing the hand (the rules: domain/hand.py). Claiming is one conditional
UPDATE, atomic on SQLite and PostgreSQL; releasing records its event and audit row."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Etablissement, Pupil
from ..domain import family
from ..domain.errors import DomainError
from ..domain.events import HandReleased
from ..domain.vocabulary import Channel
from ..policy import Principal
from . import events


async def claim_hand(session: AsyncSession, pupil: Pupil, principal: Principal) -> None:
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
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise DomainError.of("NOT_ENTERING_GUARDIAN", family.MSG_OTHER_GUARDIAN)
    pupil.entering_guardian_id = principal.account_id


async def release_hand(
    session: AsyncSession, pupil_id: int, account_id: int, *, reason: str, now: dt.datetime, principal: Principal | None = None
) -> bool:
    """The guardian ``account_id`` no longer has the hand on this pupil's file (e.g. SIECLE no longer
    links them): the other guardian may take it. Recorded (outbox event + audit row) when it changed."""
    result = await session.execute(
        update(Pupil)
        .where(Pupil.id == pupil_id, Pupil.entering_guardian_id == account_id)
        .values(entering_guardian_id=None, version=Pupil.version + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    pupil = (
        await session.execute(select(Pupil).where(Pupil.id == pupil_id).execution_options(populate_existing=True))
    ).scalar_one()
    etab = await session.get(Etablissement, pupil.etablissement_id)
    assert etab is not None
    events.record_event(
        session,
        HandReleased(**events.about(pupil), etablissement_name=etab.name, account_id=account_id, reason=reason),
        now=now,
        principal=principal,
        pupil=pupil,
        academie_id=etab.academie_id,
        channel=Channel.STAFF.value,
    )
    return True
