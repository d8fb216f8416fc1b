"""Académie statistics from the live counters against the full recompute, one run, same data.

    python bench/dashboard_statistics.py [--pupils 1400000] [--reads 20] [--recomputes 1] [--keep | --reuse]

BENCH_DB_DASHBOARD names the database (default orientation_i14_bench_dashboard); --keep leaves it
in place at the end, --reuse measures a kept one again (no generation, no rebuild: the counters
the earlier run's rebuild wrote, checked against the recompute as always).

Generates the national-sized académie of bench/staff_statistics.py inside PostgreSQL (7,000
establishments), counts it once with the real rebuild (`python -m graphql_api dashboards
rebuild` runs the same function), checks that the figures from the counters equal the full
recompute field by field, then times: the académie's statistics from the counters (what the
`statistics` query now does), the full recompute beside it (what it did), one establishment
from the counters, and recounting one establishment's pupils (what a SIECLE import costs).
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import statistics as stats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

import asyncpg  # noqa: E402

from bench.staff_common import ADMIN_DSN, bench_database, bench_url  # noqa: E402
from bench.staff_statistics import ETABS, GENERATE  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.seed import seed_nomenclatures  # noqa: E402
from graphql_api.services import dashboard  # noqa: E402
from graphql_api.services.counters import live_counters, recount_live_counters  # noqa: E402
from graphql_api.services.statistics import Scope, _breakdown_from_counters, compute, from_counters  # noqa: E402


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=1_400_000)
    parser.add_argument("--reads", type=int, default=20)
    parser.add_argument("--recomputes", type=int, default=1)
    parser.add_argument("--graphql", type=int, default=0, help="also time this many `statistics` GraphQL requests (in-process ASGI)")
    parser.add_argument("--keep", action="store_true", help="leave the database in place at the end")
    parser.add_argument("--reuse", action="store_true", help="measure a kept database again (no generation, no rebuild)")
    args = parser.parse_args()
    print("command: python " + " ".join(sys.argv), f"| loadavg before: {os.getloadavg()} | {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC")
    name = os.environ.get("BENCH_DB_DASHBOARD", "orientation_i14_bench_dashboard")
    database: contextlib.AbstractAsyncContextManager[str] = bench_database(name)
    if args.keep or args.reuse:
        database = contextlib.nullcontext(bench_url(name=name))
    if args.keep and not args.reuse:
        admin = await asyncpg.connect(ADMIN_DSN)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
    async with database as url:
        db = Database(url)
        if args.reuse:
            await _measure(db, args)
            return
        await db.create_all()
        async with db.write() as session:
            await seed_nomenclatures(session)
        started = time.perf_counter()
        async with db.write_engine.begin() as conn:
            for statement in GENERATE[:-1]:
                await conn.execute(text(statement.format(n=args.pupils, etabs=ETABS)))
        async with db.write_engine.connect() as conn:
            await (await conn.execution_options(isolation_level="AUTOCOMMIT")).execute(text("ANALYZE"))
        print(f"generated {args.pupils} pupils in {time.perf_counter() - started:.0f} s", flush=True)

        started = time.perf_counter()
        async with db.write() as session:
            counted = await session.run_sync(lambda s: dashboard.rebuild(s))
        rebuild_s = time.perf_counter() - started
        async with db.write_engine.connect() as conn:
            await (await conn.execution_options(isolation_level="AUTOCOMMIT")).execute(text("ANALYZE dashboard_counter, dashboard_etablissement"))
            rows = (await conn.execute(text("SELECT count(*) FROM dashboard_counter"))).scalar_one()
        print(f"rebuild: {counted} pupils in {rebuild_s:.0f} s ({counted / rebuild_s:.0f} pupils/s), {rows} counter rows", flush=True)
        await _measure(db, args)


async def _measure(db: Database, args: argparse.Namespace) -> None:
    async with db.write_engine.connect() as conn:
        summary = (await conn.execute(text("SELECT count(*) FROM dashboard_etablissement"))).scalar_one()
    print(f"summary rows (dashboard_etablissement): {summary}", flush=True)
    academie, school = Scope(academie_id=1), Scope(academie_id=1, etablissement_id=42)
    reads, school_reads, recomputes, live, breakdowns = [], [], [], [], []
    for _ in range(args.reads):
        async with db.read() as session:
            t = time.perf_counter()
            counted_stats = await from_counters(session, academie)
            reads.append(time.perf_counter() - t)
            t = time.perf_counter()
            await _breakdown_from_counters(session, academie, "A")
            breakdowns.append(time.perf_counter() - t)
            t = time.perf_counter()
            await from_counters(session, school)
            school_reads.append(time.perf_counter() - t)
            t = time.perf_counter()
            live_values = await live_counters(session, academie_id=1)
            live.append(time.perf_counter() - t)
    for _ in range(args.recomputes):
        async with db.read() as session:
            t = time.perf_counter()
            recomputed = await compute(session, academie)
            recomputes.append(time.perf_counter() - t)
    async with db.read() as session:
        same = dataclasses.asdict(counted_stats) == dataclasses.asdict(recomputed)
        same_school = dataclasses.asdict(await from_counters(session, school)) == dataclasses.asdict(await compute(session, school))
        same_live = live_values == await recount_live_counters(session, academie_id=1)
    refreshes = []
    for _ in range(3):
        async with db.write() as session:
            t = time.perf_counter()
            n = await session.run_sync(lambda s: dashboard.rebuild(s, etablissement_id=42))
            refreshes.append(time.perf_counter() - t)
    await db.dispose()
    ms = lambda xs: f"median {stats.median(xs) * 1000:.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f})"  # noqa: E731
    print(f"académie ({recomputed.pupils} pupils, {len(recomputed.breakdown)} establishments):")
    print(f"  statistics from the counters: {ms(reads)} over {len(reads)} reads")
    print(f"  of which the breakdown      : {ms(breakdowns)} ({len(recomputed.breakdown)} lines, one per establishment)")
    print(f"  full recompute (compute)    : {', '.join(f'{x:.1f} s' for x in recomputes)}")
    print(f"  ratio                       : {stats.median(recomputes) / stats.median(reads):.0f}x")
    print(f"  dashboardCounters (live)    : {ms(live)}")
    print(f"one establishment (~{n} pupils) from the counters: {ms(school_reads)}; recounting its pupils: {ms(refreshes)}")
    print(f"counters == recompute: académie {same}, establishment {same_school}, live counters {same_live}")
    if args.graphql:
        await _graphql(db.url, args.graphql, counted_stats)
    print(f"loadavg after: {os.getloadavg()}")


STATISTICS = """{ statistics { pupils horsProcedure validatedIntentions validatedChoices requests { phase voie serie requests firstChoices }
  avis { phase key count } propositionsCompared familyAgrees familyDisagrees decisions appeals specialites { phase key count }
  combinations { specialites count } breakdown { code name pupils validatedIntentions validatedChoices } } }"""


async def _graphql(url: str, requests: int, expected: Any) -> None:
    """The `statistics` query of an académie account, through the real application in process
    (httpx ASGITransport): token check, resolver, the breakdown's lines serialised as JSON."""
    import httpx

    from graphql_api.app import create_app
    from graphql_api.auth import hash_password
    from graphql_api.config import load_settings
    from graphql_api.runtime import Runtime

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings({"DATABASE_URL": url, "DATA_DIR": tmp, "TOKEN_SECRET": "x" * 40, "SMTP_SINK": "0",
                                  "SMTP_HOST": "127.0.0.1", "LOAD_DEMO_DATA": "0", "LOG_LEVEL": "WARNING"})  # fmt: skip
        runtime = Runtime(settings)
        async with runtime.db.write() as session:
            await session.execute(
                text("UPDATE account SET password_hash = :h, failed_logins = 0, locked_until = NULL WHERE login = 'bench.academie'"),
                {"h": hash_password("orientation")},
            )
            await session.execute(
                text("INSERT INTO account (id, login, password_hash, role, delegated, last_name, first_name, academie_id, active, failed_logins) "
                     "SELECT (SELECT coalesce(max(id), 0) + 1 FROM account), 'bench.academie', :h, 'ACADEMIE', false, 'BENCH', 'Académie', 1, true, 0 "
                     "WHERE NOT EXISTS (SELECT 1 FROM account WHERE login = 'bench.academie')"),
                {"h": hash_password("orientation")},
            )  # fmt: skip
        await runtime.start(workers=False)
        app = create_app(settings, runtime)
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
                login = await http.post("/graphql", json={"query": 'mutation { login(login: "bench.academie", password: "orientation") { token } }'})
                headers = {"Authorization": f"Bearer {login.json()['data']['login']['token']}"}
                times, sizes = [], []
                for _ in range(requests + 1):
                    t = time.perf_counter()
                    response = await http.post("/graphql", json={"query": STATISTICS}, headers=headers)
                    times.append(time.perf_counter() - t)
                    body = response.json()
                    assert "errors" not in body, body
                    sizes.append(len(response.content))
                lines = body["data"]["statistics"]["breakdown"]
                same = [(b["code"], b["pupils"], b["validatedIntentions"], b["validatedChoices"]) for b in lines] == [
                    (b.code, b.pupils, b.validated_intentions, b.validated_choices) for b in expected.breakdown
                ]
        finally:
            await runtime.stop()
    times = times[1:]  # the first one warms the parser and validation caches
    print(f"`statistics` GraphQL request (académie account, in-process ASGI, {sizes[-1] / 1e6:.2f} MB answer, {len(lines)} lines): "
          f"median {stats.median(times) * 1000:.1f} ms (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}) over {len(times)}; "
          f"breakdown == from_counters: {same}")


if __name__ == "__main__":
    asyncio.run(main())
