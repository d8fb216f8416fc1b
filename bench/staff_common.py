"""Shared by the staff-tools benchmarks: a dedicated PostgreSQL database, created and dropped."""
from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator

import asyncpg

ADMIN_DSN = os.environ.get("BENCH_ADMIN_DSN", "postgresql://root@127.0.0.1:5432/postgres")
BENCH_DB = os.environ.get("BENCH_DB", "orientation_h5_bench")


def bench_url(driver: str = "postgresql+asyncpg", name: str = BENCH_DB) -> str:
    base = ADMIN_DSN.rsplit("/", 1)[0].split("://", 1)[1]
    return f"{driver}://{base}/{name}"


@contextlib.asynccontextmanager
async def bench_database(name: str = BENCH_DB) -> AsyncIterator[str]:
    """Create the benchmark database (dropping a leftover one) and drop it afterwards."""
    admin = await asyncpg.connect(ADMIN_DSN)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield bench_url(name=name)
    finally:
        admin = await asyncpg.connect(ADMIN_DSN)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()
