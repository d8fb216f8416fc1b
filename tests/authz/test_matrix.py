"""Every query, mutation and subscription of the schema, called as every role, against the table
kept in ``tests/authz/cases_*.py`` (see docs/SECURITY.md for adding rows)."""
from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import websockets

from graphql_api import policy
from graphql_api.app import create_app
from graphql_api.graphql.schema import schema
from graphql_api.policy import RULES, Action
from graphql_api.runtime import Runtime
from tests.conftest import running_server

from .matrix import REJECTED, ROLES, TARGETS, Case, Outcome, World, build_world, collect_cases, diff, snapshot

CASES = collect_cases()
HTTP_CASES = [c for c in CASES if c.kind != "subscription"]
SUBSCRIPTION_CASES = [c for c in CASES if c.kind == "subscription"]


def schema_operations() -> set[str]:
    gql = schema._schema
    roots = {"query": gql.query_type, "mutation": gql.mutation_type, "subscription": gql.subscription_type}
    return {f"{kind}.{name}" for kind, root in roots.items() if root is not None for name in root.fields}


# --- the table itself ---------------------------------------------------------------------------


def test_every_operation_of_the_schema_has_rows_in_the_matrix():
    covered = {f"{c.kind}.{c.field}" for c in CASES}
    missing = sorted(schema_operations() - covered)
    assert not missing, (
        f"operations without an authorization rule in tests/authz/cases_*.py: {', '.join(missing)} "
        "(add a Case per operation: see docs/SECURITY.md)"
    )


def test_every_row_names_an_operation_of_the_schema():
    stale = sorted({f"{c.kind}.{c.field}" for c in CASES} - schema_operations())
    assert not stale, f"rows for operations the schema no longer has: {stale}"


def test_every_action_has_a_rule():
    assert set(RULES) == set(Action), f"actions without a rule: {sorted(set(Action) - set(RULES))}"


def test_every_mutation_refuses_someone_unless_public():
    """A mutation nobody is refused is a mutation that skips the policy."""
    by_field: dict[str, list[Case]] = {}
    for case in CASES:
        if case.kind == "mutation":
            by_field.setdefault(case.field, []).append(case)
    open_to_all = sorted(
        name
        for name, cases in by_field.items()
        if not any(c.public for c in cases) and all(o.allowed for c in cases for o in c.expect.values())
    )
    assert not open_to_all, f"mutations with no refused role in the matrix: {open_to_all}"


# --- running the table --------------------------------------------------------------------------


class RecordingRules(dict):
    """policy.RULES, noting which actions were consulted: proof a resolver asked the policy."""

    def __init__(self, rules: dict[Action, Any]) -> None:
        super().__init__(rules)
        self.consulted: set[Action] = set()

    def __getitem__(self, action: Action) -> Any:
        self.consulted.add(action)
        return super().__getitem__(action)


@pytest.fixture
def recorded_rules(monkeypatch: pytest.MonkeyPatch) -> RecordingRules:
    rules = RecordingRules(policy.RULES)
    monkeypatch.setattr(policy, "RULES", rules)
    return rules


def observe_http(case: Case, body: dict[str, Any]) -> tuple[Outcome, Any]:
    """The outcome a response shows, as the table spells it."""
    data = body.get("data") or {}
    value = data.get(case.response_key)
    if body.get("errors"):
        return Outcome("refused", (body["errors"][0].get("extensions") or {}).get("code")), value
    if case.kind == "mutation":
        codes = [e["code"] for e in value.get("errors", [])]
        return (Outcome("refused", codes[0]) if codes else Outcome("data")), value
    if value is None:
        return Outcome("null"), value
    if value == [] or (isinstance(value, dict) and value.get("totalCount") == 0):
        return Outcome("empty"), value
    return Outcome("data"), value


@contextlib.asynccontextmanager
async def http_client(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(runtime.settings, runtime))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def call(http: httpx.AsyncClient, world: World, case: Case, role: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {world.tokens[role]}"} if role in world.tokens else {}
    response = await http.post("/graphql", json={"query": case.query, "variables": case.variables(world)}, headers=headers)
    assert response.status_code == 200, (case.id, role, response.status_code, response.text)
    return response.json()


@pytest.mark.parametrize("case", HTTP_CASES, ids=[c.id for c in HTTP_CASES])
async def test_http_operation_as_every_role(case: Case, settings, pg_schema, recorded_rules: RecordingRules):
    """Refused roles first, on one seeded database (a refusal changes no row, checked each time);
    then the allowed roles (each on a freshly seeded database if the case says ``isolate``)."""
    runtime = Runtime(settings)
    await runtime.start(workers=False)
    problems: list[str] = []
    try:
        world = await build_world(runtime, case.state)
        dirty = False
        before = None
        ordered = sorted(ROLES, key=lambda r: case.expect[r].allowed)
        async with http_client(runtime) as http:
            for role in ordered:
                expected = case.expect[role]
                if case.isolate and expected.allowed and dirty:
                    world = await build_world(runtime, case.state)
                if case.kind == "mutation" and before is None and not expected.allowed:
                    before = await snapshot(runtime, case.writes_on_refusal)  # refusals keep it valid
                recorded_rules.consulted.clear()
                got, value = observe_http(case, await call(http, world, case, role))
                if got != expected:
                    problems.append(f"{role}: expected {expected}, got {got} {json.dumps(value, ensure_ascii=False)[:300]}")
                    before = None  # it may have written: compare the next refusals with a new copy
                    continue
                if expected.allowed:
                    dirty = True
                    if case.kind == "mutation" and not case.public and not recorded_rules.consulted:
                        problems.append(f"{role}: allowed without consulting any policy rule")
                    if case.check is not None:
                        try:
                            checked = case.check(world, role, value)
                            if inspect.isawaitable(checked):
                                await checked
                        except AssertionError as exc:
                            problems.append(f"{role}: allowed but wrong data: {exc}")
                elif before is not None:
                    changed = diff(before, await snapshot(runtime, case.writes_on_refusal))
                    if changed:
                        problems.append(f"{role}: refused ({got}) but tables changed: {changed}")
                        before = None
    finally:
        await runtime.stop()
    assert not problems, f"{case.id}:\n  " + "\n  ".join(problems)


# --- subscriptions over graphql-transport-ws on a real server ------------------------------------


async def open_subscription(url: str, world: World, case: Case, role: str) -> Any:
    """Connect and subscribe; returns the socket, or REJECTED when connection_init is refused."""
    ws = await websockets.connect(f"ws://{url}/graphql", subprotocols=["graphql-transport-ws"])
    init: dict[str, Any] = {"type": "connection_init"}
    if role in world.tokens:
        init["payload"] = {"Authorization": f"Bearer {world.tokens[role]}"}
    await ws.send(json.dumps(init))
    try:
        ack = json.loads(await asyncio.wait_for(ws.recv(), 10))
    except websockets.ConnectionClosed:
        return REJECTED
    assert ack["type"] == "connection_ack", ack
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": case.query, "variables": case.variables(world)}}))
    return ws


async def first_message(ws: Any, world: World) -> Outcome:
    """Refusal (error), or the first event with the pupil it is about; "silent" if none comes."""
    try:
        message = json.loads(await asyncio.wait_for(ws.recv(), 15))
    except TimeoutError:
        return Outcome("silent")
    errors = message["payload"] if message["type"] == "error" else message["payload"].get("errors")
    if errors:
        return Outcome("refused", (errors[0].get("extensions") or {}).get("code"))
    assert message["type"] == "next", message
    (value,) = message["payload"]["data"].values()
    pupil_id = (value.get("pupil") or {}).get("id")
    names = [name for name in world.demo.pupils if world.pupil_id(name) == pupil_id]
    return Outcome("data", detail=names[0] if names else None)


@pytest.fixture
def server_apps(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The apps running_server builds, so a test can see its hub (how many subscribers it has)."""
    import tests.conftest

    apps: list[Any] = []

    def recording_create_app(*args: Any, **kwargs: Any) -> Any:
        apps.append(create_app(*args, **kwargs))
        return apps[-1]

    monkeypatch.setattr(tests.conftest, "create_app", recording_create_app)
    return apps


@pytest.mark.parametrize("case", SUBSCRIPTION_CASES, ids=[c.id for c in SUBSCRIPTION_CASES])
async def test_subscription_as_every_role(case: Case, settings, pg_schema, server_apps):
    """One server and one database per case: every role subscribes; once each subscription is
    either refused or registered in the server's hub, the trigger runs; accepted roles must get
    their first event, about the pupil the table names (FIFO: an earlier leak would come first)."""
    assert case.trigger is not None, f"{case.id}: a subscription case needs a trigger"
    runtime = Runtime(settings)  # sets the database up; the server has its own runtime on it
    await runtime.start(workers=False)
    try:
        world = await build_world(runtime, case.state)
        async with running_server(settings) as url:
            hub = server_apps[-1].state.runtime.hub
            sockets = {role: await open_subscription(url, world, case, role) for role in ROLES}
            live = {r: ws for r, ws in sockets.items() if not isinstance(ws, Outcome)}
            readers = {r: asyncio.create_task(first_message(ws, world)) for r, ws in live.items()}
            try:
                for _ in range(400):  # wait for a state, not for a duration
                    if hub.subscriber_count + sum(t.done() for t in readers.values()) >= len(live):
                        break
                    await asyncio.sleep(0.025)
                world.runtime = server_apps[-1].state.runtime  # its dispatcher feeds its hub
                await case.trigger(world)
                got = {r: s for r, s in sockets.items() if isinstance(s, Outcome)}
                got.update({r: await t for r, t in readers.items()})
            finally:
                for task in readers.values():
                    task.cancel()
                for ws in live.values():
                    await ws.close()
    finally:
        await runtime.stop()
    expected = {r: Outcome(o.kind, o.code, TARGETS.get(o.detail, o.detail) if o.detail else None) for r, o in case.expect.items()}
    problems = [f"{r}: expected {expected[r]}, got {got[r]}" for r in ROLES if got[r] != expected[r]]
    assert not problems, f"{case.id}:\n  " + "\n  ".join(problems)
