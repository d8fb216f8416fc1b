"""The compiled execution path (graphql/compiled.py) answers exactly what graphql-core answers.

Three layers of evidence:
- every operation of the whole suite runs in check mode (conftest: COMPILED_EXECUTION=check and
  an autouse fixture failing any test during which a value completed differently);
- here, generated queries (hypothesis-graphql) over a small schema that has every shape the
  compiler handles and several it must refuse, on generated values that are often wrong (nulls
  in non-null fields, scalars that do not coerce, objects of the wrong type, missing
  attributes, generators for lists): the compiled schema and graphql-core alone must give the
  same data, nulls and errors, in the same order, byte for byte;
- the product's own pages go through the compiled path (it is not silently bypassed), and check
  mode does catch a compiler that answers differently.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import enum
import json
import os
from types import SimpleNamespace
from typing import Any, Optional

import pytest
import strawberry
from graphql import GraphQLInt
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from hypothesis_graphql import queries

from graphql_api.graphql import compiled
from graphql_api.graphql.compiled import Plans, executor_class
from graphql_api.graphql.scalars import SCALAR_OVERRIDES

EXAMPLES = int(os.environ.get("COMPILED_EXAMPLES", "300"))
PROFILE = hsettings(
    max_examples=EXAMPLES,
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Leaf(Named):  # implements an interface: Strawberry gives it an is_type_of
    name: str
    size: Optional[int]
    ratio: float
    flag: Optional[bool]
    colour: Colour
    colours: list[Optional[Colour]]
    day: Optional[dt.date]
    tags: Optional[list[str]]

    @strawberry.field
    def shout(self) -> str:  # a synchronous resolver taking only self: compiled
        return self.name.upper()


@strawberry.type
class Plain:  # no interface: no is_type_of
    code: strawberry.ID
    label: Optional[str]
    leaf: Optional[Leaf]


@strawberry.type
class Node:
    id: strawberry.ID
    label: Optional[str]
    plain: Plain
    leaf: Leaf
    maybe_leaf: Optional[Leaf]
    leaves: list[Leaf]
    optional_leaves: Optional[list[Optional[Leaf]]]
    children: list["Node"]
    named: Optional[Named]  # abstract: left to graphql-core

    @strawberry.field
    def scaled(self, times: int = 2) -> Optional[int]:  # arguments: left to graphql-core
        return None if self.plain is None else len(str(self.plain)) * times

    @strawberry.field
    async def later(self) -> Optional[str]:  # async: left to graphql-core
        await asyncio.sleep(0)
        return self.label


@strawberry.type
class Query:
    @strawberry.field
    def root(self, info: strawberry.Info) -> Optional[Node]:
        return info.context["root"]

    @strawberry.field
    def roots(self, info: strawberry.Info) -> list[Node]:
        return info.context["roots"]

    @strawberry.field
    def plain(self, info: strawberry.Info) -> Plain:
        return info.context["plain"]


def toy_schema(mode: str, maxsize: int = 2048, extensions: tuple[Any, ...] = ()) -> tuple[strawberry.Schema, Plans]:
    plans = Plans(mode, maxsize)
    schema = strawberry.Schema(
        query=Query,
        types=[Leaf],
        scalar_overrides=SCALAR_OVERRIDES,
        execution_context_class=executor_class(plans),
        extensions=list(extensions),
    )
    return schema, plans


COMPILED, COMPILED_PLANS = toy_schema("on")
GENERIC, _ = toy_schema("off")

# -- generated values: right most of the time, wrong in every way graphql-core reports -----------

MISSING = object()  # the attribute is absent


def values(good: st.SearchStrategy[Any], *wrong: Any) -> st.SearchStrategy[Any]:
    bad = st.sampled_from([None, MISSING, *wrong])
    return st.one_of(good, good, good, good, bad)


def build(kind: type, fields: dict[str, Any]) -> Any:
    """An instance of the Strawberry type, or a look-alike that fails is_type_of, with the
    generated attributes set as they are (no dataclass checks)."""
    obj = object.__new__(kind) if kind is not SimpleNamespace else SimpleNamespace()
    for name, value in fields.items():
        if value is not MISSING:
            object.__setattr__(obj, name, value)
    return obj


class Bag:
    """An iterable that is neither a list nor a tuple (graphql-core accepts it), re-iterable so
    both executions see the same items."""

    def __init__(self, *items: Any) -> None:
        self.items = items

    def __iter__(self) -> Any:
        return iter(self.items)

    def __repr__(self) -> str:
        return f"Bag{self.items!r}"


text = st.text(max_size=6)
colours = st.one_of(st.sampled_from(list(Colour)), st.sampled_from(["red", "RED", "blue", 3]))
leaf_fields = st.fixed_dictionaries(
    {
        "name": values(text, 12, b"bytes", 1.5, Colour.RED),
        "size": values(st.integers(-(2**31), 2**31 - 1), 2**40, 1.5, 2.0, "7", True, float("nan")),
        "ratio": values(st.floats(allow_nan=False, allow_infinity=False), float("inf"), float("nan"), 3, "1.5", True),
        "flag": values(st.booleans(), 0, 1, "yes", 0.0),
        "colour": values(colours),
        "colours": values(st.lists(st.one_of(colours, st.none()), max_size=3), "red", (Colour.RED,), Bag(Colour.GREEN, None)),
        "day": values(st.dates(), "2024-01-01", dt.datetime(2024, 1, 1, 12)),
        "tags": values(st.lists(text, max_size=3), "tag", (1, 2), [None]),
    }
)
leaves = st.one_of(
    st.builds(build, st.just(Leaf), leaf_fields),
    st.builds(build, st.just(Leaf), leaf_fields),
    st.builds(build, st.just(SimpleNamespace), leaf_fields),  # not a Leaf: is_type_of fails
)
plains = st.builds(
    build,
    st.just(Plain),
    st.fixed_dictionaries({"code": values(text, 5, 1.5), "label": values(text, 0), "leaf": values(leaves, "leaf")}),
)


def nodes(children: Optional[st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    return st.builds(
        build,
        st.sampled_from([Node, Node, Node, SimpleNamespace]),
        st.fixed_dictionaries(
            {
                "id": values(text, 7),
                "label": values(text, 3.5),
                "plain": values(plains, "plain"),
                "leaf": values(leaves, 1),
                "maybe_leaf": values(leaves),
                "leaves": values(st.lists(leaves, max_size=3), "leaves"),
                "optional_leaves": values(st.lists(st.one_of(leaves, st.none()), max_size=3)),
                "children": values(st.lists(children, max_size=2) if children is not None else st.just([]), Bag()),
                "named": values(leaves, "named"),
            }
        ),
    )


trees = st.recursive(nodes(None), nodes, max_leaves=4)
contexts = st.fixed_dictionaries(
    {"root": st.one_of(st.none(), trees), "roots": st.lists(trees, max_size=3), "plain": values(plains)}
)

HANDWRITTEN = [
    "{ root { id label leaf { name size ratio flag colour colours day tags shout __typename } } }",
    "{ roots { a: id b: id leaf { n: name n2: name } ...F } } fragment F on Node { label leaf { size } maybeLeaf { ...L } } fragment L on Leaf { name colour }",
    "{ root { ... on Node { id plain { code leaf { name } } } optionalLeaves { ... on Leaf { colours } day: name } } }",
    "query ($x: Boolean!) { root { id label @include(if: $x) leaf { name @skip(if: $x) } } }",
    "{ root { id named { name ... on Leaf { size } } scaled scaled2: scaled(times: 3) later } }",
    "{ roots { children { children { id leaves { name tags } } leaf { shout } } } plain { code label } }",
    "{ root { leaf { size } leaf { ratio } leaves { name } leaves { colour } } }",
    "{ plain { leaf { colours name } code } root { plain { __typename } } }",
]


def answer(result: Any) -> str:
    """The response exactly as a client receives it (data, then errors with their paths)."""
    return json.dumps(
        {"data": result.data, "errors": [e.formatted for e in result.errors or ()]}, ensure_ascii=False, default=repr
    )


def both(document: str, context: dict[str, Any], variables: Optional[dict[str, Any]] = None) -> tuple[str, str]:
    async def run() -> tuple[Any, Any]:
        compiled_result = await COMPILED.execute(document, context_value=context, variable_values=variables)
        generic_result = await GENERIC.execute(document, context_value=context, variable_values=variables)
        return compiled_result, generic_result

    compiled_result, generic_result = asyncio.run(run())
    return answer(compiled_result), answer(generic_result)


@PROFILE
@given(document=st.one_of(st.sampled_from(HANDWRITTEN), queries(COMPILED._schema)), context=contexts, include=st.booleans())
def test_generated_queries_on_generated_values_answer_as_graphql_core(document: str, context: dict[str, Any], include: bool) -> None:
    variables = {"x": include} if "$x" in document else None
    mine, theirs = both(document, context, variables)
    assert mine == theirs, f"\ndocument: {document}\ncompiled: {mine}\ngraphql-core: {theirs}"


GOOD_LEAF = dict(name="a", size=1, ratio=0.5, flag=None, colour=Colour.RED, colours=[Colour.GREEN, None], day=dt.date(2027, 5, 14), tags=["x"])
EDGE_VALUES: dict[str, list[Any]] = {
    "name": ["", "é", 12, -3, 1.5, True, b"x", Colour.RED, dt.date(2024, 1, 1), None, MISSING],
    "size": [0, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 2**40, 1.0, 1.5, True, False, "7", "x", float("inf"), float("nan"), None, MISSING],
    "ratio": [0.0, -0.0, 1e308, 3, 2**60, True, "1.5", "x", float("inf"), float("-inf"), float("nan"), None, MISSING],
    "flag": [True, False, 0, 1, 2, 0.0, 0.5, "yes", "", None, MISSING],
    "colour": [Colour.GREEN, "red", "green", "RED", "GREEN", "blue", 3, None, MISSING],
    "colours": [[], [Colour.RED], ["red"], [None], [Colour.RED, "blue"], (Colour.GREEN,), Bag(Colour.RED), "red", None, MISSING],
    "day": [dt.date(2024, 2, 29), dt.datetime(2024, 1, 1, 12), "2024-01-01", 20240101, None, MISSING],
    "tags": [[], ["a", "b"], [None], [1, 2.5, True], ("t",), Bag("u"), "tag", None, MISSING],
}


@pytest.mark.parametrize(
    "field, value", [(field, value) for field, edge in EDGE_VALUES.items() for value in edge], ids=lambda v: repr(v)[:24]
)
def test_every_kind_of_leaf_value_answers_as_graphql_core(field: str, value: Any) -> None:
    """Each leaf type with the values it accepts and the ones it refuses, under a nullable
    parent (the error nulls the leaf) and under non-null parents (the null propagates up)."""
    leaf = build(Leaf, {**GOOD_LEAF, field: value})
    plain = build(Plain, dict(code="P", label=None, leaf=leaf))
    node = build(Node, dict(id="1", label="n", plain=plain, leaf=leaf, maybe_leaf=leaf, leaves=[leaf, leaf], optional_leaves=[leaf], children=[], named=None))
    context = {"root": node, "roots": [node], "plain": plain}
    selection = "{ %s name }" % field if field != "name" else "{ name size }"
    for document in (
        "{ plain { code leaf %s } }" % selection,
        "{ root { id leaf %s maybeLeaf %s } }" % (selection, selection),
        "{ roots { leaves %s optionalLeaves %s } }" % (selection, selection),
    ):
        mine, theirs = both(document, context)
        assert mine == theirs, f"\ndocument: {document}\ncompiled: {mine}\ngraphql-core: {theirs}"


def test_the_generated_cases_exercise_the_compiled_path_and_its_fallback() -> None:
    """The comparison above is only worth something if values were compiled, and if values that
    graphql-core rejects did come back to it (the 'deviations')."""
    before = (COMPILED_PLANS.completed, COMPILED_PLANS.deviations)
    good_leaf = build(Leaf, GOOD_LEAF)
    bad_leaf = build(Leaf, {**GOOD_LEAF, "name": None})
    plain = build(Plain, dict(code="P", label=None, leaf=good_leaf))
    node = build(Node, dict(id="1", label="n", plain=plain, leaf=good_leaf, maybe_leaf=bad_leaf, leaves=[good_leaf], optional_leaves=None, children=[], named=None))
    mine, theirs = both("{ root { id leaf { name colours day } maybeLeaf { name } leaves { shout } } }", {"root": node, "roots": [], "plain": plain})
    assert mine == theirs
    data = json.loads(mine)
    assert data["data"]["root"]["leaf"] == {"name": "a", "colours": ["GREEN", None], "day": "2027-05-14"}
    assert data["data"]["root"]["maybeLeaf"] is None
    assert data["errors"][0]["path"] == ["root", "maybeLeaf", "name"]
    assert "Cannot return null for non-nullable field Leaf.name." in data["errors"][0]["message"]
    completed, deviations = COMPILED_PLANS.completed - before[0], COMPILED_PLANS.deviations - before[1]
    assert completed >= 2 and deviations >= 1, (completed, deviations)


def test_selections_the_compiler_refuses_are_left_to_graphql_core() -> None:
    leaf = build(Leaf, GOOD_LEAF)
    node = build(Node, dict(id="1", label="n", plain=None, leaf=leaf, maybe_leaf=None, leaves=[], optional_leaves=None, children=[], named=leaf))
    context = {"root": node, "roots": [], "plain": None}
    for document in (
        "query ($x: Boolean!) { root { id @include(if: $x) } }",
        "{ root { named { name } } }",
        "{ root { scaled(times: 3) } }",
        "{ root { later } }",
    ):
        schema, plans = toy_schema("on")
        result = asyncio.run(schema.execute(document, context_value=context, variable_values={"x": True}))
        generic = asyncio.run(GENERIC.execute(document, context_value=context, variable_values={"x": True}))
        assert answer(result) == answer(generic)
        # Node's selection is refused (graphql-core completes it field by field); below an
        # abstract field, the concrete object graphql-core resolved may be compiled again.
        refused = [plan for kind, plan in plans.cache.items() if kind.name == "Node"]
        assert refused == [None], document
        assert plans.completed == (1 if "named" in document else 0), document


def test_check_mode_catches_a_compiler_that_answers_differently(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deliberately wrong compiler (Int passed through unchecked): check mode records the
    difference and the client still gets graphql-core's answer."""
    monkeypatch.setitem(compiled._EXACT, GraphQLInt, lambda value: True)
    schema, plans = toy_schema("check")
    leaf = build(Leaf, {**GOOD_LEAF, "size": 1.5})
    plain = build(Plain, dict(code="P", label=None, leaf=leaf))
    result = asyncio.run(schema.execute("{ plain { code leaf { size } } }", context_value={"plain": plain}))
    generic = asyncio.run(GENERIC.execute("{ plain { code leaf { size } } }", context_value={"plain": plain}))
    try:
        assert answer(result) == answer(generic)
        assert result.data == {"plain": {"code": "P", "leaf": {"size": None}}}
        assert "Int cannot represent non-integer value: 1.5" in result.errors[0].message
        assert len(plans.mismatches) == 1 and "Plain" in plans.mismatches[0]
    finally:
        compiled.MISMATCHES.clear()  # the deliberate one


def test_one_compiled_function_per_cached_document_and_a_bounded_cache() -> None:
    """With the parser cache (as in the product) the same text is the same document: compiled
    once, then reused. Documents beyond the cache's size evict the oldest."""
    from strawberry.extensions import ParserCache

    schema, plans = toy_schema("on", maxsize=4, extensions=(lambda: ParserCache(maxsize=64),))
    plain = build(Plain, dict(code="P", label="l", leaf=None))
    for _ in range(3):
        result = asyncio.run(schema.execute("{ plain { code label } }", context_value={"plain": plain}))
        assert result.data == {"plain": {"code": "P", "label": "l"}}
    assert len(plans.cache) == 1 and plans.completed == 3
    for n in range(6):
        fields = " ".join(f"a{i}: code" for i in range(n + 1))
        result = asyncio.run(schema.execute("{ plain { %s } }" % fields, context_value={"plain": plain}))
        assert result.data == {"plain": {f"a{i}": "P" for i in range(n + 1)}}
        assert len(plans.cache) <= 4
    assert plans.completed == 9


async def test_the_product_pages_go_through_the_compiled_path(runtime, demo):
    """The family page and a staff list page, on the demo data, in check mode: completed by the
    compiled functions (not silently left to graphql-core), each compared with graphql-core."""
    import httpx

    from bench.queries import FAMILY_PAGE, staff_list_query
    from graphql_api.app import create_app
    from tests.conftest import GraphQLClient

    app = create_app(runtime.settings, runtime)
    plans = app.state.schema.execution_context_class.plans
    assert plans.mode == "check"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        client = GraphQLClient(http, runtime)
        await client.sign_in("martin.pere", "chef.aubrac")
        family = await client.data(FAMILY_PAGE, as_="martin.pere")
        assert family["me"]["children"][0]["lastName"] == "MARTIN"
        after_family = plans.completed
        staff = await client.data(staff_list_query(), {"first": 20}, as_="chef.aubrac")
        assert len(staff["pupils"]["edges"]) >= 10
    assert after_family >= 1 and plans.completed > after_family  # one per child; the whole connection
    assert plans.deviations == 0 and plans.checked == plans.completed and not plans.mismatches
