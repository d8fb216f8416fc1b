"""Authentication: local accounts, tokens, OpenID Connect (RS256 against a JWKS served locally)."""
import asyncio
import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import update

from graphql_api.auth import BAD_CREDENTIALS, MAX_FAILED_LOGINS, issue_token
from graphql_api.db.models import Account
from tests.conftest import GraphQLClient, free_port

ME = "{ me { firstName role } }"
LOGIN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token expiresAt errors { field code message } viewer { role } } }"


async def test_login_returns_an_expiring_token(client):
    body = await client.data(LOGIN, {"l": "martin.pere", "p": "orientation"})
    payload = body["login"]
    assert payload["errors"] == [] and payload["viewer"]["role"] == "GUARDIAN"
    expires = dt.datetime.fromisoformat(payload["expiresAt"])
    assert dt.timedelta(hours=7) < expires - dt.datetime.now(dt.timezone.utc) <= dt.timedelta(hours=8)
    me = await client.execute(ME, token=payload["token"])
    assert me["data"]["me"] == {"firstName": "Julien", "role": "GUARDIAN"}


async def test_wrong_password_and_lockout(client):
    for _ in range(MAX_FAILED_LOGINS):
        payload = (await client.data(LOGIN, {"l": "martin.mere", "p": "wrong"}))["login"]
        assert payload["token"] is None
        assert payload["errors"] == [{"field": ["login"], "code": "INVALID_CREDENTIALS", "message": BAD_CREDENTIALS}]
    locked = (await client.data(LOGIN, {"l": "martin.mere", "p": "orientation"}))["login"]
    assert locked["token"] is None
    unknown = (await client.data(LOGIN, {"l": "nobody", "p": "orientation"}))["login"]
    assert unknown["errors"] == locked["errors"]  # same answer: no account probing


async def test_missing_expired_forged_tokens(client, runtime, demo):
    anonymous = await client.execute(ME)
    assert anonymous["_status"] == 200 and anonymous["data"]["me"] is None
    pupils = await client.execute("{ pupils { totalCount } }")
    assert pupils["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED" and pupils["data"] is None

    past = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    expired = issue_token(runtime.settings, demo.accounts["martin.pere"], "nosession", now=past).token
    body = await client.execute(ME, token=expired)
    assert body["_status"] == 401 and "data" not in body
    assert body["errors"][0]["extensions"]["code"] == "TOKEN_EXPIRED"

    forged = jwt.encode({"iss": "orientation-local", "sub": str(demo.accounts["chef.aubrac"]), "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)}, "guessed-secret", algorithm="HS256")
    body = await client.execute(ME, token=forged)
    assert body["_status"] == 401 and body["errors"][0]["extensions"]["code"] == "INVALID_TOKEN" and "data" not in body
    body = await client.execute(ME, token="garbage")
    assert body["_status"] == 401 and "data" not in body
    none_alg = jwt.encode({"iss": "orientation-local", "sub": "1", "exp": 9999999999}, None, algorithm="none")
    assert (await client.execute(ME, token=none_alg))["_status"] == 401


async def test_logout_ends_the_session(client):
    token = await client.login("martin.pere")
    assert (await client.execute("mutation { logout { ok } }", token=token))["data"]["logout"]["ok"]
    after = await client.execute(ME, token=token)
    assert after["_status"] == 401 and after["errors"][0]["extensions"]["code"] == "TOKEN_EXPIRED"


async def test_deactivated_account_is_refused(client, db, demo):
    token = await client.login("martin.pere")
    async with db.write() as s:
        await s.execute(update(Account).where(Account.id == demo.accounts["martin.pere"]).values(active=False))
    assert (await client.execute(ME, token=token))["_status"] == 401


class JwksServer:
    """Serves a JWKS on loopback, as the identity provider would."""

    def __init__(self, jwks: dict) -> None:
        body = json.dumps(jwks).encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.port = free_port()
        self.server = HTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/jwks.json"

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture
def idp():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    public.update({"kid": "k1", "use": "sig", "alg": "RS256"})
    server = JwksServer({"keys": [public]})
    yield key, server
    server.close()


async def test_openid_connect_tokens(tmp_path, db, demo, idp):
    from graphql_api.app import create_app
    from graphql_api.runtime import Runtime
    from tests.conftest import make_settings
    import httpx

    key, server = idp
    settings = make_settings(tmp_path, OIDC_ISSUER="https://idp.example.test", OIDC_AUDIENCE="orientation", OIDC_JWKS_URL=server.url)
    async with db.write() as s:
        await s.execute(update(Account).where(Account.id == demo.accounts["martin.mere"]).values(oidc_subject="educonnect-42"))
    runtime = Runtime(settings, db)
    app = create_app(settings, runtime)
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"iss": "https://idp.example.test", "aud": "orientation", "sub": "educonnect-42", "exp": now + dt.timedelta(minutes=5), "iat": now}

    def sign(extra=None, signer=key, kid="k1"):
        return jwt.encode({**claims, **(extra or {})}, signer, algorithm="RS256", headers={"kid": kid})

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        client = GraphQLClient(http)
        ok = await client.execute(ME, token=sign())
        assert ok["data"]["me"] == {"firstName": "Sophie", "role": "GUARDIAN"}
        for bad in (
            sign({"aud": "another-app"}),
            sign({"iss": "https://evil.example.test"}),
            sign({"exp": now - dt.timedelta(minutes=1)}),
            sign(signer=rsa.generate_private_key(public_exponent=65537, key_size=2048)),
            sign({"sub": "unknown-subject"}),
        ):
            body = await client.execute(ME, token=bad)
            assert body["_status"] == 401 and "data" not in body, body
    await asyncio.sleep(0)


async def test_a_token_verified_once_still_expires_and_its_forgeries_do_not_ride_on_it(client, runtime, demo, monkeypatch):
    """The verifier keeps tokens it verified (by their exact text): a kept token is still
    refused once its expiry passes, and a token differing by one character is verified in full."""
    import graphql_api.auth as auth_module

    token = await client.login("martin.pere")
    assert (await client.execute(ME, token=token))["data"]["me"]["firstName"] == "Julien"
    assert token in runtime.verifier._verified  # the second use was served from what was kept
    head, payload, signature = token.split(".")
    altered = f"{head}.{payload}.{signature[:-2]}{'A' if signature[-2] != 'A' else 'B'}{signature[-1]}"
    assert (await client.execute(ME, token=altered))["_status"] == 401
    later = runtime.verifier._verified[token].expires_at.timestamp() + 1
    monkeypatch.setattr(auth_module.time, "time", lambda: later)
    body = await client.execute(ME, token=token)
    assert body["_status"] == 401 and body["errors"][0]["extensions"]["code"] == "TOKEN_EXPIRED"
