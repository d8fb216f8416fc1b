"""Reading pupils: scope from the policy, files from the batch read model."""
import enum
from typing import Optional

import strawberry
from sqlalchemy import and_, exists, func, not_, or_, select
from strawberry.types import Info

from ...db.models import CouncilAnswer, Pupil as PupilRow, RequestSet
from ...domain.errors import DomainError
from ...domain.vocabulary import Phase
from ...policy import pupil_scope, require_authenticated
from ...services import files, reference
from ..base import Connection, Edge, PageInfo, decode_cursor, decode_id, encode_cursor, page_size
from ..context import Loaders
from ..enums import PalierEnum
from .types import Nomenclature, Pupil, build_pupil


async def _load_nomenclature(loaders: Loaders, keys: list[str]) -> list[Nomenclature]:
    async with loaders.read() as session:
        value = Nomenclature(await reference.voies(session), await reference.series(session))
    return [value for _ in keys]


async def _load_pupils(loaders: Loaders, ids: list[int]) -> list[Optional[Pupil]]:
    """Pupils by id, limited to the principal's scope in the query itself."""
    nomenclature = await nomenclature_of(loaders)
    async with loaders.read() as session:
        rows = (
            await session.execute(select(PupilRow).where(PupilRow.id.in_(ids), pupil_scope(loaders.principal)))
        ).scalars().all()
        views = await files.load_files(session, rows)
    principal = loaders.principal
    assert principal is not None or not views
    return [
        build_pupil(views[i], principal, nomenclature, loaders.now) if i in views else None  # type: ignore[arg-type]
        for i in ids
    ]


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


@strawberry.enum
class PupilState(enum.Enum):
    NOTHING_VALIDATED = "NOTHING_VALIDATED"
    AVIS_PENDING = "AVIS_PENDING"
    ACKNOWLEDGEMENT_PENDING = "ACKNOWLEDGEMENT_PENDING"
    HORS_PROCEDURE = "HORS_PROCEDURE"


def state_clause(state: PupilState):  # type: ignore[no-untyped-def]
    provisional_set = exists().where(RequestSet.pupil_id == PupilRow.id, RequestSet.phase == Phase.PROVISOIRE.value)
    answer = CouncilAnswer.pupil_id == PupilRow.id, CouncilAnswer.phase == Phase.PROVISOIRE.value
    in_procedure = PupilRow.hors_procedure_reason.is_(None)
    if state is PupilState.NOTHING_VALIDATED:
        return and_(in_procedure, not_(provisional_set))
    if state is PupilState.AVIS_PENDING:
        return and_(in_procedure, provisional_set, not_(exists().where(*answer)))
    if state is PupilState.ACKNOWLEDGEMENT_PENDING:
        return exists().where(*answer, CouncilAnswer.published_at.is_not(None), CouncilAnswer.acknowledged_at.is_(None))
    return PupilRow.hors_procedure_reason.is_not(None)


async def resolve_pupils(
    info: Info,
    first: Optional[int] = None,
    after: Optional[str] = None,
    palier: Optional[PalierEnum] = None,
    division_id: Optional[strawberry.ID] = None,
    search: Optional[str] = None,
    state: Optional[PupilState] = None,
) -> Connection[Pupil]:
    """Pupils the viewer may see, by name; staff filter by palier, division and state."""
    context = info.context
    principal = require_authenticated(context.principal)
    limit = page_size(first, context.runtime.settings.max_page_size)
    conditions = [pupil_scope(principal), PupilRow.left_on.is_(None)]
    if palier is not None:
        conditions.append(PupilRow.palier == palier.value)
    if division_id is not None:
        conditions.append(PupilRow.division_id == (decode_id("Division", division_id) or -1))
    if search:
        pattern = f"%{search.strip().lower()}%"
        conditions.append(or_(func.lower(PupilRow.last_name).like(pattern), func.lower(PupilRow.first_name).like(pattern)))
    if state is not None:
        conditions.append(state_clause(state))
    after_id = decode_cursor(after)
    async with context.loaders.read() as session:
        total = (await session.execute(select(func.count()).select_from(PupilRow).where(*conditions))).scalar_one()
        stmt = select(PupilRow.id).where(*conditions)
        if after_id is not None:
            stmt = stmt.where(PupilRow.id > after_id)
        ids = list((await session.execute(stmt.order_by(PupilRow.id).limit(limit + 1))).scalars())
    has_next = len(ids) > limit
    ids = ids[:limit]
    nodes = await pupil_loader(context.loaders).load_many(ids)
    edges = [Edge(cursor=encode_cursor(i), node=n) for i, n in zip(ids, nodes) if n is not None]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=after_id is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )


def raise_if(error: DomainError | None) -> None:
    if error:
        raise error
