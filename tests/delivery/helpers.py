"""Helpers for delivery tests: WebSocket subscribers, server subprocesses, a private Redis."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect

from graphql_api.seed import DEMO_PASSWORD
from tests.conftest import PG_URL, REDIS_URL, free_port

ROOT = Path(__file__).resolve().parents[2]
LOGIN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code } } }"


async def gql(base: str, query: str, variables: dict[str, Any] | None = None, token: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(f"http://{base}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


async def login(base: str, name: str) -> str:
    data = await gql(base, LOGIN, {"l": name, "p": DEMO_PASSWORD})
    assert data["login"]["errors"] == [], data
    return data["login"]["token"]


class Subscriber:
    """One graphql-transport-ws connection; `subscribe` starts operations on it."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._ids = 0

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        self._ids += 1
        op = str(self._ids)
        await self.ws.send(json.dumps({"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}}))
        return op

    async def receive(self, timeout: float = 30) -> dict[str, Any]:
        """The next message (next, error, complete…); pings are answered and skipped."""
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            if message["type"] == "ping":
                await self.ws.send(json.dumps({"type": "pong"}))
                continue
            if message["type"] == "pong":
                continue
            return message

    async def next_data(self, timeout: float = 30) -> dict[str, Any]:
        message = await self.receive(timeout)
        assert message["type"] == "next", message
        assert "errors" not in message["payload"], message
        return message["payload"]["data"]


@contextlib.asynccontextmanager
async def subscriber(base: str, token: str | None) -> AsyncIterator[Subscriber]:
    async with connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=30) as ws:  # type: ignore[list-item]
        payload = {"Authorization": f"Bearer {token}"} if token else {}
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), 30))
        assert ack["type"] == "connection_ack", ack
        yield Subscriber(ws)


# --- server subprocesses ---------------------------------------------------------------------


class ServerProcess:
    """`python -m graphql_api [worker]` as a real subprocess, on a free port."""

    def __init__(self, env: dict[str, str], args: tuple[str, ...] = (), log: Path | None = None) -> None:
        self.port = free_port()
        self.env = {**os.environ, **env, "PORT": str(self.port), "HOST": "127.0.0.1", "LOG_LEVEL": "WARNING"}
        self.args = args
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def start(self) -> "ServerProcess":
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen([sys.executable, "-m", "graphql_api", *self.args], cwd=ROOT, env=self.env, stdout=out, stderr=out)
        if self.args:  # the worker has no HTTP side
            return self
        deadline = time.monotonic() + 60
        async with httpx.AsyncClient(timeout=2) as http:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"server exited with {self.proc.returncode}: {self.log and self.log.read_text()[-3000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await http.get(f"http://{self.base}/health")).status_code == 200:
                        return self
                await asyncio.sleep(0.1)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, like a crashed process."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


def process_env(settings: Any, **extra: str) -> dict[str, str]:
    """Environment of a subprocess sharing the test's database (and Redis when set)."""
    env = {
        "DATABASE_URL": settings.database_url,
        "DATA_DIR": str(settings.data_dir),
        "TOKEN_SECRET": settings.token_secret,
        "SMTP_SINK": "0",
        "SMTP_HOST": settings.smtp_host,
        "SMTP_PORT": str(settings.smtp_port),
        "LOAD_DEMO_DATA": "0",
        "DISPATCH_INTERVAL": "0.1",
        "MAIL_INTERVAL": "0.1",
        "PUBLIC_BASE_URL": settings.public_base_url,
        "REDIS_URL": settings.redis_url,
        "REDIS_CHANNEL": settings.redis_channel,
    }
    env.update(extra)
    return env


@pytest.fixture
def processes(tmp_path: Path) -> Any:
    started: list[ServerProcess] = []

    def make(env: dict[str, str], *args: str) -> ServerProcess:
        proc = ServerProcess(env, args, tmp_path / f"process-{len(started)}.log")
        started.append(proc)
        return proc

    yield make
    for proc in started:
        proc.stop()


# --- a private Redis, stopped and started by the test -------------------------------------------


class PrivateRedis:
    def __init__(self, port: int) -> None:
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        import redis

        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        for _ in range(100):
            with contextlib.suppress(redis.ConnectionError):
                if client.ping():
                    client.close()
                    return
            time.sleep(0.05)
        raise RuntimeError("private redis-server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def private_redis() -> Any:
    if shutil.which("redis-server") is None:
        if PG_URL or REDIS_URL:
            pytest.fail("redis-server is required for the Redis outage test in the PostgreSQL + Redis run")
        pytest.skip("redis-server is not installed")
    server = PrivateRedis(free_port())
    server.start()
    yield server
    server.stop()
