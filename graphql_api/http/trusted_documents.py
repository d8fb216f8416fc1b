"""Operations sent by id (trusted documents), over HTTP and graphql-transport-ws.

A request may name a document of the manifest instead of sending its text: `documentId`
("sha256:<hex>" or "<hex>") or Apollo's `extensions.persistedQuery.sha256Hash`. The text is
put back before Strawberry sees the request. With TRUSTED_DOCUMENTS_ONLY, any other
document is refused here, before parsing, with a stable code:
- PERSISTED_QUERY_NOT_FOUND: the id is not in the manifest;
- TRUSTED_DOCUMENT_REQUIRED: a text that is not one of the manifest's documents.
HTTP answers 400; a WebSocket `subscribe` gets an `error` message for its id (the
connection stays open)."""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..trusted_documents import document_hash
from ..domain.texts import errors as texts
from .asgi import replay_body

NOT_FOUND = ("PERSISTED_QUERY_NOT_FOUND", texts.PERSISTED_QUERY_NOT_FOUND)
MISMATCH = ("PERSISTED_QUERY_HASH_MISMATCH", texts.PERSISTED_QUERY_HASH_MISMATCH)
REQUIRED = ("TRUSTED_DOCUMENT_REQUIRED", texts.TRUSTED_DOCUMENT_REQUIRED)


def _error(pair: tuple[str, str]) -> dict[str, Any]:
    code, message = pair
    return {"message": message, "extensions": {"code": code}}


class TrustedDocuments:
    def __init__(self, app: ASGIApp, documents: Mapping[str, str], *, only: bool) -> None:
        self.app = app
        self.documents = documents
        self.only = only

    def resolve(self, item: Any) -> dict[str, Any] | None:
        """Put the document's text in `item` (in place); the error to answer, if any."""
        if not isinstance(item, dict):
            return None
        extensions = item.get("extensions")
        persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
        document_id = item.get("documentId") or (persisted.get("sha256Hash") if isinstance(persisted, dict) else None)
        if document_id:
            key = str(document_id).removeprefix("sha256:")
            body = self.documents.get(key)
            if body is None:
                return _error(NOT_FOUND)
            if isinstance(item.get("query"), str) and item["query"] and item["query"] != body:  # "" : graphql-ws' placeholder
                return _error(MISMATCH)
            item["query"] = body
            item.pop("documentId", None)
            return None
        if self.only:
            query = item.get("query")
            if not isinstance(query, str) or document_hash(query) not in self.documents:
                return _error(REQUIRED)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.http(scope, receive, send)
        elif scope["type"] == "websocket":
            await self.app(scope, self.websocket_receive(receive, send), send)
        else:
            await self.app(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method")
        if method == "GET":
            params = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
            if "extensions" in params:
                try:
                    params["extensions"] = json.loads(params["extensions"])
                except ValueError:
                    pass
            if not (params.get("query") or params.get("documentId") or isinstance(params.get("extensions"), dict)):
                await self.app(scope, receive, send)  # GraphiQL's page, or Strawberry's own error
                return
            error = self.resolve(params)
            if error:
                await JSONResponse({"errors": [error]}, status_code=400)(scope, receive, send)
                return
            if isinstance(params.get("extensions"), dict):
                params["extensions"] = json.dumps(params["extensions"])
            scope = {**scope, "query_string": urlencode(params).encode()}
            await self.app(scope, receive, send)
            return
        if method != "POST" or "json" not in Headers(scope=scope).get("content-type", ""):
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # client gone
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        try:
            data = json.loads(body)
        except ValueError:
            data = None  # Strawberry answers malformed JSON itself
        if data is not None:
            items = data if isinstance(data, list) else [data]
            errors = [e for e in (self.resolve(item) for item in items) if e]
            if errors:
                await JSONResponse({"errors": errors[:1]}, status_code=400)(scope, receive, send)
                return
            body = json.dumps(data).encode()
        replay = replay_body(body, receive)

        headers = [(k, v) for k, v in scope.get("headers", []) if k != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await self.app({**scope, "headers": headers}, replay, send)

    def websocket_receive(self, receive: Receive, send: Send) -> Receive:
        async def wrapped() -> Message:
            while True:
                message = await receive()
                text = message.get("text") if message["type"] == "websocket.receive" else None
                if not text:
                    return message
                try:
                    data = json.loads(text)
                except ValueError:
                    return message
                if not (isinstance(data, dict) and data.get("type") == "subscribe" and isinstance(data.get("payload"), dict)):
                    return message
                error = self.resolve(data["payload"])
                if error is None:
                    return {**message, "text": json.dumps(data)}
                await send({"type": "websocket.send", "text": json.dumps({"id": data.get("id"), "type": "error", "payload": [error]})})

        return wrapped
