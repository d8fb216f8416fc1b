"""The staff read log: who loaded which pupil's file, when, in which operation (kept
READ_AUDIT_RETENTION_DAYS, see services/retention.py)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models_ops import ReadAuditEntry
from ..policy import Principal
from .clock import utcnow


async def record_reads(
    session: AsyncSession, principal: Principal, pupils: Mapping[int, int], operation: str, now: dt.datetime | None = None
) -> None:
    """One row per pupil read (pupil id → its establishment), written in one statement."""
    now = now or utcnow()
    rows = [
        {"at": now, "account_id": principal.account_id, "pupil_id": pupil_id, "etablissement_id": etab, "operation": operation}
        for pupil_id, etab in pupils.items()
    ]
    await session.execute(insert(ReadAuditEntry), rows)
