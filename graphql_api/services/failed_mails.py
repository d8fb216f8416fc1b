"""Mails refused for good, as the school follows them up (Query.failedMails)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import OutgoingMail, Pupil
from ..policy import Principal, pupil_scope


async def failed_mails(
    session: AsyncSession, principal: Principal, after_id: int | None, limit: int
) -> tuple[int, list[tuple[OutgoingMail, Pupil]]]:
    """The total of failed mails of the pupils in the viewer's scope, and one page of them
    (newest first, ``limit + 1`` rows so the caller knows whether a next page exists)."""
    conditions = [OutgoingMail.status == "FAILED", pupil_scope(principal)]
    total = (
        await session.execute(
            select(func.count()).select_from(OutgoingMail).join(Pupil, Pupil.id == OutgoingMail.pupil_id).where(*conditions)
        )
    ).scalar_one()
    page = select(OutgoingMail, Pupil).join(Pupil, Pupil.id == OutgoingMail.pupil_id).where(*conditions)
    if after_id is not None:
        page = page.where(OutgoingMail.id < after_id)
    rows = (await session.execute(page.order_by(OutgoingMail.id.desc()).limit(limit + 1))).tuples().all()
    return total, list(rows)
