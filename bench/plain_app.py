"""The baseline: plain Starlette endpoints that run the same SQL as the GraphQL operations
(same authentication, same scope clause, same batch read model, same value building) and
return the same JSON, without any GraphQL execution.

The same SQL: the same read model (one statement for the files on PostgreSQL) and the same
nomenclature cache as the product.

The JSON is built by functions compiled once from the operation's selection and the schema:
the cost of a hand-written serializer, but it keeps answering the same JSON when fields are
added to the types (the staff-list query is generated from the schema).

Not part of the product: `uvicorn --factory bench.plain_app:create_app`.
"""
from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from operator import attrgetter
from types import SimpleNamespace
from typing import Any

from graphql import (
    GraphQLEnumType,
    FieldNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    OperationDefinitionNode,
    parse,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from graphql_api.app import authenticate, bearer
from graphql_api.auth import AuthError, TokenVerifier
from graphql_api.config import load_settings
from graphql_api.db.engine import Database
from graphql_api.graphql.base import Connection, Edge, PageInfo
from graphql_api.graphql.pupils.build import build_pupil
from graphql_api.graphql.pupils.types import Nomenclature
from graphql_api.services import listing, pupil_list
from graphql_api.graphql.schema import schema
from graphql_api.principal_cache import PrincipalCache
from graphql_api.reference_cache import ReferenceCache
from graphql_api.services import files, inbox, reference
from graphql_api.services.clock import utcnow

GQL = schema._schema


def _selection(query: str, *path: str) -> tuple[list[FieldNode], GraphQLObjectType]:
    """Selection set and type found under the given root path of the operation."""
    operation = next(d for d in parse(query).definitions if isinstance(d, OperationDefinitionNode))
    fields = list(operation.selection_set.selections)
    gtype: Any = GQL.query_type
    for name in path:
        node = next(f for f in fields if isinstance(f, FieldNode) and f.name.value == name)
        gtype = gtype.fields[name].type
        while isinstance(gtype, (GraphQLNonNull, GraphQLList)):
            gtype = gtype.of_type
        fields = list(node.selection_set.selections)
    return fields, gtype


def compile_selection(fields: list[FieldNode], gtype: GraphQLObjectType) -> Callable[[Any], dict[str, Any]]:
    """A function building the JSON of one value for this selection: the field lookups are
    done once here, so per value it costs what a hand-written serializer costs."""
    entries: list[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = []
    for node in fields:
        name = node.name.value
        key = node.alias.value if node.alias else name
        if name == "__typename":
            entries.append((key, lambda _v, n=gtype.name: n, _identity))
            continue
        field = gtype.fields[name]
        definition = field.extensions["strawberry-definition"]
        getter = definition.base_resolver.wrapped_func if definition.base_resolver else attrgetter(definition.python_name)
        entries.append((key, getter, _completer(field.type, node)))

    def build(value: Any) -> dict[str, Any]:
        return {key: complete(getter(value)) for key, getter, complete in entries}

    return build


def _identity(value: Any) -> Any:
    return value


def _completer(ftype: Any, node: FieldNode) -> Callable[[Any], Any]:
    if isinstance(ftype, GraphQLNonNull):
        ftype = ftype.of_type
    if isinstance(ftype, GraphQLList):
        item = _completer(ftype.of_type, node)
        inner: Callable[[Any], Any] = lambda v: [item(x) for x in v]  # noqa: E731
    elif isinstance(ftype, GraphQLObjectType):
        inner = compile_selection(list(node.selection_set.selections), ftype)
    elif isinstance(ftype, GraphQLEnumType):
        names = {value.value: name for name, value in ftype.values.items()}
        inner = names.__getitem__
    elif ftype.name in ("String", "Int", "Boolean", "ID"):
        inner = _identity
    else:
        inner = ftype.serialize
    return lambda v: None if v is None else inner(v)


async def _nomenclature(session, cache: ReferenceCache) -> Nomenclature:  # type: ignore[no-untyped-def]
    """The product's per-process cache of the nomenclatures (graphql_api/reference_cache.py)."""
    value = cache.get()
    if value is None:
        generation = cache.generation
        value = Nomenclature(await reference.voies(session), await reference.series(session), await reference.specialites(session))
        cache.put(value, generation)
    return value  # type: ignore[no-any-return]


def create_app(family_query: str | None = None, staff_query: str | None = None) -> Starlette:
    from bench.queries import FAMILY_PAGE, staff_list_query

    settings = load_settings()
    db = Database(settings.database_url)
    runtime = SimpleNamespace(settings=settings, db=db, verifier=TokenVerifier(settings), principals=PrincipalCache())
    references = ReferenceCache()
    child_json = compile_selection(*_selection(family_query or FAMILY_PAGE, "me", "children"))
    staff_json = compile_selection(*_selection(staff_query or staff_list_query(), "pupils"))

    async def principal_of(request: Request):  # type: ignore[no-untyped-def]
        return await authenticate(runtime, bearer(request.headers.get("authorization")))  # type: ignore[arg-type]

    def refused(exc: AuthError) -> JSONResponse:
        return JSONResponse({"errors": [{"message": exc.message, "extensions": {"code": exc.code}}]}, status_code=401)

    async def family(request: Request) -> JSONResponse:
        await request.body()
        try:
            principal = await principal_of(request)
        except AuthError as exc:
            return refused(exc)
        now = utcnow()
        async with db.read() as session:
            nomenclature = await _nomenclature(session, references)
            rows, views = await files.load_scoped_files(session, sorted(principal.child_ids), principal)
            unread = await inbox.unread_count(session, principal)
        children = [child_json(build_pupil(views[r.id], principal, nomenclature, now)) for r in rows]
        return JSONResponse({"data": {"me": {"children": children}, "unreadNotificationCount": unread}})

    async def staff(request: Request) -> JSONResponse:
        body = await request.json()
        variables = body.get("variables") or {}
        try:
            principal = await principal_of(request)
        except AuthError as exc:
            return refused(exc)
        limit = variables["first"]
        now = utcnow()
        # The same page query and the same column builder as the product (services/pupil_list.py,
        # services/listing.py): only the execution engine differs.
        async with db.read() as session:
            result = await pupil_list.page(
                session, principal, pupil_list.ListFilter(palier="3EME"), sort=pupil_list.PupilSort.ID, descending=False, limit=limit, after=None
            )
            views = await files.load_files(session, result.rows)
            nomenclature = await _nomenclature(session, references)
        edges = []
        for row, cursor in zip(result.rows, result.cursors):
            node = build_pupil(views[row.id], principal, nomenclature, now)
            node.list_row = listing.build_row(views[row.id], nomenclature.voies)
            edges.append(Edge(cursor=cursor, node=node))
        total, has_next = result.total, result.has_next
        connection = Connection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=has_next,
                has_previous_page=False,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=total,
        )
        return JSONResponse({"data": {"pupils": staff_json(connection)}})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await db.dispose()

    return Starlette(
        routes=[Route("/family", family, methods=["POST"]), Route("/staff", staff, methods=["POST"])], lifespan=lifespan
    )
