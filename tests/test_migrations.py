"""Alembic: a database migrated to head has exactly the models' schema, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
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


ONE_CAMPAIGN = "9b1c7e2d4a10"  # the last revision before campaign years


async def test_one_campaign_database_moves_into_its_first_campaign_year(empty_database):
    """A database of the one-campaign era (no school year anywhere) keeps every row: each
    académie gets the campaign year of its calendar, every file, window and switch belongs to it."""
    url, options = empty_database
    await migrations.upgrade(url, ONE_CAMPAIGN, **options)
    engine = migrations.migration_engine(url, **options)
    sqlite = url.startswith("sqlite")

    def at(value: str) -> Any:
        import datetime as dt

        moment = dt.datetime.fromisoformat(value)
        return moment.replace(tzinfo=None) if sqlite else moment

    async with engine.begin() as conn:
        await conn.execute(text(
            "INSERT INTO academie (id, code, name, allow_metier_text, allow_passerelle_pro, families_rank_specialites) "
            "VALUES (1, '01', 'Paris', true, false, false), (2, '28', 'La Réunion', true, false, false)"
        ))
        await conn.execute(
            text(
                "INSERT INTO phase_window (id, academie_id, palier, phase, starts_at, ends_at) VALUES "
                "(1, 1, '3EME', 'PROVISOIRE', :a, :b), (2, 1, '3EME', 'DEFINITIVE', :c, :d), (3, 2, '3EME', 'PROVISOIRE', :e, :f)"
            ),
            {"a": at("2026-01-05T08:00:00+00:00"), "b": at("2026-02-20T18:00:00+00:00"), "c": at("2026-05-04T08:00:00+00:00"),
             "d": at("2026-05-29T18:00:00+00:00"), "e": at("2025-11-03T05:00:00+00:00"), "f": at("2026-01-30T14:00:00+00:00")},
        )  # fmt: skip
        await conn.execute(text(
            "INSERT INTO etablissement (id, uai, name, academie_id, teleservice_open) VALUES "
            "(1, '0750001U', 'CLG A', 1, true), (2, '9740001A', 'CLG B', 2, false)"
        ))
        await conn.execute(text(
            "INSERT INTO pupil (id, ine, last_name, first_name, birth_date, mef, palier, etablissement_id, segpa, ulis, "
            "prepa_metiers, version) VALUES (1, '000000001AB', 'MARTIN', 'Léa', '2011-03-12', '10310019110', '3EME', 1, "
            "false, false, false, 0), (2, '000000002AB', 'PAYET', 'Noé', '2011-05-02', '10310019110', '3EME', 2, false, false, false, 0)"
        ))
        await conn.execute(text(
            "INSERT INTO account (id, role, last_name, first_name, active, delegated, failed_logins) VALUES (1, 'GUARDIAN', 'MARTIN', 'Paul', true, false, 0)"
        ))
        await conn.execute(
            text("INSERT INTO request_set (id, pupil_id, phase, validated_at, validated_by_id, channel, revision) VALUES (1, 1, 'PROVISOIRE', :t, 1, 'TELESERVICE', 1)"),
            {"t": at("2026-01-10T10:00:00+00:00")},
        )
    await engine.dispose()

    await migrations.upgrade(url, **options)
    assert await differences(url, options) == []
    engine = migrations.migration_engine(url, **options)
    try:
        async with engine.connect() as conn:
            campaigns = (await conn.execute(text("SELECT academie_id, school_year, state FROM campaign ORDER BY academie_id"))).all()
            pupils = (await conn.execute(text("SELECT id, ine, school_year FROM pupil ORDER BY id"))).all()
            windows = (await conn.execute(text("SELECT id, school_year FROM phase_window ORDER BY id"))).all()
            switches = (await conn.execute(text("SELECT id, teleservice_open, teleservice_school_year FROM etablissement ORDER BY id"))).all()
            territories = (await conn.execute(text("SELECT code, time_zone FROM academie ORDER BY id"))).all()
            sets = (await conn.execute(text("SELECT pupil_id, phase FROM request_set"))).all()
            # A second year of the same pupil is now possible (unique per INE and year only).
            await conn.execute(text(
                "INSERT INTO pupil (id, ine, school_year, last_name, first_name, birth_date, mef, palier, etablissement_id, segpa, ulis, "
                "prepa_metiers, version) VALUES (3, '000000001AB', '2026-2027', 'MARTIN', 'Léa', '2011-03-12', '20010018110', '2NDE_GT', 1, "
                "false, false, false, 0)"
            ))
    finally:
        await engine.dispose()
    assert [tuple(c) for c in campaigns] == [(1, "2025-2026", "CURRENT"), (2, "2025-2026", "CURRENT")]
    assert [tuple(p) for p in pupils] == [(1, "000000001AB", "2025-2026"), (2, "000000002AB", "2025-2026")]
    assert [tuple(w) for w in windows] == [(1, "2025-2026"), (2, "2025-2026"), (3, "2025-2026")]
    assert [tuple(s) for s in switches] == [(1, True, "2025-2026"), (2, False, "2025-2026")]
    assert [tuple(t) for t in territories] == [("01", "Europe/Paris"), ("28", "Indian/Reunion")]
    assert [tuple(s) for s in sets] == [(1, "PROVISOIRE")]


BEFORE_YEARLY_COUNTERS = "774574cb6166"  # the last revision whose dashboard counters mix the years


async def test_dashboard_counters_are_split_per_campaign_year_without_loss(empty_database):
    """Counters of a database where a rollover already happened (two years of files summed
    together): each contribution gets its file's year, the sums are split per year, and the
    two years together still give the sums there were."""
    url, options = empty_database
    await migrations.upgrade(url, BEFORE_YEARLY_COUNTERS, **options)
    engine = migrations.migration_engine(url, **options)
    pupil = ("INSERT INTO pupil (id, ine, school_year, last_name, first_name, birth_date, mef, palier, etablissement_id, division_id, "
             "segpa, ulis, prepa_metiers, version) VALUES (:id, :ine, :year, 'X', 'Y', '2011-03-12', '10310019110', '3EME', 1, :div, "
             "false, false, false, 0)")  # fmt: skip
    contributions = {  # pupil id: (school year, division, counts)
        1: ("2025-2026", 10, {'["pupils"]': 1, '["sets","PROVISOIRE"]': 1}),
        2: ("2025-2026", None, {'["pupils"]': 1}),
        3: ("2026-2027", 10, {'["pupils"]': 1, '["sets","PROVISOIRE"]': 1, '["hors"]': 1}),
    }
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO academie (id, code, name, allow_metier_text, allow_passerelle_pro, families_rank_specialites, "
                                "time_zone, local_holidays) VALUES (1, '01', 'Paris', true, false, false, 'Europe/Paris', '[]')"))  # fmt: skip
        await conn.execute(text("INSERT INTO etablissement (id, uai, name, academie_id, teleservice_open) VALUES (1, '0750001U', 'CLG A', 1, true)"))
        await conn.execute(text("INSERT INTO division (id, etablissement_id, code, palier) VALUES (10, 1, '3A', '3EME')"))
        for pid, (year, division, counts) in contributions.items():
            await conn.execute(text(pupil), {"id": pid, "ine": f"00000000{pid}AB", "year": year, "div": division})
            await conn.execute(
                text("INSERT INTO dashboard_pupil (pupil_id, academie_id, etablissement_id, division_id, palier, counts) "
                     "VALUES (:id, 1, 1, :div, '3EME', :counts)"),
                {"id": pid, "div": division, "counts": json.dumps(counts)},
            )  # fmt: skip
        # A purged pupil's contribution left behind (its file is gone).
        await conn.execute(text("INSERT INTO dashboard_pupil (pupil_id, academie_id, etablissement_id, division_id, palier, counts) "
                                "VALUES (99, 1, 1, NULL, '3EME', '{\"[\\\"pupils\\\"]\": 1}')"))  # fmt: skip
        sums = {("A", 1): {'["pupils"]': 4, '["sets","PROVISOIRE"]': 2, '["hors"]': 1}, ("E", 1): {'["pupils"]': 4, '["sets","PROVISOIRE"]': 2, '["hors"]': 1},
                ("D", 10): {'["pupils"]': 2, '["sets","PROVISOIRE"]': 2, '["hors"]': 1}, ("N", 1): {'["pupils"]': 2}}  # fmt: skip
        for (level, scope), counts in sums.items():
            for key, n in counts.items():
                await conn.execute(
                    text("INSERT INTO dashboard_counter (level, scope_id, palier, key, n) VALUES (:l, :s, '3EME', :k, :n)"),
                    {"l": level, "s": scope, "k": key, "n": n},
                )
    await engine.dispose()

    await migrations.upgrade(url, **options)
    assert await differences(url, options) == []
    engine = migrations.migration_engine(url, **options)
    try:
        async with engine.connect() as conn:
            years = dict((await conn.execute(text("SELECT pupil_id, school_year FROM dashboard_pupil"))).all())
            counters = {
                (level, scope, year, key): int(n)
                for level, scope, year, key, n in await conn.execute(text("SELECT level, scope_id, school_year, key, n FROM dashboard_counter"))
            }
    finally:
        await engine.dispose()
    assert years == {1: "2025-2026", 2: "2025-2026", 3: "2026-2027"}
    assert counters[("A", 1, "2025-2026", '["pupils"]')] == 2 and counters[("A", 1, "2026-2027", '["pupils"]')] == 1
    assert counters[("D", 10, "2025-2026", '["sets","PROVISOIRE"]')] == 1 and counters[("D", 10, "2026-2027", '["hors"]')] == 1
    assert counters[("N", 1, "2025-2026", '["pupils"]')] == 1 and ("N", 1, "2026-2027", '["pupils"]') not in counters
    # The years together are the sums there were, less the purged file's contribution.
    for (level, scope), counts in sums.items():
        for key, n in counts.items():
            together = sum(v for (l, s, _, k), v in counters.items() if (l, s, k) == (level, scope, key))
            assert together == n - (key == '["pupils"]' and level in "AEN"), (level, scope, key)


BEFORE_ETABLISSEMENT_SUMMARY = "5d1e2b7c9a04"  # the last revision without dashboard_etablissement


async def test_the_etablissement_summary_is_filled_from_the_counters(empty_database):
    """The académie breakdown's summary rows are summed from the establishment counters there
    are (the keys the service keeps, dashboard.SUMMARY_KEYS), per year and palier; other levels
    and keys count nothing."""
    from graphql_api.services import dashboard

    url, options = empty_database
    await migrations.upgrade(url, BEFORE_ETABLISSEMENT_SUMMARY, **options)
    pupils, intentions, choices = list(dashboard.SUMMARY_KEYS)
    rows = [
        ("E", 1, "2025-2026", "3EME", pupils, 5), ("E", 1, "2025-2026", "3EME", intentions, 4), ("E", 1, "2025-2026", "3EME", choices, 2),
        ("E", 1, "2025-2026", "3EME", dashboard.key("hors"), 1), ("E", 1, "2026-2027", "3EME", pupils, 3),
        ("E", 2, "2025-2026", "2NDE_GT", pupils, 7), ("E", 2, "2025-2026", "2NDE_GT", choices, 6),
        ("A", 1, "2025-2026", "3EME", pupils, 12), ("D", 10, "2025-2026", "3EME", pupils, 5),
    ]  # fmt: skip
    engine = migrations.migration_engine(url, **options)
    async with engine.begin() as conn:
        await conn.execute(
            text("INSERT INTO dashboard_counter (level, scope_id, school_year, palier, key, n) VALUES (:l, :s, :y, :p, :k, :n)"),
            [{"l": l, "s": s, "y": y, "p": p, "k": k, "n": n} for l, s, y, p, k, n in rows],
        )
    await engine.dispose()

    await migrations.upgrade(url, **options)
    assert await differences(url, options) == []
    engine = migrations.migration_engine(url, **options)
    try:
        async with engine.connect() as conn:
            summary = sorted(tuple(r) for r in await conn.execute(text(
                "SELECT etablissement_id, school_year, palier, pupils, validated_intentions, validated_choices FROM dashboard_etablissement"
            )))  # fmt: skip
    finally:
        await engine.dispose()
    assert summary == [(1, "2025-2026", "3EME", 5, 4, 2), (1, "2026-2027", "3EME", 3, 0, 0), (2, "2025-2026", "2NDE_GT", 7, 0, 6)]
