"""Telling "the database cannot be reached right now" apart from every other error.

A cut connection, a refused connect, a PostgreSQL restart or failover, a pool that cannot hand
out a connection in time: the request is not at fault and will succeed a few seconds later.
Every layer answers those the same way — code ``SERVICE_UNAVAILABLE``, HTTP 503 with
``Retry-After`` — instead of a bare 500 (docs/OPERATIONS.md, "When the database blinks").
"""
from __future__ import annotations

import asyncio

from sqlalchemy import exc as sa_exc
from ..domain.texts import errors as texts

CODE = "SERVICE_UNAVAILABLE"
MESSAGE = texts.SERVICE_UNAVAILABLE
RETRY_AFTER_SECONDS = 5

# SQLSTATE classes 08 (connection exception) and 57P (operator intervention: admin shutdown,
# crash shutdown, cannot connect now during start-up or recovery).
_UNAVAILABLE_SQLSTATES = ("08", "57P")


class DatabaseUnavailable(Exception):
    """Raised on purpose where an outage must stop an operation (nothing else to wrap)."""


def _sqlstate(error: BaseException) -> str:
    return str(getattr(error, "sqlstate", None) or getattr(error, "pgcode", None) or "")


def is_unavailable(error: BaseException | None) -> bool:
    """True when the error, or anything it was raised from, means the database is unreachable."""
    seen: set[int] = set()
    stack = [error]
    while stack:
        error = stack.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        if _unavailable(error):
            return True
        stack.extend([error.__cause__, error.__context__, getattr(error, "orig", None)])
    return False


def _unavailable(error: BaseException) -> bool:
    if isinstance(error, DatabaseUnavailable):
        return True
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, sa_exc.TimeoutError):  # the pool could not hand out a connection in time
        return True
    if isinstance(error, (ConnectionError, asyncio.TimeoutError, TimeoutError)):
        return True
    if isinstance(error, OSError) and error.errno is not None:  # connect: refused, unreachable…
        return True
    if type(error).__module__.startswith("asyncpg"):
        name = type(error).__name__
        if name in ("ConnectionDoesNotExistError", "ConnectionFailureError", "ClientCannotConnectError"):
            return True
        if name == "InterfaceError" and "closed" in str(error).lower():
            return True
    if _sqlstate(error).startswith(_UNAVAILABLE_SQLSTATES):
        return True
    return False


def graphql_error() -> dict:
    """The outage as one GraphQL error (a response's, or a socket message's payload item)."""
    return {"message": MESSAGE, "extensions": {"code": CODE}}


def graphql_error_body() -> dict:
    return {"errors": [graphql_error()]}


def retry_after_header() -> dict[str, str]:
    return {"Retry-After": str(RETRY_AFTER_SECONDS)}
