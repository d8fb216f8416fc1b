"""Shared fixtures. The suite runs on SQLite by default and on PostgreSQL (+ Redis) when
DATABASE_URL (and REDIS_URL) point at them, as `.ci/run` does."""
from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from aiosmtpd.controller import Controller
from sqlalchemy import text

from graphql_api.app import create_app
from graphql_api.auth import hash_password
from graphql_api.config import Settings, load_settings
from graphql_api.db.engine import Database
from graphql_api.db.models import Base
from graphql_api.graphql import compiled
from graphql_api.graphql.schema import schema as _module_schema
from graphql_api.runtime import Runtime
from graphql_api.seed import DEMO_PASSWORD, DemoIds, seed_demo

PG_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
BACKEND = "postgresql" if PG_URL.startswith("postgres") else "sqlite"
_PASSWORD_HASH = hash_password(DEMO_PASSWORD)


# The module-level schema (tests that execute without an app) checks its compiled path too.
_module_schema.execution_context_class.plans.mode = "check"


@pytest.fixture(autouse=True)
def compiled_execution_matches_graphql_core() -> Any:
    """Check mode (graphql/compiled.py) records any value the compiled path completes
    differently from graphql-core; a test during which one was recorded fails."""
    compiled.MISMATCHES.clear()
    yield
    found, compiled.MISMATCHES[:] = list(compiled.MISMATCHES), []
    assert not found, "compiled execution differs from graphql-core:\n" + "\n".join(found[:5])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pytest_report_header(config: pytest.Config) -> str:
    return f"orientation backend: {BACKEND}" + (" + redis" if REDIS_URL else " + in-process broker")


@pytest.fixture(scope="session")
def pg_schema() -> None:
    """On PostgreSQL, create the tables once; each test then truncates them."""
    if BACKEND != "postgresql":
        return

    async def create() -> None:
        db = Database(load_settings({"DATABASE_URL": PG_URL}).database_url)
        async with db.write_engine.begin() as conn:  # whatever an earlier schema left behind
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
        await db.create_all()
        await db.dispose()

    asyncio.run(create())


def make_settings(tmp_path: Path, **overrides: str) -> Settings:
    env = {
        "DATA_DIR": str(tmp_path),
        "TOKEN_SECRET": "test-secret-" + "x" * 40,
        "SMTP_SINK": "0",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": "1",  # nothing listens: tests that send mail start their own SMTP server
        "SMTP_TIMEOUT": "3",
        "RECAP_IDLE_SECONDS": "3600",
        "DISPATCH_INTERVAL": "0.05",
        "MAIL_INTERVAL": "0.05",
        "LOAD_DEMO_DATA": "0",
        "PUBLIC_BASE_URL": "https://orientation.example.test",
        # Every operation of the suite runs both execution paths and compares them.
        "COMPILED_EXECUTION": "check",
    }
    if BACKEND == "postgresql":
        env["DATABASE_URL"] = PG_URL
    if REDIS_URL:
        env["REDIS_URL"] = REDIS_URL
        env["REDIS_CHANNEL"] = f"orientation:test:{uuid.uuid4().hex}"
    env.update(overrides)
    return load_settings(env)


@pytest.fixture
def settings(tmp_path: Path, pg_schema: None) -> Settings:
    return make_settings(tmp_path)


async def reset_database(db: Database) -> None:
    if db.is_sqlite:
        await db.create_all()
        return
    names = ", ".join(f'"{name}"' for name in Base.metadata.tables)
    async with db.write_engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings.database_url)
    await reset_database(database)
    yield database
    await database.dispose()


@pytest.fixture
async def demo(db: Database) -> DemoIds:
    async with db.write() as session:
        return await seed_demo(session, password_hash=_PASSWORD_HASH)


@pytest.fixture
async def runtime(settings: Settings, db: Database) -> AsyncIterator[Runtime]:
    """A runtime whose background workers are off: tests drive the dispatcher themselves."""
    rt = Runtime(settings, db)
    await rt.start(workers=False)
    yield rt
    await rt.stop()


@dataclass
class GraphQLClient:
    http: httpx.AsyncClient
    runtime: Runtime | None = None
    tokens: dict[str, str] = field(default_factory=dict)

    async def execute(self, query: str, variables: dict[str, Any] | None = None, *, as_: str | None = None, token: str | None = None) -> dict[str, Any]:
        headers = {}
        token = token or (self.tokens[as_] if as_ else None)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = await self.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
        body = response.json()
        body["_status"] = response.status_code
        return body

    async def login(self, login: str, password: str = DEMO_PASSWORD) -> str:
        body = await self.execute(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code message } } }",
            {"l": login, "p": password},
        )
        payload = body["data"]["login"]
        assert payload["errors"] == [], payload
        self.tokens[login] = payload["token"]
        return payload["token"]

    async def sign_in(self, *logins: str) -> None:
        """Tokens without the password check (argon2 is slow on purpose); `login` tests that path."""
        assert self.runtime is not None
        for login in logins:
            self.tokens[login] = await token_for(self.runtime, login)

    async def data(self, query: str, variables: dict[str, Any] | None = None, *, as_: str | None = None) -> dict[str, Any]:
        body = await self.execute(query, variables, as_=as_)
        assert "errors" not in body, body
        return body["data"]


@pytest.fixture
async def client(runtime: Runtime, demo: DemoIds) -> AsyncIterator[GraphQLClient]:
    """An in-process HTTP client on the real ASGI app (no lifespan: the runtime fixture runs)."""
    app = create_app(runtime.settings, runtime)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield GraphQLClient(http, runtime)


async def token_for(runtime: Runtime, login: str) -> str:
    """A real session and signed token for a demo account, as `login` would issue."""
    import secrets

    from sqlalchemy import select

    from graphql_api.auth import issue_token, utcnow
    from graphql_api.db.models import Account, AuthSession

    async with runtime.db.write() as session:
        account = (await session.execute(select(Account).where(Account.login == login))).scalar_one()
        sid = secrets.token_urlsafe(16)
        session.add(AuthSession(id=sid, account_id=account.id, created_at=utcnow()))
    return issue_token(runtime.settings, account.id, sid).token


async def dispatch(runtime: Runtime) -> None:
    """Run the outbox dispatcher until nothing is left."""
    while await runtime.dispatcher.run_once():
        pass


# --- real servers --------------------------------------------------------------------------


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    @property
    def message(self):  # type: ignore[no-untyped-def]
        from email import message_from_bytes, policy

        return message_from_bytes(self.content, policy=policy.default)


class RecordingHandler:
    """aiosmtpd handler keeping every accepted mail; `fail_with` makes it refuse (451, 550…)."""

    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []
        self.fail_with: str | None = None
        self.refuse_rcpt: dict[str, str] = {}
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.fail_with:
            return self.fail_with
        with self.lock:
            self.received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    controller: Controller
    handler: RecordingHandler
    port: int

    @property
    def received(self) -> list[ReceivedMail]:
        return self.handler.received


@pytest.fixture
def smtp_server() -> Any:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpServer(controller, handler, port)
    controller.stop()


@contextlib.asynccontextmanager
async def running_server(settings: Settings, app: Any = None) -> AsyncIterator[str]:
    """A real uvicorn server (lifespan, workers, sockets) on a free port; yields its base URL.

    Pass your own `app` (from create_app) to reach its runtime (app.state.runtime)."""
    port = free_port()
    app = app or create_app(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on", ws="websockets-sansio")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    for _ in range(200):
        if server.started:
            break
        if task.done():
            task.result()
        await asyncio.sleep(0.05)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 15)
