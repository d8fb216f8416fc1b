"""A use case's write transaction, and the dispatcher wake-up after its commit, in one place.

Service functions take the session of their transaction (tests and scripts compose them that
way); the GraphQL and HTTP faces never open one: they call ``committed(runtime, use_case, ...)``.
The wake-up comes after the commit so the dispatcher finds the event; other processes find it
by polling.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from ..db.engine import Database

P = ParamSpec("P")
T = TypeVar("T")


class Host(Protocol):
    """What a service needs from the running process (graphql_api.runtime.Runtime is one)."""

    @property
    def db(self) -> Database: ...

    def outbox_committed(self) -> None: ...


async def committed(
    host: Host, use_case: Callable[Concatenate[AsyncSession, P], Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """Run ``use_case(session, *args)`` in one write transaction; once committed, wake the dispatcher."""
    async with host.db.write() as session:
        result = await use_case(session, *args, **kwargs)
    host.outbox_committed()
    return result


async def written(
    db: Database, use_case: Callable[Concatenate[AsyncSession, P], Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """The same for a write that records no event (a login's failure counter, a read receipt)."""
    async with db.write() as session:
        return await use_case(session, *args, **kwargs)
