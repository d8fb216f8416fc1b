"""Pub/sub between server processes: in-process (embedded default) or Redis (production).

The broker only carries committed events from the dispatcher to every process's hub; the
outbox, not the broker, is the record. A push lost while Redis is down is still in the inbox
and is re-published once Redis is back (the dispatcher retries unpublished events).
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

log = logging.getLogger("notifications.broker")


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
        while True:
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                delay = 0.2
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is None:
                        continue
                    try:
                        yield json.loads(message["data"])
                    except (ValueError, TypeError):
                        log.warning("ignored a malformed broker message")
            except (OSError, ConnectionError, TimeoutError) as exc:
                log.warning("redis subscription lost (%s); retrying", type(exc).__name__)
            except Exception as exc:  # redis.exceptions.ConnectionError and friends
                if exc.__class__.__module__.startswith("redis"):
                    log.warning("redis subscription lost (%s); retrying", type(exc).__name__)
                else:
                    raise
            finally:
                try:
                    await pubsub.aclose()
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


def make_broker(redis_url: str, channel: str) -> InProcessBroker | RedisBroker:
    return RedisBroker(redis_url, channel) if redis_url else InProcessBroker()
