"""The staff's pupil list: filters and states as SQL, keyset pagination under any sort.

Shared by the GraphQL ``pupils`` connection and the streamed exports, so both see exactly
the same pupils in the same order.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ..db.engine import Database
from ..db.models import CouncilAnswer, Division, Pupil, PupilStep, RequestSet
from ..domain import steps
from ..domain.errors import DomainError
from ..domain.file_states import PupilState
from ..domain.vocabulary import Phase
from ..policy import Principal, current_year_clause, pupil_scope
from ..domain.texts import errors as texts


class PupilSort(str, enum.Enum):
    ID = "ID"
    NAME = "NAME"
    DIVISION = "DIVISION"
    BIRTH_DATE = "BIRTH_DATE"
    INE = "INE"


@dataclass(frozen=True)
class ListFilter:
    palier: str | None = None
    division_id: int | None = None
    mef: str | None = None
    last_name: str | None = None  # prefix, case-insensitive
    first_name: str | None = None  # prefix, case-insensitive
    search: str | None = None  # anywhere in either name
    states: tuple[PupilState, ...] = ()  # any of them
    school_year: str | None = None  # a past campaign year; None: the académie's current year


def _step_exists(kind: str, *extra: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(PupilStep.pupil_id == Pupil.id, PupilStep.kind == kind, *extra)


def latest_step(kind: str) -> list[ColumnElement[bool]]:
    """``PupilStep`` is its pupil's latest step of ``kind`` (no later one for the SAME pupil)."""
    later = aliased(PupilStep)
    return [
        PupilStep.kind == kind,
        not_(exists().where(later.pupil_id == PupilStep.pupil_id, later.kind == kind, later.id > PupilStep.id)),
    ]


def state_clause(state: PupilState) -> ColumnElement[bool]:
    """``domain.file_states.in_state`` in SQL (the differential tests hold them equal)."""
    provisional_set = exists().where(RequestSet.pupil_id == Pupil.id, RequestSet.phase == Phase.PROVISOIRE.value)
    answer = CouncilAnswer.pupil_id == Pupil.id, CouncilAnswer.phase == Phase.PROVISOIRE.value
    in_procedure = Pupil.hors_procedure_reason.is_(None)
    if state is PupilState.NOTHING_VALIDATED:
        return and_(in_procedure, not_(provisional_set))
    if state is PupilState.AVIS_PENDING:
        return and_(in_procedure, provisional_set, not_(exists().where(*answer)))
    if state is PupilState.ACKNOWLEDGEMENT_PENDING:
        return and_(
            in_procedure,
            exists().where(*answer, CouncilAnswer.published_at.is_not(None), CouncilAnswer.acknowledged_at.is_(None)),
        )
    if state is PupilState.DISAGREEMENT:
        return exists().where(
            PupilStep.pupil_id == Pupil.id,
            *latest_step(steps.FAMILY_ANSWER),
            PupilStep.data["agrees"].as_boolean() == false(),
        )
    if state is PupilState.APPEAL:
        return _step_exists(steps.APPEAL)
    return Pupil.hors_procedure_reason.is_not(None)


def _prefix(value: str) -> str:
    escaped = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def conditions(principal: Principal | None, f: ListFilter) -> list[ColumnElement[bool]]:
    where = [pupil_scope(principal), Pupil.left_on.is_(None)]
    where.append(Pupil.school_year == f.school_year if f.school_year else current_year_clause())
    if f.palier:
        where.append(Pupil.palier == f.palier)
    if f.division_id is not None:
        where.append(Pupil.division_id == f.division_id)
    if f.mef:
        where.append(Pupil.mef == f.mef.strip())
    if f.last_name:
        where.append(func.lower(Pupil.last_name).like(_prefix(f.last_name), escape="\\"))
    if f.first_name:
        where.append(func.lower(Pupil.first_name).like(_prefix(f.first_name), escape="\\"))
    if f.search:
        pattern = "%" + _prefix(f.search)
        where.append(
            or_(func.lower(Pupil.last_name).like(pattern, escape="\\"), func.lower(Pupil.first_name).like(pattern, escape="\\"))
        )
    if f.states:
        where.append(or_(*(state_clause(s) for s in f.states)))
    return where


_DIVISION_CODE = func.coalesce(Division.code, "")

# Sort keys, the pupil id always last so every order is total (and cursors unambiguous).
_SORT_KEYS: dict[PupilSort, tuple[tuple[Any, str], ...]] = {
    PupilSort.ID: (),
    PupilSort.NAME: ((Pupil.last_name, "str"), (Pupil.first_name, "str")),
    PupilSort.DIVISION: ((_DIVISION_CODE, "str"), (Pupil.last_name, "str"), (Pupil.first_name, "str")),
    PupilSort.BIRTH_DATE: ((Pupil.birth_date, "date"), (Pupil.last_name, "str"), (Pupil.first_name, "str")),
    PupilSort.INE: ((Pupil.ine, "str"),),
}


def _keys(sort: PupilSort) -> list[tuple[Any, str]]:
    return [*_SORT_KEYS[sort], (Pupil.id, "int")]


def _invalid_cursor() -> DomainError:
    return DomainError.of("INVALID_CURSOR", texts.INVALID_CURSOR, "after")


def encode_cursor(sort: PupilSort, descending: bool, values: Sequence[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
    raw = json.dumps([sort.value, descending, *plain], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(value: str, sort: PupilSort, descending: bool) -> list[Any]:
    """The sort values a cursor stands for; a cursor of another sort is refused."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        name, desc, *values = raw
        keys = _keys(sort)
        if name != sort.value or desc != descending or len(values) != len(keys):
            raise ValueError
        out: list[Any] = []
        for v, (_, kind) in zip(values, keys):
            if kind == "date":
                out.append(dt.date.fromisoformat(v))
            elif kind == "int":
                if not isinstance(v, int) or isinstance(v, bool):
                    raise ValueError
                out.append(v)
            else:
                if not isinstance(v, str):
                    raise ValueError
                out.append(v)
        return out
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError, json.JSONDecodeError):
        raise _invalid_cursor() from None


def _after(keys: list[tuple[Any, str]], values: list[Any], descending: bool) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the (lexicographic) sort order."""
    clauses = []
    for i, (column, _) in enumerate(keys):
        equal = [keys[j][0] == values[j] for j in range(i)]
        beyond = column < values[i] if descending else column > values[i]
        clauses.append(and_(*equal, beyond))
    return or_(*clauses)


def _select(principal: Principal | None, f: ListFilter, sort: PupilSort, descending: bool):  # type: ignore[no-untyped-def]
    keys = _keys(sort)
    stmt = select(Pupil, *(k for k, _ in keys)).where(*conditions(principal, f))
    if sort is PupilSort.DIVISION:
        stmt = stmt.outerjoin(Division, Division.id == Pupil.division_id)
    order = [k.desc() if descending else k.asc() for k, _ in keys]
    return stmt.order_by(*order), keys


CHUNK = 200


@dataclass
class Page:
    rows: list[Pupil]
    cursors: list[str]
    total: int
    has_next: bool


async def page(
    session: AsyncSession,
    principal: Principal | None,
    f: ListFilter,
    *,
    sort: PupilSort = PupilSort.ID,
    descending: bool = False,
    limit: int,
    after: str | None = None,
    with_total: bool = True,
) -> Page:
    stmt, keys = _select(principal, f, sort, descending)
    if after:
        stmt = stmt.where(_after(keys, decode_cursor(after, sort, descending), descending))
    result = (await session.execute(stmt.limit(limit + 1))).all()
    total = 0
    if with_total:
        total = (await session.execute(select(func.count()).select_from(Pupil).where(*conditions(principal, f)))).scalar_one()
    rows = result[:limit]
    return Page(
        rows=[r[0] for r in rows],
        cursors=[encode_cursor(sort, descending, list(r[1:])) for r in rows],
        total=total,
        has_next=len(result) > limit,
    )


async def chunks(
    db: Database,
    principal: Principal | None,
    f: ListFilter,
    *,
    sort: PupilSort = PupilSort.DIVISION,
    size: int | None = None,
) -> AsyncIterator[tuple[AsyncSession, list[Pupil]]]:
    """The whole list, ``size`` pupils at a time (keyset pagination, one short read each):
    an export of 2,000 pupils never holds more than one chunk."""
    size = size or CHUNK
    after: str | None = None
    while True:
        async with db.read() as session:
            result = await page(session, principal, f, sort=sort, limit=size, after=after, with_total=False)
            if result.rows:
                yield session, result.rows
        if not result.has_next:
            return
        after = result.cursors[-1]
