"""What every benchmark needs: its own PostgreSQL database, seeded data, uvicorn processes on
free loopback ports, a bounded load run from a separate process, and the figures.

Nothing here is imported by the product; the benchmarks live apart from it.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphql_api.auth import hash_password  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.db.models import (  # noqa: E402
    Account,
    Avis,
    CouncilAnswer,
    Division,
    Etablissement,
    Guardianship,
    Pupil,
    Request,
    RequestSet,
)
from graphql_api.seed import DEMO_PASSWORD, DemoIds, seed_demo  # noqa: E402

PG_HOST = os.environ.get("BENCH_PG", "postgresql://root@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/7")
PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
TOKEN_SECRET = "bench-secret-" + "x" * 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def bench_database(name: str) -> AsyncIterator[str]:
    """A fresh database for one benchmark, dropped at the end; yields its SQLAlchemy URL."""
    admin = await asyncpg.connect(f"{PG_HOST}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield f"postgresql+asyncpg://{PG_HOST.split('://', 1)[1]}/{name}"
    finally:
        admin = await asyncpg.connect(f"{PG_HOST}/postgres")
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@dataclass
class Seeded:
    demo: DemoIds
    pupil_ids: list[int]  # generated pupils, in the demo collège, palier 3EME
    guardian_logins: list[str]  # one per generated pupil, same order


async def seed(url: str, *, pupils: int, with_files: bool, guardians: int = 1) -> Seeded:
    """The demo seed plus `pupils` generated 3e pupils in CLG LUCIE AUBRAC, 30 per division,
    each with `guardians` guardians (with an e-mail; the first one's login is returned). With
    files: three validated intentions each and, for half of them, published avis."""
    db = Database(url)
    await db.create_all()
    pw = hash_password(DEMO_PASSWORD)
    now = dt.datetime.now(dt.timezone.utc)
    async with db.write() as session:
        demo = await seed_demo(session, password_hash=pw)
    ids: list[int] = []
    logins: list[str] = []
    async with db.write() as session:
        divisions = []
        for d in range((pupils + 29) // 30):
            division = Division(etablissement_id=demo.etablissement, code=f"3G{d:02d}", palier="3EME")
            session.add(division)
            divisions.append(division)
        await session.flush()
        rows = []
        for n in range(pupils):
            row = Pupil(
                ine=f"B{n:08d}ZZ",
                school_year=demo.school_year,
                last_name=f"NOM{n:05d}",
                first_name=f"Prénom{n}",
                birth_date=dt.date(2011, 1 + n % 12, 1 + n % 28),
                mef="10310019110",
                palier="3EME",
                etablissement_id=demo.etablissement,
                division_id=divisions[n // 30].id,
            )
            rows.append(row)
        session.add_all(rows)
        await session.flush()
        all_guardians: list[list[Account]] = []
        for n, row in enumerate(rows):
            family = []
            for level in range(1, guardians + 1):
                login = f"bench.g{n}" + ("" if level == 1 else f".{level}")
                family.append(
                    Account(
                        login=login, password_hash=pw, role="GUARDIAN", first_name="Parent", last_name=row.last_name,
                        email=f"{login}@famille.localhost",
                    )
                )
            logins.append(family[0].login or "")
            all_guardians.append(family)
        session.add_all(a for family in all_guardians for a in family)
        await session.flush()
        session.add_all(
            Guardianship(pupil_id=r.id, account_id=a.id, level=level)
            for r, family in zip(rows, all_guardians)
            for level, a in enumerate(family, start=1)
        )
        guardians_ = [family[0] for family in all_guardians]
        if with_files:
            for r, g in zip(rows, guardians_):
                r.entering_guardian_id = g.id
            sets = [
                RequestSet(pupil_id=r.id, phase="PROVISOIRE", validated_at=now, validated_by_id=g.id, channel="TELESERVICE", revision=1)
                for r, g in zip(rows, guardians_)
            ]
            session.add_all(sets)
            await session.flush()
            for r, s in zip(rows, sets):
                session.add_all(
                    [
                        Request(set_id=s.id, pupil_id=r.id, phase="PROVISOIRE", rank=1, voie_code="2GT"),
                        Request(set_id=s.id, pupil_id=r.id, phase="PROVISOIRE", rank=2, voie_code="2PRO", metier="Cuisine", statut_scolaire=True),
                        Request(set_id=s.id, pupil_id=r.id, phase="PROVISOIRE", rank=3, voie_code="CAP1", metier="Boulangerie", statut_apprenti=True),
                    ]
                )
            answers = [
                CouncilAnswer(
                    pupil_id=r.id, phase="PROVISOIRE", entered_at=now, entered_by_id=demo.accounts["chef.aubrac"],
                    published_at=now, request_revision=1, motivation="Bon trimestre.",
                )
                for i, r in enumerate(rows)
                if i % 2 == 0
            ]
            session.add_all(answers)
            await session.flush()
            for a in answers:
                session.add_all(
                    [
                        Avis(answer_id=a.id, rank=1, value="FAVORABLE"),
                        Avis(answer_id=a.id, rank=2, value="RESERVE", advised_metier="Pâtisserie"),
                        Avis(answer_id=a.id, rank=3, value="DEFAVORABLE"),
                    ]
                )
        ids = [r.id for r in rows]
        etab = await session.get(Etablissement, demo.etablissement)
        assert etab is not None and etab.teleservice_open
    await db.dispose()
    return Seeded(demo, ids, logins)


def server_env(url: str, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TZ")
    }
    env.update(
        {
            "DATABASE_URL": url,
            "TOKEN_SECRET": TOKEN_SECRET,
            "ENVIRONMENT": "development",
            "LOAD_DEMO_DATA": "0",
            "SMTP_SINK": "0",
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": "1",
            "RUN_WORKERS": "0",
            "LOG_LEVEL": "WARNING",
            "DATA_DIR": str(RESULTS / "var"),
            "PYTHONPATH": str(ROOT),
        }
    )
    env.update(extra)
    return env


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    port: int

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)


def start_server(
    name: str, factory: str, env: dict[str, str], *, profile_to: Path | None = None, workers: int = 1, cwd: Path = ROOT
) -> Server:
    """uvicorn (uvloop + httptools, as in production) serving `factory`; with workers > 1,
    that many processes share the listening socket."""
    port = free_port()
    cmd = [PYTHON]
    if profile_to is not None:
        cmd += ["-m", "pyinstrument", "-r", "text", "--show-all", "-o", str(profile_to)]
    cmd += [
        "-m", "uvicorn", "--factory", factory, "--host", "127.0.0.1", "--port", str(port),
        "--log-level", "warning", "--no-access-log", "--lifespan", "on",
    ]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    process = subprocess.Popen(cmd, env={**env, "PYTHONPATH": str(cwd)}, cwd=cwd)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}")
        if _answers_http(port):
            if workers > 1:
                time.sleep(3)  # the listening socket is the supervisor's: give every worker its start-up
            return Server(name, process, port)
        time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{name} did not start")


def _answers_http(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
            conn.sendall(b"GET /health HTTP/1.1\r\nhost: bench\r\nconnection: close\r\n\r\n")
            return conn.recv(12).startswith(b"HTTP/1.1")
    except OSError:
        return False


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGINT)
        try:
            server.process.wait(30)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@contextlib.contextmanager
def servers(*specs: tuple[str, str, dict[str, str]], workers: int = 1, cwd: dict[str, Path] | None = None) -> Iterator[list[Server]]:
    started: list[Server] = []
    try:
        for name, factory, env in specs:
            started.append(start_server(name, factory, env, workers=workers, cwd=(cwd or {}).get(name, ROOT)))
        yield started
    finally:
        for s in started:
            stop_server(s)


def run_load(server: Server, requests: list[dict[str, Any]], *, concurrency: int, seconds: float, max_requests: int) -> dict[str, Any]:
    """Bounded closed-loop HTTP load from a separate process (bench/load.py)."""
    spec = {
        "host": "127.0.0.1",
        "port": server.port,
        "requests": requests,
        "concurrency": concurrency,
        "seconds": seconds,
        "max_requests": max_requests,
    }
    out = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "load.py")], input=json.dumps(spec), capture_output=True, text=True, timeout=seconds + 120
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout)


def interleaved(servers_: list[Server], requests_of: dict[str, list[dict[str, Any]]], *, rounds: int, seconds: float, concurrency: int) -> dict[str, list[dict[str, Any]]]:
    """A, B, A, B…: each round measures every server once, so load from other users of the
    machine falls on all of them alike; a short warm-up round first is discarded."""
    results: dict[str, list[dict[str, Any]]] = {s.name: [] for s in servers_}
    for s in servers_:
        run_load(s, requests_of[s.name], concurrency=concurrency, seconds=min(2.0, seconds), max_requests=10**6)
    for _ in range(rounds):
        for s in servers_:
            results[s.name].append(run_load(s, requests_of[s.name], concurrency=concurrency, seconds=seconds, max_requests=10**6))
    return results


def summarize(results: dict[str, list[dict[str, Any]]], baseline: str) -> dict[str, Any]:
    """Per server: median req/s, p50, p99 over the rounds; ratios to the baseline per round
    (same round = same machine conditions), with their median and spread."""
    out: dict[str, Any] = {}
    base_rounds = results[baseline]
    for name, rounds in results.items():
        rps = [r["rps"] for r in rounds]
        ratios = [r["rps"] / b["rps"] for r, b in zip(rounds, base_rounds)]
        out[name] = {
            "rps_median": round(statistics.median(rps), 3),
            "rps_rounds": [round(x, 3) for x in rps],
            "p50_ms_median": round(statistics.median(r["p50_ms"] for r in rounds), 2),
            "p99_ms_median": round(statistics.median(r["p99_ms"] for r in rounds), 2),
            "errors": sum(r["errors"] for r in rounds),
            "requests": sum(r["count"] for r in rounds),
            "ratio_median": round(statistics.median(ratios), 3),
            "ratio_min": round(min(ratios), 3),
            "ratio_max": round(max(ratios), 3),
        }
    return out


def checkout(rev: str) -> Path:
    """The product as it was at `rev` (graphql_api/ and notifications/ only), for a before/after
    run side by side with the current code."""
    target = RESULTS / f"product-{rev}"
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", rev, "graphql_api", "notifications"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def write_result(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {"measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "cpus": os.cpu_count(), **payload}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
    return path


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split(" ", 3)[:3])
    except OSError:
        return "?"


async def graphql_post(port: int, query: str, variables: dict[str, Any] | None = None, token: str | None = None, path: str = "/graphql") -> tuple[int, Any]:
    import httpx

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        r = await http.post(path, json={"query": query, "variables": variables or {}}, headers=headers)
        return r.status_code, r.json()


async def login(port: int, login_name: str) -> str:
    status, body = await graphql_post(
        port,
        "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code } } }",
        {"l": login_name, "p": DEMO_PASSWORD},
    )
    assert status == 200 and body["data"]["login"]["errors"] == [], body
    return body["data"]["login"]["token"]


def post_request(path: str, query: str, variables: dict[str, Any] | None, token: str | None) -> dict[str, Any]:
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return {"method": "POST", "path": path, "headers": headers, "body": json.dumps({"query": query, "variables": variables or {}})}


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def command_line(script: str) -> str:
    """The exact command that produced a result file (its arguments as given)."""
    import shlex

    return " ".join(["python", script, *map(shlex.quote, sys.argv[1:])])


PRODUCT = "graphql_api.app:create_app"


def add_generic_option(parser: Any) -> None:
    parser.add_argument("--no-generic", action="store_true", help="do not also serve the product with COMPILED_EXECUTION=off")


def product_and_plain(env: dict[str, str], *, generic: bool) -> list[tuple[str, str, dict[str, str]]]:
    """The product, the plain endpoint and, unless refused, the same product with graphql-core's
    executor alone (COMPILED_EXECUTION=off), to be interleaved in the same rounds."""
    specs = [("graphql", PRODUCT, env), ("plain", "bench.plain_app:create_app", env)]
    if generic:
        specs.append(("graphql_generic", PRODUCT, {**env, "COMPILED_EXECUTION": "off"}))
    return specs


def print_ratios(summary: dict[str, Any], path: Path) -> None:
    for name, figures in summary.items():
        if name != "plain":
            print(f"{name} / plain throughput: {figures['ratio_median']} (rounds {figures['ratio_min']}–{figures['ratio_max']})")
    print(f"written to {path}")
