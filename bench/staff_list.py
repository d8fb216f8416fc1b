"""Benchmark 3 — the staff list: `python bench/staff_list.py`.

The head of CLG LUCIE AUBRAC lists the 600 pupils of the 3e palier with every column of the
Pupil type (query generated from the schema: bench/queries.py), through /graphql and through
the plain endpoint returning the same JSON. Time per list (one client: the list is one
person's page), throughput ratio measured interleaved, and SQL statements per request (counted
in process on the same applications). Writes bench/results/staff_list.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.queries import staff_list_query  # noqa: E402

DB_NAME = os.environ.get("BENCH_DB", "orientation_h6b_bench")
PALIER_SIZE = 600
DEMO_3E = 12  # the demo collège's own 3e pupils


async def statements_per_request(env: dict[str, str], token: str, query: str) -> dict[str, int]:
    """SQL statements each application runs for one list (same code as the servers, in process)."""
    import httpx
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    os.environ.update({k: v for k, v in env.items() if k != "PATH"})
    from bench.plain_app import create_app as plain_app
    from graphql_api.app import create_app

    counts: dict[str, int] = {}
    seen: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        for name, app, path in (("graphql", create_app(), "/graphql"), ("plain", plain_app(), "/staff")):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
                body = {"query": query, "variables": {"first": PALIER_SIZE}}
                headers = {"Authorization": f"Bearer {token}"}
                await http.post(path, json=body, headers=headers)  # warm (pool, caches)
                seen.clear()
                r = await http.post(path, json=body, headers=headers)
                assert r.status_code == 200
                counts[name] = len([s for s in seen if not s.lstrip().lower().startswith(("begin", "rollback", "commit", "select pg_catalog.version", "select 1", ";"))])
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--processes", type=int, default=1, help="uvicorn worker processes per server")
    harness.add_generic_option(parser)
    args = parser.parse_args()

    async def database() -> None:
        async with harness.bench_database(DB_NAME) as url:
            await harness.seed(url, pupils=PALIER_SIZE - DEMO_3E, with_files=True)
            # The benchmark asks for the whole palier in one page: lift the page-size and cost caps
            # that protect production (the cost of this query is about 320 per pupil).
            env = harness.server_env(url, MAX_PAGE_SIZE=str(PALIER_SIZE), MAX_QUERY_COST="1000000")
            await asyncio.to_thread(run, env, args)

    asyncio.run(database())


def run(env: dict[str, str], args: argparse.Namespace) -> None:
    query = staff_list_query()
    variables = {"first": PALIER_SIZE}
    specs = harness.product_and_plain(env, generic=not args.no_generic)
    with harness.servers(*specs, workers=args.processes) as started:
        gql, plain = started[0], started[1]
        token = harness.run(harness.login(gql.port, "chef.aubrac"))
        _, a = harness.run(harness.graphql_post(gql.port, query, variables, token))
        _, b = harness.run(harness.graphql_post(plain.port, query, variables, token, path="/staff"))
        assert "errors" not in a, a.get("errors")
        assert len(a["data"]["pupils"]["edges"]) == PALIER_SIZE, len(a["data"]["pupils"]["edges"])
        if a != b:
            raise SystemExit("the plain endpoint's JSON differs from GraphQL's")
        requests = {
            "graphql": [harness.post_request("/graphql", query, variables, token)],
            "plain": [harness.post_request("/staff", query, variables, token)],
        }
        for server, (name, _, _) in zip(started[2:], specs[2:]):
            _, c = harness.run(harness.graphql_post(server.port, query, variables, token))
            if json.dumps(c) != json.dumps(a):  # byte for byte, key order included
                raise SystemExit(f"{name} answers differently from the compiled path")
            requests[name] = requests["graphql"]
        load = harness.load_average()
        results = harness.interleaved(
            started, requests, rounds=args.rounds, seconds=args.seconds, concurrency=args.concurrency
        )
    statements = harness.run(statements_per_request(env, token, query))
    summary = harness.summarize(results, "plain")
    fields_per_pupil = sum(1 for line in query.splitlines() if line.strip() and not line.strip().endswith(("{", "}")))
    payload = {
        "benchmark": "staff_list",
        "command": harness.command_line("bench/staff_list.py"),
        "settings": {"processes": args.processes, "rounds": args.rounds, "seconds": args.seconds, "concurrency": args.concurrency, "pupils": PALIER_SIZE},
        "response_bytes": len(json.dumps(a)),
        "leaf_fields_in_query": fields_per_pupil,
        "sql_statements_per_request": statements,
        "loadavg_before": load,
        "summary": summary,
        "rounds": results,
    }
    path = harness.write_result("staff_list" + ("" if args.processes == 1 else f"-{args.processes}p"), payload)
    print(json.dumps({"summary": summary, "sql_statements_per_request": statements}, indent=2))
    harness.print_ratios(summary, path)


if __name__ == "__main__":
    main()
