"""Reading pupils: scope from the policy, files from the batch read model."""
from typing import Annotated, Optional

import strawberry
from sqlalchemy import select
from strawberry.types import Info

from ...db.models import Pupil as PupilRow
from ...domain import school_year
from ...domain.vocabulary import Palier
from ...policy import pupil_scope, require_authenticated
from ...services import files, pupil_list, reference
from ..base import Connection, Edge, page_of, decode_id, page_size
from ..context import Loaders
from ..enums import PalierEnum
from .build import build_pupil
from .types import Nomenclature, Pupil


async def _load_nomenclature(loaders: Loaders, keys: list[str]) -> list[Nomenclature]:
    async with loaders.read() as session:
        value = Nomenclature(
            await reference.voies(session), await reference.series(session), await reference.specialites(session)
        )
    return [value for _ in keys]


async def _load_pupils(loaders: Loaders, ids: list[int]) -> list[Optional[Pupil]]:
    """Pupils by id, limited to the principal's scope in the query itself."""
    nomenclature = await nomenclature_of(loaders)
    async with loaders.read() as session:
        rows = (
            await session.execute(select(PupilRow).where(PupilRow.id.in_(ids), pupil_scope(loaders.principal)))
        ).scalars().all()
        views = await files.load_files(session, rows)
    record_reads(loaders, rows)
    principal = loaders.principal
    assert principal is not None or not views
    return [
        build_pupil(views[i], principal, nomenclature, loaders.now) if i in views else None  # type: ignore[arg-type]
        for i in ids
    ]


def record_reads(loaders: Loaders, rows) -> None:  # type: ignore[no-untyped-def]
    """Every file loaded for a staff member goes to the read log (graphql/read_audit.py)."""
    loaders.read_pupils.update((row.id, row.etablissement_id) for row in rows)


async def nomenclature_of(loaders: Loaders) -> Nomenclature:
    return await loaders.get("nomenclature", _load_nomenclature).load("all")


def pupil_loader(loaders: Loaders):  # type: ignore[no-untyped-def]
    return loaders.get("pupil", _load_pupils)


async def resolve_pupil(info: Info, id: strawberry.ID) -> Optional[Pupil]:
    require_authenticated(info.context.principal)
    pk = decode_id("Pupil", id)
    if pk is None:
        return None
    return await pupil_loader(info.context.loaders).load(pk)


PupilState = strawberry.enum(pupil_list.PupilState, name="PupilState")
PupilSort = strawberry.enum(pupil_list.PupilSort, name="PupilSort")


def school_year_of(value: Optional[str]) -> Optional[str]:
    if value is not None:
        school_year.parse(value)  # INVALID_SCHOOL_YEAR
    return value


async def resolve_pupils(
    info: Info,
    first: Optional[int] = None,
    after: Optional[str] = None,
    palier: Optional[PalierEnum] = None,
    division_id: Optional[strawberry.ID] = None,
    search: Optional[str] = None,
    state: Optional[PupilState] = None,
    states: Optional[list[PupilState]] = None,
    mef: Optional[str] = None,
    last_name: Annotated[Optional[str], strawberry.argument(description="Beginning of the last name.")] = None,
    first_name: Annotated[Optional[str], strawberry.argument(description="Beginning of the first name.")] = None,
    sort: PupilSort = PupilSort.ID,
    descending: bool = False,
    school_year: Annotated[
        Optional[str], strawberry.argument(description="Staff: a past campaign year (2025-2026); default: the current year.")
    ] = None,
) -> Connection[Pupil]:
    """Pupils the viewer may see. Staff filter (states: any of them) and sort; cursors follow the sort.
    Each node carries the national list's columns in ``listRow`` (staff only)."""
    context = info.context
    principal = require_authenticated(context.principal)
    limit = page_size(first, context.runtime.settings.max_page_size)
    wanted = tuple(states or ()) + ((state,) if state is not None else ())
    filters = pupil_list.ListFilter(
        palier=Palier(palier).value if palier is not None else None,
        division_id=(decode_id("Division", division_id) or -1) if division_id is not None else None,
        mef=mef,
        last_name=last_name,
        first_name=first_name,
        search=search,
        states=tuple(pupil_list.PupilState(s) for s in wanted),
        school_year=school_year_of(school_year),
    )
    nomenclature = await nomenclature_of(context.loaders)
    async with context.loaders.read() as session:
        result = await pupil_list.page(
            session, principal, filters, sort=pupil_list.PupilSort(sort), descending=descending, limit=limit, after=after
        )
        views = await files.load_files(session, result.rows)
    record_reads(context.loaders, result.rows)
    edges = []
    for row, cursor in zip(result.rows, result.cursors):
        view = views[row.id]
        node = build_pupil(view, principal, nomenclature, context.loaders.now)
        edges.append(Edge(cursor=cursor, node=node))
    return page_of(edges, has_next=result.has_next, has_previous=after is not None, total=result.total)

