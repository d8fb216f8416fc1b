"""Sizes and nesting: bodies and messages bounded before parsing, big documents not cached,
deeply nested JSON refused cleanly (HTTP in process and against uvicorn; WebSocket)."""
from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from graphql_api.graphql.documents import parse_cache
from tests.conftest import make_settings, running_server
from tests.delivery.helpers import login, subscriber
from tests.test_hardening import app_client

NESTED = "[" * 1000 + "1" + "]" * 1000


def padded(size: int) -> str:
    """A valid query of about `size` characters (a comment does not count as tokens)."""
    return "{ voies(palier: TROISIEME) { code } }\n#" + "x" * size


async def test_a_body_over_the_limit_is_refused_before_parsing(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_REQUEST_BYTES="100000") as (client, _):
        response = await client.http.post("/graphql", json={"query": padded(5_000_000)})
        assert response.status_code == 413 and response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


async def test_a_long_document_is_refused_and_big_ones_are_not_cached(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_QUERY_BYTES="32768", DOCUMENT_CACHE_MAX_BYTES="8192") as (client, _):
        long = await client.http.post("/graphql", json={"query": padded(40_000)})
        assert long.status_code == 400 and long.json()["errors"][0]["extensions"]["code"] == "DOCUMENT_TOO_LARGE"
        cache = parse_cache(512)
        before = cache.cache_info().currsize
        for i in range(5):  # distinct documents above the cache's size
            body = (await client.http.post("/graphql", json={"query": padded(20_000 + i)})).json()
            assert body["data"]["voies"], body
        assert cache.cache_info().currsize == before
        small = (await client.http.post("/graphql", json={"query": padded(100)})).json()
        assert small["data"]["voies"]
        assert cache.cache_info().currsize == before + 1


async def test_deeply_nested_json_is_a_clean_400(tmp_path, db, demo, caplog):
    caplog.set_level(logging.ERROR)
    async with app_client(tmp_path, db) as (client, _):
        body = '{"query": "query($ids: [ID!]) { voies(palier: TROISIEME) { code } }", "variables": {"ids": ' + NESTED + "}}"
        response = await client.http.post("/graphql", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400 and response.json()["errors"][0]["extensions"]["code"] == "JSON_TOO_DEEP"
        get = await client.http.get("/graphql", params={"query": "{ voies(palier: TROISIEME) { code } }", "variables": '{"a": ' + NESTED + "}"})
        assert get.status_code == 400 and get.json()["errors"][0]["extensions"]["code"] == "JSON_TOO_DEEP"
        shallow = '{"query": "{ voies(palier: TROISIEME) { code } }", "variables": {"ids": ' + "[" * 10 + "]" * 10 + "}}"
        assert (await client.http.post("/graphql", content=shallow, headers={"Content-Type": "application/json"})).status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_deeply_nested_json_over_a_real_server(tmp_path, db, demo):
    settings = make_settings(tmp_path)
    async with running_server(settings) as base:
        body = '{"query": "{ voies(palier: TROISIEME) { code } }", "variables": {"ids": ' + NESTED + "}}"
        async with httpx.AsyncClient() as http:
            response = await http.post(f"http://{base}/graphql", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400 and response.json()["errors"][0]["extensions"]["code"] == "JSON_TOO_DEEP"


async def closes_with(ws) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ConnectionClosed):
        while True:
            await asyncio.wait_for(ws.recv(), 15)
    return ws.close_code, ws.close_reason


async def test_websocket_messages_too_deep_or_too_large_close_with_4400(tmp_path, db, demo, caplog):
    caplog.set_level(logging.ERROR)
    settings = make_settings(tmp_path, MAX_REQUEST_BYTES="100000", MAX_QUERY_BYTES="32768")
    async with running_server(settings) as base:
        token = await login(base, "martin.pere")
        async with subscriber(base, token) as sub:
            await sub.ws.send('{"id": "1", "type": "subscribe", "payload": {"query": "{ me { id } }", "variables": {"ids": ' + NESTED + "}}}")
            assert await closes_with(sub.ws) == (4400, "JSON_TOO_DEEP")
        async with subscriber(base, token) as sub:
            await sub.ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": padded(5_000_000)}}))
            assert await closes_with(sub.ws) == (4400, "REQUEST_TOO_LARGE")
        async with subscriber(base, token) as sub:  # a long document: refused, the socket stays
            await sub.subscribe(padded(40_000))
            message = await sub.receive()
            errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
            assert errors[0]["extensions"]["code"] == "DOCUMENT_TOO_LARGE"
            await sub.subscribe("{ me { id } }")
            assert (await sub.receive())["type"] == "next"
        # before connection_init, too
        async with connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
            await ws.send('{"type": "connection_init", "payload": {"a": ' + NESTED + "}}")
            assert await closes_with(ws) == (4400, "JSON_TOO_DEEP")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR and "ASGI" in r.getMessage()]
