"""Latency of the staff list for a 600-pupil palier (every column of the national list filled).

    /work/.venv/bin/python bench/staff_list_latency.py [--pupils 600] [--runs 20]

Runs the real ASGI application in process (httpx ASGITransport) on a dedicated PostgreSQL
database (orientation_h5_bench_list), created and dropped by the script.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics as stats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bench.staff_common import bench_database  # noqa: E402
from graphql_api.app import create_app  # noqa: E402
from graphql_api.config import load_settings  # noqa: E402
from graphql_api.db.models import Division  # noqa: E402
from graphql_api.runtime import Runtime  # noqa: E402
from graphql_api.seed import seed_demo  # noqa: E402
from tests.staff.factory import add_pupils, full_file  # noqa: E402

PAGE = """query($first: Int!, $after: String, $states: [PupilState!]) {
  pupils(first: $first, after: $after, palier: TROISIEME, sort: NAME, states: $states) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { lastName firstName birthDate division { code } listRow {
      ppInterviewOn intentions { rank voie voieLabel metier statut } avis { rank label } avisAcknowledgedAt
      choices { rank voie } propositionVoieLabel familyAgrees headInterviewOn appealFiledOn appealUpheld decisionVoieLabel
    } } }
  }
}"""


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=600)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    async with bench_database(os.environ.get("BENCH_DB_LIST", "orientation_h5_bench_list")) as url:
        with tempfile.TemporaryDirectory() as tmp:
            settings = load_settings({"DATABASE_URL": url, "DATA_DIR": tmp, "TOKEN_SECRET": "x" * 40, "SMTP_SINK": "0",
                                      "SMTP_HOST": "127.0.0.1", "LOAD_DEMO_DATA": "0", "LOG_LEVEL": "WARNING"})  # fmt: skip
            runtime = Runtime(settings)
            await runtime.db.create_all()
            async with runtime.db.write() as session:
                demo = await seed_demo(session)
                divisions = []
                for i in range(20):
                    division = Division(etablissement_id=demo.etablissement, code=f"3{i:02d}", palier="3EME")
                    session.add(division)
                    await session.flush()
                    divisions.append(division.id)
            chef = demo.accounts["chef.aubrac"]
            per_division = args.pupils // len(divisions)
            for n, division_id in enumerate(divisions):
                ids = await add_pupils(runtime.db, etablissement_id=demo.etablissement, division_id=division_id, count=per_division, by=chef, prefix=f"B{n:02d}")
                for k, pid in enumerate(ids):
                    await full_file(runtime.db, pid, by=chef, agrees=k % 4 != 0, appeal=k % 8 == 0)
            await runtime.start(workers=False)
            app = create_app(settings, runtime)
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
                login = await http.post("/graphql", json={"query": 'mutation { login(login: "chef.aubrac", password: "orientation") { token } }'})
                headers = {"Authorization": f"Bearer {login.json()['data']['login']['token']}"}

                async def query(variables: dict) -> dict:  # type: ignore[type-arg]
                    response = await http.post("/graphql", json={"query": PAGE, "variables": variables}, headers=headers)
                    body = response.json()
                    assert "errors" not in body, body
                    return body["data"]["pupils"]

                async def timed(variables: dict) -> tuple[float, dict]:  # type: ignore[type-arg]
                    t = time.perf_counter()
                    result = await query(variables)
                    return time.perf_counter() - t, result

                await query({"first": 50})  # warm-up (parser and validation caches)
                first_pages, total = [], 0
                for _ in range(args.runs):
                    elapsed, result = await timed({"first": 50})
                    first_pages.append(elapsed)
                    total = result["totalCount"]
                deep = []
                for _ in range(max(args.runs // 4, 3)):
                    after, t, pages = None, time.perf_counter(), 0
                    while True:
                        result = await query({"first": 100, "after": after})
                        pages += 1
                        if not result["pageInfo"]["hasNextPage"]:
                            break
                        after = result["pageInfo"]["endCursor"]
                    deep.append(time.perf_counter() - t)
                filtered = [(await timed({"first": 50, "states": ["DISAGREEMENT", "APPEAL"]}))[0] for _ in range(args.runs)]
            await runtime.stop()
    print(f"palier of {total} pupils, all list columns, PostgreSQL, in-process ASGI:")
    print(f"  first page of 50 sorted by name: median {stats.median(first_pages) * 1000:.0f} ms, p90 {sorted(first_pages)[int(len(first_pages) * 0.9) - 1] * 1000:.0f} ms")
    print(f"  whole palier in pages of 100 ({pages} pages): median {stats.median(deep) * 1000:.0f} ms")
    print(f"  50 pupils in DISAGREEMENT or APPEAL: median {stats.median(filtered) * 1000:.0f} ms")


if __name__ == "__main__":
    asyncio.run(main())
