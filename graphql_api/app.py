"""The ASGI application: /graphql (HTTP and graphql-transport-ws), /health, /ready, /metrics."""
from __future__ import annotations

import contextlib
import gc
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocketDisconnect, WebSocketState
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.http.exceptions import NonJsonMessageReceived, NonTextMessageReceived, WebSocketDisconnected
from strawberry.exceptions import ConnectionRejectionError
from cross_web import HTTPException
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler

from .auth import AuthError
from .config import Settings, load_settings
from .db import outage
from .graphql.idempotency import WS_OPERATION_EXTENSIONS
from .graphql.context import Context
from .graphql.live import LiveFileUpdates
from .graphql.schema import build_schema
from .http import exports, web
from .http.authentication import authenticate, authenticate_fresh, bearer
from .http.graphql_over_http import GraphQLResponseMediaType
from .http.request_limits import (
    DOCUMENT_TOO_LARGE,
    MESSAGES,
    TOO_LARGE,
    BoundedRequests,
    RequestRefused,
    decode,
    document_too_large,
)
from .http.outage import OutageMiddleware
from .http.request_id import RequestIdMiddleware
from .http.timeout import TimeoutMiddleware
from .http.trusted_documents import TrustedDocuments
from .metrics import metrics_endpoint
from .runtime import Runtime

log = logging.getLogger("graphql_api.app")
# A principal read from the database this recently by connection_init stands for the session
# check of the first operation on the socket (the subscribe that follows the ack).
FRESH_PRINCIPAL_SECONDS = 1.0
_frozen = False


class SessionBoundConnection(BaseGraphQLTransportWSHandler):
    """A graphql-transport-ws connection that ends with its session (sessions.py): watched
    from connection_init, re-checked before each new operation, closed 4401/4403 from outside."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.watch: int | None = None
        # Until then, the principal was read from the database by this connection's init: the
        # operation that follows at once needs no second check (one per connection, not two).
        self.checked_until = 0.0
        if isinstance(self.context, Context):
            self.context.connection = self

    def on_request_accepted(self) -> None:
        super().on_request_accepted()
        # Once connection_init came (or the wait timed out), forget the finished timer task: a
        # cancelled task keeps its CancelledError and that error's frames for the socket's life.
        if self.connection_init_timeout_task is not None:
            self.connection_init_timeout_task.add_done_callback(self._forget_init_timer)

    def _forget_init_timer(self, task: Any) -> None:
        if self.connection_init_timeout_task is task:
            self.connection_init_timeout_task = None

    @property
    def sessions(self):  # type: ignore[no-untyped-def]
        return self.view.runtime.sessions  # type: ignore[attr-defined]

    async def handle_subscribe(self, message: Any) -> None:
        fresh, self.checked_until = time.monotonic() < self.checked_until, 0.0
        if self.watch is not None and not fresh:
            try:
                ended = await self.sessions.check(self.watch)
            except Exception as exc:
                if not outage.is_unavailable(exc):
                    raise
                # The database cannot tell whether the session still lives: this operation is
                # refused with the outage code; the socket stays open for the retry.
                await self.send_message({"id": message.get("id"), "type": "error", "payload": [outage.graphql_error()]})
                return
            if ended is not None:
                return  # the socket is being closed with the reason
        payload = message.get("payload")
        query = payload.get("query") if isinstance(payload, dict) else None
        if document_too_large(query, self.view.runtime.settings.max_query_bytes) and message.get("id") not in self.operations:  # type: ignore[attr-defined]
            error = {"message": MESSAGES[DOCUMENT_TOO_LARGE], "extensions": {"code": DOCUMENT_TOO_LARGE}}
            await self.send_message({"id": message["id"], "type": "error", "payload": [error]})
            return
        await super().handle_subscribe(message)

    async def run_operation(self, operation: Any) -> None:
        """A family's `pupilFileUpdates` on the lighter path (graphql/live.py), anything else
        through Strawberry."""
        live = self.view.live.prepare(self.context, operation.query, operation.operation_name, operation.variables)  # type: ignore[attr-defined]
        if live is None:
            await super().run_operation(operation)
            return
        try:
            await self.view.live.run(live, self.context, operation.id, self._send_text)  # type: ignore[attr-defined]
            await operation.send_operation_message({"id": operation.id, "type": "complete"})
        except Exception as error:  # as Strawberry's run_operation
            await self.handle_task_exception(error)
            with contextlib.suppress(Exception):
                await operation.send_operation_message({"id": operation.id, "type": "complete"})
            self.operations.pop(operation.id, None)
            raise

    async def _send_text(self, text: str) -> None:
        try:
            await self.websocket.ws.send_text(text)  # type: ignore[attr-defined]
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc

    async def end(self, code: int, reason: str) -> None:
        """Stop every operation first (none may send after the close frame), then close."""
        for operation_id in list(self.operations):
            await self.cleanup_operation(operation_id)
        with contextlib.suppress(Exception):
            await self.websocket.close(code=code, reason=reason)

    async def shutdown(self) -> None:
        if self.watch is not None:
            self.sessions.unwatch(self.watch)
            self.watch = None
        await super().shutdown()


class BoundedWebSocketAdapter(ASGIWebSocketAdapter):
    """Messages over MAX_REQUEST_BYTES or nested deeper than MAX_JSON_DEPTH close the socket
    with 4400 and the code (http/request_limits.py), instead of a RecursionError."""

    async def iter_json(self, *, ignore_parsing_errors: bool = False) -> AsyncGenerator[object, None]:
        settings = self.view.runtime.settings  # type: ignore[attr-defined]
        try:
            while self.ws.application_state != WebSocketState.DISCONNECTED:
                try:
                    text = await self.ws.receive_text()
                except KeyError as exc:
                    raise NonTextMessageReceived from exc
                try:
                    if len(text) > settings.max_request_bytes:
                        raise RequestRefused(TOO_LARGE, 413)
                    value = decode(text, settings.max_json_depth)
                except RequestRefused as refused:
                    await self.close(4400, refused.code)
                    return
                except ValueError as exc:
                    if not ignore_parsing_errors:
                        raise NonJsonMessageReceived from exc
                    continue
                yield value
        except WebSocketDisconnect:
            pass


class TransportWSHandler(BaseGraphQLTransportWSHandler):
    """graphql-transport-ws with two additions: a subscribe message's `extensions` reach the
    operation (its idempotency key), and a connection that cannot be authenticated because the
    database is down is closed with 1013 "Try Again Later" and the reason SERVICE_UNAVAILABLE
    (clients such as graphql-ws reconnect on it; 4403 would mean "bad token")."""

    async def handle_connection_init(self, message: Any) -> None:
        try:
            await super().handle_connection_init(message)
        except outage.DatabaseUnavailable:
            await self.websocket.close(code=1013, reason=outage.CODE)

    async def handle_subscribe(self, message: Any) -> None:
        payload = message.get("payload") if isinstance(message, dict) else None
        extensions = payload.get("extensions") if isinstance(payload, dict) else None
        token = WS_OPERATION_EXTENSIONS.set(extensions if isinstance(extensions, dict) else None)
        try:
            await super().handle_subscribe(message)  # creates the operation's task, which copies the variable
        finally:
            WS_OPERATION_EXTENSIONS.reset(token)


class SessionBoundTransport(SessionBoundConnection, TransportWSHandler):
    """Both: the connection ends with its session, and outages/extensions are handled."""


class GraphQLApp(GraphQL):
    graphql_transport_ws_handler_class = SessionBoundTransport
    websocket_adapter_class = BoundedWebSocketAdapter  # type: ignore[assignment]

    def __init__(self, runtime: Runtime, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.runtime = runtime
        self.live = LiveFileUpdates(self.schema, runtime.settings)

    @property
    def graphql_ide_html(self) -> str:
        """GraphiQL from the vendored assets (web/vendor), never from a CDN."""
        return web.local_graphiql(super().graphql_ide_html)

    async def get_context(self, request: Any, response: Any) -> Context:
        principal = request.scope.get("orientation.principal") if request.scope["type"] == "http" else None
        return Context(runtime=self.runtime, principal=principal, request=request, response=response)

    async def execute_single(self, request: Any, request_adapter: Any, *args: Any, **kwargs: Any) -> Any:
        """A mutation sent over GET is 405 Method Not Allowed (GraphQL over HTTP), not 400."""
        try:
            result = await super().execute_single(request, request_adapter, *args, **kwargs)
        except HTTPException as exc:
            if request_adapter.method == "GET" and isinstance(exc.__cause__, InvalidOperationTypeError):
                raise HTTPException(405, exc.reason) from exc
            raise
        if any((e.extensions or {}).get("code") == outage.CODE for e in result.errors or ()):
            sub_response = args[0] if args else kwargs.get("sub_response")
            if sub_response is not None:
                sub_response.status_code = 503
                sub_response.headers.update(outage.retry_after_header())
        return result

    async def on_ws_connect(self, context: Context) -> Any:
        params = context.connection_params if isinstance(context.connection_params, dict) else {}
        token = bearer(params.get("Authorization") or params.get("authorization") or params.get("token"))
        if not token:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED", "message": "Authentification requise."})
        try:
            principal, fresh = await authenticate_fresh(self.runtime, token)
        except AuthError as exc:
            raise ConnectionRejectionError({"code": exc.code, "message": exc.message}) from None
        except Exception as exc:
            if outage.is_unavailable(exc):
                raise outage.DatabaseUnavailable() from exc
            raise
        context.principal = principal
        connection = context.connection
        if principal is not None and isinstance(connection, SessionBoundConnection):
            connection.watch = self.runtime.sessions.watch(principal, principal.expires_at, connection.end)
            if fresh:
                connection.checked_until = time.monotonic() + FRESH_PRINCIPAL_SECONDS
        return None


class AuthenticatedGraphQL:
    """Verifies the bearer token before Strawberry sees an HTTP request: a token that is
    present but expired, forged or unknown gets a 401 and no data."""

    def __init__(self, runtime: Runtime, graphql: GraphQLApp) -> None:
        self.runtime = runtime
        self.graphql = graphql

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request = Request(scope)
            try:
                scope["orientation.principal"] = await authenticate(self.runtime, bearer(request.headers.get("authorization")))
            except AuthError as exc:
                response = JSONResponse(
                    {"errors": [{"message": exc.message, "extensions": {"code": exc.code}}]},
                    status_code=401,
                    headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
                await response(scope, receive, send)
                return
        await self.graphql(scope, receive, send)


def _trusted_documents(settings: Settings) -> dict[str, str]:
    """The manifest's documents by id; required when only they are accepted."""
    from .trusted_documents import load_documents

    path = settings.trusted_documents_manifest
    if not path.is_file():
        if settings.trusted_documents_only:
            raise RuntimeError(f"TRUSTED_DOCUMENTS_ONLY is set but the manifest {path} is missing")
        return {}
    return load_documents(path)


def create_app(settings: Settings | None = None, runtime: Runtime | None = None, *, workers: bool | None = None) -> Starlette:
    settings = settings or load_settings()
    runtime = runtime or Runtime(settings)
    schema = build_schema(settings)
    graphql = GraphQLApp(
        runtime,
        schema=schema,
        graphql_ide="graphiql" if settings.graphiql and not settings.trusted_documents_only else None,
        allow_queries_via_get=True,  # reads only: Strawberry refuses mutations over GET
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        max_subscriptions_per_connection=settings.max_subscriptions_per_connection,
        multipart_uploads_enabled=False,
    )
    endpoint = GraphQLResponseMediaType(
        BoundedRequests(
            TrustedDocuments(AuthenticatedGraphQL(runtime, graphql), _trusted_documents(settings), only=settings.trusted_documents_only),
            max_bytes=settings.max_request_bytes,
            max_depth=settings.max_json_depth,
            max_query_bytes=settings.max_query_bytes,
        )
    )

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def ready(request: Request) -> JSONResponse:
        checks = {"database": False, "broker": await runtime.broker.ping()}
        try:
            from sqlalchemy import text

            async with runtime.db.read() as session:
                await session.execute(text("SELECT 1"))
            checks["database"] = True
        except Exception:  # noqa: BLE001 - reported, not raised
            log.warning("readiness: database unreachable")
        ok = all(checks.values())
        return JSONResponse({"status": "ready" if ok else "unavailable", **checks}, status_code=200 if ok else 503)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from .bootstrap import prepare_database

        await prepare_database(runtime)
        await runtime.start(workers=workers)
        # What startup built lives as long as the process: out of the collector's reach, so a
        # full collection with thousands of sockets open does not walk it again each time.
        # Young collections less often: objects of a request or a connection being set up die
        # before a collection instead of being promoted, so full collections (which walk every
        # open socket's objects: seconds with 10,000 of them) come only with real growth.
        global _frozen
        if not _frozen:  # once per process (tests start many apps in one)
            _frozen = True
            gc.collect()
            gc.freeze()
            threshold = gc.get_threshold()
            gc.set_threshold(max(threshold[0], 20_000), *threshold[1:])
        try:
            yield
        finally:
            await runtime.stop()

    middleware = [
        Middleware(RequestIdMiddleware),
        Middleware(TimeoutMiddleware, seconds=settings.request_timeout_seconds),
        Middleware(OutageMiddleware),
    ]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type", "X-Request-ID", "Idempotency-Key"],
                expose_headers=["X-Request-ID", "Retry-After", "Idempotent-Replayed"],
            )
        )
    app = Starlette(
        routes=[
            Route("/graphql", endpoint, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", endpoint),
            Route("/health", health),
            Route("/ready", ready),
            *exports.routes(runtime),
            Route("/metrics", metrics_endpoint(runtime)),
            *web.routes(),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    app.state.schema = schema
    return app
