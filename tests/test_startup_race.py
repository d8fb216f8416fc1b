"""Several server processes started at once on a new database (uvicorn --workers, replicas of a
deployment): one migrates and seeds, the others wait for it, and all of them start."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
from sqlalchemy import func, select

from graphql_api.db.engine import Database
from graphql_api.db.models import Academie, Voie
from tests.conftest import BACKEND, PG_URL, make_settings

PREPARE = "import asyncio; from graphql_api.config import load_settings; from graphql_api.runtime import Runtime; " \
    "from graphql_api.bootstrap import prepare_database; " \
    "r = Runtime(load_settings()); asyncio.run(prepare_database(r))"
ROOT = Path(__file__).resolve().parent.parent


async def test_processes_preparing_a_new_database_together_all_start(tmp_path):
    overrides = {"LOAD_DEMO_DATA": "1"}
    admin_url = PG_URL.replace("postgresql+asyncpg://", "postgresql://")
    name = f"orientation_race_{uuid.uuid4().hex[:10]}"
    if BACKEND == "postgresql":
        admin = await asyncpg.connect(admin_url)
        await admin.execute(f'CREATE DATABASE "{name}"')
        await admin.close()
        overrides["DATABASE_URL"] = admin_url.rsplit("/", 1)[0] + f"/{name}"
    settings = make_settings(tmp_path, **overrides)
    env = {**os.environ, "DATA_DIR": str(tmp_path), "TOKEN_SECRET": "t" * 48, "LOAD_DEMO_DATA": "1", "DATABASE_URL": settings.database_url}
    try:
        processes = [
            await asyncio.create_subprocess_exec(sys.executable, "-c", PREPARE, env=env, cwd=ROOT, stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        outcomes = [(await p.wait(), (await p.stderr.read()).decode()[-2000:]) for p in processes]
        assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
        db = Database(settings.database_url)
        async with db.read() as session:
            academies = (await session.execute(select(func.count()).select_from(Academie))).scalar_one()
            voies = (await session.execute(select(func.count()).select_from(Voie))).scalar_one()
        await db.dispose()
        assert academies >= 1 and voies > 5  # seeded once, not three times (unique keys would have refused)
    finally:
        if BACKEND == "postgresql":
            admin = await asyncpg.connect(admin_url)
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()
