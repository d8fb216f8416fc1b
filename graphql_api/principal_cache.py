"""Principals of recent sessions, kept a few seconds per process so a page costs no account,
session and guardianship reads on every request.

Correctness: an entry is dropped at once when its session ends (logout here, or the
SESSION_ENDED message another process publishes on the broker), the whole cache when an event
may change who sees what (a SIECLE import: guardianships, divisions) or when this process lost
its broker subscription (it may have missed a SESSION_ENDED); otherwise after TTL seconds, which
bounds any other staleness (an account deactivated by hand, a PP's divisions). The token itself
is still verified (signature, expiry) on every request.
"""
from __future__ import annotations

import time
import weakref
from collections import OrderedDict
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from notifications.broker import RESUBSCRIBED

from .domain.events import EventType
from .policy import Principal

SESSION_ENDED = "SESSION_ENDED"
# Events after which any cached principal may be wrong (children, divisions, head rights).
INVALIDATING_EVENTS = frozenset({EventType.SIECLE_IMPORTED, EventType.HEAD_RIGHTS_GRANTED, EventType.HEAD_RIGHTS_WITHDRAWN})
_CACHES: "weakref.WeakSet[PrincipalCache]" = weakref.WeakSet()


class PrincipalCache:
    def __init__(self, ttl: float = 20.0, size: int = 50_000) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: OrderedDict[tuple[str, str, str], tuple[float, Principal]] = OrderedDict()
        _CACHES.add(self)

    def get(self, kind: str, key: str, session_id: str | None) -> Principal | None:
        if session_id is None or self.ttl <= 0:
            return None
        entry = self._entries.get((kind, key, session_id))
        if entry is None:
            return None
        if entry[0] < time.monotonic():
            self._entries.pop((kind, key, session_id), None)
            return None
        return entry[1]

    def put(self, kind: str, key: str, session_id: str | None, principal: Principal) -> None:
        if session_id is None or self.ttl <= 0:
            return
        self._entries[(kind, key, session_id)] = (time.monotonic() + self.ttl, principal)
        self._entries.move_to_end((kind, key, session_id))
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def forget_session(self, session_id: str) -> None:
        for cache_key in [k for k in self._entries if k[2] == session_id]:
            del self._entries[cache_key]

    def forget_accounts(self, account_ids: set[int]) -> None:
        for cache_key in [k for k, (_, p) in self._entries.items() if p.account_id in account_ids]:
            del self._entries[cache_key]

    def clear(self) -> None:
        self._entries.clear()

    def observe(self, message: dict[str, Any]) -> None:
        """Every broker message this process receives passes here (hub)."""
        kind = message.get("type")
        if kind == SESSION_ENDED and message.get("sessionId"):
            self.forget_session(message["sessionId"])
        elif kind in INVALIDATING_EVENTS or kind == RESUBSCRIBED:
            self.clear()


# In this process, a commit that changed an account, its guardianships, its PP divisions or
# ended a session drops what the caches hold for it at once (SQLAlchemy session events).
_TOUCHED = "principal_cache_touched"


def _after_flush(session: Session, _context: Any) -> None:
    from .db.models import Account, AuthSession, Guardianship, PrincipalTeacher

    accounts, sessions = session.info.setdefault(_TOUCHED, (set(), set()))
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Account) and obj not in session.new:
            accounts.add(obj.id)
        elif isinstance(obj, (Guardianship, PrincipalTeacher)):
            accounts.add(obj.account_id)
        elif isinstance(obj, AuthSession) and obj not in session.new:
            sessions.add(obj.id)


def _after_commit(session: Session) -> None:
    touched = session.info.pop(_TOUCHED, None)
    if not touched or not (touched[0] or touched[1]):
        return
    for cache in list(_CACHES):
        if touched[0]:
            cache.forget_accounts(touched[0])
        for session_id in touched[1]:
            cache.forget_session(session_id)


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "after_commit", _after_commit)
