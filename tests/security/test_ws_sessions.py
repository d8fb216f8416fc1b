"""A WebSocket ends with the session that opened it (graphql_api/sessions.py), over a real
uvicorn: logout (local and OpenID Connect tokens), account deactivated, guardianship removed,
token expired, and a logout in one process closing a socket held by another (Redis)."""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import uuid

import jwt
import pytest
from sqlalchemy import delete, select, update
from websockets.exceptions import ConnectionClosed

from graphql_api.app import create_app
from graphql_api.auth import issue_token
from graphql_api.db.models import Account, AuthSession, Guardianship
from graphql_api.services.clock import utcnow
from tests.conftest import REDIS_URL, make_settings, running_server
from tests.delivery.helpers import gql, login, private_redis, subscriber  # noqa: F401
from tests.test_auth import idp  # noqa: F401

FILE_UPDATES = "subscription { pupilFileUpdates { id type } }"
ME = "{ me { email children { ine } } }"
LOGOUT = "mutation { logout { ok errors { code } } }"


async def closed(sub, timeout: float = 15) -> tuple[int, str]:
    """Read until the server closes the socket; a `next` for an operation started after the
    session ended fails the test."""
    with pytest.raises(ConnectionClosed):
        while True:
            message = await sub.receive(timeout)
            assert message["type"] != "next" or message.get("id") in sub.allowed, message
    return sub.ws.close_code, sub.ws.close_reason


async def me_over(sub) -> dict:
    op = await sub.subscribe(ME)
    sub.allowed.add(op)
    message = await sub.receive()
    assert message["type"] == "next" and message["id"] == op, message
    assert (await sub.receive())["type"] == "complete"
    return message["payload"]["data"]["me"]


@contextlib.asynccontextmanager
async def family_socket(base: str, token: str):
    async with subscriber(base, token) as sub:
        sub.allowed = set()
        assert (await me_over(sub))["children"]  # the socket works before
        sub.allowed.add(await sub.subscribe(FILE_UPDATES))
        yield sub


async def test_logout_over_http_closes_the_open_socket(tmp_path, db, demo):
    settings = make_settings(tmp_path, SESSION_CHECK_SECONDS="3600")  # only the session message can do it
    async with running_server(settings) as base:
        token = await login(base, "martin.pere")
        async with family_socket(base, token) as sub:
            assert (await gql(base, LOGOUT, token=token))["logout"] == {"ok": True, "errors": []}
            assert await closed(sub) == (4401, "SESSION_ENDED")


async def test_a_new_operation_on_a_deactivated_account_is_refused(tmp_path, db, demo):
    settings = make_settings(tmp_path, SESSION_CHECK_SECONDS="3600")
    async with running_server(settings) as base:
        token = await login(base, "martin.pere")
        async with family_socket(base, token) as sub:
            async with db.write() as s:  # an administrator, in SQL: no message
                await s.execute(update(Account).where(Account.id == demo.accounts["martin.pere"]).values(active=False))
            await sub.subscribe(ME)
            assert await closed(sub) == (4403, "ACCOUNT_DISABLED")


async def test_open_subscriptions_of_a_deactivated_account_are_closed_by_the_sweep(tmp_path, db, demo):
    settings = make_settings(tmp_path, SESSION_CHECK_SECONDS="0.2")
    async with running_server(settings) as base:
        token = await login(base, "martin.pere")
        async with family_socket(base, token) as sub:
            async with db.write() as s:
                await s.execute(update(Account).where(Account.id == demo.accounts["martin.pere"]).values(active=False))
            assert await closed(sub) == (4403, "ACCOUNT_DISABLED")


async def test_removing_a_guardianship_ends_the_sockets_opened_with_it(tmp_path, db, demo):
    settings = make_settings(tmp_path, SESSION_CHECK_SECONDS="3600")
    async with running_server(settings) as base:
        token = await login(base, "martin.pere")
        async with family_socket(base, token) as sub:
            async with db.write() as s:
                await s.execute(delete(Guardianship).where(Guardianship.account_id == demo.accounts["martin.pere"]))
            await sub.subscribe(ME)
            assert await closed(sub) == (4403, "ACCESS_CHANGED")
        # reconnecting gives the current rights: no child any more
        async with subscriber(base, token) as sub:
            sub.allowed = set()
            assert (await me_over(sub))["children"] == []


async def test_the_socket_closes_when_its_token_expires(tmp_path, db, demo):
    settings = make_settings(tmp_path, SESSION_CHECK_SECONDS="3600")
    async with running_server(settings) as base:
        async with db.write() as s:
            sid = secrets.token_urlsafe(16)
            s.add(AuthSession(id=sid, account_id=demo.accounts["martin.pere"], created_at=utcnow()))
        # a token with two seconds left
        issued_at = utcnow() - dt.timedelta(seconds=settings.token_ttl_seconds - 2)
        token = issue_token(settings, demo.accounts["martin.pere"], sid, issued_at).token
        async with subscriber(base, token) as sub:
            sub.allowed = {await sub.subscribe(FILE_UPDATES)}
            assert await closed(sub) == (4401, "TOKEN_EXPIRED")


async def test_logout_in_one_process_closes_the_socket_held_by_another(tmp_path, db, demo, private_redis):  # noqa: F811
    redis_url = REDIS_URL or private_redis.url
    env = {"REDIS_URL": redis_url, "REDIS_CHANNEL": f"orientation:test:{uuid.uuid4().hex}", "SESSION_CHECK_SECONDS": "3600"}
    first, second = make_settings(tmp_path, **env), make_settings(tmp_path, **env)
    async with running_server(first, create_app(first)) as a, running_server(second, create_app(second)) as b:
        token = await login(a, "martin.pere")
        async with family_socket(b, token) as sub:
            assert (await gql(a, LOGOUT, token=token))["logout"]["ok"] is True
            assert await closed(sub) == (4401, "SESSION_ENDED")


async def test_openid_connect_logout_revokes_the_token_and_its_session(tmp_path, db, demo, idp):  # noqa: F811
    key, jwks = idp
    settings = make_settings(
        tmp_path, OIDC_ISSUER="https://idp.example.test", OIDC_AUDIENCE="orientation", OIDC_JWKS_URL=jwks.url, SESSION_CHECK_SECONDS="3600"
    )
    async with db.write() as s:
        await s.execute(update(Account).where(Account.id == demo.accounts["martin.mere"]).values(oidc_subject="educonnect-42"))
    now = dt.datetime.now(dt.timezone.utc)

    def sign(**extra) -> str:
        claims = {"iss": "https://idp.example.test", "aud": "orientation", "sub": "educonnect-42", "iat": now,
                  "exp": now + dt.timedelta(minutes=10), "jti": uuid.uuid4().hex, **extra}  # fmt: skip
        return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "k1"})

    async def status(base: str, token: str) -> int:
        import httpx

        async with httpx.AsyncClient() as http:
            response = await http.post(f"http://{base}/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {token}"})
        return response.status_code

    async with running_server(settings) as base:
        token, same_session, other_session, no_sid = sign(sid="idp-1"), sign(sid="idp-1"), sign(sid="idp-2"), sign()
        async with subscriber(base, same_session) as sub:
            sub.allowed = {await sub.subscribe(FILE_UPDATES)}
            assert (await gql(base, LOGOUT, token=token))["logout"] == {"ok": True, "errors": []}
            assert await closed(sub) == (4401, "SESSION_ENDED")
        assert await status(base, token) == 401
        assert await status(base, same_session) == 401  # same identity-provider session
        assert await status(base, other_session) == 200  # another device keeps working
        # a token without `sid` is revoked by itself
        assert (await gql(base, LOGOUT, token=no_sid))["logout"]["ok"] is True
        assert await status(base, no_sid) == 401
        from graphql_api.db.models_ops import EndedExternalSession

        async with db.read() as s:
            rows = (await s.execute(select(EndedExternalSession))).scalars().all()
        assert {r.key.split(":")[0] for r in rows} == {"sid", "token"}
        assert all(r.expires_at == now.replace(microsecond=0) + dt.timedelta(minutes=10) for r in rows)
        assert json.dumps([r.account_id for r in rows]) == json.dumps([demo.accounts["martin.mere"]] * len(rows))
