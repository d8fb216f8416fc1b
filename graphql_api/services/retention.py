"""Retention: the staff read log is kept READ_AUDIT_RETENTION_DAYS (one year by default, as
the CNIL recommends for access logs), then deleted; stale rate-limit hits and expired
idempotency records (IDEMPOTENCY_TTL_SECONDS) go too."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import delete

from ..db.models_ops import IdempotencyRecord, ReadAuditEntry
from .clock import utcnow

if TYPE_CHECKING:
    from ..runtime import Runtime


async def purge_read_audit(runtime: "Runtime", now: dt.datetime | None = None) -> int:
    cutoff = (now or utcnow()) - dt.timedelta(days=runtime.settings.read_audit_retention_days)
    async with runtime.db.write() as session:
        result = await session.execute(delete(ReadAuditEntry).where(ReadAuditEntry.at < cutoff))
    return result.rowcount or 0  # type: ignore[attr-defined]


async def purge_idempotency_records(runtime: "Runtime", now: dt.datetime | None = None) -> int:
    async with runtime.db.write() as session:
        result = await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.expires_at <= (now or utcnow())))
    return result.rowcount or 0  # type: ignore[attr-defined]


async def purge(runtime: "Runtime") -> None:
    await purge_read_audit(runtime)
    await purge_idempotency_records(runtime)
    await runtime.rate_limiter.purge()
    await runtime.login_limiter.purge()
    from ..sessions import purge_ended_external_sessions

    await purge_ended_external_sessions(runtime.db)
