"""Benchmark 1 — the family page: `python bench/family_page.py [--profile]`.

One uvicorn process serving the product's /graphql against one serving the plain Starlette
endpoint (bench/plain_app.py) that runs the same SQL and returns the same JSON, and one serving
the one-round-trip anchor (bench/anchor_app.py: raw ASGI, asyncpg, one SQL statement answered
as JSON), all on a fresh PostgreSQL database with the demo seed plus 600 generated families.
Measured interleaved (GraphQL, plain, anchor, GraphQL…); then each server is started once more
behind a counting proxy (bench/pgwire_count.py) for its statements and round trips per page.
Prints and writes bench/results/family_page.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness  # noqa: E402
from bench.pgwire_count import WireCounter  # noqa: E402
from bench.queries import FAMILY_PAGE  # noqa: E402

DB_NAME = os.environ.get("BENCH_DB", "orientation_h6b_bench")
ANCHOR = ("anchor", "bench.anchor_app:create_app")
FAMILIES = 40  # distinct families cycled by the load generator


async def prepare(url: str, port: int) -> list[str]:
    seeded = await harness.seed(url, pupils=600, with_files=True)
    return [await harness.login(port, name) for name in seeded.guardian_logins[:FAMILIES]]


async def same_answers(graphql_port: int, other_port: int, tokens: list[str], name: str = "plain", path: str = "/family") -> None:
    for token in tokens:
        _, a = await harness.graphql_post(graphql_port, FAMILY_PAGE, token=token)
        _, b = await harness.graphql_post(other_port, FAMILY_PAGE, token=token, path=path)
        if a != b or "errors" in a:
            raise SystemExit(f"the {name} endpoint's JSON differs from GraphQL's:\n{json.dumps(a)[:2000]}\n{json.dumps(b)[:2000]}")


def wire_counts(url: str, env: dict[str, str], specs: list[tuple[str, str, str]], tokens: list[str]) -> dict[str, dict[str, float]]:
    """Statements and round trips per page, counted on the wire for each server (a process of
    its own behind a WireCounter), once its connections and caches are warm: two passes over
    the families, then one counted pass."""
    port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    out = {}
    for name, factory, path in specs:
        counter = WireCounter(target_port=port).start()
        proxied = {**env, "DATABASE_URL": url.replace(f":{port}/", f":{counter.port}/")}
        server = harness.start_server(name + "-counted", factory, proxied)
        try:

            async def measure() -> tuple[object, object]:
                for _ in range(2):
                    for token in tokens:
                        await harness.graphql_post(server.port, FAMILY_PAGE, token=token, path=path)
                before = counter.counts.snapshot()
                for token in tokens:
                    await harness.graphql_post(server.port, FAMILY_PAGE, token=token, path=path)
                return counter.counts.minus(before), None

            counted, _ = harness.run(measure())
            n = len(tokens)
            out[name] = {
                "statements_per_page": round(counted.statements / n, 2),  # type: ignore[attr-defined]
                "transaction_control_per_page": round(counted.transaction_control / n, 2),  # type: ignore[attr-defined]
                "round_trips_per_page": round(counted.round_trips / n, 2),  # type: ignore[attr-defined]
            }
        finally:
            harness.stop_server(server)
            counter.stop()
    return out


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
    specs.insert(2, (*ANCHOR, env))
    cwd = {}
    if args.before:
        specs.append(("graphql_before", harness.PRODUCT, env))
        cwd["graphql_before"] = harness.checkout(args.before)
    with harness.servers(*specs, workers=args.processes, cwd=cwd) as started:
        gql, plain, anchor = started[0], started[1], started[2]
        tokens = harness.run(prepare(url, gql.port))
        harness.run(same_answers(gql.port, plain.port, tokens))
        harness.run(same_answers(gql.port, anchor.port, tokens, "anchor"))
        requests = {
            "graphql": [harness.post_request("/graphql", FAMILY_PAGE, None, t) for t in tokens],
            "plain": [harness.post_request("/family", FAMILY_PAGE, None, t) for t in tokens],
            "anchor": [harness.post_request("/family", FAMILY_PAGE, None, t) for t in tokens],
        }
        for server, (name, _, _) in zip(started[3:], specs[3:]):
            harness.run(same_answers(server.port, plain.port, tokens))
            requests[name] = requests["graphql"]
        load = harness.load_average()
        results = harness.interleaved(
            started, requests, rounds=args.rounds, seconds=args.seconds, concurrency=args.concurrency
        )
    summary = harness.summarize(results, "plain")
    to_anchor = harness.summarize(results, "anchor")
    for name in summary:
        summary[name]["ratio_to_anchor_median"] = to_anchor[name]["ratio_median"]
        summary[name]["ratio_to_anchor_min"] = to_anchor[name]["ratio_min"]
        summary[name]["ratio_to_anchor_max"] = to_anchor[name]["ratio_max"]
    counted = [("graphql", harness.PRODUCT, "/graphql"), ("plain", "bench.plain_app:create_app", "/family"), (*ANCHOR, "/family")]
    wire = wire_counts(url, env, counted, tokens)
    profile_top = None
    if args.profile:
        profile_top = profile(env, requests["graphql"], args)
    payload = {
        "benchmark": "family_page",
        "command": harness.command_line("bench/family_page.py"),
        "settings": {"processes": args.processes, "rounds": args.rounds, "seconds": args.seconds, "concurrency": args.concurrency, "families": FAMILIES},
        "loadavg_before": load,
        "summary": summary,
        "per_page_on_the_wire": wire,
        "rounds": results,
    }
    if profile_top:
        payload["profile_top"] = profile_top
    path = harness.write_result("family_page" + ("" if args.processes == 1 else f"-{args.processes}p"), payload)
    print(json.dumps({"summary": summary, "per_page_on_the_wire": wire}, indent=2))
    harness.print_ratios(summary, path)
    for name, figures in summary.items():
        if name != "anchor":
            print(f"{name} / anchor throughput: {figures['ratio_to_anchor_median']} (rounds {figures['ratio_to_anchor_min']}–{figures['ratio_to_anchor_max']})")


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
