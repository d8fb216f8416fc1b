"""This process's subscribers: events from the broker are routed to the queues that may see them.

A subscription is registered as soon as it is created (before its first read), so a
subscriber can open it, then replay what it missed from the outbox, without a gap.
Subscriptions are indexed by routing keys (pupil, establishment, académie) so an event only
reaches the predicates of the subscribers it may concern: fan-out costs O(concerned), not
O(all subscribers), per event.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from .broker import RESUBSCRIBED

log = logging.getLogger("notifications.hub")

Predicate = Callable[[dict[str, Any]], bool]
# Events published since a moment (the hub's replay after a lost broker subscription).
Replay = Callable[[dt.datetime], Awaitable[list[dict[str, Any]]]]
RECENT_IDS = 10_000


def pupil_key(pupil_id: int) -> str:
    return f"pupil:{pupil_id}"


def etablissement_key(etablissement_id: int) -> str:
    """Every event of a school (staff feeds, school dashboards)."""
    return f"etab:{etablissement_id}"


def school_wide_key(etablissement_id: int) -> str:
    """Only a school's events about no pupil in particular (téléservice switch: families)."""
    return f"etab-wide:{etablissement_id}"


def academie_key(academie_id: int) -> str:
    return f"academie:{academie_id}"


# A subscription whose scope is still being read receives every event under this route, and
# narrows to its real routes once it knows them (nothing published in between is lost).
ANY_ROUTE = "*"


def routing_keys(message: dict[str, Any]) -> list[str]:
    keys = []
    if message.get("pupilId") is not None:
        keys.append(pupil_key(message["pupilId"]))
    elif message.get("etablissementId") is not None:
        keys.append(school_wide_key(message["etablissementId"]))
    if message.get("etablissementId") is not None:
        keys.append(etablissement_key(message["etablissementId"]))
    if message.get("academieId") is not None:
        keys.append(academie_key(message["academieId"]))
    return keys


class HubSubscription:
    """One subscriber's pending pushes: a small list and, while it waits, one future (an
    asyncio.Queue per subscriber weighed ~2 KiB of empty deques; thousands are held open)."""

    __slots__ = ("_hub", "_key", "_routes", "_items", "_waiter")

    def __init__(self, hub: "Hub", key: int, routes: tuple[str, ...]) -> None:
        self._hub = hub
        self._key = key
        self._routes = routes
        self._items: list[dict[str, Any]] = []
        self._waiter: asyncio.Future[None] | None = None

    def _put(self, message: dict[str, Any]) -> bool:
        """False when full: the subscriber is too slow (the caller logs it)."""
        if len(self._items) >= self._hub.queue_size:
            return False
        self._items.append(message)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        return True

    def __aiter__(self) -> "HubSubscription":
        return self

    async def __anext__(self) -> dict[str, Any]:
        while not self._items:
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return self._items.pop(0)

    def drain(self) -> list[dict[str, Any]]:
        """What arrived meanwhile, without waiting (lets a dashboard coalesce a burst)."""
        items, self._items = self._items, []
        return items

    def add_routes(self, routes: Iterable[str]) -> None:
        new = tuple(r for r in set(routes) if r not in self._routes)
        for route in new:
            self._hub._routes.setdefault(route, set()).add(self._key)
        self._routes = self._routes + new

    def remove_routes(self, routes: Iterable[str]) -> None:
        gone = set(routes)
        for route in gone & set(self._routes):
            bucket = self._hub._routes.get(route)
            if bucket is not None:
                bucket.discard(self._key)
                if not bucket:
                    del self._hub._routes[route]
        self._routes = tuple(r for r in self._routes if r not in gone)

    def close(self) -> None:
        self._hub._subscribers.pop(self._key, None)
        for route in self._routes:
            bucket = self._hub._routes.get(route)
            if bucket is not None:
                bucket.discard(self._key)
                if not bucket:
                    del self._hub._routes[route]


class Hub:
    def __init__(self, broker: Any, queue_size: int = 256, replay: Replay | None = None) -> None:
        self.broker = broker
        self.queue_size = queue_size
        self.replay = replay
        self._recent: OrderedDict[int, None] = OrderedDict()  # ids routed lately: replay adds no duplicate
        self._subscribers: dict[int, tuple[Predicate, HubSubscription]] = {}
        self._routes: dict[str, set[int]] = {}  # routing key -> subscriber keys
        self._task: asyncio.Task[None] | None = None
        self._keys = itertools.count(1)
        # Control messages (by type) go to their handler instead of subscribers; observers see
        # every routed event; resubscribe hooks run when a lost broker subscription is back.
        self.controls: dict[str, Callable[[dict[str, Any]], None]] = {}
        self.observers: list[Callable[[dict[str, Any]], None]] = []  # see every message (caches)
        self.on_resubscribed: list[Callable[[], None]] = []

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="hub")

    async def stop(self) -> None:
        """Bounded: a broker client cancelled in the middle of (re)connecting may not return."""
        if self._task is not None:
            self._task.cancel()
            done, _ = await asyncio.wait({self._task}, timeout=5)
            if not done:
                log.warning("hub: the broker subscription did not stop within 5 s; left behind")
            self._task = None

    async def _run(self) -> None:
        async for message in self.broker.listen():
            for observe in self.observers:
                try:
                    observe(message)
                except Exception:  # noqa: BLE001 - an observer must not stop the pushes
                    log.exception("hub observer failed")
            control = self.controls.get(message.get("type"))  # type: ignore[arg-type]
            if control is not None:
                self._call(control, message)
            elif message.get("type") == "SESSION_ENDED":
                continue
            elif message.get("type") == RESUBSCRIBED:
                for hook in self.on_resubscribed:
                    self._call(hook)
                await self._replay(message)
            else:
                self._route(message)

    @staticmethod
    def _call(function: Callable[..., None], *args: Any) -> None:
        try:
            function(*args)
        except Exception:  # noqa: BLE001 - the hub keeps routing
            log.exception("hub hook failed")

    async def _replay(self, marker: dict[str, Any]) -> None:
        """Pushes published while this process was cut from the broker, from the outbox."""
        if self.replay is None:
            return
        since = dt.datetime.fromisoformat(marker["lostAt"]) - dt.timedelta(seconds=5)  # clocks of other processes
        try:
            missed = await self.replay(since)
        except Exception:  # noqa: BLE001 - the inbox still holds them
            log.exception("replay after a lost broker subscription failed")
            return
        for message in missed:
            self._route(message)

    def _route(self, message: dict[str, Any]) -> None:
        event_id = message.get("id")
        if event_id is not None:
            if event_id in self._recent:
                return
            self._recent[event_id] = None
            if len(self._recent) > RECENT_IDS:
                self._recent.popitem(last=False)
        candidates: set[int] = set()
        for route in routing_keys(message):
            candidates |= self._routes.get(route, set())
        candidates |= self._routes.get(ANY_ROUTE, set())
        for key in candidates:
            entry = self._subscribers.get(key)
            if entry is None:
                continue
            predicate, subscription = entry
            try:
                if predicate(message) and not subscription._put(message):
                    log.warning("slow subscriber: a push was dropped (the inbox keeps it)")
            except Exception:  # noqa: BLE001 - one bad filter must not stop the others
                log.exception("subscriber filter failed")

    def subscribe(self, predicate: Predicate, routes: Iterable[str]) -> HubSubscription:
        """Registered now under its routing keys; the caller must close() it (try/finally)."""
        key = next(self._keys)
        routes = tuple(set(routes))
        subscription = HubSubscription(self, key, routes)
        self._subscribers[key] = (predicate, subscription)
        for route in routes:
            self._routes.setdefault(route, set()).add(key)
        return subscription
