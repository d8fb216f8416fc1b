"""Recovery figures (issue 17): a cut of every PostgreSQL connection under load, and an SMTP
relay outage.

    DATABASE_URL=postgresql+asyncpg://root@127.0.0.1:5432/orientation_bench \\
        python bench/database_outage.py --cut 5 --smtp-outage 30

Part 1 — database cut. A real uvicorn server (RUN_WORKERS=1, default settings otherwise)
reaches PostgreSQL through a TCP proxy (tests/faults.py). Four readers (`me`) and two
guardians validating (each validation with a fresh idempotency key, retried with the same
key on 503 every 200 ms, as the README asks front-ends to do) run; after 2 s the proxy kills
every connection and refuses new ones for `--cut` seconds. Reported: answers by kind during
the cut (anything else than 200 or 503/SERVICE_UNAVAILABLE is a failure), the time from the
restore to the first success and to the first success of each client, failures after the
restore, revisions written vs validations acknowledged, and how long after the restore the
last confirmation mail owed reached the relay.

Part 2 — relay outage. The relay (aiosmtpd) is stopped; a guardian validates every second
for `--smtp-outage` seconds (one confirmation mail each, plus the batches every dispatch
triggers); the relay comes back. Reported: the delay from the relay's return to the last
waiting mail received, with the default MAIL_RETRY_SECONDS=15 and MAIL_RELAY_PROBE_MAX_SECONDS=10.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from graphql_api.app import create_app  # noqa: E402
from graphql_api.auth import hash_password  # noqa: E402
from graphql_api.config import load_settings  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.db.models import Base, OutboxEvent  # noqa: E402
from graphql_api.graphql.base import encode_id  # noqa: E402
from graphql_api.seed import DEMO_PASSWORD, seed_demo  # noqa: E402
from tests.conftest import RecordingHandler, free_port, running_server  # noqa: E402
from tests.faults import TcpProxy  # noqa: E402

LOGIN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code } } }"
VALIDATE = "mutation($id: ID!, $items: [IntentionInput!]!) { validateIntentions(input: {pupilId: $id, intentions: $items}) { errors { code } } }"
ME = "{ me { children { id } } }"


async def fresh_database(url: str) -> dict[str, int]:
    db = Database(url)
    async with db.write_engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await db.create_all()
    async with db.write() as session:
        demo = await seed_demo(session, password_hash=hash_password(DEMO_PASSWORD))
    await db.dispose()
    return dict(demo.pupils)


def settings_for(url: str, smtp_port: int, data_dir: str):  # type: ignore[no-untyped-def]
    return load_settings(
        {
            "DATABASE_URL": url, "DATA_DIR": data_dir, "TOKEN_SECRET": "bench-" + "x" * 40, "SMTP_SINK": "0",
            "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp_port), "LOAD_DEMO_DATA": "0",
            "WRITE_RATE_LIMIT": "100000", "RECAP_IDLE_SECONDS": "3600", "LOG_LEVEL": "ERROR",
        }
    )


async def token(http: httpx.AsyncClient, base: str, name: str) -> str:
    body = (await http.post(f"http://{base}/graphql", json={"query": LOGIN, "variables": {"l": name, "p": DEMO_PASSWORD}})).json()
    return body["data"]["login"]["token"]


def kind(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} not JSON"
    if response.status_code == 200 and "errors" not in body:
        return "ok"
    codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
    if response.status_code == 503 and codes == ["SERVICE_UNAVAILABLE"] and response.headers.get("retry-after"):
        return "503 SERVICE_UNAVAILABLE"
    return f"{response.status_code} {codes}"


async def database_cut(url: str, cut: float) -> None:
    pupils = await fresh_database(url)
    target = make_url(url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await proxy.start()
    handler = RecordingHandler()
    smtp_port = free_port()
    relay = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    relay.start()
    proxied = target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    settings = settings_for(proxied, smtp_port, tempfile.mkdtemp())
    log: list[tuple[str, float, float, str]] = []  # (client, sent, answered, kind)
    acknowledged = 0
    stop = asyncio.Event()
    async with running_server(settings, create_app(settings)) as base, httpx.AsyncClient(timeout=60) as http:
        tokens = {n: await token(http, base, n) for n in ("martin.pere", "bernard.pere", "martin.mere", "bernard.mere")}

        async def call(client: str, query: str, variables: dict, tok: str, key: str | None = None) -> str:
            headers = {"Authorization": f"Bearer {tok}"} | ({"Idempotency-Key": key} if key else {})
            sent = time.monotonic()
            try:
                response = await http.post(f"http://{base}/graphql", json={"query": query, "variables": variables}, headers=headers)
                outcome = kind(response)
            except httpx.HTTPError as exc:
                outcome = f"transport error {type(exc).__name__}"
            log.append((client, sent, time.monotonic(), outcome))
            return outcome

        async def reader(n: int, tok: str) -> None:
            while not stop.is_set():
                await call(f"reader{n}", ME, {}, tok)
                await asyncio.sleep(0.02)

        async def validator(name: str, pupil: str) -> None:
            nonlocal acknowledged
            i = 0
            while not stop.is_set():
                key, i = str(uuid.uuid4()), i + 1
                variables = {"id": encode_id("Pupil", pupils[pupil]), "items": [{"voie": "2GT" if i % 2 else "2PRO"}]}
                while (outcome := await call(name, VALIDATE, variables, tokens[name], key)) == "503 SERVICE_UNAVAILABLE":
                    await asyncio.sleep(0.2)
                acknowledged += outcome == "ok"
                await asyncio.sleep(0.05)

        tasks = [asyncio.create_task(reader(n, tokens[name])) for n, name in enumerate(["martin.mere", "bernard.mere", "martin.mere", "bernard.mere"])]
        tasks += [asyncio.create_task(validator("martin.pere", "martin")), asyncio.create_task(validator("bernard.pere", "bernard"))]
        await asyncio.sleep(2)
        await proxy.cut()
        cut_at = time.monotonic()
        await asyncio.sleep(cut)
        await proxy.restore()
        restored = time.monotonic()
        await asyncio.sleep(5)
        stop.set()
        await asyncio.gather(*tasks)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and sum("validées" in str(m.message["Subject"]) for m in handler.received) < acknowledged:
            await asyncio.sleep(0.1)
        last_mail = time.monotonic()
    relay.stop()
    await proxy.close()

    db = Database(url)
    async with db.read() as session:
        revisions = (await session.execute(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.type == "INTENTIONS_VALIDATED"))).scalar_one()
    await db.dispose()
    during = [entry for entry in log if entry[1] > cut_at and entry[2] < restored]
    after = [entry for entry in log if entry[1] >= restored]
    kinds: dict[str, int] = {}
    for entry in during:
        kinds[entry[3]] = kinds.get(entry[3], 0) + 1
    firsts = {}
    for client, _, answered, outcome in sorted(log, key=lambda e: e[2]):
        if answered > restored and outcome == "ok":
            firsts.setdefault(client, answered - restored)
    mails = sum("validées" in str(m.message["Subject"]) for m in handler.received)
    print(f"database cut of {cut:.0f} s under load ({len(log)} requests in all)")
    print(f"  answered within the cut: {sum(kinds.values())} -> {kinds}")
    print(f"  first success after the restore: {min(firsts.values()):.2f} s; every client: {max(firsts.values()):.2f} s")
    print(f"  requests sent after the restore: {len(after)}, not ok: {sum(1 for e in after if e[3] != 'ok')}")
    print(f"  validations acknowledged: {acknowledged}, revisions written: {revisions}")
    print(f"  confirmation mails received: {mails} of {acknowledged} (distinct Message-IDs: {len({m.message['Message-ID'] for m in handler.received})}); last {last_mail - restored:.2f} s after the restore")


async def relay_outage(url: str, outage: float) -> None:
    pupils = await fresh_database(url)
    handler = RecordingHandler()
    smtp_port = free_port()
    relay = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    settings = settings_for(url, smtp_port, tempfile.mkdtemp())
    async with running_server(settings, create_app(settings)) as base, httpx.AsyncClient(timeout=60) as http:
        tok = await token(http, base, "martin.pere")
        owed = 0
        started = time.monotonic()
        while time.monotonic() - started < outage:  # the relay is down (never started)
            variables = {"id": encode_id("Pupil", pupils["martin"]), "items": [{"voie": "2GT" if owed % 2 else "2PRO"}]}
            await http.post(f"http://{base}/graphql", json={"query": VALIDATE, "variables": variables}, headers={"Authorization": f"Bearer {tok}"})
            owed += 1
            await asyncio.sleep(1)
        relay.start()
        back = time.monotonic()
        deadline = back + 600
        while time.monotonic() < deadline and len(handler.received) < owed:
            await asyncio.sleep(0.1)
        delay = time.monotonic() - back
    relay.stop()
    print(f"SMTP relay down {outage:.0f} s while {owed} confirmations were owed (MAIL_RETRY_SECONDS=15, MAIL_RELAY_PROBE_MAX_SECONDS=10)")
    print(f"  all {len(handler.received)} received {delay:.2f} s after the relay came back")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cut", type=float, default=5.0)
    parser.add_argument("--smtp-outage", type=float, default=30.0)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgresql"):
        raise SystemExit("set DATABASE_URL to a PostgreSQL database this benchmark may wipe")
    await database_cut(url, args.cut)
    await relay_outage(url, args.smtp_outage)
    assert Base  # the tables come from the models (create_all)


if __name__ == "__main__":
    asyncio.run(main())
