"""This process's subscribers: events from the broker are routed to the queues that may see them.

A subscription is registered as soon as it is created (before its first read), so a
subscriber can open it, then replay what it missed from the outbox, without a gap.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger("notifications.hub")

Predicate = Callable[[dict[str, Any]], bool]


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
    def __init__(self, broker: Any, queue_size: int = 256) -> None:
        self.broker = broker
        self.queue_size = queue_size
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
