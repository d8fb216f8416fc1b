"""The GraphQL-over-HTTP media type: a client that accepts `application/graphql-response+json`
gets it, and a request that could not be executed (parse or validation failure, limits)
is answered 4xx without a `data` key, so caches and proxies see a failed request."""
from __future__ import annotations

import json

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MEDIA_TYPE = "application/graphql-response+json"


def wants_graphql_response(scope: Scope) -> bool:
    accept = Headers(scope=scope).get("accept", "")
    return MEDIA_TYPE in accept


def request_error(body: dict) -> bool:
    """No data, and errors that belong to no field: the operation never ran."""
    errors = body.get("errors")
    return body.get("data") is None and bool(errors) and all("path" not in e for e in errors)


class GraphQLResponseMediaType:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not wants_graphql_response(scope):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def buffering_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if Headers(raw=message.get("headers", [])).get("content-type", "").startswith("application/json"):
                    start = message
                    return
                await send(message)
            elif start is not None:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await self._rewrite(start, b"".join(chunks), send)
            else:
                await send(message)

        await self.app(scope, receive, buffering_send)

    @staticmethod
    async def _rewrite(start: Message, body: bytes, send: Send) -> None:
        status = start["status"]
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        if isinstance(payload, dict) and request_error(payload):
            payload.pop("data", None)
            status = 400 if status == 200 else status
            body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        headers["content-type"] = MEDIA_TYPE
        headers["content-length"] = str(len(body))
        await send({"type": "http.response.start", "status": status, "headers": headers.raw})
        await send({"type": "http.response.body", "body": body})
