"""Every mutation in one operation transaction (db/operation.py), and idempotency keys.

A front-end sends a key with each mutation — the `Idempotency-Key` HTTP header, or
`extensions.idempotencyKey` in the request body or in a WebSocket `subscribe` payload — and
sends the same key again when it retries after an ambiguous failure (a 503, a timeout, a
dropped connection). The first time, the answer is stored in the same transaction as the
mutation's writes; a retry with the same key by the same account gets that stored answer
(header `Idempotent-Replayed: true`) and writes nothing. If nothing was committed, there is
nothing stored and the retry simply runs. The same key for another operation or other
variables is refused (`IDEMPOTENCY_KEY_REUSED`). Keys live IDEMPOTENCY_TTL_SECONDS.

This is the one place that decides whether a mutation's transaction commits:
- the database went away during the operation: roll back, answer SERVICE_UNAVAILABLE (503);
- the COMMIT itself failed with the connection: SERVICE_UNAVAILABLE too — the change may or
  may not be saved, which is exactly what a retry with the same key settles;
- otherwise commit (with the stored answer when a key was given).
"""
from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from graphql import ExecutionResult, GraphQLError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from ..db import outage
from ..db.models_ops import IdempotencyRecord
from ..db.operation import CURRENT, OperationTransaction
from ..domain.errors import DomainError
from ..services.clock import utcnow
from ..domain.texts import errors as texts

log = logging.getLogger("graphql_api.idempotency")
HEADER = "idempotency-key"
EXTENSION = "idempotencyKey"
REPLAYED_HEADER = "Idempotent-Replayed"
MIN_KEY_LENGTH, MAX_KEY_LENGTH = 1, 200
_KEY = re.compile(r"^[\x21-\x7e]{%d,%d}$" % (MIN_KEY_LENGTH, MAX_KEY_LENGTH))  # printable ASCII, no spaces (a UUID is typical)
INVALID_KEY = ("INVALID_IDEMPOTENCY_KEY", texts.invalid_idempotency_key(MIN_KEY_LENGTH, MAX_KEY_LENGTH))
KEY_REUSED = (
    "IDEMPOTENCY_KEY_REUSED",
    texts.IDEMPOTENCY_KEY_REUSED,
)
INTERNAL = texts.INTERNAL_ERROR

# The `extensions` of a graphql-transport-ws subscribe message (Strawberry does not pass them on):
# set around the creation of the operation's task, which copies it.
WS_OPERATION_EXTENSIONS: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("ws_operation_extensions", default=None)


def _error(code_message: tuple[str, str]) -> ExecutionResult:
    code, message = code_message
    return ExecutionResult(data=None, errors=[GraphQLError(message, extensions={"code": code})])


def unavailable() -> ExecutionResult:
    return _error((outage.CODE, outage.MESSAGE))


def requested_key(execution_context: Any) -> str | None:
    """The key from the HTTP header, else from the operation's extensions (HTTP body or WebSocket)."""
    request = getattr(execution_context.context, "request", None)
    scope = getattr(request, "scope", None) or {}
    if scope.get("type") == "http":
        value = request.headers.get(HEADER)
        if value is not None:
            return value.strip()
    for extensions in (execution_context.operation_extensions, WS_OPERATION_EXTENSIONS.get()):
        if isinstance(extensions, dict) and extensions.get(EXTENSION) is not None:
            return str(extensions[EXTENSION]).strip()
    return None


def fingerprint(execution_context: Any) -> str:
    body = json.dumps(
        [execution_context.operation_name, execution_context.query, execution_context.variables or {}],
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _public(error: GraphQLError) -> dict[str, Any]:
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        return error.formatted
    if isinstance(original, DomainError):
        first = original.errors[0]
        return {"message": first.message, "path": error.path, "extensions": {"code": first.code}}
    return {"message": INTERNAL, "path": error.path, "extensions": {"code": "INTERNAL_ERROR"}}


def serialize(result: ExecutionResult) -> str:
    body: dict[str, Any] = {"data": result.data}
    if result.errors:
        body["errors"] = [_public(e) for e in result.errors]
    return json.dumps(body, ensure_ascii=False, default=str)


def deserialize(response: str) -> ExecutionResult:
    body = json.loads(response)
    errors = [
        GraphQLError(e.get("message", ""), path=e.get("path"), extensions=e.get("extensions")) for e in body.get("errors") or []
    ]
    return ExecutionResult(data=body.get("data"), errors=errors or None)


async def find(session: AsyncSession, account_id: int, key: str, now: dt.datetime) -> IdempotencyRecord | None:
    return (
        await session.execute(
            select(IdempotencyRecord).where(
                IdempotencyRecord.account_id == account_id, IdempotencyRecord.key == key, IdempotencyRecord.expires_at > now
            )
        )
    ).scalar_one_or_none()


def _mark(execution_context: Any, status: int | None = None, replayed: bool = False) -> None:
    context = execution_context.context
    request = getattr(context, "request", None)
    response = getattr(context, "response", None)
    if response is None or (getattr(request, "scope", None) or {}).get("type") != "http":
        return  # a WebSocket answer has no status or headers of its own
    if status is not None and hasattr(response, "status_code"):
        response.status_code = status
    if replayed:
        response.headers[REPLAYED_HEADER] = "true"


class OperationTransactionExtension(SchemaExtension):
    """Runs each mutation in one operation transaction and applies its idempotency key."""

    async def on_execute(self) -> AsyncIterator[None]:
        ctx = self.execution_context
        context = ctx.context
        runtime = getattr(context, "runtime", None)
        if ctx.operation_type is not OperationType.MUTATION or runtime is None or ctx.result is not None:
            yield
            return
        principal = getattr(context, "principal", None)
        key = requested_key(ctx)
        if key is not None and not _KEY.match(key):
            ctx.result = _error(INVALID_KEY)
            _mark(ctx, 400)
            yield
            return
        keyed = key is not None and principal is not None  # anonymous mutations (login) keep no answer
        print_ = fingerprint(ctx) if keyed else ""
        if keyed:
            try:
                replay = await self._replay(runtime, principal.account_id, key, print_)  # type: ignore[arg-type]
            except Exception as exc:
                if not outage.is_unavailable(exc):
                    raise
                replay = unavailable()
            if replay is not None:
                ctx.result = replay
                yield
                return
        scope = OperationTransaction(runtime.db)
        token = CURRENT.set(scope)
        try:
            yield
        finally:
            CURRENT.reset(token)
        result = ctx.result
        final = await self._finish(scope, result, runtime, principal, key if keyed else None, print_)
        if final is not result:  # Strawberry returns the object it already holds: change it in place
            result.data, result.errors = final.data, final.errors

    async def _replay(self, runtime: Any, account_id: int, key: str, print_: str) -> ExecutionResult | None:
        async with runtime.db.read() as session:
            record = await find(session, account_id, key, utcnow())
        if record is None:
            return None
        if record.fingerprint != print_:
            _mark(self.execution_context, 422)
            return _error(KEY_REUSED)
        _mark(self.execution_context, replayed=True)
        return deserialize(record.response)

    async def _finish(
        self, scope: OperationTransaction, result: Any, runtime: Any, principal: Any, key: str | None, print_: str
    ) -> Any:
        errors = getattr(result, "errors", None) or []
        if any(outage.is_unavailable(e.original_error) for e in errors):
            await scope.rollback()
            log.warning("database unavailable during a mutation: rolled back")
            return unavailable()
        if scope.writes == 0:  # nothing was written (rejected input): nothing to keep
            await scope.rollback()
            return result
        before = None
        if key is not None:
            now = utcnow()

            async def before(session: AsyncSession) -> None:
                session.add(
                    IdempotencyRecord(
                        account_id=principal.account_id,
                        key=key,
                        fingerprint=print_,
                        response=serialize(result),
                        created_at=now,
                        expires_at=now + dt.timedelta(seconds=runtime.settings.idempotency_ttl_seconds),
                    )
                )
                await session.flush()

        try:
            await scope.commit(before)
        except IntegrityError:
            if key is None:
                raise
            # The same key committed concurrently (a retry racing the original): answer theirs.
            replay = await self._replay(runtime, principal.account_id, key, print_)
            return replay if replay is not None else unavailable()
        except Exception as exc:  # noqa: BLE001 - answered, never a bare 500
            if not outage.is_unavailable(exc):
                log.exception("commit of a mutation failed")
                return _error(("INTERNAL_ERROR", INTERNAL))
            log.warning("database unavailable at commit: the outcome is unknown until a retry with the same key")
            return unavailable()
        return result
