"""The last net for a database outage over HTTP: whatever raised it (the token check before
GraphQL runs, an export, the read log), the client gets a GraphQL-shaped answer with the code
SERVICE_UNAVAILABLE, HTTP 503 and Retry-After — never a bare 500."""
from __future__ import annotations

import logging

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ..db import outage
from .asgi import tracking_start

log = logging.getLogger("graphql_api.outage")


def unavailable_response() -> JSONResponse:
    return JSONResponse(outage.graphql_error_body(), status_code=503, headers=outage.retry_after_header())


class OutageMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracking_send, started = tracking_start(send)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if not outage.is_unavailable(exc) or started():
                raise
            log.warning("database unavailable: %s on %s answered 503", type(exc).__name__, scope.get("path"))
            await unavailable_response()(scope, receive, send)
