"""The staff read log: who read which pupil's file, when, through which operation; kept apart
from the write audit and purged after READ_AUDIT_RETENTION_DAYS by the worker loop."""
from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from graphql_api.db.models import AuditEntry
from graphql_api.db.models_ops import ReadAuditEntry
from graphql_api.graphql.base import encode_id
from graphql_api.runtime import Runtime
from graphql_api.services.clock import utcnow
from graphql_api.services.retention import purge_read_audit
from graphql_api.services.transaction import written
from tests.conftest import make_settings


async def read_log(db) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        rows = await session.execute(select(ReadAuditEntry.account_id, ReadAuditEntry.pupil_id, ReadAuditEntry.operation).order_by(ReadAuditEntry.id))
        return [tuple(r) for r in rows]


async def count(db, model) -> int:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return (await session.execute(select(func.count()).select_from(model))).scalar_one()


async def test_staff_reads_are_logged_family_reads_are_not(client, db, demo):
    lea = demo.pupils["martin"]
    pp = demo.accounts["pp.3a"]
    await client.login("pp.3a")
    await client.login("martin.pere")
    writes_before = await count(db, AuditEntry)

    await client.data("query StaffFile($id: ID!) { pupil(id: $id) { lastName } }", {"id": encode_id("Pupil", lea)}, as_="pp.3a")
    assert await read_log(db) == [(pp, lea, "StaffFile")]

    listed = await client.data("{ pupils(first: 3) { edges { node { id } } } }", as_="pp.3a")
    assert len(listed["pupils"]["edges"]) == 3
    log = await read_log(db)
    assert len(log) == 4 and {entry[2] for entry in log[1:]} == {"query pupils"} and all(entry[0] == pp for entry in log)

    await client.data("{ me { children { lastName orientation { campaign { state } } } } }", as_="martin.pere")
    await client.data("{ voies(palier: TROISIEME) { code } me { id } }", as_="pp.3a")  # no pupil's file: nothing logged
    assert len(await read_log(db)) == 4
    assert await count(db, AuditEntry) == writes_before  # reads never go to the write audit


async def add_reads(db, *ages_in_days: float) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    async with db.write() as session:
        for age in ages_in_days:
            session.add(ReadAuditEntry(at=now - dt.timedelta(days=age), account_id=1, pupil_id=1, etablissement_id=1, operation="Old"))


async def test_purge_keeps_the_configured_retention(tmp_path, db):
    await add_reads(db, 31, 29.9, 0)
    runtime = Runtime(make_settings(tmp_path, READ_AUDIT_RETENTION_DAYS="30"), db)
    try:
        assert await written(runtime.db, purge_read_audit, runtime.settings.read_audit_retention_days) == 1
        assert await count(db, ReadAuditEntry) == 2
    finally:
        await runtime.rate_limiter.close()
        await runtime.broker.close()


async def test_default_retention_is_one_year_and_the_worker_loop_purges(tmp_path, db):
    settings = make_settings(tmp_path, PURGE_INTERVAL_SECONDS="0.05")
    assert settings.read_audit_retention_days == 365
    await add_reads(db, 366, 364)
    runtime = Runtime(settings, db)
    await runtime.start(workers=True)
    try:
        for _ in range(200):
            if await count(db, ReadAuditEntry) == 1:
                break
            await asyncio.sleep(0.05)
        assert await count(db, ReadAuditEntry) == 1
    finally:
        await runtime.stop()
