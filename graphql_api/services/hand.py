"""The hand: the first guardian to validate (or acknowledge, or answer) becomes the only
family member who writes; the other guardian reads."""
from __future__ import annotations

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import Pupil
from ..domain import family
from ..domain.errors import DomainError
from ..policy import Principal


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
    if result.rowcount != 1:
        raise DomainError.of("NOT_ENTERING_GUARDIAN", family.MSG_OTHER_GUARDIAN)
    pupil.entering_guardian_id = principal.account_id
