"""Pub/sub between server processes: in-process (embedded default) or Redis (production).

The broker only carries committed events from the dispatcher to every process's hub; the
outbox, not the broker, is the record. While Redis is down the dispatcher keeps events
unpublished and retries; a hub whose subscription was lost gets a RESUBSCRIBED marker when it
is back, and replays from the outbox what was published meanwhile (see hub.py).
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

log = logging.getLogger("notifications.broker")
RESUBSCRIBED = "__resubscribed__"


class InProcessBroker:
    def __init__(self) -> None:
        self._queues: set[asyncio.Queue[dict[str, Any]]] = set()

    async def publish(self, message: dict[str, Any]) -> None:
        for queue in list(self._queues):
            queue.put_nowait(message)

    async def listen(self) -> AsyncIterator[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._queues.add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._queues.discard(queue)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._queues.clear()


class RedisBroker:
    def __init__(self, url: str, channel: str) -> None:
        import redis.asyncio as redis

        self._redis = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5, health_check_interval=10)
        self.channel = channel

    async def publish(self, message: dict[str, Any]) -> None:
        await self._redis.publish(self.channel, json.dumps(message, separators=(",", ":")))

    async def listen(self) -> AsyncIterator[dict[str, Any]]:
        """Subscribe, and resubscribe after Redis comes back."""
        delay = 0.2
        lost_at: str | None = None
        while True:
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                delay = 0.2
                if lost_at is not None:
                    yield {"type": RESUBSCRIBED, "lostAt": lost_at}
                    lost_at = None
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is None:
                        continue
                    try:
                        yield json.loads(message["data"])
                    except (ValueError, TypeError):
                        log.warning("ignored a malformed broker message")
            except Exception as exc:  # OSError, redis.exceptions.ConnectionError and friends
                if not isinstance(exc, (OSError, ConnectionError, TimeoutError)) and not exc.__class__.__module__.startswith("redis"):
                    raise
                log.warning("redis subscription lost (%s); retrying", type(exc).__name__)
                lost_at = lost_at or _now_iso()
            finally:
                try:  # bounded: closing a pubsub whose read was cancelled mid-way may never return,
                    # and a task stuck here would hang the event loop's shutdown (seen in PostgreSQL test runs)
                    await asyncio.wait_for(pubsub.aclose(), timeout=2)
                except Exception:  # noqa: BLE001 - best effort on a broken connection
                    pass
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    async def ping(self) -> bool:
        try:
            return bool(await self._redis.ping())
        except Exception:  # noqa: BLE001
            return False

    async def close(self) -> None:
        await self._redis.aclose()


def _now_iso() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).isoformat()


def make_broker(redis_url: str, channel: str) -> InProcessBroker | RedisBroker:
    return RedisBroker(redis_url, channel) if redis_url else InProcessBroker()
