"""The one-statement read of pupils' files on PostgreSQL (services/files.py, issue 14) gives the
same read model as the statement-per-table path, field by field, on random files generated
through the services (every state of both paliers, séries, spécialités, steps, appeals)."""
from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import inspect, select

from graphql_api.db.models import Pupil
from graphql_api.domain import file_states
from graphql_api.domain.vocabulary import Role, StaffFunction
from graphql_api.policy import Principal
from graphql_api.services import files
from tests.conftest import BACKEND
from tests.readmodel.generate import generate

pytestmark = pytest.mark.skipif(BACKEND != "postgresql", reason="the one-statement read is PostgreSQL's")


def _columns(row: Any) -> dict[str, Any]:
    return {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs}


def _plain(view: files.FileView) -> dict[str, Any]:
    """Every field of the view, ORM rows as their column values (types included: a datetime
    read from JSON must be the aware UTC datetime the column gives)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(view):
        value = getattr(view, f.name)
        if f.name == "steps":
            value = {kind: [_columns(s) for s in steps] for kind, steps in value.items()}
        elif hasattr(value, "__table__"):
            value = _columns(value)
        out[f.name] = value
    return out


def _typed(value: Any) -> Any:
    """The value with the type of every leaf, so 1 == True or a naive datetime cannot pass."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_typed(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _typed({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return (type(value).__name__, value, getattr(value, "tzinfo", None))


async def test_one_statement_read_equals_the_per_table_read(db, demo):  # type: ignore[no-untyped-def]
    await generate(db, demo, per_school=60, seed=14)
    async with db.read() as session:
        pupils = (await session.execute(select(Pupil).order_by(Pupil.id))).scalars().all()
        slow = await files._load_files_per_table(session, pupils)
    async with db.read() as session:
        pupils = (await session.execute(select(Pupil).order_by(Pupil.id))).scalars().all()
        fast = await files.load_files(session, pupils)
    scoped_rows, scoped = [], {}
    for etablissement_id in sorted({p.etablissement_id for p in pupils}):
        head = Principal(account_id=0, role=Role.STAFF, etablissement_id=etablissement_id, staff_function=StaffFunction.HEAD)
        async with db.read() as session:
            rows, views = await files.load_scoped_files(session, [p.id for p in pupils], head)
        assert {r.etablissement_id for r in rows} == {etablissement_id}
        scoped_rows += rows
        scoped.update(views)
    scoped_rows.sort(key=lambda r: r.id)

    assert len(slow) == len(fast) == len(scoped) == len(pupils) > 100
    assert [p.id for p in scoped_rows] == sorted(slow)
    # The files are varied enough for the comparison to mean something.
    states = {s for view in slow.values() for s in file_states.states_of(files.facts(view))}
    assert len(states) >= 6, states
    assert any(view.steps for view in slow.values())
    assert any(r.specialites for view in slow.values() for s in view.sets.values() for r in s.requests)
    assert any(a.avis and a.acknowledged_at for view in slow.values() for a in view.answers.values())
    for pupil_id, view in slow.items():
        expected = _typed(_plain(view))
        assert _typed(_plain(fast[pupil_id])) == expected, pupil_id
        assert _typed(_plain(scoped[pupil_id])) == expected, pupil_id
        assert files.facts(fast[pupil_id]) == files.facts(view)
