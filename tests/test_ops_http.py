"""Operations endpoints and middleware: /health, /ready, /metrics, request ids, timeout."""
from __future__ import annotations

import asyncio
import re

import httpx
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.routing import Route

from graphql_api.app import create_app
from graphql_api.db.models import OutboxEvent
from graphql_api.http.timeout import TimeoutMiddleware
from graphql_api.runtime import Runtime
from tests.conftest import GraphQLClient, free_port, make_settings, running_server
from tests.test_smoke_phase1 import VALIDATE, pupil_id

ITEMS = [{"voie": "2GT"}]


def asgi_client(app) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_health_and_ready(client):
    assert (await client.http.get("/health")).json() == {"status": "ok"}
    ready = await client.http.get("/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "database": True, "broker": True}


async def test_ready_is_503_when_the_database_is_unreachable(tmp_path, pg_schema):
    nothing_listens = f"postgresql+asyncpg://nobody@127.0.0.1:{free_port()}/none"
    settings = make_settings(tmp_path, DATABASE_URL=nothing_listens)
    runtime = Runtime(settings)
    try:
        async with asgi_client(create_app(settings, runtime)) as http:
            assert (await http.get("/health")).status_code == 200  # alive, but not ready
            ready = await http.get("/ready")
        assert ready.status_code == 503
        assert ready.json()["database"] is False and ready.json()["status"] == "unavailable"
    finally:
        await runtime.db.dispose()
        await runtime.rate_limiter.close()
        await runtime.broker.close()


async def test_request_id_is_generated_honoured_or_replaced(client):
    generated = await client.http.get("/health")
    assert re.fullmatch(r"[0-9a-f]{32}", generated.headers["x-request-id"])
    honoured = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers={"X-Request-ID": "lb-42.abc"})
    assert honoured.headers["x-request-id"] == "lb-42.abc"
    replaced = await client.http.get("/health", headers={"X-Request-ID": "<script>" + "x" * 100})
    assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["x-request-id"])


def sample(text: str, name: str, **labels: str) -> float | None:
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            found = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0])) if "{" in line else {}
            if found == labels:
                return float(line.rsplit(" ", 1)[1])
    return None


async def test_metrics_count_operations_outcomes_latency_and_backlog(client, runtime):
    await client.login("martin.pere")
    pid = await pupil_id(client, "martin.pere")
    await client.http.post("/graphql", json={"query": "query FamilyPage { me { id } }"}, headers={"Authorization": f"Bearer {client.tokens['martin.pere']}"})
    await client.http.post("/graphql", json={"query": "query Broken { nope }"})
    await client.execute(VALIDATE, {"id": pid, "items": ITEMS}, as_="martin.pere")
    await client.execute(VALIDATE, {"id": pid, "items": []}, as_="martin.pere")  # REQUESTS_EMPTY

    text = (await client.http.get("/metrics")).text
    assert sample(text, "graphql_operations_total", operation="FamilyPage", type="query", outcome="ok") == 1
    # an anonymous caller's name is no label: its root field is, when the schema has it
    assert sample(text, "graphql_operations_total", operation="Broken", type="query", outcome="rejected") is None
    assert sample(text, "graphql_operations_total", operation="unknown", type="query", outcome="rejected") == 1
    assert sample(text, "graphql_operations_total", operation="login", type="mutation", outcome="ok") == 1
    assert sample(text, "graphql_operations_total", operation="anonymous", type="mutation", outcome="ok") == 1  # validation
    assert sample(text, "graphql_operations_total", operation="anonymous", type="mutation", outcome="user_error") == 1
    assert sample(text, "graphql_operation_duration_seconds_count", operation="FamilyPage", type="query") == 1
    assert sample(text, "graphql_operation_duration_seconds_bucket", operation="FamilyPage", type="query", le="+Inf") == 1
    assert sample(text, "graphql_subscriptions_open") == 0
    async with runtime.db.read() as session:
        unprocessed = (await session.execute(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.processed_at.is_(None)))).scalar_one()
    assert unprocessed == 1
    assert sample(text, "orientation_backlog", kind="outbox_unprocessed") == 1
    assert sample(text, "orientation_backlog", kind="mail_failed") == 0


async def test_operation_names_cannot_grow_the_series(runtime):
    from graphql_api.metrics import MAX_OPERATION_NAMES

    labels = {runtime.metrics.operation_label(f"Op{i}") for i in range(MAX_OPERATION_NAMES + 50)}
    assert len(labels) == MAX_OPERATION_NAMES + 1 and "other" in labels
    assert runtime.metrics.operation_label("a b{c}") == "invalid"


async def test_metrics_token(tmp_path, pg_schema, db):
    settings = make_settings(tmp_path, METRICS_TOKEN="scrape-secret")
    runtime = Runtime(settings, db)
    try:
        async with asgi_client(create_app(settings, runtime)) as http:
            assert (await http.get("/metrics")).status_code == 401
            assert (await http.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 401
            ok = await http.get("/metrics", headers={"Authorization": "Bearer scrape-secret"})
        assert ok.status_code == 200 and "graphql_subscriptions_open" in ok.text
    finally:
        await runtime.rate_limiter.close()
        await runtime.broker.close()


async def test_timeout_answers_504_and_cancels_the_handler():
    cancelled = asyncio.Event()

    async def never(request):  # type: ignore[no-untyped-def]
        try:
            await asyncio.Event().wait()
        finally:
            cancelled.set()

    app = TimeoutMiddleware(Starlette(routes=[Route("/slow", never)]), seconds=0.05)
    async with asgi_client(app) as http:
        response = await http.get("/slow")
    assert response.status_code == 504
    assert response.json()["errors"][0]["extensions"]["code"] == "TIMEOUT"
    assert cancelled.is_set()


async def test_timeout_is_wired_from_the_settings(tmp_path):
    app = create_app(make_settings(tmp_path, REQUEST_TIMEOUT_SECONDS="7"))
    timeouts = [m for m in app.user_middleware if m.cls is TimeoutMiddleware]
    assert [m.kwargs["seconds"] for m in timeouts] == [7.0]


async def test_open_subscriptions_are_counted(settings, db, demo):
    import json as _json

    import websockets

    from graphql_api.graphql.base import encode_id

    async with running_server(settings) as address:
        async with httpx.AsyncClient(base_url=f"http://{address}") as http:
            client = GraphQLClient(http)
            token = await client.login("martin.pere")
            async with websockets.connect(f"ws://{address}/graphql", subprotocols=["graphql-transport-ws"]) as ws:
                assert re.fullmatch(r"[0-9a-f]{32}", ws.response.headers["x-request-id"])  # one id per connection
                await ws.send(_json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
                assert _json.loads(await ws.recv())["type"] == "connection_ack"
                query = "subscription($id: ID) { pupilFileUpdates(pupilId: $id) { type } }"
                await ws.send(_json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query, "variables": {"id": encode_id("Pupil", demo.pupils["martin"])}}}))
                for _ in range(100):
                    open_now = sample((await http.get("/metrics")).text, "graphql_subscriptions_open")
                    if open_now == 1:
                        break
                    await asyncio.sleep(0.05)
                assert open_now == 1
            for _ in range(100):
                open_now = sample((await http.get("/metrics")).text, "graphql_subscriptions_open")
                if open_now == 0:
                    break
                await asyncio.sleep(0.05)
            assert open_now == 0
