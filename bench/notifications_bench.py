"""Notification benchmark (one command): WebSocket fan-out beside a bare server, and mail throughput.

    BENCH_REDIS=redis://127.0.0.1:6379/7 python bench/notifications_bench.py --subscribers 2000,10000 --mails 0

Fan-out: N guardians, one pupil each, each holding one authenticated graphql-transport-ws
connection with a `pupilFileUpdates` subscription, on two servers in turns (bare, product, bare,
product: --turns, 2 by default; each turn a fresh server process) with the same client and the
same counts: the product (`graphql_api.app:create_app`; SQLite unless
DATABASE_URL is set) and the bare anchor (bench/bare_ws_server.py), both under the same uvicorn
command, both listening to the same Redis channel (BENCH_REDIS). A first round of one event per
pupil, published on the broker as the dispatcher publishes it, proves every subscription live
(untimed); the next three are timed from the publication of the N events to the last push
received, and the median round is reported.
Connect + subscribe: from the first connection to the last subscribe sent (100 at a time).
Memory per connection: the growth of the server's RSS between no connection and N subscribed
connections (after the first round), divided by N. The open-files limit is raised to the hard
limit (each process holds N sockets). Prints the three ratios product / bare: of the medians
over the turns, and turn by turn.

Mail: M queued mails sent by the MailSender to a local aiosmtpd, batched (one connection per
100 mails) and, side by side, one connection per mail.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from graphql_api.auth import issue_token  # noqa: E402
from graphql_api.config import load_settings  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.db.models import Account, AuthSession, Guardianship, OutgoingMail, Pupil  # noqa: E402
from graphql_api.seed import seed_demo  # noqa: E402
from graphql_api.domain import school_year  # noqa: E402
from graphql_api.services.clock import utcnow  # noqa: E402

SUBSCRIPTION = json.dumps(
    {"id": "1", "type": "subscribe", "payload": {"query": "subscription { pupilFileUpdates { id type title linkPath pupil { firstName } } }"}}
)
PUPIL_BASE, ACCOUNT_BASE = 1_000_000, 2_000_000
ROUNDS = 3  # timed rounds after the first; the median one is reported
PROFILE = os.environ.get("BENCH_PROFILE")  # cProfile of the product server (pstats file)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raise_open_files() -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


async def seed(db: Database, settings, n: int) -> tuple[list[str], dict]:  # type: ignore[no-untyped-def]
    await db.create_all()
    now = utcnow()
    year = school_year.of_date(now.date())
    async with db.write() as session:
        demo = await seed_demo(session, password_hash="bench-no-login")
    pupils, accounts, links, sessions = [], [], [], []
    for i in range(n):
        pid, aid = PUPIL_BASE + i, ACCOUNT_BASE + i
        pupils.append(dict(id=pid, ine=f"B{i:08d}XY", school_year=year, last_name=f"BENCH{i}", first_name=f"Élève{i}", birth_date=dt.date(2011, 1, 1),
                           mef="10310019110", palier="3EME", etablissement_id=demo.etablissement, division_id=demo.division_3a,
                           segpa=False, ulis=False, prepa_metiers=False, version=0))
        accounts.append(dict(id=aid, login=f"bench.{i}", role="GUARDIAN", first_name="Parent", last_name=f"BENCH{i}", email=None,
                             delegated=False, active=True, failed_logins=0))
        links.append(dict(pupil_id=pid, account_id=aid, level=1))
        sessions.append(dict(id=f"bench-{i}", account_id=aid, created_at=now))
    async with db.write() as session:
        for table, rows in ((Pupil, pupils), (Account, accounts), (Guardianship, links), (AuthSession, sessions)):
            for start in range(0, n, 2000):
                await session.execute(insert(table), rows[start : start + 2000])
    tokens = [issue_token(settings, ACCOUNT_BASE + i, f"bench-{i}").token for i in range(n)]
    return tokens, {"etablissement": demo.etablissement, "division": demo.division_3a, "academie": demo.academie}


def event_message(event_id: int, i: int, ids: dict, round_: int) -> str:
    """An AVIS_PUBLISHED event for pupil i as the dispatcher puts it on the broker."""
    return json.dumps({
        "id": event_id, "type": "AVIS_PUBLISHED", "occurredAt": utcnow().isoformat(), "academieId": ids["academie"],
        "etablissementId": ids["etablissement"], "divisionId": ids["division"], "divisionCode": "3A", "pupilId": PUPIL_BASE + i,
        "actorAccountId": None, "actor": None, "channel": "STAFF",
        "payload": {"pupilId": PUPIL_BASE + i, "firstName": f"Élève{i}", "lastName": f"BENCH{i}", "phase": "PROVISOIRE", "round": round_},
    }, separators=(",", ":"))


class Client:
    __slots__ = ("base", "token", "ws", "received")

    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base, token
        self.ws = None
        self.received: asyncio.Queue[float] = asyncio.Queue()

    async def open(self) -> None:
        self.ws = await connect(f"ws://{self.base}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=120,  # type: ignore[list-item]
                                ping_interval=None, max_queue=4)
        await self.ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {self.token}"}}))
        ack = json.loads(await self.ws.recv())
        assert ack["type"] == "connection_ack", ack
        await self.ws.send(SUBSCRIPTION)
        asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for raw in self.ws:  # type: ignore[union-attr]
            message = json.loads(raw)
            if message["type"] == "next":
                assert message["payload"]["data"]["pupilFileUpdates"]["pupil"]["firstName"].startswith("Élève"), message
                self.received.put_nowait(time.perf_counter())
            elif message["type"] == "ping":
                await self.ws.send('{"type":"pong"}')  # type: ignore[union-attr]
            elif message["type"] == "error":
                raise AssertionError(message)


async def subscriptions_open(http: httpx.AsyncClient, base: str) -> int:
    for line in (await http.get(f"http://{base}/metrics")).text.splitlines():
        if line.startswith("graphql_subscriptions_open "):
            return int(float(line.split()[1]))
    raise RuntimeError("no graphql_subscriptions_open gauge")


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


async def serve_and_measure(kind: str, n: int, tokens: list[str], ids: dict, env: dict, ws: str, redis_url: str, channel: str) -> dict:
    """One server process (the product or the bare anchor), N subscribed clients, two rounds of
    N events published on the broker: the first proves every subscription live, the second is
    timed from the publication to the last push received."""
    import redis.asyncio as redis

    port = free_port()
    target = "graphql_api.app:create_app" if kind == "product" else "bench.bare_ws_server:app"
    # Under uvicorn's CLI for both, so the WebSocket keepalive can be relaxed: on a loaded
    # 2-core machine 10,000 pongs may come late.
    profile = [] if kind != "product" or not PROFILE else [sys.executable, "-m", "cProfile", "-o", PROFILE]
    server = subprocess.Popen(
        [*(profile or [sys.executable]), "-m", "uvicorn", *(["--factory"] if kind == "product" else []), target, "--host", "127.0.0.1",
         "--port", str(port), "--ws", ws, "--ws-ping-interval", "120", "--ws-ping-timeout", "120", "--log-level", "warning"],
        cwd=ROOT, env={**os.environ, **env},
    )
    base = f"127.0.0.1:{port}"
    publisher = redis.Redis.from_url(redis_url)
    clients = [Client(base, t) for t in tokens]
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(600):
                try:
                    if (await http.get(f"http://{base}/health")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
        await asyncio.sleep(1)  # the product's hub subscribes to the broker after startup
        rss_idle = rss_kib(server.pid)
        load_before = loadavg()
        t_connect = time.perf_counter()
        for start in range(0, n, 100):
            await asyncio.gather(*(c.open() for c in clients[start : start + 100]))
            if (start + 100) % 2000 == 0:
                print(f"  {kind}: {start + 100} subscribed ({time.perf_counter() - t_connect:.0f} s)", file=sys.stderr, flush=True)
        # Until the server holds every subscription (its /metrics gauge): the product registers
        # a subscription with its hub in the operation's task, after the subscribe message.
        async with httpx.AsyncClient() as http:
            while await subscriptions_open(http, base) < n:
                await asyncio.sleep(0.02)
        connect_s = time.perf_counter() - t_connect
        print(f"  {kind}: {n} subscribed in {connect_s:.1f} s", file=sys.stderr, flush=True)

        async def round_(number: int) -> tuple[float, float, float]:
            messages = [event_message(number * 1_000_000 + i, i, ids, number) for i in range(n)]
            pipe = publisher.pipeline(transaction=False)
            for message in messages:
                pipe.publish(channel, message)
            published = time.perf_counter()
            await pipe.execute()
            arrivals = await asyncio.wait_for(asyncio.gather(*(c.received.get() for c in clients)), 1200)
            return published, min(arrivals), max(arrivals)

        await round_(1)  # every subscription proved live
        rss_connected = rss_kib(server.pid)
        timed = sorted([await round_(number) for number in range(2, 2 + ROUNDS)], key=lambda r: r[2] - r[0])
        published, first, last = timed[len(timed) // 2]  # the median round by its last push
        return {
            "server": kind,
            "connect_and_subscribe_s": round(connect_s, 2),
            "ms_per_connection": round(connect_s * 1000 / n, 2),
            "first_push_s": round(first - published, 3),
            "last_push_s": round(last - published, 3),
            "last_push_s_rounds": [round(r[2] - r[0], 3) for r in timed],
            "pushes_per_s": round(n / (last - published), 1),
            "server_rss_idle_mib": round(rss_idle / 1024, 1),
            "server_rss_connected_mib": round(rss_connected / 1024, 1),
            "kib_per_connection": round((rss_connected - rss_idle) / n, 1),
            "loadavg_before_after": f"{load_before} / {loadavg()}",
        }
    finally:
        for c in clients:
            if c.ws is not None:
                with contextlib.suppress(Exception):
                    await c.ws.close()
        await publisher.aclose()
        server.send_signal(signal.SIGINT if PROFILE and kind == "product" else signal.SIGTERM)
        server.wait(60)


async def fan_out(n: int, ws: str, servers: list[str], turns: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-notif-"))
    redis_url = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/7")
    channel = f"bench:{os.getpid()}:{n}"
    env = {
        "DATA_DIR": str(tmp), "TOKEN_SECRET": "bench-" + "x" * 40, "SMTP_SINK": "0", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": "1",
        "LOAD_DEMO_DATA": "0", "DISPATCH_INTERVAL": "0.05", "MAIL_INTERVAL": "3600", "LOG_LEVEL": "WARNING",
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite+aiosqlite:///{tmp / 'bench.db'}",
        "REDIS_URL": redis_url, "REDIS_CHANNEL": channel,
    }
    settings = load_settings(env)
    db = Database(settings.database_url)
    if not settings.is_sqlite:
        await db.drop_all()
    tokens, ids = await seed(db, settings, n)
    await db.dispose()
    routes = tmp / "routes.json"
    routes.write_text(json.dumps({ACCOUNT_BASE + i: [PUPIL_BASE + i] for i in range(n)}))
    env.update(BARE_SECRET=env["TOKEN_SECRET"], BARE_ROUTES=str(routes))
    results: dict = {"subscribers": n, "database": settings.database_url.split(":")[0], "broker": "redis", "uvicorn_ws": ws, "turns": turns}
    # The servers take turns (bare, product, bare, product…), each turn a fresh process with the
    # same clients: a load that other work puts on the machine meanwhile falls on both.
    runs: dict[str, list[dict]] = {kind: [] for kind in servers}
    for turn in range(turns):
        for kind in servers:
            run = await serve_and_measure(kind, n, tokens, ids, env, ws, redis_url, channel)
            run["turn"] = turn + 1
            runs[kind].append(run)
            print(json.dumps(run), file=sys.stderr, flush=True)
    for kind, kind_runs in runs.items():
        results[kind] = kind_runs
    if "product" in runs and "bare" in runs:
        p, b = runs["product"], runs["bare"]
        ratios = [
            {
                "connect_and_subscribe": round(pt["connect_and_subscribe_s"] / bt["connect_and_subscribe_s"], 2),
                "publish_to_last_push": round(pt["last_push_s"] / bt["last_push_s"], 2),
                "memory_per_connection": round(pt["kib_per_connection"] / bt["kib_per_connection"], 2),
            }
            for pt, bt in zip(p, b)
        ]
        results["product_over_bare_by_turn"] = ratios
        # Medians over the turns of each server, then their ratio.
        results["product_over_bare"] = {
            "connect_and_subscribe": round(_median(p, "connect_and_subscribe_s") / _median(b, "connect_and_subscribe_s"), 2),
            "publish_to_last_push": round(_median(p, "last_push_s") / _median(b, "last_push_s"), 2),
            "memory_per_connection": round(_median(p, "kib_per_connection") / _median(b, "kib_per_connection"), 2),
        }
    return results


def _median(runs: list[dict], key: str) -> float:
    values = sorted(r[key] for r in runs)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


async def mail_throughput(m: int) -> dict:
    from aiosmtpd.controller import Controller

    from notifications.mail import MailSender, new_message_id

    class Counting:
        count = 0

        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            Counting.count += 1
            return "250 OK"

    tmp = Path(tempfile.mkdtemp(prefix="bench-mail-"))
    port = free_port()
    controller = Controller(Counting(), hostname="127.0.0.1", port=port)
    controller.start()
    settings = load_settings({"DATA_DIR": str(tmp), "TOKEN_SECRET": "x" * 48, "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port),
                              "DATABASE_URL": f"sqlite+aiosqlite:///{tmp / 'mail.db'}"})
    db = Database(settings.database_url)
    await db.create_all()
    results = {}
    try:
        for label, batch in (("batched_100_per_connection", 100), ("one_connection_per_mail", 1)):
            now = utcnow()
            rows = [dict(kind="BENCH", to_address=f"famille{i}@example.test", subject="Orientation : avis disponible",
                         body_text="Bonjour,\n" + "texte " * 150, body_html="<p>Bonjour,</p>" + "<p>texte</p>" * 150,
                         message_id=new_message_id(), status="PENDING", attempts=0, send_after=now, created_at=now) for i in range(m)]
            async with db.write() as session:
                await session.execute(insert(OutgoingMail), rows)
            sender = MailSender(dataclasses.replace(settings, mail_retry_seconds=0.01), db)
            before = Counting.count
            start = time.perf_counter()
            while Counting.count - before < m:
                await sender.send_due(limit=batch)
            elapsed = time.perf_counter() - start
            results[label] = {"mails": m, "seconds": round(elapsed, 2), "mails_per_s": round(m / elapsed, 1)}
        results["ratio_batched_vs_single"] = round(
            results["batched_100_per_connection"]["mails_per_s"] / results["one_connection_per_mail"]["mails_per_s"], 2
        )
    finally:
        controller.stop()
        await db.dispose()
    return results


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", default="2000,10000", help="comma-separated counts, one fan-out each (0: none)")
    parser.add_argument("--servers", default="bare,product", help="which servers, in order (bare, product)")
    parser.add_argument("--ws", default="auto", help="uvicorn's WebSocket implementation, the same for both (auto: "
                        "websockets-sansio, what `python -m graphql_api` runs)")
    parser.add_argument("--turns", type=int, default=2, help="each server runs this many times, in turns (bare, product, "
                        "bare, product…); ratios of the medians, and of each turn")
    parser.add_argument("--mails", type=int, default=2_000, help="0: no mail throughput")
    args = parser.parse_args()
    limit = raise_open_files()
    print(f"open files limit: {limit}; cores: {os.cpu_count()}; load: {loadavg()}", flush=True)
    for n in (int(v) for v in args.subscribers.split(",") if int(v) > 0):
        if n + 200 > limit:
            print(f"warning: {n} subscribers need ~{n + 100} descriptors per process (limit {limit})", flush=True)
        result = await fan_out(n, args.ws, args.servers.split(","), args.turns)
        print(json.dumps({"fan_out": result}, ensure_ascii=False), flush=True)
    if args.mails:
        print(json.dumps({"mail": await mail_throughput(args.mails)}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
