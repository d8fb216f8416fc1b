"""The pupil scope's template (shape, clause, values) agrees with the scope itself for every
kind of principal: the values are computed without building SQL, so they must be the ones the
clause of that shape binds."""
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql

from graphql_api.domain.vocabulary import Role, StaffFunction
from graphql_api.policy import Principal, _scope, pupil_scope, pupil_scope_template

PRINCIPALS = [
    None,
    Principal(account_id=7, role=Role.GUARDIAN, child_ids=frozenset({3})),
    Principal(account_id=8, role=Role.PUPIL, pupil_id=42),
    Principal(account_id=9, role=Role.PUPIL),
    Principal(account_id=10, role=Role.STAFF, etablissement_id=5, staff_function=StaffFunction.HEAD),
    Principal(account_id=11, role=Role.STAFF, etablissement_id=5, staff_function=StaffFunction.SECRETARY),
    Principal(account_id=12, role=Role.STAFF, etablissement_id=6, staff_function=StaffFunction.TEACHER),
    Principal(account_id=13, role=Role.STAFF, etablissement_id=6, staff_function=StaffFunction.TEACHER, delegated=True),
    Principal(account_id=14, role=Role.ACADEMIE, academie_id=2),
]


@pytest.mark.parametrize("principal", PRINCIPALS, ids=lambda p: "anonymous" if p is None else f"{p.role.value}-{p.account_id}")
def test_template_binds_what_the_scope_binds(principal):
    bound: dict[str, Any] = {}

    def value(name: str, v: Any) -> Any:
        bound["scope_" + name] = v
        return v

    shape, _ = _scope(principal, value)
    template_shape, clause, params = pupil_scope_template(principal)
    assert (template_shape, params) == (shape, bound)
    # The template with its values is the literal scope, statement for statement.
    literal = str(pupil_scope(principal).compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    rendered = str((clause.params(**params) if params else clause).compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    assert rendered == literal
