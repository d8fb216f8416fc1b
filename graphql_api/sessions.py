"""What ends a session, and the WebSocket connections that end with it (docs/SECURITY.md).

A session ends at logout (local token: `auth_session.ended_at`; external token: its keys in
`ended_external_session` until the token's own expiry), when the account is deactivated and
when the token expires; the rights a socket was opened with end when a guardianship, a PP
division or the head's delegation is withdrawn. HTTP re-reads all of this on every request.
A WebSocket keeps the principal it was opened with, so each serving process:

- keeps its open connections in a `SessionWatch`, by account;
- closes them when a SESSION_ENDED control message arrives on the broker: `end_session`
  (logout) publishes it after its commit, and every process's hub hands it over;
- re-checks the session in the database before each new operation on a socket (one small
  query), so a change made without a message (an account deactivated in SQL) is seen at once;
- sweeps its connections against the database every SESSION_CHECK_SECONDS, after its broker
  subscription was lost (messages may have been missed), and when an event that withdraws
  rights goes by (SIECLE import, head's rights withdrawn);
- closes a socket at its token's expiry.

Close codes: 4401 (SESSION_ENDED, TOKEN_EXPIRED: log in again), 4403 (ACCOUNT_DISABLED,
ACCESS_CHANGED: the rights changed; reconnecting gives the current ones). The reason of the
close frame is the code.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from .db.models import Account, AuthSession, Guardianship, PrincipalTeacher
from .db.models_ops import EndedExternalSession
from .domain.events import EventType
from .domain.vocabulary import Role
from .policy import Principal
from .services.clock import utcnow
from .services.transaction import written

if TYPE_CHECKING:
    from .db.engine import Database
    from .runtime import Runtime

log = logging.getLogger("graphql_api.sessions")

SESSION_ENDED = "__session_ended__"  # broker control message (not an outbox event)
# Events after which rights may have been withdrawn: the watch re-checks its connections.
RIGHTS_EVENTS = frozenset({EventType.SIECLE_IMPORTED, EventType.HEAD_RIGHTS_WITHDRAWN})
CLOSE_CODES = {"SESSION_ENDED": 4401, "TOKEN_EXPIRED": 4401, "ACCOUNT_DISABLED": 4403, "ACCESS_CHANGED": 4403}
_CHUNK = 500

Close = Callable[[int, str], Awaitable[None]]


def session_keys(principal: Principal) -> frozenset[str]:
    """The keys a logout names: the local session id, or an external token's keys."""
    if principal.external_keys:
        return frozenset(principal.external_keys)
    return frozenset({principal.session_id}) if principal.session_id else frozenset()


def ended_message(account_id: int, keys: Iterable[str] | None, reason: str) -> dict[str, Any]:
    """`keys` None: every session of the account."""
    return {"type": SESSION_ENDED, "accountId": account_id, "keys": sorted(keys) if keys is not None else None, "reason": reason}


# --- what the database says ---------------------------------------------------------------------


async def ended_reasons(session: AsyncSession, principals: dict[int, Principal]) -> dict[int, str]:
    """For connections (by handle) whose session or rights ended, why. A handful of IN queries
    for any number of connections."""
    if not principals:
        return {}
    reasons: dict[int, str] = {}
    accounts: dict[int, Any] = {}
    local_sids: set[str] = set()
    external: set[str] = set()
    guardians: set[int] = set()
    teachers: set[int] = set()
    for principal in principals.values():
        if principal.external_keys:
            external |= set(principal.external_keys)
        elif principal.session_id:
            local_sids.add(principal.session_id)
        if principal.child_ids:
            guardians.add(principal.account_id)
        if principal.division_ids:
            teachers.add(principal.account_id)
    for chunk in _chunks({p.account_id for p in principals.values()}):
        rows = await session.execute(
            select(Account.id, Account.active, Account.role, Account.etablissement_id, Account.delegated).where(Account.id.in_(chunk))
        )
        accounts.update({row.id: row for row in rows})
    open_sids: set[str] = set()
    for chunk in _chunks(local_sids):
        open_sids |= set(
            (await session.execute(select(AuthSession.id).where(AuthSession.id.in_(chunk), AuthSession.ended_at.is_(None)))).scalars()
        )
    ended_external: set[str] = set()
    for chunk in _chunks(external):
        ended_external |= set(
            (await session.execute(select(EndedExternalSession.key).where(EndedExternalSession.key.in_(chunk)))).scalars()
        )
    children: dict[int, set[int]] = {}
    for chunk in _chunks(guardians):
        for account_id, pupil_id in await session.execute(
            select(Guardianship.account_id, Guardianship.pupil_id).where(Guardianship.account_id.in_(chunk))
        ):
            children.setdefault(account_id, set()).add(pupil_id)
    divisions: dict[int, set[int]] = {}
    for chunk in _chunks(teachers):
        for account_id, division_id in await session.execute(
            select(PrincipalTeacher.account_id, PrincipalTeacher.division_id).where(PrincipalTeacher.account_id.in_(chunk))
        ):
            divisions.setdefault(account_id, set()).add(division_id)
    for handle, principal in principals.items():
        account = accounts.get(principal.account_id)
        if account is None or not account.active:
            reasons[handle] = "ACCOUNT_DISABLED"
        elif principal.external_keys and ended_external & set(principal.external_keys):
            reasons[handle] = "SESSION_ENDED"
        elif not principal.external_keys and principal.session_id and principal.session_id not in open_sids:
            reasons[handle] = "SESSION_ENDED"
        elif (
            Role(account.role) is not principal.role
            or account.etablissement_id != principal.etablissement_id
            or (principal.delegated and not account.delegated)
            or not principal.child_ids <= children.get(principal.account_id, set())
            or not principal.division_ids <= divisions.get(principal.account_id, set())
        ):
            reasons[handle] = "ACCESS_CHANGED"
    return reasons


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# --- logout (the service) -----------------------------------------------------------------------


async def record_session_end(session: AsyncSession, principal: Principal, token_ttl_seconds: int, now: dt.datetime | None = None) -> None:
    """The logout's write, in the caller's transaction: a local session is marked ended (its
    recap mail goes out); an external token is recorded as ended under its keys until its expiry."""
    now = now or utcnow()
    keys = session_keys(principal)
    if principal.external_keys:
        expires = principal.expires_at or now + dt.timedelta(seconds=token_ttl_seconds)
        known = set((await session.execute(select(EndedExternalSession.key).where(EndedExternalSession.key.in_(keys)))).scalars())
        for key in keys - known:
            session.add(EndedExternalSession(key=key, account_id=principal.account_id, ended_at=now, expires_at=expires))
    elif principal.session_id:
        row = await session.get(AuthSession, principal.session_id)
        if row is not None and row.ended_at is None:
            row.ended_at = now


async def end_session(runtime: "Runtime", principal: Principal) -> None:
    """Logout: the token stops working on HTTP and WebSocket, in every process. The write is
    ``record_session_end``; once committed, the principal caches forget the session, the recap
    mail is due and the open sockets of the session are closed (through the broker)."""
    keys = session_keys(principal)
    await written(runtime.db, record_session_end, principal, runtime.settings.token_ttl_seconds)
    if not principal.external_keys and principal.session_id:
        await runtime.session_ended(principal.session_id)  # the principal caches (principal_cache.py)
        runtime.mail_due()
    if keys:
        await announce(runtime, ended_message(principal.account_id, keys, "SESSION_ENDED"))


async def announce(runtime: "Runtime", message: dict[str, Any]) -> None:
    """To every process through the broker; this process at least when the broker is down
    (the others sweep when their subscription comes back)."""
    try:
        await runtime.broker.publish(message)
    except Exception as exc:  # noqa: BLE001 - the database already holds the end
        log.warning("session end not published (%s): other processes will see it at their next sweep", type(exc).__name__)
        runtime.sessions.on_message(message)


async def purge_ended_external_sessions(session: AsyncSession, now: dt.datetime | None = None) -> int:
    """A recorded external token past its expiry is refused by its signature alone."""
    result = await session.execute(delete(EndedExternalSession).where(EndedExternalSession.expires_at < (now or utcnow())))
    return result.rowcount or 0  # type: ignore[attr-defined]


# --- the connections of this process -----------------------------------------------------------


@dataclass(slots=True)
class Watched:
    principal: Principal
    close: Close
    keys: frozenset[str]
    timer: asyncio.TimerHandle | None = None
    ended: str | None = None


@dataclass
class SessionWatch:
    db: "Database"
    interval: float
    _watched: dict[int, Watched] = field(default_factory=dict)
    _by_account: dict[int, set[int]] = field(default_factory=dict)
    _handles: Any = field(default_factory=lambda: itertools.count(1))
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    _sweeper: asyncio.Task[None] | None = None
    _sweep_wanted: asyncio.Event = field(default_factory=asyncio.Event)
    _started: bool = False
    # Called with the account whose socket ended for a change of rights (the principal cache forgets it).
    on_rights_changed: Callable[[int], None] | None = None

    @property
    def count(self) -> int:
        return len(self._watched)

    def watch(self, principal: Principal, expires_at: dt.datetime | None, close: Close) -> int:
        if self._started and self._sweeper is None:
            self._sweeper = asyncio.get_running_loop().create_task(self._run(), name="session-sweep")
        handle = next(self._handles)
        entry = Watched(principal, close, session_keys(principal))
        self._watched[handle] = entry
        self._by_account.setdefault(principal.account_id, set()).add(handle)
        if expires_at is not None:
            delay = max((expires_at - utcnow()).total_seconds(), 0.0)
            entry.timer = asyncio.get_running_loop().call_later(delay, self._end, handle, "TOKEN_EXPIRED")
        return handle

    def unwatch(self, handle: int) -> None:
        entry = self._watched.pop(handle, None)
        if entry is None:
            return
        if entry.timer is not None:
            entry.timer.cancel()
        handles = self._by_account.get(entry.principal.account_id)
        if handles is not None:
            handles.discard(handle)
            if not handles:
                del self._by_account[entry.principal.account_id]

    def on_message(self, message: dict[str, Any]) -> None:
        """A SESSION_ENDED control message from the broker (any process)."""
        try:
            account_id = int(message["accountId"])
        except (KeyError, TypeError, ValueError):
            log.warning("ignored a malformed session message")
            return
        keys = message.get("keys")
        reason = message.get("reason") if message.get("reason") in CLOSE_CODES else "SESSION_ENDED"
        for handle in list(self._by_account.get(account_id, ())):
            entry = self._watched.get(handle)
            if entry is not None and (keys is None or entry.keys & set(keys)):
                self._end(handle, reason)

    def on_event(self, message: dict[str, Any]) -> None:
        """Every event the hub routes: one that may withdraw rights asks for a sweep."""
        if message.get("type") in RIGHTS_EVENTS:
            self.sweep_soon()

    def sweep_soon(self) -> None:
        self._sweep_wanted.set()

    async def check(self, handle: int) -> str | None:
        """Before a new operation on a socket: why its session is over (and the socket closed), or None."""
        entry = self._watched.get(handle)
        if entry is None:
            return None
        if entry.ended is None:
            async with self.db.read() as session:
                reason = (await ended_reasons(session, {handle: entry.principal})).get(handle)
            if reason is not None:
                self._end(handle, reason)
        return entry.ended

    async def sweep(self) -> int:
        """Check every connection of this process against the database; returns how many ended."""
        principals = {handle: entry.principal for handle, entry in self._watched.items() if entry.ended is None}
        if not principals:
            return 0
        async with self.db.read() as session:
            reasons = await ended_reasons(session, principals)
        for handle, reason in reasons.items():
            self._end(handle, reason)
        return len(reasons)

    def _end(self, handle: int, reason: str) -> None:
        entry = self._watched.get(handle)
        if entry is None or entry.ended is not None:
            return
        entry.ended = reason
        if entry.timer is not None:
            entry.timer.cancel()
        if reason in ("ACCOUNT_DISABLED", "ACCESS_CHANGED") and self.on_rights_changed is not None:
            self.on_rights_changed(entry.principal.account_id)
        log.info("websocket closed: %s", reason, extra={"account_id": entry.principal.account_id, "reason": reason})
        task = asyncio.get_running_loop().create_task(entry.close(CLOSE_CODES[reason], reason))
        self._tasks.add(task)
        task.add_done_callback(self._closed)

    def _closed(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("closing a websocket failed: %r", task.exception())

    def start(self) -> None:
        """The sweep runs from the first watched connection on (a process without sockets has none)."""
        self._started = True

    async def stop(self) -> None:
        self._started = False
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        for entry in self._watched.values():
            if entry.timer is not None:
                entry.timer.cancel()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._sweep_wanted.wait(), timeout=self.interval)
            self._sweep_wanted.clear()
            try:
                await self.sweep()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the next sweep tries again
                log.warning("session sweep failed (database unreachable?)", exc_info=True)
