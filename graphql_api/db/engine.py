"""Engines and transactions.

On SQLite, writes begin with ``BEGIN IMMEDIATE`` so two writers serialise on the database
lock instead of failing when a reader upgrades; reads use a separate deferred engine.
On PostgreSQL both are the same engine (READ COMMITTED plus explicit row locks).
"""
from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool, NullPool

from . import operation
from .models import Base


RECYCLE_SECONDS = 300
READ_POOL_SIZE = 8


def path_of(url: str) -> str | None:
    return make_url(url).database


async def retrying_once(work):  # type: ignore[no-untyped-def]
    """Run `work()` (a coroutine function doing its own session) again once if it met a
    connection the database had closed (server restart, idle timeout): the pool was
    invalidated by the failure, so the second attempt gets a fresh connection."""
    try:
        return await work()
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
        return await work()


class Database:
    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False, connect_timeout: float = 5.0) -> None:
        from ..services import dashboard  # the counters' commit hook (imports models, hence here)

        dashboard.install()
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            path = make_url(url).database
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.write_engine = _sqlite_engine(url, "BEGIN IMMEDIATE", echo)
            # Reads keep a few connections open: opening one costs a thread, the file's open and
            # four PRAGMAs, which every WebSocket connection paid two or three times (issue 14).
            # Bounded like PostgreSQL's pool (size + as many in overflow, then a read waits for
            # one): unbounded, a burst of 100 connections opened ~90 connections and closed them
            # on return, one per WebSocket (1,934 opened for 2,000 sockets in the benchmark).
            self.read_engine = _sqlite_engine(url, "BEGIN", echo, pool_size=READ_POOL_SIZE)
        else:
            # No pool_pre_ping: it cost a round trip per checkout (issue 14). Connections are
            # recycled after RECYCLE_SECONDS instead; a connection found dead on use invalidates
            # the pool and the caller retries once (`retrying_once`).
            self.write_engine = create_async_engine(
                url,
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_recycle=RECYCLE_SECONDS,
                echo=echo,
                hide_parameters=True,
                # An unreachable server (a failover, a black-holed address) fails the request in
                # seconds with SERVICE_UNAVAILABLE instead of holding it for asyncpg's 60 s.
                connect_args={"timeout": connect_timeout},
            )
            self.read_engine = self.write_engine
        self._write = async_sessionmaker(self.write_engine, expire_on_commit=False)
        # On PostgreSQL a read session runs each statement on its own (autocommit): no BEGIN and
        # ROLLBACK round trips around a page's reads (issue 14). Under READ COMMITTED each
        # statement of a transaction had its own snapshot anyway.
        reads = self.read_engine if self.is_sqlite else self.read_engine.execution_options(isolation_level="AUTOCOMMIT")
        self._read = async_sessionmaker(reads, expire_on_commit=False)

    @property
    def write_sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return self._write

    @contextlib.asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One transaction; commits on success, rolls back on any exception. Inside a mutation's
        operation transaction (db/operation.py), a savepoint of it instead."""
        scope = operation.current(self)
        if scope is not None:
            async with scope.write() as session:
                yield session
            return
        async with self._write() as session, session.begin():
            yield session

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        scope = operation.current(self)
        if scope is not None and scope.started:  # see the operation's own uncommitted writes
            async with scope.read() as session:
                yield session
            return
        async with self._read() as session:
            yield session

    def read_session(self) -> AsyncSession:
        """A session for a whole GraphQL operation (closed by the caller)."""
        return self._read()

    async def create_all(self) -> None:
        async with self.write_engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

    async def drop_all(self) -> None:
        async with self.write_engine.begin() as conn:
            await conn.run_sync(Base.metadata.drop_all)

    async def dispose(self) -> None:
        await self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            await self.read_engine.dispose()


def _sqlite_engine(url: str, begin: str, echo: bool, pool_size: int = 0) -> AsyncEngine:
    # hide_parameters: a database error in the logs must not quote the values (names, addresses).
    pool: dict[str, Any] = (
        {"poolclass": AsyncAdaptedQueuePool, "pool_size": pool_size, "max_overflow": pool_size, "pool_recycle": RECYCLE_SECONDS}
        if pool_size and path_of(url) not in (None, "", ":memory:")
        else {"poolclass": NullPool}
    )
    engine = create_async_engine(url, echo=echo, hide_parameters=True, connect_args={"timeout": 30}, **pool)

    @event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # a write that returned success survives a crash
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql(begin)

    return engine
