"""Accounts: who am I, log in, log out."""
from graphql_api.graphql.base import encode_id

from .matrix import ALLOWED, NULL, ROLES, UNAUTHENTICATED, Case, cheap_password, row


CHILDREN = {"pupil": ["lea"], "entering_guardian": ["lea"], "other_guardian": ["lea"], "guardian_of_another_pupil": ["bernard"]}


def _is_own_account(world, role, value):  # type: ignore[no-untyped-def]
    assert value["id"] == encode_id("Account", world.demo.accounts[ROLES[role]]), value
    assert [c["id"] for c in value["children"]] == [world.pupil_id(t) for t in CHILDREN.get(role, [])], (role, value)


def _has_token(world, role, value):  # type: ignore[no-untyped-def]
    assert value["token"] and value["viewer"]["id"] == encode_id("Account", world.demo.accounts["martin.pere"]), value


CASES = [
    Case(
        "query { me { id role children { id } } }",
        row(anonymous=NULL, others=ALLOWED),
        check=_is_own_account,
    ),
    Case(
        'mutation { login(login: "martin.pere", password: "orientation") { token viewer { id } errors { code } } }',
        row(others=ALLOWED),
        state=lambda world: cheap_password(world, "martin.pere"),
        check=_has_token,
        public="logging in is what an anonymous caller does; the caller's own token plays no part",
    ),
    Case(
        "mutation { logout { ok errors { code } } }",
        row(anonymous=UNAUTHENTICATED, others=ALLOWED),
    ),
]
