"""The baseline: plain Starlette endpoints that run the same SQL as the GraphQL operations
(same authentication, same scope clause, same batch read model, same value building) and
return the same JSON, without any GraphQL execution.

The JSON is produced by walking the operation's selection once per value with the schema's
field names: the cost of a hand-written serializer, but it keeps answering the same JSON when
fields are added to the types (the staff-list query is generated from the schema).

Not part of the product: `uvicorn --factory bench.plain_app:create_app`.
"""
from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

from graphql import (
    FieldNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    OperationDefinitionNode,
    parse,
)
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from graphql_api.app import authenticate, bearer
from graphql_api.auth import AuthError, TokenVerifier
from graphql_api.config import load_settings
from graphql_api.db.engine import Database
from graphql_api.db.models import Notification, Pupil as PupilRow
from graphql_api.graphql.base import Connection, Edge, PageInfo, encode_cursor
from graphql_api.graphql.pupils.types import Nomenclature, build_pupil
from graphql_api.graphql.schema import schema
from graphql_api.policy import pupil_scope
from graphql_api.services import files, reference
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


def serialize(value: Any, fields: list[FieldNode], gtype: GraphQLObjectType) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for node in fields:
        name = node.name.value
        key = node.alias.value if node.alias else name
        if name == "__typename":
            out[key] = gtype.name
            continue
        field = gtype.fields[name]
        definition = field.extensions["strawberry-definition"]
        if definition.base_resolver is not None:
            raw = definition.base_resolver.wrapped_func(value)
        else:
            raw = getattr(value, definition.python_name)
        out[key] = _complete(raw, field.type, node)
    return out


def _complete(raw: Any, ftype: Any, node: FieldNode) -> Any:
    if isinstance(ftype, GraphQLNonNull):
        ftype = ftype.of_type
    if raw is None:
        return None
    if isinstance(ftype, GraphQLList):
        return [_complete(item, ftype.of_type, node) for item in raw]
    if isinstance(ftype, GraphQLObjectType):
        return serialize(raw, list(node.selection_set.selections), ftype)
    return ftype.serialize(raw)


async def _nomenclature(session) -> Nomenclature:  # type: ignore[no-untyped-def]
    return Nomenclature(await reference.voies(session), await reference.series(session))


def create_app(family_query: str | None = None, staff_query: str | None = None) -> Starlette:
    from bench.queries import FAMILY_PAGE, staff_list_query

    settings = load_settings()
    db = Database(settings.database_url)
    runtime = SimpleNamespace(settings=settings, db=db, verifier=TokenVerifier(settings))
    child_fields, child_type = _selection(family_query or FAMILY_PAGE, "me", "children")
    staff_fields, staff_type = _selection(staff_query or staff_list_query(), "pupils")

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
            rows = (
                await session.execute(
                    select(PupilRow)
                    .where(PupilRow.id.in_(sorted(principal.child_ids)), pupil_scope(principal))
                    .order_by(PupilRow.id)
                )
            ).scalars().all()
            views = await files.load_files(session, rows)
            nomenclature = await _nomenclature(session)
            unread = (
                await session.execute(
                    select(func.count())
                    .select_from(Notification)
                    .where(Notification.account_id == principal.account_id, Notification.read_at.is_(None))
                )
            ).scalar_one()
        children = [serialize(build_pupil(views[r.id], principal, nomenclature, now), child_fields, child_type) for r in rows]
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
        conditions = [pupil_scope(principal), PupilRow.left_on.is_(None), PupilRow.palier == "3EME"]
        async with db.read() as session:
            total = (await session.execute(select(func.count()).select_from(PupilRow).where(*conditions))).scalar_one()
            ids = list(
                (await session.execute(select(PupilRow.id).where(*conditions).order_by(PupilRow.id).limit(limit + 1))).scalars()
            )
            has_next = len(ids) > limit
            ids = ids[:limit]
            rows = (await session.execute(select(PupilRow).where(PupilRow.id.in_(ids), pupil_scope(principal)))).scalars().all()
            views = await files.load_files(session, rows)
            nomenclature = await _nomenclature(session)
        edges = [Edge(cursor=encode_cursor(i), node=build_pupil(views[i], principal, nomenclature, now)) for i in ids if i in views]
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
        return JSONResponse({"data": {"pupils": serialize(connection, staff_fields, staff_type)}})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await db.dispose()

    return Starlette(
        routes=[Route("/family", family, methods=["POST"]), Route("/staff", staff, methods=["POST"])], lifespan=lifespan
    )
