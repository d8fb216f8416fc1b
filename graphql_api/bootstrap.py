"""Prepare a database: schema (Alembic migrations), national nomenclatures, and the demo school when asked."""
from __future__ import annotations

import logging

from sqlalchemy import func, select

from .db import migrations
from .db.models import Academie
from .runtime import Runtime
from .seed import seed_demo, seed_nomenclatures

log = logging.getLogger("graphql_api.bootstrap")


async def prepare_database(runtime: Runtime) -> None:
    await migrations.upgrade(runtime.settings.database_url)
    async with runtime.db.write() as session:
        await seed_nomenclatures(session)
        if runtime.settings.load_demo_data and not (await session.execute(select(func.count()).select_from(Academie))).scalar_one():
            await seed_demo(session)
            log.info("demo data loaded (see README for the accounts)")
