"""A hot read statement run by the driver itself (asyncpg), its rows typed as SQLAlchemy would.

A family page's statement costs ~0.1 ms of CPU in asyncpg and ~0.5 ms more through the ORM's
execution and result layers (session, compiled-cache lookup, greenlet hops, identity map).
`DriverStatement` compiles a SQLAlchemy select once for PostgreSQL, then runs it on the
session's own connection (same transaction, same pool checkout) and applies each column's
result processor, so a value reads exactly as it would through SQLAlchemy; `instance` builds a
detached ORM object from its columns. PostgreSQL only: SQLite keeps SQLAlchemy's path.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm.attributes import manager_of_class


class DriverStatement:
    def __init__(self, statement: Select[Any], dialect: Any) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql: str = compiled.string
        names = list(compiled.positiontup or ())
        fixed = compiled.params
        runtime = {bind.key for bind in compiled.binds.values() if bind.value is None and bind.callable is None}
        # (name, constant): parameters given at each call are looked up by name, the others
        # (literals the statement carries, such as a state's value) are bound once here.
        self._params: list[tuple[str, Any]] = [(name, None if name in runtime else fixed[name]) for name in names]
        self._runtime = runtime
        self._processors: list[Callable[[Any], Any] | None] = [
            column[3]._cached_result_processor(dialect, None) for column in compiled._result_columns
        ]

    async def fetch(self, session: AsyncSession, params: Mapping[str, Any]) -> list[list[Any]]:
        args = [params[name] if name in self._runtime else constant for name, constant in self._params]
        records = await driver_fetch(await session.connection(), self.sql, args)
        processors = self._processors
        return [[value if p is None else p(value) for value, p in zip(record, processors)] for record in records]


def instance(cls: type, keys: Sequence[str], values: Sequence[Any]) -> Any:
    """A detached (transient) ORM object with these column values, none of them marked changed."""
    obj = manager_of_class(cls).new_instance()  # what the ORM's loading does, minus the session
    obj.__dict__.update(zip(keys, values))
    return obj


async def driver_fetch(conn: AsyncConnection, sql: str, args: Sequence[Any]) -> list[Any]:
    """asyncpg's fetch on the connection SQLAlchemy holds (its transaction, if any). A cut
    connection raises asyncpg's own error (db/outage.is_unavailable knows it) and is invalidated,
    since SQLAlchemy did not see it fail and would hand it out again."""
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    try:
        return await driver.fetch(sql, *args)  # type: ignore[union-attr,no-any-return]
    except BaseException as exc:
        if driver is None or driver.is_closed():  # type: ignore[union-attr]
            await conn.invalidate(exc if isinstance(exc, Exception) else None)
        raise
