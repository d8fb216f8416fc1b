"""Prepare a database: schema (Alembic migrations), national nomenclatures, and the demo school when asked."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import func, select, text

from .db import migrations
from .db.models import Academie, Pupil
from .db.models_dashboard import DashboardPupil
from .services import dashboard
from .runtime import Runtime
from .seed import seed_demo, seed_nomenclatures

log = logging.getLogger("graphql_api.bootstrap")


# pg_advisory_lock key: "orientation prepare" (any constant shared by every process).
PREPARE_LOCK = 0x6F7269656E74


@contextlib.asynccontextmanager
async def one_process_at_a_time(runtime: Runtime) -> AsyncIterator[None]:
    """Several processes start at once (uvicorn --workers, a deployment's replicas): without this,
    on a new database they all migrate and seed together and all but one fail on duplicate keys.
    PostgreSQL: an advisory lock held by one connection; SQLite: a lock file beside the database."""
    url = runtime.settings.database_url
    if url.startswith("postgresql"):
        async with runtime.db.write_engine.connect() as connection:
            await connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PREPARE_LOCK})
            await connection.commit()
            try:
                yield
            finally:
                await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PREPARE_LOCK})
                await connection.commit()
        return
    database = url.split("///", 1)[1] if "///" in url else ""
    if not database or database.startswith(":memory:"):
        yield
        return
    import fcntl

    path = Path(database).with_name(Path(database).name + ".prepare-lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        await asyncio.to_thread(fcntl.flock, handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


async def prepare_database(runtime: Runtime) -> None:
    async with one_process_at_a_time(runtime):
        await _prepare(runtime)


async def _prepare(runtime: Runtime) -> None:
    await migrations.upgrade(runtime.settings.database_url)
    async with runtime.db.write() as session:
        await seed_nomenclatures(session)
        if runtime.settings.load_demo_data and not (await session.execute(select(func.count()).select_from(Academie))).scalar_one():
            await seed_demo(session)
            log.info("demo data loaded (see README for the accounts)")
    await _count_dashboards_once(runtime)


async def _count_dashboards_once(runtime: Runtime) -> None:
    """A database that had pupils before the live counters existed gets them counted once
    (afterwards every commit keeps them current; `dashboards rebuild` recounts by hand)."""
    async with runtime.db.write() as session:
        if (await session.execute(select(Pupil.id).limit(1))).first() and not (await session.execute(select(DashboardPupil.pupil_id).limit(1))).first():
            counted = await session.run_sync(lambda s: dashboard.rebuild(s))
            log.info("dashboard counters computed for %d pupils", counted)
