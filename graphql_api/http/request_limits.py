"""Request sizes and JSON nesting, checked before GraphQL sees a request.

An HTTP body over MAX_REQUEST_BYTES is refused with 413 as soon as it is known (Content-Length,
or while it streams in); JSON nested deeper than MAX_JSON_DEPTH (the body, or the `variables` /
`extensions` of a GET) is refused with 400. Over a WebSocket, the same message limits close the
socket with 4400 and the code as the reason (app.BoundedWebSocketAdapter). Both used to reach
Python's recursion limit inside the JSON decoder (a 500, or a dropped socket)."""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from ..domain.texts import errors as texts
from .asgi import replay_body

TOO_LARGE = "REQUEST_TOO_LARGE"
TOO_DEEP = "JSON_TOO_DEEP"
DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE"
MESSAGES = {
    TOO_LARGE: texts.REQUEST_TOO_LARGE,
    TOO_DEEP: texts.JSON_TOO_DEEP,
    DOCUMENT_TOO_LARGE: texts.GRAPHQL_TOO_LONG,
}


def document_too_large(query: Any, max_query_bytes: int) -> bool:
    """The query text over MAX_QUERY_BYTES (checked before parsing, graphql/documents.py)."""
    return isinstance(query, str) and (len(query) > max_query_bytes or len(query.encode("utf-8", "surrogatepass")) > max_query_bytes)


class RequestRefused(Exception):
    def __init__(self, code: str, status: int) -> None:
        super().__init__(code)
        self.code, self.status = code, status

    def response(self) -> JSONResponse:
        return JSONResponse({"errors": [{"message": MESSAGES[self.code], "extensions": {"code": self.code}}]}, status_code=self.status)


def depth_exceeds(value: Any, max_depth: int) -> bool:
    """Nesting of lists and objects, without recursion."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            if level > max_depth:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return False


def decode(data: str | bytes, max_depth: int) -> Any:
    """json.loads, with too deep a nesting refused (RequestRefused) instead of a RecursionError."""
    try:
        value = json.loads(data)
    except RecursionError:
        raise RequestRefused(TOO_DEEP, 400) from None
    if depth_exceeds(value, max_depth):
        raise RequestRefused(TOO_DEEP, 400)
    return value


async def read_body(scope: Scope, receive: Receive, max_bytes: int) -> bytes:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                if int(value) > max_bytes:
                    raise RequestRefused(TOO_LARGE, 413)
            except ValueError:
                raise RequestRefused(TOO_LARGE, 413) from None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_bytes:
            raise RequestRefused(TOO_LARGE, 413)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def bounded_http(
    scope: Scope, receive: Receive, send: Send, max_bytes: int, max_depth: int, max_query_bytes: int
) -> Receive | None:
    """Check the request; returns the `receive` to hand on (the body replayed), or None when a
    refusal was sent."""
    try:
        if scope["method"] == "GET":
            for name, value in parse_qsl(scope.get("query_string", b"").decode("latin-1")):
                if name == "query" and document_too_large(value, max_query_bytes):
                    raise RequestRefused(DOCUMENT_TOO_LARGE, 400)
                if name in ("variables", "extensions") and value:
                    try:
                        decode(value, max_depth)
                    except ValueError:
                        pass  # Strawberry answers malformed JSON itself
            return receive
        body = await read_body(scope, receive, max_bytes)
        if body.lstrip()[:1] in (b"{", b"["):
            try:
                value = decode(body, max_depth)
            except ValueError:
                value = None
            if isinstance(value, dict) and document_too_large(value.get("query"), max_query_bytes):
                raise RequestRefused(DOCUMENT_TOO_LARGE, 400)
    except RequestRefused as refused:
        await refused.response()(scope, receive, send)
        return None
    return replay_body(body, receive)


class BoundedRequests:
    """The outermost layer of /graphql: every HTTP body and WebSocket message is bounded and
    its nesting checked before anything decodes it (trusted documents, Strawberry)."""

    def __init__(self, app: Any, *, max_bytes: int, max_depth: int, max_query_bytes: int) -> None:
        self.app = app
        self.max_bytes, self.max_depth, self.max_query_bytes = max_bytes, max_depth, max_query_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            bounded = await bounded_http(scope, receive, send, self.max_bytes, self.max_depth, self.max_query_bytes)
            if bounded is not None:
                await self.app(scope, bounded, send)
        elif scope["type"] == "websocket":
            await self.app(scope, self._websocket_receive(receive, send), send)
        else:
            await self.app(scope, receive, send)

    def _websocket_receive(self, receive: Receive, send: Send) -> Receive:
        async def checked() -> Message:
            message = await receive()
            if message["type"] != "websocket.receive":
                return message
            data = message.get("text") if message.get("text") is not None else message.get("bytes")
            if data is None:
                return message
            try:
                if len(data) > self.max_bytes:
                    raise RequestRefused(TOO_LARGE, 413)
                decode(data, self.max_depth)
            except RequestRefused as refused:
                await send({"type": "websocket.close", "code": 4400, "reason": refused.code})
                return {"type": "websocket.disconnect", "code": 4400}
            except ValueError:
                pass  # not JSON: the protocol handler answers it
            return message

        return checked
