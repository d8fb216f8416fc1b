"""The nomenclatures (voies, séries, spécialités) as the read path shows them, kept per process
so a page does not read three reference tables on every request (issue 14).

Correctness: the cache is dropped at once when a commit in this process changed one of those
tables (SQLAlchemy session events), when another process's change arrives on the broker
(NOMENCLATURE_CHANGED, recorded by services/parameters.py with every change) and when this
process lost its broker subscription (it may have missed one); otherwise after TTL seconds,
which bounds the delay of an event still in the outbox. A value read while a change committed
is not kept (generation check). Writes never use it: the services read the tables in their
own transaction.
"""
from __future__ import annotations

import time
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from notifications.broker import RESUBSCRIBED

from .domain.events import EventType

_CACHES: "weakref.WeakSet[ReferenceCache]" = weakref.WeakSet()


class ReferenceCache:
    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl
        self.generation = 0  # bumped by every invalidation
        self._value: Any = None
        self._until = 0.0
        _CACHES.add(self)

    def get(self) -> Any:
        if self._value is not None and self._until >= time.monotonic():
            return self._value
        return None

    def put(self, value: Any, generation: int) -> None:
        """Keep `value`, read when the generation was `generation`, unless a change came since."""
        if generation == self.generation and self.ttl > 0:
            self._value, self._until = value, time.monotonic() + self.ttl

    def clear(self) -> None:
        self.generation += 1
        self._value = None

    def observe(self, message: dict[str, Any]) -> None:
        """Every broker message this process receives passes here (hub)."""
        if message.get("type") in (EventType.NOMENCLATURE_CHANGED, RESUBSCRIBED):
            self.clear()


_TOUCHED = "reference_cache_touched"


def _after_flush(session: Session, _context: Any) -> None:
    from .db.models import Serie, Specialite, Voie

    if any(isinstance(obj, (Voie, Serie, Specialite)) for obj in (*session.new, *session.dirty, *session.deleted)):
        session.info[_TOUCHED] = True


def _after_commit(session: Session) -> None:
    if session.info.pop(_TOUCHED, False):
        for cache in list(_CACHES):
            cache.clear()


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "after_commit", _after_commit)
