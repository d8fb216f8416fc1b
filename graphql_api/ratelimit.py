"""Per-account limit on writes: at most N mutations in any window of W seconds (sliding log).

Shared by every process: kept in Redis when REDIS_URL is set (a sorted set per account),
else in the database. Every attempt counts, refused ones included, so a client that keeps
hammering stays limited until it backs off.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from typing import Any

from sqlalchemy import delete, func, select

from .config import Settings
from .db.engine import Database
from .db.models_ops import RateLimitHit
from .services.clock import utcnow
from .domain.texts import errors as texts

log = logging.getLogger("graphql_api.ratelimit")
CODE = "RATE_LIMITED"
MESSAGE = texts.TOO_MANY_WRITES


class DatabaseRateLimiter:
    def __init__(self, db: Database, limit: int, window: float) -> None:
        self.db, self.limit, self.window = db, limit, window

    async def allow(self, account_id: int, writes: int = 1) -> bool:
        """`writes`: the mutation fields of the request, each counted."""
        now = utcnow()
        since = now - dt.timedelta(seconds=self.window)
        async with self.db.write() as session:
            recent = (
                await session.execute(
                    select(func.count()).select_from(RateLimitHit).where(RateLimitHit.account_id == account_id, RateLimitHit.at > since)
                )
            ).scalar_one()
            session.add_all([RateLimitHit(account_id=account_id, at=now) for _ in range(writes)])
        return recent + writes <= self.limit

    async def purge(self) -> int:
        """Hits older than the window no longer count (run by the retention job)."""
        async with self.db.write() as session:
            result = await session.execute(delete(RateLimitHit).where(RateLimitHit.at <= utcnow() - dt.timedelta(seconds=self.window)))
        return result.rowcount or 0

    async def close(self) -> None:
        return None


class RedisRateLimiter:
    def __init__(self, url: str, prefix: str, limit: int, window: float) -> None:
        import redis.asyncio as redis

        self._redis: Any = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
        self.prefix, self.limit, self.window = prefix, limit, window

    async def allow(self, account_id: int, writes: int = 1) -> bool:
        """Fails open: with Redis unreachable, writes go on (the database is the record; a limit
        is not worth refusing families' validations the evening the service closes)."""
        key = f"{self.prefix}:writes:{account_id}"
        now = time.time()
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zremrangebyscore(key, 0, now - self.window)
                pipe.zcard(key)
                pipe.zadd(key, {uuid.uuid4().hex: now for _ in range(writes)})
                pipe.expire(key, int(self.window) + 1)
                _, recent, _, _ = await pipe.execute()
        except (OSError, ConnectionError, TimeoutError) as exc:
            log.warning("rate limit not applied: redis unavailable (%s)", type(exc).__name__)
            return True
        except Exception as exc:  # redis.exceptions.ConnectionError and friends
            if not exc.__class__.__module__.startswith("redis"):
                raise
            log.warning("rate limit not applied: redis unavailable (%s)", type(exc).__name__)
            return True
        return int(recent) + writes <= self.limit

    async def purge(self) -> int:
        return 0  # keys expire by themselves

    async def close(self) -> None:
        await self._redis.aclose()


def make_rate_limiter(settings: Settings, db: Database) -> DatabaseRateLimiter | RedisRateLimiter:
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url, settings.redis_channel, settings.write_rate_limit, settings.write_rate_window_seconds)
    return DatabaseRateLimiter(db, settings.write_rate_limit, settings.write_rate_window_seconds)


# --- failed logins per client address (password spraying) ----------------------------------------

LOGIN_MESSAGE = texts.TOO_MANY_LOGINS


class DatabaseLoginLimiter:
    """At most `limit` failed logins per client address in any window of `window` seconds; past
    that, every login from the address is refused (right passwords too: a sprayer learns nothing)."""

    def __init__(self, db: Database, limit: int, window: float) -> None:
        self.db, self.limit, self.window = db, limit, window

    async def blocked(self, address: str) -> bool:
        from .db.models_ops import LoginAttempt

        since = utcnow() - dt.timedelta(seconds=self.window)
        async with self.db.read() as session:
            recent = (
                await session.execute(
                    select(func.count()).select_from(LoginAttempt).where(LoginAttempt.address == address, LoginAttempt.at > since)
                )
            ).scalar_one()
        return recent >= self.limit

    async def failed(self, address: str) -> None:
        from .db.models_ops import LoginAttempt

        async with self.db.write() as session:
            session.add(LoginAttempt(address=address[:64], at=utcnow()))

    async def purge(self) -> int:
        from .db.models_ops import LoginAttempt

        async with self.db.write() as session:
            result = await session.execute(delete(LoginAttempt).where(LoginAttempt.at <= utcnow() - dt.timedelta(seconds=self.window)))
        return result.rowcount or 0


class RedisLoginLimiter:
    """The same, shared by every process through Redis (a sorted set per address); fails open."""

    def __init__(self, url: str, prefix: str, limit: int, window: float) -> None:
        import redis.asyncio as redis

        self._redis: Any = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
        self.prefix, self.limit, self.window = prefix, limit, window

    def _key(self, address: str) -> str:
        return f"{self.prefix}:login-failures:{address[:64]}"

    async def blocked(self, address: str) -> bool:
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zremrangebyscore(self._key(address), 0, time.time() - self.window)
                pipe.zcard(self._key(address))
                _, recent = await pipe.execute()
        except Exception as exc:  # noqa: BLE001 - redis unreachable: the account lockout still holds
            _unavailable(exc)
            return False
        return int(recent) >= self.limit

    async def failed(self, address: str) -> None:
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zadd(self._key(address), {uuid.uuid4().hex: time.time()})
                pipe.expire(self._key(address), int(self.window) + 1)
                await pipe.execute()
        except Exception as exc:  # noqa: BLE001
            _unavailable(exc)

    async def purge(self) -> int:
        return 0

    async def close(self) -> None:
        await self._redis.aclose()


def _unavailable(exc: Exception) -> None:
    if not isinstance(exc, (OSError, ConnectionError, TimeoutError)) and not exc.__class__.__module__.startswith("redis"):
        raise exc
    log.warning("login limit not applied: redis unavailable (%s)", type(exc).__name__)


def make_login_limiter(settings: Settings, db: Database) -> DatabaseLoginLimiter | RedisLoginLimiter:
    if settings.redis_url:
        return RedisLoginLimiter(settings.redis_url, settings.redis_channel, settings.login_address_limit, settings.login_address_window_seconds)
    return DatabaseLoginLimiter(db, settings.login_address_limit, settings.login_address_window_seconds)
