"""Benchmark 1 — the family page: `python bench/family_page.py [--profile]`.

One uvicorn process serving the product's /graphql against one serving the plain Starlette
endpoint (bench/plain_app.py) that runs the same SQL and returns the same JSON, both on a fresh
PostgreSQL database with the demo seed plus 600 generated families. Measured interleaved
(GraphQL, plain, GraphQL, plain…); prints and writes bench/results/family_page.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.queries import FAMILY_PAGE  # noqa: E402

DB_NAME = "orientation_h6b_bench"
FAMILIES = 40  # distinct families cycled by the load generator


async def prepare(url: str, port: int) -> list[str]:
    seeded = await harness.seed(url, pupils=600, with_files=True)
    return [await harness.login(port, name) for name in seeded.guardian_logins[:FAMILIES]]


async def same_answers(graphql_port: int, plain_port: int, tokens: list[str]) -> None:
    for token in tokens:
        _, a = await harness.graphql_post(graphql_port, FAMILY_PAGE, token=token)
        _, b = await harness.graphql_post(plain_port, FAMILY_PAGE, token=token, path="/family")
        if a != b:
            raise SystemExit(f"the plain endpoint's JSON differs from GraphQL's:\n{json.dumps(a)[:2000]}\n{json.dumps(b)[:2000]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--profile", action="store_true", help="also profile the GraphQL process (pyinstrument)")
    parser.add_argument("--processes", type=int, default=1, help="uvicorn worker processes per server")
    parser.add_argument("--before", metavar="REV", help="also serve the product as of git REV, interleaved (before/after)")
    harness.add_generic_option(parser)
    args = parser.parse_args()

    async def database() -> None:
        async with harness.bench_database(DB_NAME) as url:
            env = harness.server_env(url)
            await asyncio.to_thread(run, url, env, args)

    asyncio.run(database())


def run(url: str, env: dict[str, str], args: argparse.Namespace) -> None:
    specs = harness.product_and_plain(env, generic=not args.no_generic)
    cwd = {}
    if args.before:
        specs.append(("graphql_before", harness.PRODUCT, env))
        cwd["graphql_before"] = harness.checkout(args.before)
    with harness.servers(*specs, workers=args.processes, cwd=cwd) as started:
        gql, plain = started[0], started[1]
        tokens = harness.run(prepare(url, gql.port))
        harness.run(same_answers(gql.port, plain.port, tokens))
        requests = {
            "graphql": [harness.post_request("/graphql", FAMILY_PAGE, None, t) for t in tokens],
            "plain": [harness.post_request("/family", FAMILY_PAGE, None, t) for t in tokens],
        }
        for server, (name, _, _) in zip(started[2:], specs[2:]):
            harness.run(same_answers(server.port, plain.port, tokens))
            requests[name] = requests["graphql"]
        load = harness.load_average()
        results = harness.interleaved(
            started, requests, rounds=args.rounds, seconds=args.seconds, concurrency=args.concurrency
        )
    summary = harness.summarize(results, "plain")
    profile_top = None
    if args.profile:
        profile_top = profile(env, requests["graphql"], args)
    payload = {
        "benchmark": "family_page",
        "command": harness.command_line("bench/family_page.py"),
        "settings": {"processes": args.processes, "rounds": args.rounds, "seconds": args.seconds, "concurrency": args.concurrency, "families": FAMILIES},
        "loadavg_before": load,
        "summary": summary,
        "rounds": results,
    }
    if profile_top:
        payload["profile_top"] = profile_top
    path = harness.write_result("family_page" + ("" if args.processes == 1 else f"-{args.processes}p"), payload)
    print(json.dumps(summary, indent=2))
    harness.print_ratios(summary, path)


def profile(env: dict[str, str], requests: list[dict], args: argparse.Namespace) -> str:
    out = harness.RESULTS / "family_page.profile.txt"
    harness.RESULTS.mkdir(parents=True, exist_ok=True)
    server = harness.start_server("graphql-profiled", "graphql_api.app:create_app", env, profile_to=out)
    try:
        harness.run_load(server, requests, concurrency=args.concurrency, seconds=10, max_requests=10**6)
    finally:
        harness.stop_server(server)
    time.sleep(0.5)
    return out.read_text() if out.exists() else ""


if __name__ == "__main__":
    main()
