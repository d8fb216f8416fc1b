"""One mutation, one transaction: the service's writes, the reads that build its payload and
the idempotency record commit together, once the answer is known.

Without it a mutation committed inside the service and then reloaded its payload in another
transaction: a database cut between the two answered "failed" for a change that had been
saved, and the family's retry saved it a second time (a second revision, a second mail).
Now the answer is built before the commit, so a failure is always a failure; the one
ambiguous moment left — the COMMIT itself lost with its connection — is what the idempotency
key resolves (graphql/idempotency.py).

While an operation transaction is current (a context variable set by the GraphQL layer),
``Database.write()`` opens a savepoint in it (a service that fails rolls back its own part
only) and ``Database.read()`` reads through it, so the payload sees the uncommitted change.
Wake-ups (dispatcher, mail sender) are deferred until after the commit.
"""
from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

if TYPE_CHECKING:
    from .engine import Database

log = logging.getLogger("graphql_api.db.operation")
CURRENT: contextvars.ContextVar["OperationTransaction | None"] = contextvars.ContextVar("operation_transaction", default=None)


class OperationTransaction:
    def __init__(self, db: "Database") -> None:
        self.db = db
        self.session: AsyncSession | None = None
        self.writes = 0  # write blocks that completed (their savepoint released)
        self.closed = False
        self._after_commit: list[Callable[[], None]] = []
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None

    def applies_to(self, db: "Database") -> bool:
        return not self.closed and db is self.db

    @property
    def started(self) -> bool:
        return self.session is not None

    @contextlib.asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        """One coroutine at a time on the session (resolvers may run concurrently); the task
        already holding it (a read inside a write) goes straight in."""
        task = asyncio.current_task()
        if self._owner is task:
            yield
            return
        async with self._lock:
            self._owner = task
            try:
                yield
            finally:
                self._owner = None

    @contextlib.asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        async with self._turn():
            if self.session is None:
                self.session = self.db.write_sessionmaker()
                await self.session.begin()
            async with self.session.begin_nested():
                yield self.session
            self.writes += 1

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self._turn():
            assert self.session is not None
            yield self.session

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)

    async def rollback(self) -> None:
        self.closed = True
        session, self.session = self.session, None
        if session is None:
            return
        try:
            await session.rollback()
        except Exception:  # noqa: BLE001 - the connection may be gone: nothing to undo then
            log.debug("rollback of an operation transaction failed", exc_info=True)
        with contextlib.suppress(Exception):
            await session.close()

    async def commit(self, before: Callable[[AsyncSession], Awaitable[None]] | None = None) -> None:
        """Commit (after `before` added its rows); raises what the commit raised."""
        self.closed = True
        session, self.session = self.session, None
        if session is None:
            return
        try:
            if before is not None:
                await before(session)
            await session.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                await session.rollback()
            raise
        finally:
            with contextlib.suppress(Exception):
                await session.close()
        for callback in self._after_commit:
            callback()


def current(db: "Database") -> OperationTransaction | None:
    scope = CURRENT.get()
    return scope if scope is not None and scope.applies_to(db) else None


def defer_until_commit(callback: Callable[[], None]) -> bool:
    """Run `callback` after the current operation transaction commits; False if there is none."""
    scope = CURRENT.get()
    if scope is None or scope.closed or not scope.started:
        return False
    scope.after_commit(callback)
    return True
