"""Prometheus metrics of one process, scraped at /metrics.

Operation names come from clients. An anonymous caller's name is never a label: its operations
are labelled by their root field, from the schema's own bounded set (`login`, `voies`…; several
root fields: "multiple"). A logged-in caller's well-formed names are labels, the first
MAX_OPERATION_NAMES of them, so no client can grow the series without bound.
The outbox and mail backlog are counted in SQL at scrape time (they are shared by every
process: any one of them reports the same figures).
"""
from __future__ import annotations

import hmac
import logging
import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from graphql import FieldNode, OperationType, get_operation_ast
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from strawberry.extensions import SchemaExtension

from .db.models import OutboxEvent, OutgoingMail

if TYPE_CHECKING:
    from .runtime import Runtime

log = logging.getLogger("graphql_api.operations")
MAX_OPERATION_NAMES = 300
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "graphql_operations",
            "GraphQL operations by name, type and outcome (ok, user_error, error, rejected).",
            ["operation", "type", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "graphql_operation_duration_seconds",
            "Time from parsing to the result, by operation.",
            ["operation", "type"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.subscriptions = Gauge("graphql_subscriptions_open", "Subscriptions open on this process.", registry=self.registry)
        self.backlog = Gauge("orientation_backlog", "Work waiting in the database, by kind.", ["kind"], registry=self.registry)
        self._names: set[str] = set()

    def operation_label(self, name: str | None) -> str:
        if not name:
            return "anonymous"
        if not _NAME.fullmatch(name):
            return "invalid"
        if name not in self._names:
            if len(self._names) >= MAX_OPERATION_NAMES:
                return "other"
            self._names.add(name)
        return name

    def observe(self, name: str | None, type_: str, outcome: str, seconds: float, label: str | None = None) -> None:
        label = label or self.operation_label(name)
        self.requests.labels(label, type_, outcome).inc()
        self.latency.labels(label, type_).observe(seconds)


async def backlog_counts(session: AsyncSession) -> dict[str, int]:
    """Events not yet turned into notices/mails, events not yet pushed, mails waiting or failed."""
    unprocessed = select(func.count()).select_from(OutboxEvent).where(OutboxEvent.processed_at.is_(None))
    unpublished = select(func.count()).select_from(OutboxEvent).where(OutboxEvent.published_at.is_(None))
    mails = select(OutgoingMail.status, func.count()).where(OutgoingMail.status.in_(("PENDING", "FAILED"))).group_by(
        OutgoingMail.status
    )
    by_status = {status: count for status, count in (await session.execute(mails)).all()}
    return {
        "outbox_unprocessed": (await session.execute(unprocessed)).scalar_one(),
        "outbox_unpublished": (await session.execute(unpublished)).scalar_one(),
        "mail_pending": by_status.get("PENDING", 0),
        "mail_failed": by_status.get("FAILED", 0),
    }


def metrics_endpoint(runtime: "Runtime"):  # type: ignore[no-untyped-def]
    token = runtime.settings.metrics_token

    async def metrics(request: Request) -> Response:
        if token:
            given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if not hmac.compare_digest(given.encode(), token.encode()):
                return JSONResponse({"error": "unauthorized"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        m = runtime.metrics
        m.subscriptions.set(runtime.hub.subscriber_count)
        try:
            async with runtime.db.read() as session:
                for kind, value in (await backlog_counts(session)).items():
                    m.backlog.labels(kind).set(value)
        except Exception:  # noqa: BLE001 - the process metrics are still worth serving
            log.warning("metrics: backlog not counted (database unreachable)")
        return Response(generate_latest(m.registry), media_type=CONTENT_TYPE_LATEST)

    return metrics


def outcome_of(execution_context: Any) -> str:
    if execution_context.pre_execution_errors:
        return "rejected"  # parse, validation, limits
    result = execution_context.result
    if result is None or getattr(result, "errors", None):
        return "error"
    data = getattr(result, "data", None) or {}
    if any(isinstance(v, dict) and v.get("errors") for v in data.values()):
        return "user_error"
    return "ok"


def anonymous_label(execution_context: Any) -> str:
    """The root field of an anonymous operation when the schema has it, else a fixed word."""
    try:
        operation = execution_context.graphql_document and get_operation_ast(
            execution_context.graphql_document, execution_context.operation_name
        )
        root = execution_context.schema._schema.get_root_type(OperationType(operation.operation.value)) if operation else None
    except Exception:  # noqa: BLE001 - no parsable document, unknown operation
        return "anonymous"
    if root is None:
        return "anonymous"
    names = {s.name.value for s in operation.selection_set.selections if isinstance(s, FieldNode)}
    if len(names) != 1 or len(operation.selection_set.selections) != 1:
        return "multiple" if names else "anonymous"
    name = names.pop()
    return name if name in root.fields else "unknown"


class OperationMetrics(SchemaExtension):
    """Counts and times every operation (HTTP and WebSocket) and logs one line for it."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        # Who called is decided before the operation: a login sets the new principal on the context.
        trusted = getattr(self.execution_context.context, "principal", None) is not None
        yield
        ctx = self.execution_context
        runtime = getattr(ctx.context, "runtime", None)
        if runtime is None:
            return
        try:
            name = ctx.operation_name
            type_ = ctx.operation_type.value
        except Exception:  # noqa: BLE001 - no parsable document
            name, type_ = None, "unknown"
        seconds = time.perf_counter() - started
        outcome = outcome_of(ctx)
        label = runtime.metrics.operation_label(name) if trusted else anonymous_label(ctx)
        record_operation(runtime, name, type_, outcome, seconds, label)


def record_operation(runtime: Any, name: str | None, type_: str, outcome: str, seconds: float, label: str) -> None:
    """An operation's metrics and its one log line (this extension's, and graphql/live.py's
    subscriptions, which do not go through the extensions)."""
    runtime.metrics.observe(name, type_, outcome, seconds, label)
    log.info(
        "graphql %s %s: %s",
        type_,
        label,
        outcome,
        extra={"operation": label, "outcome": outcome, "duration_ms": round(seconds * 1000, 1)},
    )
