"""Login under attack, through the real ASGI app: concurrent wrong passwords on one account
(the failure counter must not lose updates), the lockout must not tell which logins exist, and
password spraying from one client address (behind a trusted proxy too)."""
from __future__ import annotations

import asyncio
import contextlib

import httpx
from sqlalchemy import select

from graphql_api.app import create_app
from graphql_api.auth import MAX_FAILED_LOGINS
from graphql_api.db.models import Account
from graphql_api.runtime import Runtime
from tests.conftest import make_settings

LOGIN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code message } } }"


@contextlib.asynccontextmanager
async def http_app(tmp_path, db, client=("203.0.113.7", 4321), **env: str):
    settings = make_settings(tmp_path, **env)
    runtime = Runtime(settings, db)
    await runtime.start(workers=False)
    try:
        transport = httpx.ASGITransport(app=create_app(settings, runtime), client=client)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http, runtime
    finally:
        await runtime.stop()


async def attempt(http: httpx.AsyncClient, login: str, password: str, **headers: str) -> tuple[int, dict]:
    response = await http.post("/graphql", json={"query": LOGIN, "variables": {"l": login, "p": password}}, headers=headers)
    return response.status_code, response.json()["data"]["login"]


async def test_concurrent_wrong_passwords_lock_the_account(tmp_path, db, demo):
    async with http_app(tmp_path, db, LOGIN_ADDRESS_LIMIT="1000") as (http, _):
        answers = await asyncio.gather(*(attempt(http, "martin.pere", f"wrong-{i}") for i in range(10)))
        assert all(body["token"] is None and body["errors"][0]["code"] == "INVALID_CREDENTIALS" for _, body in answers)
        status, right = await attempt(http, "martin.pere", "orientation")
        assert right["token"] is None, "ten concurrent failures must lock the account"
        async with db.read() as session:
            account = (await session.execute(select(Account).where(Account.login == "martin.pere"))).scalar_one()
        assert account.locked_until is not None


async def test_at_most_the_allowed_number_of_passwords_is_tried_concurrently(tmp_path, db, demo, monkeypatch):
    from graphql_api import auth

    tried: list[str] = []
    real = auth.verify_password

    def counting(password_hash, password):  # type: ignore[no-untyped-def]
        if password_hash != auth._DUMMY_HASH:
            tried.append(password)
        return real(password_hash, password)

    monkeypatch.setattr(auth, "verify_password", counting)
    async with http_app(tmp_path, db, LOGIN_ADDRESS_LIMIT="1000") as (http, _):
        await asyncio.gather(*(attempt(http, "martin.mere", f"wrong-{i}") for i in range(12)))
    assert len(tried) == MAX_FAILED_LOGINS


async def test_the_lockout_does_not_tell_which_logins_exist(tmp_path, db, demo):
    async with http_app(tmp_path, db, LOGIN_ADDRESS_LIMIT="1000") as (http, _):
        for login in ("martin.pere", "nobody.here"):
            for _ in range(MAX_FAILED_LOGINS + 1):
                await attempt(http, login, "wrong")
        existing = await attempt(http, "martin.pere", "wrong")
        unknown = await attempt(http, "nobody.here", "wrong")
        assert existing == unknown
        assert existing[1]["errors"][0]["code"] == "INVALID_CREDENTIALS"
        # even the right password of the locked account gets the same answer
        assert await attempt(http, "martin.pere", "orientation") == unknown


async def spray(http: httpx.AsyncClient, logins: list[str], **headers: str) -> list[int]:
    return [(await attempt(http, login, "Printemps2026!", **headers))[0] for login in logins]


async def logins(db, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        rows = (await session.execute(select(Account.login).where(Account.login.is_not(None)).order_by(Account.id).limit(n))).scalars()
        return list(rows)


async def test_password_spraying_from_one_address_is_limited(tmp_path, db, demo):
    accounts = await logins(db, 20)
    async with http_app(tmp_path, db, LOGIN_ADDRESS_LIMIT="10") as (http, _):
        statuses = await spray(http, accounts)
        assert statuses[:10] == [200] * 10 and set(statuses[10:]) == {429}
        status, body = await attempt(http, "martin.pere", "orientation")  # the right password too
        assert status == 429 and body["token"] is None and body["errors"][0]["code"] == "RATE_LIMITED"
        # a client cannot escape by claiming another address: no trusted proxy is configured
        status, _ = await attempt(http, "martin.pere", "orientation", **{"X-Forwarded-For": "198.51.100.1"})
        assert status == 429
    async with http_app(tmp_path, db, client=("203.0.113.8", 1), LOGIN_ADDRESS_LIMIT="10") as (http, _):
        status, body = await attempt(http, "martin.pere", "orientation")  # another address is not limited
        assert status == 200 and body["token"]


async def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(tmp_path, db, demo):
    accounts = await logins(db, 12)
    proxy = {"client": ("10.0.0.5", 443), "LOGIN_ADDRESS_LIMIT": "10", "TRUSTED_PROXIES": "10.0.0.0/8"}
    async with http_app(tmp_path, db, **proxy) as (http, _):
        # what the client put first is ignored; the address the proxy appended counts
        statuses = await spray(http, accounts, **{"X-Forwarded-For": "1.1.1.1, 198.51.100.9"})
        assert set(statuses[10:]) == {429}
        status, body = await attempt(http, "martin.pere", "orientation", **{"X-Forwarded-For": "198.51.100.10"})
        assert status == 200 and body["token"]  # another family behind the same proxy
