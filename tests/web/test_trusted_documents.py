"""Trusted documents over HTTP and WebSocket: operations sent by their manifest id run in
every mode; with TRUSTED_DOCUMENTS_ONLY nothing else runs and GraphiQL is off."""
from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import websockets

from graphql_api.app import create_app
from graphql_api.trusted_documents import read_operations
from tests.conftest import make_settings, running_server, token_for

IDS = {op.name: op.id for op in read_operations()}
BODIES = {op.name: op.body for op in read_operations()}


def by_id(name: str, variables: dict | None = None) -> dict:
    return {"documentId": f"sha256:{IDS[name]}", "operationName": name, "variables": variables or {}}


@pytest.fixture
def trusted_settings(tmp_path, pg_schema):
    return make_settings(tmp_path, TRUSTED_DOCUMENTS_ONLY="1")


def asgi(app) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_documents_by_id_run_in_the_default_mode_and_ad_hoc_queries_too(client):
    body = (await client.http.post("/graphql", json=by_id("GuideTexts"))).json()
    assert body["data"]["guideTexts"]["avis"]["checkboxLabel"].startswith("J'ai bien pris connaissance")
    apollo = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": IDS["GuideTexts"]}}}
    assert (await client.http.post("/graphql", json=apollo)).json()["data"]["guideTexts"]
    got = await client.http.get("/graphql", params={"documentId": IDS["GuideTexts"]})
    assert got.status_code == 200 and got.json()["data"]["guideTexts"]["intentionsForm"]["heading"]
    assert (await client.http.post("/graphql", json={"query": "{ guideTexts { avis { notice } } }"})).status_code == 200
    unknown = await client.http.post("/graphql", json={"documentId": "sha256:" + "0" * 64})
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    mismatch = await client.http.post("/graphql", json={**by_id("Me"), "query": "{ me { id } }"})
    assert mismatch.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"


async def test_trusted_only_refuses_every_other_document_over_http(trusted_settings, db, demo):
    app = create_app(trusted_settings)
    runtime = app.state.runtime
    await runtime.start(workers=False)
    try:
        async with asgi(app) as http:
            token = await token_for(runtime, "martin.pere")
            auth = {"Authorization": f"Bearer {token}"}
            me = (await http.post("/graphql", json=by_id("Me"), headers=auth)).json()["data"]["me"]
            assert me["firstName"] and me["children"]
            for refused in (
                {"query": "{ me { id } }"},
                {"query": "query Me { me { id } }", "operationName": "Me"},
                {},
                [by_id("Me"), {"query": "{ __schema { types { name } } }"}],
            ):
                response = await http.post("/graphql", json=refused, headers=auth)
                assert response.status_code == 400, refused
                assert response.json()["errors"][0]["extensions"]["code"] == "TRUSTED_DOCUMENT_REQUIRED"
                assert "data" not in response.json()
            # The exact text of a trusted document is that document.
            same_text = await http.post("/graphql", json={"query": BODIES["Me"]}, headers=auth)
            assert same_text.json()["data"]["me"]["id"] == me["id"]
            assert (await http.get("/graphql", params={"query": "{ me { id } }"})).status_code == 400
            mutation = await http.post("/graphql", json={"query": "mutation { logout { ok } }"}, headers=auth)
            assert mutation.status_code == 400  # nothing changed: the session still works
            assert (await http.post("/graphql", json=by_id("Me"), headers=auth)).json()["data"]["me"]["id"] == me["id"]
            ide = await http.get("/graphql", headers={"Accept": "text/html"})
            assert "graphiql" not in ide.text.lower()
    finally:
        await runtime.stop()


async def test_trusted_only_over_websocket(trusted_settings, db, demo):
    app = create_app(trusted_settings)
    async with running_server(trusted_settings, app) as base:
        token = await token_for(app.state.runtime, "chef.aubrac")
        async with websockets.connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"]) as ws:
            await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            raw = "subscription { dashboardCounters { pupils } }"
            await ws.send(json.dumps({"id": "a", "type": "subscribe", "payload": {"query": raw}}))
            refused = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert refused["id"] == "a" and refused["type"] == "error"
            assert refused["payload"][0]["extensions"]["code"] == "TRUSTED_DOCUMENT_REQUIRED"
            await ws.send(json.dumps({"id": "b", "type": "subscribe", "payload": {"documentId": "sha256:" + "f" * 64}}))
            unknown = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert unknown["payload"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
            # The connection is still open and a trusted subscription works on it.
            await ws.send(json.dumps({"id": "c", "type": "subscribe", "payload": by_id("DashboardCounters")}))
            pushed = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert pushed["id"] == "c" and pushed["type"] == "next"
            assert pushed["payload"]["data"]["dashboardCounters"]["pupils"] > 0
