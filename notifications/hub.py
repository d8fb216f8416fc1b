"""This process's subscribers: events from the broker are routed to the queues that may see them."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

log = logging.getLogger("notifications.hub")

Predicate = Callable[[dict[str, Any]], bool]


class Hub:
    def __init__(self, broker: Any, queue_size: int = 256) -> None:
        self.broker = broker
        self.queue_size = queue_size
        self._subscribers: dict[int, tuple[Predicate, asyncio.Queue[dict[str, Any]]]] = {}
        self._task: asyncio.Task[None] | None = None
        self._seq = 0

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

    async def subscribe(self, predicate: Predicate) -> AsyncIterator[dict[str, Any]]:
        self._seq += 1
        key = self._seq
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self.queue_size)
        self._subscribers[key] = (predicate, queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._subscribers.pop(key, None)
