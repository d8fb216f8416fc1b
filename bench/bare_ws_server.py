"""The anchor of the WebSocket fan-out benchmark (bench/notifications_bench.py): a bare
graphql-transport-ws server, not part of the product.

It speaks the protocol minimally — connection_init → connection_ack, subscribe, next, ping/pong,
complete — as a plain ASGI app under the same uvicorn command as the product, so the two differ
only by what the product adds. What it does per connection is the least any such server must:
verify the bearer token's signature and expiry (PyJWT, HS256, the same secret), and know which
pupil the account follows (a routing table handed over at start: BARE_ROUTES, a JSON file
{account id: [pupil ids]} — no database, no session check, no GraphQL). It listens to the same
Redis channel as the product's hub and, for each event, writes a `next` frame with the same
fields as the benchmark's `pupilFileUpdates { id type title linkPath pupil { firstName } }`
(texts from graphql_api.domain.texts.notices, as the product's) to the sockets of that pupil's
subscribers, serialising it for each socket as a naive server would.

    BARE_SECRET=... BARE_ROUTES=routes.json REDIS_URL=redis://... REDIS_CHANNEL=... \\
        uvicorn bench.bare_ws_server:app --ws websockets
"""
from __future__ import annotations

import asyncio
import base64
import json
import os
from typing import Any

import jwt
import redis.asyncio as redis

from graphql_api.domain.texts.notices import describe

PROTOCOL = "graphql-transport-ws"
SECRET = os.environ.get("BARE_SECRET", "")
KEY = jwt.PyJWK({"kty": "oct", "k": base64.urlsafe_b64encode(SECRET.encode()).rstrip(b"=").decode(), "alg": "HS256"}) if SECRET else None
ROUTES: dict[int, list[int]] = {}
SUBSCRIBERS: dict[int, dict[tuple[int, str], Any]] = {}  # pupil id -> {(connection, subscription id): send}
_listener: asyncio.Task[None] | None = None


def _load_routes() -> None:
    path = os.environ.get("BARE_ROUTES")
    if path:
        with open(path) as f:
            ROUTES.update({int(k): v for k, v in json.load(f).items()})


def _event_id(event_id: int) -> str:
    return base64.urlsafe_b64encode(f"Event:{event_id}".encode()).decode().rstrip("=")


async def _listen() -> None:
    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    pubsub = client.pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe(os.environ["REDIS_CHANNEL"])
    while True:
        message = await pubsub.get_message(timeout=1.0)
        if message is None:
            continue
        event = json.loads(message["data"])
        subscribers = SUBSCRIBERS.get(event.get("pupilId"))
        if not subscribers:
            continue
        payload = event.get("payload") or {}
        notice = describe(event["type"], payload, event["pupilId"])
        data = {
            "id": _event_id(event["id"]),
            "type": event["type"],
            "title": notice.title if notice else event["type"],
            "linkPath": notice.link_path if notice else None,
            "pupil": {"firstName": payload.get("firstName", "")},
        }
        for (_, sub_id), send in list(subscribers.items()):
            text = json.dumps({"id": sub_id, "type": "next", "payload": {"data": {"pupilFileUpdates": data}}})
            await send({"type": "websocket.send", "text": text})


async def _websocket(scope: Any, receive: Any, send: Any) -> None:
    if (await receive())["type"] != "websocket.connect":
        return
    if PROTOCOL not in scope.get("subprotocols", []):
        await send({"type": "websocket.close", "code": 4406})
        return
    await send({"type": "websocket.accept", "subprotocol": PROTOCOL})
    me = id(scope)
    pupils: list[int] | None = None
    subscribed: dict[str, list[int]] = {}
    try:
        while True:
            event = await receive()
            if event["type"] == "websocket.disconnect":
                return
            message = json.loads(event.get("text") or "{}")
            kind = message.get("type")
            if kind == "connection_init":
                auth = str((message.get("payload") or {}).get("Authorization", "")).removeprefix("Bearer ")
                try:
                    claims = jwt.decode(auth, KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
                except jwt.PyJWTError:
                    await send({"type": "websocket.close", "code": 4403, "reason": "Forbidden"})
                    return
                pupils = ROUTES.get(int(claims["sub"]), [])
                await send({"type": "websocket.send", "text": '{"type":"connection_ack"}'})
            elif kind == "subscribe":
                if pupils is None:
                    await send({"type": "websocket.close", "code": 4401, "reason": "Unauthorized"})
                    return
                subscribed[message["id"]] = pupils
                for pupil in pupils:
                    SUBSCRIBERS.setdefault(pupil, {})[(me, message["id"])] = send
            elif kind == "complete":
                for pupil in subscribed.pop(message.get("id"), []):
                    SUBSCRIBERS.get(pupil, {}).pop((me, message["id"]), None)
            elif kind == "ping":
                await send({"type": "websocket.send", "text": '{"type":"pong"}'})
    finally:
        for sub_id, sub_pupils in subscribed.items():
            for pupil in sub_pupils:
                SUBSCRIBERS.get(pupil, {}).pop((me, sub_id), None)


async def app(scope: Any, receive: Any, send: Any) -> None:
    global _listener
    if scope["type"] == "lifespan":
        while True:
            event = await receive()
            if event["type"] == "lifespan.startup":
                _load_routes()
                _listener = asyncio.create_task(_listen())
                await send({"type": "lifespan.startup.complete"})
            elif event["type"] == "lifespan.shutdown":
                if _listener is not None:
                    _listener.cancel()
                await send({"type": "lifespan.shutdown.complete"})
                return
    elif scope["type"] == "websocket":
        await _websocket(scope, receive, send)
    elif scope["type"] == "http":  # /health and the product's subscription gauge, for the benchmark
        body = b"ok" if scope["path"] != "/metrics" else f"graphql_subscriptions_open {sum(map(len, SUBSCRIBERS.values()))}\n".encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": body})
