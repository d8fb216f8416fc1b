"""OWASP GraphQL hardening, through the real ASGI app: limits (also through fragment spreads),
query cost, production switches, masked errors, HTTP methods and media types, CORS, write
rate limit, login lockout, token expiry."""
from __future__ import annotations

import contextlib
import uuid
import datetime as dt
from collections.abc import AsyncIterator

import httpx
import jwt
from graphql import parse
from sqlalchemy import func, select

from graphql_api.app import create_app
from graphql_api.auth import issue_token
from graphql_api.db.models import RequestSet
from graphql_api.graphql.limits import operation_cost
from graphql_api.runtime import Runtime
from graphql_api.services.clock import utcnow
from tests.conftest import GraphQLClient, free_port, make_settings
from tests.test_smoke_phase1 import VALIDATE, pupil_id

DEEP = """{ ...A }
fragment A on Query { me { ...B } }
fragment B on Viewer { children { orientation { campaign { state } } } }"""
ITEMS = [{"voie": "2GT"}]


@contextlib.asynccontextmanager
async def app_client(tmp_path, db, **env: str) -> AsyncIterator[tuple[GraphQLClient, Runtime]]:
    settings = make_settings(tmp_path, **env)
    runtime = Runtime(settings, db)
    await runtime.start(workers=False)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(settings, runtime)), base_url="http://testserver") as http:
            yield GraphQLClient(http), runtime
    finally:
        await runtime.stop()


def messages(body: dict) -> str:
    return " | ".join(e["message"] for e in body.get("errors", []))


async def request_sets(db) -> int:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return (await session.execute(select(func.count()).select_from(RequestSet))).scalar_one()


# --- depth, aliases, tokens, cost ------------------------------------------------------------


async def test_depth_limit_holds_through_fragment_spreads(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_QUERY_DEPTH="3") as (client, _):
        await client.login("martin.pere")
        deep = await client.execute(DEEP, as_="martin.pere")
        assert deep.get("data") is None and "exceeds maximum operation depth" in messages(deep)
        shallow = await client.execute("{ ...A } fragment A on Query { me { ...B } } fragment B on Viewer { children { id } }", as_="martin.pere")
        assert "errors" not in shallow and len(shallow["data"]["me"]["children"]) == 1


async def test_alias_limit_holds_through_fragment_spreads(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_ALIASES="2") as (client, _):
        many = await client.execute("{ ...F } fragment F on Query { a: me { id } b: me { id } c: me { id } }")
        assert many.get("data") is None and "aliases" in messages(many)
        two = await client.execute("{ ...F } fragment F on Query { a: me { id } b: me { id } }")
        assert two == {"data": {"a": None, "b": None}, "_status": 200}


async def test_token_limit(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_TOKENS="20") as (client, _):
        long = await client.execute("{ " + " ".join(f"a{i}: me {{ id }}" for i in range(10)) + " }")
        assert long.get("data") is None and "token" in messages(long).lower()


def test_cost_multiplies_by_page_size_through_fragments_and_variables():
    doc = parse("query($n: Int) { pupils(first: $n) { ...P } } fragment P on PupilConnection { edges { node { id firstName } } }")
    # pupils: 1 + n * (edges: 1 + (node: 1 + 2))
    assert operation_cost(doc, None, {"n": 50}) == 1 + 50 * 4
    assert operation_cost(doc, None, {}) == 1 + 20 * 4  # the default page
    twice = parse("{ a: pupils(first: 100) { totalCount } b: pupils(first: 100) { totalCount } }")
    assert operation_cost(twice, None, {}) == 2 * (1 + 100)


async def test_query_cost_limit_refuses_before_running(tmp_path, db, demo):
    query = "query($n: Int) { pupils(first: $n) { edges { node { id firstName lastName } } } }"
    async with app_client(tmp_path, db, MAX_QUERY_COST="100") as (client, _):
        await client.login("chef.aubrac")
        costly = await client.execute(query, {"n": 50}, as_="chef.aubrac")
        assert costly.get("data") is None
        assert costly["errors"][0]["extensions"] == {"code": "QUERY_TOO_COMPLEX", "cost": 251, "maxCost": 100}
        cheap = await client.execute(query, {"n": 5}, as_="chef.aubrac")
        assert "errors" not in cheap and len(cheap["data"]["pupils"]["edges"]) == 5


async def test_page_size_is_capped(client):
    await client.login("chef.aubrac")
    body = await client.execute("{ pupils(first: 101) { totalCount } }", as_="chef.aubrac")
    assert body["errors"][0]["extensions"]["code"] == "INVALID_PAGE_SIZE"


# --- production switches, masked errors ---------------------------------------------------------


async def test_production_turns_off_introspection_graphiql_and_suggestions(tmp_path, db, demo):
    introspection = "{ __schema { types { name } } }"
    async with app_client(tmp_path, db) as (dev, _):
        assert "errors" not in await dev.execute(introspection)
        assert "Did you mean" in messages(await dev.execute("{ mee { id } }"))
        page = await dev.http.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "graphiql" in page.text.lower()
    async with app_client(tmp_path, db, ENVIRONMENT="production") as (prod, _):
        refused = await prod.execute(introspection)
        assert refused.get("data") is None and "introspection" in messages(refused).lower()
        typo = await prod.execute("{ mee { id } }")
        assert "Cannot query field 'mee'" in messages(typo) and "Did you mean" not in messages(typo)
        page = await prod.http.get("/graphql", headers={"Accept": "text/html"})
        assert "graphiql" not in page.text.lower() and not page.headers.get("content-type", "").startswith("text/html")


async def test_unexpected_errors_are_masked_without_stack_trace(tmp_path, pg_schema):
    settings = make_settings(tmp_path, DATABASE_URL=f"postgresql+asyncpg://nobody@127.0.0.1:{free_port()}/none")
    runtime = Runtime(settings)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(settings, runtime)), base_url="http://t") as http:
            response = await http.post("/graphql", json={"query": "{ voies(palier: TROISIEME) { code } }"})
    finally:
        await runtime.db.dispose()
        await runtime.rate_limiter.close()
        await runtime.broker.close()
    body = response.json()
    # An unreachable database is not a bug: it has its own code, 503 and Retry-After (db/outage.py).
    assert response.status_code == 503 and response.headers["retry-after"] == "5"
    assert body["errors"][0]["extensions"] == {"code": "SERVICE_UNAVAILABLE"}
    assert body["errors"][0]["message"] == "Le service est momentanément indisponible. Veuillez réessayer dans quelques instants."
    for leak in ("Traceback", 'File "', "asyncpg", "Connect", "127.0.0.1", "sqlalchemy"):
        assert leak not in response.text


# --- HTTP methods, multipart, media types, CORS ----------------------------------------------------


async def test_get_runs_queries_but_never_mutations(client, db):
    token = await client.login("martin.pere")
    pid = await pupil_id(client, "martin.pere")
    auth = {"Authorization": f"Bearer {token}"}
    read = await client.http.get("/graphql", params={"query": "{ me { role } }"}, headers=auth)
    assert read.status_code == 200 and read.json() == {"data": {"me": {"role": "GUARDIAN"}}}
    import json

    write = await client.http.get("/graphql", params={"query": VALIDATE, "variables": json.dumps({"id": pid, "items": ITEMS})}, headers=auth)
    assert write.status_code == 405
    assert await request_sets(db) == 0


async def test_multipart_requests_are_refused(client, db):
    token = await client.login("martin.pere")
    pid = await pupil_id(client, "martin.pere")
    import json

    operations = json.dumps({"query": VALIDATE, "variables": {"id": pid, "items": ITEMS}})
    response = await client.http.post(
        "/graphql", files={"operations": (None, operations), "map": (None, "{}")}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 400
    assert await request_sets(db) == 0


async def test_graphql_response_media_type(client):
    accept = {"Accept": "application/graphql-response+json"}
    ok = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers=accept)
    assert ok.status_code == 200 and ok.headers["content-type"] == "application/graphql-response+json"
    assert ok.json() == {"data": {"me": None}}
    for broken in ("{ me { ", "{ nope }"):
        failed = await client.http.post("/graphql", json={"query": broken}, headers=accept)
        assert failed.status_code == 400 and "data" not in failed.json() and failed.json()["errors"]
    legacy = await client.http.post("/graphql", json={"query": "{ nope }"})
    assert legacy.status_code == 200 and legacy.headers["content-type"] == "application/json" and legacy.json()["data"] is None


async def test_cors_only_for_configured_origins(tmp_path, db, demo):
    allowed, other = "https://famille.orientation.example", "https://evil.example"
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}
    async with app_client(tmp_path, db, CORS_ORIGINS=allowed) as (client, _):
        ok = await client.http.options("/graphql", headers={"Origin": allowed, **preflight})
        assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == allowed
        refused = await client.http.options("/graphql", headers={"Origin": other, **preflight})
        assert refused.status_code == 400 and "access-control-allow-origin" not in refused.headers
        simple = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers={"Origin": other})
        assert "access-control-allow-origin" not in simple.headers
    async with app_client(tmp_path, db) as (client, _):  # no CORS_ORIGINS: no browser origin at all
        simple = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers={"Origin": allowed})
        assert "access-control-allow-origin" not in simple.headers


# --- rate limit, lockout, expiry ---------------------------------------------------------------------


async def test_write_rate_limit_per_account_shared_between_processes(tmp_path, db, demo):
    shared = {"WRITE_RATE_LIMIT": "3", "REDIS_CHANNEL": f"orientation:test:{uuid.uuid4().hex}"}  # one deployment
    async with app_client(tmp_path, db, **shared) as (one, _), app_client(tmp_path, db, **shared) as (two, _):
        token = await one.login("martin.pere")
        two.tokens["martin.pere"] = token
        await one.login("bernard.mere")
        pid = await pupil_id(one, "martin.pere")
        for client in (one, two, one):  # three writes, through two processes
            assert (await client.data(VALIDATE, {"id": pid, "items": ITEMS}, as_="martin.pere"))["validateIntentions"]["errors"] == []
        limited = await two.execute(VALIDATE, {"id": pid, "items": [{"voie": "CAP1"}]}, as_="martin.pere")
        assert limited["_status"] == 429
        assert limited.get("data") is None
        assert limited["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
        assert limited["errors"][0]["message"].startswith("Trop de modifications")
        file = await one.data("query($id: ID!) { pupil(id: $id) { orientation { intentions { revision requests { voie { code } } } } } }", {"id": pid}, as_="martin.pere")
        assert file["pupil"]["orientation"]["intentions"] == {"revision": 3, "requests": [{"voie": {"code": "2GT"}}]}
        # Reads are not limited, and another account has its own budget.
        assert (await two.execute("{ me { id } }", as_="martin.pere"))["_status"] == 200
        other = await pupil_id(one, "bernard.mere")
        assert (await one.data(VALIDATE, {"id": other, "items": ITEMS}, as_="bernard.mere"))["validateIntentions"]["errors"] == []


async def test_login_locks_the_account_after_repeated_failures(client):
    query = "mutation($p: String!) { login(login: \"martin.pere\", password: $p) { token errors { code } } }"
    for _ in range(5):
        body = await client.data(query, {"p": "wrong"})
        assert body["login"]["errors"] == [{"code": "INVALID_CREDENTIALS"}]
    locked = await client.data(query, {"p": "orientation"})  # even the right password
    assert locked["login"] == {"token": None, "errors": [{"code": "INVALID_CREDENTIALS"}]}
    assert (await client.data(query.replace("martin.pere", "martin.mere"), {"p": "orientation"}))["login"]["token"]


async def test_expired_token_is_401(client, runtime):
    token = await client.login("martin.pere")
    claims = jwt.decode(token, options={"verify_signature": False})
    settings = runtime.settings
    past = utcnow() - dt.timedelta(seconds=settings.token_ttl_seconds + 60)
    expired = issue_token(settings, int(claims["sub"]), claims["sid"], now=past).token
    response = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers={"Authorization": f"Bearer {expired}"})
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "TOKEN_EXPIRED"
    assert "data" not in response.json()


async def test_rate_limiter_fails_open_when_redis_is_unreachable():
    from graphql_api.ratelimit import RedisRateLimiter

    limiter = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", "orientation:test", limit=1, window=60)
    try:
        assert await limiter.allow(1) and await limiter.allow(1)
    finally:
        await limiter.close()


async def test_database_rate_limiter_purges_hits_older_than_the_window(db):
    from graphql_api.db.models_ops import RateLimitHit
    from graphql_api.ratelimit import DatabaseRateLimiter

    limiter = DatabaseRateLimiter(db, limit=1, window=60)
    async with db.write() as session:
        session.add(RateLimitHit(account_id=7, at=utcnow() - dt.timedelta(seconds=61)))
    assert await limiter.allow(7)  # the old hit is outside the window
    assert not await limiter.allow(7)
    assert await limiter.purge() == 1
    async with db.read() as session:
        assert (await session.execute(select(func.count()).select_from(RateLimitHit))).scalar_one() == 2
