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
import time
from pathlib import Path

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
    print(f"loadavg after: {os.getloadavg()}")


if __name__ == "__main__":
    asyncio.run(main())
