"""Generated queries and mutations (hypothesis-graphql) against the in-process app, as several
roles: the server never answers with an internal error or HTTP 5xx, never leaks a stack trace
or Python exception text, and never writes after rejecting a mutation.

Profiles: ``fuzz-ci`` (derandomized: the same examples every run; chosen when CI is set) and
``fuzz-dev`` (random); HYPOTHESIS_PROFILE picks one explicitly, FUZZ_EXAMPLES scales them.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import re
from typing import Any

import graphql
import httpx
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from hypothesis_graphql import Mode, mutations, queries
from sqlalchemy import func, select

from graphql_api.app import create_app
from graphql_api.db.models import AuditEntry, OutboxEvent
from graphql_api.graphql.base import encode_id
from graphql_api.graphql.schema import schema
from graphql_api.runtime import Runtime
from tests.authz.matrix import ROLES, World, build_world
from tests.conftest import make_settings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
for name, derandomize in (("fuzz-ci", True), ("fuzz-dev", False)):
    hsettings.register_profile(
        name,
        max_examples=EXAMPLES,
        derandomize=derandomize,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
PROFILE = hsettings.get_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("fuzz-ci" if os.environ.get("CI") else "fuzz-dev"))

FUZZ_ROLES = ["anonymous", "pupil", "entering_guardian", "other_guardian", "pp_of_division", "secretary", "head", "head_of_another_school", "academie"]
# login and logout take no input worth fuzzing here (logout would end the role's session; login's
# cost is argon2's): the other mutations all are.
SKIPPED_MUTATIONS = {"login", "logout"}
LEAKS = re.compile(
    r"Traceback|File \"|line \d+, in|sqlalchemy|asyncpg|aiosqlite|psycopg|sqlite3|"
    r"\b(Key|Value|Type|Attribute|Index|Assertion|Runtime|Lookup|Integrity|Operational|Programming)Error\b|"
    r"NoResultFound|object has no attribute|NoneType|<[a-zA-Z_.]+ object at 0x|isoformat|ISO string"
)


def graphql_string(value: str) -> graphql.StringValueNode:
    return graphql.StringValueNode(value=value)


def scalars(world: World) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """Inputs that sometimes hit real rows and valid vocabulary, so generated writes get past
    the first checks, and otherwise anything."""
    ids = [world.pupil_id(name) for name in world.demo.pupils]
    ids += [encode_id("Etablissement", world.demo.etablissement), encode_id("Etablissement", world.demo.other_etablissement)]
    ids += [encode_id("Notice", pk) for pks in world.notices.values() for pk in pks]
    ids += [encode_id("Pupil", 999_999), encode_id("Etablissement", 999_999)]  # unknown rows
    words = ["2GT", "2PRO", "CAP1", "1G", "1T", "STMG", "STL", "SPCL", "MATHS", "Pâtisserie", "", " ", "MARTIN", "0750001U"]
    text = st.text(max_size=40)
    day = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))
    moment = st.datetimes(
        min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 12, 31), timezones=st.sampled_from([dt.timezone.utc, None])
    )
    return {
        "ID": st.one_of(st.sampled_from(ids), text).map(graphql_string),
        "String": st.one_of(st.sampled_from(words), text).map(graphql_string),
        "Date": st.one_of(day.map(dt.date.isoformat), text).map(graphql_string),
        "DateTime": st.one_of(moment.map(dt.datetime.isoformat), text).map(graphql_string),
    }


def with_payload_errors(document: str) -> str:
    """Select every mutation payload's ``errors`` (under an alias), whatever was generated, so a
    rejection is always visible to the no-write check. (graphql-core's AST nodes are frozen.)"""
    extra = graphql.parse("{ fuzzErrors: errors { code } }").definitions[0].selection_set.selections  # type: ignore[attr-defined]

    def rebuilt(node: Any, **changes: Any) -> Any:
        return type(node)(**{**{k: getattr(node, k) for k in node.keys if k != "loc"}, **changes})

    ast = graphql.parse(document)
    definitions = []
    for op in ast.definitions:
        if isinstance(op, graphql.OperationDefinitionNode):
            fields = tuple(
                rebuilt(f, selection_set=rebuilt(f.selection_set, selections=tuple(f.selection_set.selections) + tuple(extra)))
                for f in op.selection_set.selections
            )
            op = rebuilt(op, selection_set=rebuilt(op.selection_set, selections=fields))
        definitions.append(op)
    return graphql.print_ast(rebuilt(ast, definitions=tuple(definitions)))


class ErrorLog(logging.Handler):
    """Masked internal errors are logged by graphql_api (run_mutation, ErrorPolicy): none allowed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Fuzzer:
    def __init__(self, runtime: Runtime, world: World, http: httpx.AsyncClient) -> None:
        self.runtime, self.world, self.http = runtime, world, http

    async def counts(self) -> tuple[int, int]:
        async with self.runtime.db.read() as session:
            outbox = (await session.execute(select(func.count()).select_from(OutboxEvent))).scalar_one()
            audit = (await session.execute(select(func.count()).select_from(AuditEntry))).scalar_one()
        return outbox, audit

    async def send(self, document: str, role: str, variables: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        token = self.world.tokens.get(role)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.http.post("/graphql", json={"query": document, "variables": variables or {}}, headers=headers)
        assert response.status_code < 500, (response.status_code, response.text[:500], document)
        assert response.status_code in (200, 400), (response.status_code, response.text[:500], document)
        return response.status_code, response.json()

    async def check(self, document: str, role: str, *, mutation: bool, variables: dict[str, Any] | None = None) -> None:
        errors = ErrorLog()
        logging.getLogger("graphql_api").addHandler(errors)
        try:
            if mutation:
                document = with_payload_errors(document)
                before = await self.counts()
            _, body = await self.send(document, role, variables)
        finally:
            logging.getLogger("graphql_api").removeHandler(errors)
        context = f"\nrole: {role}\ndocument:\n{document}\nvariables: {variables}\nanswer: {json.dumps(body, ensure_ascii=False)[:1500]}"
        assert not errors.records, f"internal error logged: {errors.records[0].getMessage()}{context}"
        for error in body.get("errors") or []:
            # code and field everywhere; the cost limit also says what the query cost and may cost
            assert set(error.get("extensions") or {}) <= {"code", "field", "cost", "maxCost"}, f"unexpected error extensions{context}"
            assert (error.get("extensions") or {}).get("code") != "INTERNAL_ERROR", context
        for text in strings(body):
            if text not in document + json.dumps(variables, ensure_ascii=False) + repr(variables):
                assert not LEAKS.search(text), f"leaked internals: {text!r}{context}"
        if mutation:
            rejected = bool(body.get("errors")) or any(
                payload is None or payload.get("fuzzErrors") for payload in (body.get("data") or {}).values()
            )
            codes = [e["code"] for p in (body.get("data") or {}).values() if p for e in p.get("fuzzErrors", [])]
            assert "INTERNAL_ERROR" not in codes, context
            if rejected:
                assert await self.counts() == before, f"a rejected mutation wrote outbox/audit rows{context}"


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def run_fuzz(tmp_path, make_strategy, *, mutation: bool | None) -> None:  # type: ignore[no-untyped-def]
    """``mutation`` None: the strategy gives ((document, kind), variables). One seeded database and app for all examples (state drifts as generated writes succeed,
    which is part of the point); hypothesis drives a private event loop."""
    settings = make_settings(tmp_path)
    with asyncio.Runner() as loop:
        runtime = Runtime(settings)
        loop.run(runtime.start(workers=False))
        world = loop.run(build_world(runtime, None))
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(settings, runtime)), base_url="http://testserver")
        fuzzer = Fuzzer(runtime, world, http)

        @PROFILE
        @given(generated=make_strategy(world), role=st.sampled_from(FUZZ_ROLES))
        def example(generated: Any, role: str) -> None:
            if mutation is None:  # ((document, kind), variables)
                (document, kind), variables = generated
                loop.run(fuzzer.check(document, role, mutation=kind == "mutation", variables=variables))
            else:
                loop.run(fuzzer.check(generated, role, mutation=mutation))

        try:
            example()
        finally:
            loop.run(http.aclose())
            loop.run(runtime.stop())


def test_generated_queries(tmp_path, pg_schema):
    gql = schema._schema

    def strategy(world: World) -> st.SearchStrategy[str]:
        custom = scalars(world)
        return st.one_of(
            queries(gql, custom_scalars=custom),
            queries(gql, custom_scalars=custom, mode=Mode.NEGATIVE),
        )

    run_fuzz(tmp_path, strategy, mutation=False)


def test_generated_mutations(tmp_path, pg_schema):
    gql = schema._schema
    fields = sorted(set(gql.mutation_type.fields) - SKIPPED_MUTATIONS)

    def strategy(world: World) -> st.SearchStrategy[str]:
        custom = scalars(world)
        return st.sampled_from(fields).flatmap(lambda name: mutations(gql, fields=[name], custom_scalars=custom))

    run_fuzz(tmp_path, strategy, mutation=True)


def test_generated_variables_for_the_matrix_operations(tmp_path, pg_schema):
    """hypothesis-graphql writes values inline; the front-ends send variables, which take
    another path (coercion of variables): the operations of the matrix, with generated JSON."""
    from tests.authz.matrix import collect_cases

    documents = sorted({(c.query, c.kind) for c in collect_cases() if c.kind != "subscription" and "$" in c.query})

    def strategy(world: World) -> st.SearchStrategy[str]:
        custom = scalars(world)
        leaf = st.one_of(
            st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), custom["ID"].map(lambda n: n.value), st.text(max_size=20)  # JSON has no Infinity: a client cannot send one
        )
        value = st.recursive(leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)

        def with_variables(item: tuple[str, str]) -> st.SearchStrategy[Any]:
            names = [v.variable.name.value for op in graphql.parse(item[0]).definitions for v in op.variable_definitions]  # type: ignore[attr-defined]
            return st.tuples(st.just(item), st.fixed_dictionaries({n: value for n in names}))

        return st.sampled_from(documents).flatmap(with_variables)

    run_fuzz(tmp_path, strategy, mutation=None)


def test_no_write_check_sees_rejections():
    """The alias added to every payload is what the no-write check relies on."""
    document = with_payload_errors("mutation { markNotificationsRead { unreadCount } }")
    assert "fuzzErrors: errors {" in document and "code" in document
    assert set(ROLES) >= set(FUZZ_ROLES)


pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
