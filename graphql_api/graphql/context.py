"""Per-connection context, and per-operation state (DataLoaders) reset by an extension."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from ..policy import Principal
from ..services.clock import utcnow

if TYPE_CHECKING:
    from ..runtime import Runtime

log = logging.getLogger("graphql_api.context")


@dataclass
class Loaders:
    """DataLoaders live for one operation only (a WebSocket context lives much longer)."""

    runtime: "Runtime"
    principal: Principal | None
    now: dt.datetime = field(default_factory=utcnow)
    _loaders: dict[str, DataLoader] = field(default_factory=dict)
    # Pupils whose file this operation loaded (id -> etablissement), for the staff read log.
    read_pupils: dict[int, int | None] = field(default_factory=dict)
    _shared: AsyncSession | None = None
    _share_reads: bool = False
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def get(self, name: str, factory: Any) -> DataLoader:
        loader = self._loaders.get(name)
        if loader is None:
            loader = self._loaders[name] = DataLoader(load_fn=lambda keys: factory(self, keys))
        return loader

    def clear(self) -> None:
        self._loaders.clear()
        self.read_pupils.clear()
        self.now = utcnow()

    def share_reads(self) -> None:
        self._share_reads = True

    @property
    def in_query(self) -> bool:
        """A query's execution (reads shared): no write of this operation precedes its reads."""
        return self._share_reads

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A read session. In a query, all resolvers take turns on one session (one pool
        checkout, ping and transaction per request instead of one per resolver); in a mutation
        or subscription, a fresh session each time, so reads after a write see it.

        A resolver may outlive its operation (a sibling's error nulled the result, graphql-core
        returned without waiting for it): one that gets the turn after the operation ended
        reads through a session of its own, and the shared one is closed only once the
        resolver holding the turn is done with it."""
        if self._share_reads:
            async with self._lock:
                if self._share_reads:  # still open now that this resolver has the turn
                    if self._shared is None:
                        self._shared = self.runtime.db.read_session()
                    yield self._shared
                    return
        async with self.runtime.db.read() as session:
            yield session

    def close(self) -> None:
        """End the shared session once no resolver uses it; its connection goes back to the pool."""
        self._share_reads = False
        if self._shared is not None:
            shared, self._shared = self._shared, None
            task = asyncio.get_running_loop().create_task(self._close_when_free(shared))
            _closing.add(task)
            task.add_done_callback(_closed)

    async def _close_when_free(self, shared: AsyncSession) -> None:
        async with self._lock:
            await shared.close()


def _closed(task: asyncio.Task[None]) -> None:
    _closing.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.warning("closing a shared read session failed: %r", task.exception())


_closing: set[asyncio.Task[None]] = set()  # keeps closing sessions referenced until done


@dataclass
class Context:
    runtime: "Runtime"
    principal: Principal | None
    request: Any = None
    response: Any = None
    connection_params: Any = None
    loaders: Loaders | None = None
    connection: Any = None  # over a WebSocket: the connection (app.SessionBoundConnection)

    def fresh_loaders(self) -> Loaders:
        self.loaders = Loaders(self.runtime, self.principal)
        return self.loaders


class PerOperationLoaders(SchemaExtension):
    def on_operation(self):  # type: ignore[no-untyped-def]
        context = self.execution_context.context
        if isinstance(context, Context):
            context.fresh_loaders()
        yield

    def on_execute(self):  # type: ignore[no-untyped-def]
        # A plain generator, so schema.execute_sync keeps working (async hooks refuse it).
        context = self.execution_context.context
        loaders = context.loaders if isinstance(context, Context) else None
        if loaders is not None and self.execution_context.operation_type is OperationType.QUERY:
            loaders.share_reads()
        try:
            yield
        finally:
            if loaders is not None:
                loaders.close()
