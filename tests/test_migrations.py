"""Alembic: a database migrated to head has exactly the models' schema, on SQLite and PostgreSQL."""
from __future__ import annotations

import uuid
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from graphql_api.db import migrations
from graphql_api.db.models import Base
from tests.conftest import BACKEND, PG_URL


@pytest.fixture
async def empty_database(tmp_path) -> Any:
    """(url, engine options) of a database with no table: a fresh SQLite file, or a fresh
    PostgreSQL schema (dropped afterwards) so the shared test tables are left alone."""
    if BACKEND == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'migrated.db'}", {}
        return
    schema = f"mig_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(PG_URL)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield PG_URL, {"connect_args": {"server_settings": {"search_path": schema}}}
    finally:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


async def differences(url: str, options: dict[str, Any]) -> list[Any]:
    engine = migrations.migration_engine(url, **options)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), Base.metadata)
            )
    finally:
        await engine.dispose()


async def table_names(url: str, options: dict[str, Any]) -> set[str]:
    from sqlalchemy import inspect

    engine = migrations.migration_engine(url, **options)
    try:
        async with engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


async def test_head_equals_models(empty_database):
    url, options = empty_database
    await migrations.upgrade(url, **options)
    assert await differences(url, options) == []
    assert await migrations.current_revision(url, **options) == migrations.head_revision()


async def test_downgrade_to_base_and_back(empty_database):
    url, options = empty_database
    await migrations.upgrade(url, **options)
    await migrations.upgrade(url, "base", downgrade=True, **options)
    assert await table_names(url, options) == {migrations.VERSION_TABLE}
    await migrations.upgrade(url, **options)
    assert await differences(url, options) == []


async def test_upgrade_is_idempotent_and_stamps_databases_made_by_create_all(empty_database):
    url, options = empty_database
    engine = migrations.migration_engine(url, **options)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    await engine.dispose()
    await migrations.upgrade(url, **options)
    assert await migrations.current_revision(url, **options) == migrations.head_revision()
    await migrations.upgrade(url, **options)
    assert await differences(url, options) == []
