"""The principal of a session is cached a few seconds per process, and dropped at once when the
session ends (here or in another process, through the broker) or its account's rights change."""
import os
import asyncio

import pytest
from sqlalchemy import delete, select, update

from graphql_api.http.authentication import authenticate
from graphql_api.auth import AuthError
from graphql_api.db.models import AuthSession, Guardianship
from graphql_api.runtime import Runtime
from tests.conftest import token_for


def _sid(token: str) -> str:
    import jwt

    return jwt.decode(token, options={"verify_signature": False})["sid"]


async def test_a_session_is_read_once_then_served_from_the_cache(runtime, demo):
    token = await token_for(runtime, "martin.pere")
    first = await authenticate(runtime, token)
    assert await authenticate(runtime, token) is first  # no second read of account and children
    # Logged out elsewhere in this process (the logout mutation): the next request is refused.
    async with runtime.db.write() as session:
        await session.execute(update(AuthSession).where(AuthSession.id == _sid(token)).values(ended_at=AuthSession.created_at))
    await runtime.session_ended(_sid(token))
    with pytest.raises(AuthError) as refused:
        await authenticate(runtime, token)
    assert refused.value.code == "TOKEN_EXPIRED"


async def test_logout_in_one_process_ends_the_cached_session_in_another(settings, db, demo):
    one, other = Runtime(settings, db), Runtime(settings, db)
    other.broker = other.hub.broker = one.broker  # the same broker, as Redis is between processes
    for rt in (one, other):
        await rt.start(workers=False)
    try:
        token = await token_for(one, "martin.pere")
        assert (await authenticate(other, token)) is (await authenticate(other, token))
        # The row ended by a bulk statement (no ORM object: only the broker message can tell `other`).
        async with one.db.write() as session:
            await session.execute(update(AuthSession).where(AuthSession.id == _sid(token)).values(ended_at=AuthSession.created_at))
        await one.session_ended(_sid(token))
        for _ in range(200):  # until `other`'s hub has taken the message (bounded)
            if other.principals.get("local", str(demo.accounts["martin.pere"]), _sid(token)) is None:
                break
            await asyncio.sleep(0.01)
        with pytest.raises(AuthError):
            await authenticate(other, token)
    finally:
        for rt in (one, other):
            await rt.stop()


async def test_a_guardianship_removed_is_seen_by_the_next_request(runtime, demo):
    token = await token_for(runtime, "martin.pere")
    assert demo.pupils["martin"] in (await authenticate(runtime, token)).child_ids
    async with runtime.db.write() as session:
        row = (await session.execute(select(Guardianship).where(Guardianship.account_id == demo.accounts["martin.pere"]))).scalar_one()
        await session.delete(row)
    assert (await authenticate(runtime, token)).child_ids == frozenset()


async def test_a_rolled_back_change_keeps_nothing_stale(runtime, demo):
    token = await token_for(runtime, "martin.pere")
    await authenticate(runtime, token)
    with pytest.raises(RuntimeError):
        async with runtime.db.write() as session:
            await session.execute(delete(Guardianship).where(Guardianship.account_id == demo.accounts["martin.pere"]))
            raise RuntimeError("rolled back")
    assert demo.pupils["martin"] in (await authenticate(runtime, token)).child_ids


@pytest.mark.skipif(not __import__("os").environ.get("DATABASE_URL", "").startswith("postgres"), reason="PostgreSQL pool")
async def test_a_connection_closed_by_the_server_is_retried_once(runtime, demo):
    """No pre-ping round trip: a pooled connection the server killed fails on use, the pool is
    invalidated and the request's first read is retried on a fresh connection."""
    from sqlalchemy import text

    token = await token_for(runtime, "martin.pere")
    await authenticate(runtime, token)
    async with runtime.db.read() as session:  # the connection that goes back to the pool
        pid = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    async with runtime.db.read() as session:
        assert (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one() == pid  # reused, not pinged
    # Killed from outside the pool (a pooled connection could be the very one being killed).
    import asyncpg
    from sqlalchemy.engine import make_url

    url = make_url(os.environ["DATABASE_URL"])
    killer = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    try:
        assert await killer.fetchval("SELECT pg_terminate_backend($1)", pid)
    finally:
        await killer.close()
    runtime.principals.clear()
    assert (await authenticate(runtime, token)).account_id == demo.accounts["martin.pere"]
