"""Limits an outside caller tried to get around, through the real app (HTTP in process,
WebSocket against uvicorn): cost through variable defaults, writes counted per mutation field,
suggestions in production, NUL characters, metrics labels of anonymous callers."""
from __future__ import annotations

import json

from sqlalchemy import func, select

from graphql_api.db.models import Pupil
from tests.conftest import make_settings, running_server
from tests.delivery.helpers import login, subscriber
from tests.test_hardening import ITEMS, app_client, messages
from tests.test_ops_http import sample
from tests.test_smoke_phase1 import VALIDATE, pupil_id

PAGES = "query($n: Int = 100) { pupils(first: $n) { edges { node { id firstName lastName } } } }"  # 1 + n * 5


# --- 3: cost through a variable's default ---------------------------------------------------------


async def test_cost_counts_a_variable_default_over_http(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_QUERY_COST="300") as (client, _):
        await client.login("chef.aubrac")
        for variables in ({}, {"n": 100}):
            body = await client.execute(PAGES, variables, as_="chef.aubrac")
            assert body.get("data") is None, variables
            assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
            assert body["errors"][0]["extensions"]["cost"] == 501
        cheap = await client.execute(PAGES.replace("= 100", "= 5"), as_="chef.aubrac")
        assert "errors" not in cheap and len(cheap["data"]["pupils"]["edges"]) == 5


async def test_cost_counts_a_variable_default_over_websocket(tmp_path, db, demo):
    settings = make_settings(tmp_path, MAX_QUERY_COST="300")
    async with running_server(settings) as base:
        token = await login(base, "chef.aubrac")
        async with subscriber(base, token) as sub:
            op = await sub.subscribe(PAGES)
            message = await sub.receive()
            assert message["id"] == op and message["type"] in ("next", "error"), message
            errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
            assert errors[0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
            assert "data" not in message["payload"] or message["payload"]["data"] is None


# --- 8: each mutation field is a write -------------------------------------------------------------


def aliased(n: int) -> str:
    fields = " ".join(f"v{i}: validateIntentions(input: {{pupilId: $id, intentions: $items}}) {{ errors {{ code }} }}" for i in range(n))
    return f"mutation($id: ID!, $items: [IntentionInput!]!) {{ {fields} }}"


async def test_each_mutation_field_counts_against_the_write_limit(tmp_path, db, demo):
    async with app_client(tmp_path, db, WRITE_RATE_LIMIT="30", MAX_MUTATION_FIELDS="10") as (client, runtime):
        await client.login("martin.pere")
        pid = await pupil_id(client, "martin.pere")
        revisions = []
        for _ in range(4):
            body = await client.execute(aliased(10), {"id": pid, "items": ITEMS}, as_="martin.pere")
            revisions.append(body["_status"])
        assert revisions == [200, 200, 200, 429]  # 30 writes, then the limit
        async with db.read() as session:
            version = (await session.execute(select(Pupil.version).where(Pupil.id == demo.pupils["martin"]))).scalar_one()
        assert version <= 1 + 30


async def test_a_request_carries_a_bounded_number_of_mutation_fields(tmp_path, db, demo):
    async with app_client(tmp_path, db, MAX_MUTATION_FIELDS="10") as (client, _):
        await client.login("martin.pere")
        pid = await pupil_id(client, "martin.pere")
        body = await client.execute(aliased(11), {"id": pid, "items": ITEMS}, as_="martin.pere")
        assert body.get("data") is None and body["errors"][0]["extensions"]["code"] == "TOO_MANY_MUTATIONS"
        # through a fragment too
        spread = "mutation($id: ID!, $items: [IntentionInput!]!) { ...M } fragment M on Mutation { " + aliased(11).split("{ ", 1)[1]
        body = await client.execute(spread, {"id": pid, "items": ITEMS}, as_="martin.pere")
        assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_MUTATIONS"
        async with db.read() as session:
            assert (await session.execute(select(func.max(Pupil.version)))).scalar_one() <= 1


# --- 9: no suggestion at all in production ---------------------------------------------------------


SUGGESTIVE = [
    ("{ pupil(idd: \"x\") { id } }", None),  # argument
    ("query($p: Palie!) { voies(palier: $p) { code } }", None),  # type
    ("{ voies(palier: TROISIEM) { code } }", None),  # enum value (literal)
    ("query($p: Palier!) { voies(palier: $p) { code } }", {"p": "TROISIEM"}),  # enum value (variable)
    ("mutation { validateIntentions(input: {pupilIdd: \"x\", intentions: []}) { message } }", None),  # input field
    ("mutation($i: ValidateIntentionsInput!) { validateIntentions(input: $i) { message } }", {"i": {"pupilIdd": "x", "intentions": []}}),
    ("{ mee { id } }", None),  # field
]


async def test_production_answers_without_suggestions(tmp_path, db, demo):
    async with app_client(tmp_path, db) as (dev, _):
        await dev.login("martin.pere")
        suggested = [messages(await dev.execute(q, v, as_="martin.pere")) for q, v in SUGGESTIVE]
        assert all("Did you mean" in m for m in suggested), suggested  # the cases do suggest in development
    async with app_client(tmp_path, db, ENVIRONMENT="production") as (prod, _):
        await prod.login("martin.pere")
        for query, variables in SUGGESTIVE:
            body = await prod.execute(query, variables, as_="martin.pere")
            assert body.get("errors") and "Did you mean" not in json.dumps(body), (query, body)


# --- 10: NUL characters ----------------------------------------------------------------------------


async def test_a_nul_character_is_invalid_input_everywhere_strings_enter(tmp_path, db, demo):
    async with app_client(tmp_path, db) as (client, _):
        await client.login("martin.pere")
        await client.login("chef.aubrac")
        pid = await pupil_id(client, "martin.pere")
        cases = [
            ("mutation($l: String!) { login(login: $l, password: \"x\") { token errors { code } } }", {"l": "martin\x00pere"}, None),
            ('mutation { login(login: "martin\\u0000pere", password: "x") { token errors { code } } }', None, None),
            (VALIDATE, {"id": pid, "items": [{"voie": "CAP1", "metier": "Cuisine\x00"}]}, "martin.pere"),
            ("query($s: String) { pupils(search: $s) { totalCount } }", {"s": "MAR\x00"}, "chef.aubrac"),
            ("query($s: String) { pupils(lastName: $s) { totalCount } }", {"s": "\x00"}, "chef.aubrac"),
        ]
        for query, variables, who in cases:
            body = await client.execute(query, variables, as_=who)
            assert body.get("data") is None and body["errors"][0]["extensions"]["code"] == "INVALID_CHARACTER", body
        async with db.read() as session:
            assert (await session.execute(select(func.max(Pupil.version)))).scalar_one() <= 1  # nothing changed
        export = await client.http.get(
            "/exports/pupils.csv", params={"lastName": "MAR\x00"}, headers={"Authorization": f"Bearer {client.tokens['chef.aubrac']}"}
        )
        assert export.status_code == 400 and export.json()["errors"][0]["code"] == "INVALID_CHARACTER"


# --- 13: anonymous callers do not name metrics series ----------------------------------------------


async def test_anonymous_operation_names_are_not_metrics_labels(tmp_path, db, demo):
    async with app_client(tmp_path, db) as (client, runtime):
        for i in range(5):
            await client.http.post("/graphql", json={"query": f"query Spam{i} {{ voies(palier: TROISIEME) {{ code }} }}"})
        await client.http.post("/graphql", json={"query": "mutation Spam { login(login: \"x\", password: \"y\") { token } }"})
        await client.login("martin.pere")
        await client.http.post(
            "/graphql", json={"query": "query FamilyPage { me { id } }"}, headers={"Authorization": f"Bearer {client.tokens['martin.pere']}"}
        )
        text = (await client.http.get("/metrics")).text
        assert "Spam" not in text
        assert sample(text, "graphql_operations_total", operation="voies", type="query", outcome="ok") == 5
        assert sample(text, "graphql_operations_total", operation="FamilyPage", type="query", outcome="ok") == 1
        assert "Spam" not in " ".join(runtime.metrics._names)
