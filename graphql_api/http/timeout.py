"""A deadline for every HTTP request: a slow query cannot hold a worker (and a database
connection) for ever. The cancelled transaction rolls back; the client gets 504."""
from __future__ import annotations

import asyncio
import logging

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi import tracking_start
from ..domain.texts import errors as texts

log = logging.getLogger("graphql_api.timeout")
MESSAGE = texts.TIMEOUT


class TimeoutMiddleware:
    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.seconds <= 0:
            await self.app(scope, receive, send)
            return
        tracking_send, started = tracking_start(send)

        try:
            async with asyncio.timeout(self.seconds):
                await self.app(scope, receive, tracking_send)
        except TimeoutError:
            log.warning("request interrupted after %ss", self.seconds)
            if not started():
                response = JSONResponse({"errors": [{"message": MESSAGE, "extensions": {"code": "TIMEOUT"}}]}, status_code=504)
                await response(scope, receive, send)
