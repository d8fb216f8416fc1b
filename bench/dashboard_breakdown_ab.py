"""The académie statistics from the counters, before and after the summary rows, interleaved.

    BENCH_DB_DASHBOARD=<kept database> python bench/dashboard_breakdown_ab.py [--rounds 30] [--before c72bac2]

Reads a database kept by `bench/dashboard_statistics.py --keep` (it has both the counters and
the summary rows) and times, alternately in each round, `from_counters` for the whole académie
as the revision ``--before`` wrote it (its breakdown summed the establishment counters; loaded
from git, not imported from the tree) and as it is now (one statement over the summary rows),
after checking that both give the same statistics. Load moves both alike: compare the ratio.
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib.util
import os
import statistics as stats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from bench.staff_common import bench_url  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.services import statistics  # noqa: E402


def _load_before(revision: str):  # type: ignore[no-untyped-def]
    source = subprocess.run(
        ["git", "show", f"{revision}:graphql_api/services/statistics.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "statistics_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("graphql_api.services.statistics_before", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--before", default="c72bac2")
    args = parser.parse_args()
    before = _load_before(args.before)
    db = Database(bench_url(name=os.environ.get("BENCH_DB_DASHBOARD", "orientation_i14_bench_dashboard")))
    async with db.read() as session:
        year = (await session.execute(text("SELECT school_year FROM campaign WHERE academie_id = 1"))).scalar_one()
    print("command: python " + " ".join(sys.argv), f"| loadavg before: {os.getloadavg()} | {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC")
    scope = statistics.Scope(academie_id=1, school_year=year)
    times: dict[str, list[float]] = {"before": [], "after": []}
    results = {}
    for round_ in range(args.rounds):
        order = [("before", before.from_counters, before.Scope), ("after", statistics.from_counters, statistics.Scope)]
        for name, read, scope_type in order if round_ % 2 == 0 else reversed(order):
            async with db.read() as session:
                await session.execute(text("SELECT 1"))  # the transaction's start, apart
                t = time.perf_counter()
                results[name] = await read(session, scope_type(**dataclasses.asdict(scope)))
                times[name].append(time.perf_counter() - t)
    await db.dispose()
    same = dataclasses.asdict(results["before"]) == dataclasses.asdict(results["after"])
    med = {k: stats.median(v) for k, v in times.items()}
    for name, xs in times.items():
        print(f"{name:6}: median {med[name] * 1000:.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f}) over {len(xs)} reads")
    print(f"ratio before/after: {med['before'] / med['after']:.2f}; {len(results['after'].breakdown)} breakdown lines; same statistics: {same}")
    print(f"loadavg after: {os.getloadavg()}")


if __name__ == "__main__":
    asyncio.run(main())
