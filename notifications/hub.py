"""This process's subscribers: events from the broker are routed to the queues that may see them.

A subscription is registered as soon as it is created (before its first read), so a
subscriber can open it, then replay what it missed from the outbox, without a gap.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from .broker import RESUBSCRIBED

log = logging.getLogger("notifications.hub")

Predicate = Callable[[dict[str, Any]], bool]
# Events published since a moment (the hub's replay after a lost broker subscription).
Replay = Callable[[dt.datetime], Awaitable[list[dict[str, Any]]]]
RECENT_IDS = 10_000


class HubSubscription:
    def __init__(self, hub: "Hub", key: int, queue: asyncio.Queue[dict[str, Any]]) -> None:
        self._hub = hub
        self._key = key
        self._queue = queue

    def __aiter__(self) -> "HubSubscription":
        return self

    async def __anext__(self) -> dict[str, Any]:
        return await self._queue.get()

    def drain(self) -> list[dict[str, Any]]:
        """What arrived meanwhile, without waiting (lets a dashboard coalesce a burst)."""
        items = []
        while not self._queue.empty():
            items.append(self._queue.get_nowait())
        return items

    def close(self) -> None:
        self._hub._subscribers.pop(self._key, None)


class Hub:
    def __init__(self, broker: Any, queue_size: int = 256, replay: Replay | None = None) -> None:
        self.broker = broker
        self.queue_size = queue_size
        self.replay = replay
        self._recent: OrderedDict[int, None] = OrderedDict()  # ids routed lately: replay adds no duplicate
        self._subscribers: dict[int, tuple[Predicate, asyncio.Queue[dict[str, Any]]]] = {}
        self._task: asyncio.Task[None] | None = None
        self._keys = itertools.count(1)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="hub")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        async for message in self.broker.listen():
            if message.get("type") == RESUBSCRIBED:
                await self._replay(message)
            else:
                self._route(message)

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
        for predicate, queue in list(self._subscribers.values()):
                try:
                    if predicate(message):
                        queue.put_nowait(message)
                except asyncio.QueueFull:
                    log.warning("slow subscriber: a push was dropped (the inbox keeps it)")
                except Exception:  # noqa: BLE001 - one bad filter must not stop the others
                    log.exception("subscriber filter failed")

    def subscribe(self, predicate: Predicate) -> HubSubscription:
        """Registered now; the caller must close() it (a try/finally around its loop)."""
        key = next(self._keys)
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self.queue_size)
        self._subscribers[key] = (predicate, queue)
        return HubSubscription(self, key, queue)
