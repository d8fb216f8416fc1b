"""The authorization matrix: roles, expected outcomes, cases, and the seeded world they run in.

A case is one operation (query, mutation or subscription) on one target, with the state to set
up first and the expected outcome for every role. Each domain keeps its cases in a module
``tests/authz/cases_<domain>.py`` exporting ``CASES``; ``collect_cases`` gathers them all and
``test_matrix.py`` fails for any operation of the schema that no case covers.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import graphql
from sqlalchemy import select, text, update

from graphql_api.auth import issue_token, principal_for
from graphql_api.db.models import Account, AuthSession, Base, Notification
from graphql_api.domain.avis import AvisInput
from graphql_api.domain.requests import RequestInput
from graphql_api.domain.vocabulary import AvisValue
from graphql_api.graphql.base import encode_id
from graphql_api.policy import Principal
from graphql_api.runtime import Runtime
from graphql_api.seed import DemoIds, seed_demo
from graphql_api.services import avis as avis_service, intentions, teleservice
from tests.conftest import _PASSWORD_HASH, dispatch

# --- roles --------------------------------------------------------------------------------------
# Named from the point of view of the demo's reference pupil, Léa MARTIN (3A, CLG LUCIE AUBRAC).
ROLES: dict[str, str | None] = {
    "anonymous": None,
    "pupil": "eleve.martin",
    "entering_guardian": "martin.pere",  # validated Léa's intentions first (baseline state)
    "other_guardian": "martin.mere",
    "guardian_of_another_pupil": "bernard.mere",  # Hugo BERNARD, 3A, same school
    "pp_of_division": "pp.3a",
    "pp_of_another_division": "pp.3b",
    "secretary": "secretariat.aubrac",
    "head": "chef.aubrac",
    "head_of_another_school": "chef.moulin",
    "academie": "admin.academie",
}
FAMILY_ROLES = ("pupil", "entering_guardian", "other_guardian", "guardian_of_another_pupil")
STAFF_ROLES = ("pp_of_division", "pp_of_another_division", "secretary", "head", "head_of_another_school")

# Targets: whose data an operation is about. Own data for some roles, others' data for the rest.
TARGETS = {
    "lea": "martin",  # 3A, CLG LUCIE AUBRAC: own pupil of the named roles
    "manon": "simon",  # 3B, same school: the other PP's division
    "sacha": "robert",  # 3C, CLG JEAN MOULIN: the other school
}


# --- outcomes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a role gets. ``kind``: data, refused (with a code), null, empty, rejected (WebSocket)."""

    kind: str
    code: str | None = None
    detail: str | None = None  # subscriptions: the pupil (TARGETS key) of the first event received

    def __str__(self) -> str:
        return self.kind + (f"({self.code})" if self.code else "") + (f"[{self.detail}]" if self.detail else "")

    @property
    def allowed(self) -> bool:
        return self.kind == "data"


ALLOWED = Outcome("data")
NULL = Outcome("null")  # a node outside the viewer's scope
EMPTY = Outcome("empty")  # a list filtered down to nothing
REJECTED = Outcome("rejected")  # WebSocket connection refused at connection_init
UNAUTHENTICATED = Outcome("refused", "UNAUTHENTICATED")
FORBIDDEN = Outcome("refused", "FORBIDDEN")
NOT_FOUND = Outcome("refused", "NOT_FOUND")


def refused(code: str) -> Outcome:
    return Outcome("refused", code)


def receives(target: str) -> Outcome:
    """Subscription accepted; its first event is about this pupil (a TARGETS key or demo name)."""
    return Outcome("data", detail=target)


def row(*, others: Outcome | None = None, **by_role: Outcome) -> dict[str, Outcome]:
    """One line of the table. ``others`` fills the roles not named; every role ends up listed."""
    unknown = set(by_role) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}")
    if others is None and set(by_role) != set(ROLES):
        raise ValueError(f"roles without an outcome: {sorted(set(ROLES) - set(by_role))}")
    return {role: by_role.get(role, others) for role in ROLES}  # type: ignore[misc]


# --- state --------------------------------------------------------------------------------------

THREE_INTENTIONS = [RequestInput("2GT"), RequestInput("2PRO", metier="Pâtisserie", statut_scolaire=True), RequestInput("CAP1")]


@dataclass
class World:
    """A freshly seeded demo database, its runtime, and a token for every role."""

    runtime: Runtime
    demo: DemoIds
    tokens: dict[str, str] = field(default_factory=dict)
    notices: dict[str, list[int]] = field(default_factory=dict)  # login -> its notices' ids

    def pupil_pk(self, target: str) -> int:
        return self.demo.pupils[TARGETS.get(target, target)]

    def pupil_id(self, target: str) -> str:
        return encode_id("Pupil", self.pupil_pk(target))

    def etablissement_id(self, which: str = "aubrac") -> str:
        pk = self.demo.etablissement if which == "aubrac" else self.demo.other_etablissement
        return encode_id("Etablissement", pk)

    def notice_ids(self, login: str) -> list[str]:
        return [encode_id("Notice", pk) for pk in self.notices[login]]

    async def principal(self, login: str) -> Principal:
        async with self.runtime.db.read() as session:
            account = (await session.execute(select(Account).where(Account.login == login))).scalar_one()
            return await principal_for(session, account)

    async def as_(self, login: str, use_case: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        """Run a service use case as this account (state set-up goes through the real services)."""
        principal = await self.principal(login)
        async with self.runtime.db.write() as session:
            result = await use_case(session, principal, *args)
        await dispatch(self.runtime)
        return result

    async def issue_tokens(self) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        async with self.runtime.db.write() as session:
            for role, login in ROLES.items():
                if login is None:
                    continue
                sid = secrets.token_urlsafe(16)
                session.add(AuthSession(id=sid, account_id=self.demo.accounts[login], created_at=now))
                self.tokens[role] = issue_token(self.runtime.settings, self.demo.accounts[login], sid, now).token

    async def load_notices(self) -> None:
        async with self.runtime.db.read() as session:
            rows = (await session.execute(select(Notification.account_id, Notification.id).order_by(Notification.id))).all()
        by_account = {pk: login for login, pk in self.demo.accounts.items()}
        self.notices = {login: [] for login in self.demo.accounts}
        for account_id, notice_id in rows:
            self.notices[by_account[account_id]].append(notice_id)


async def cheap_password(world: World, login: str) -> None:
    """Give an account a low-cost argon2 hash of the demo password, so logging in as it in every
    role's case stays fast (the real login path still runs; only the hash parameters differ)."""
    from argon2 import PasswordHasher

    from graphql_api.seed import DEMO_PASSWORD

    fast = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1).hash(DEMO_PASSWORD)
    async with world.runtime.db.write() as session:
        await session.execute(update(Account).where(Account.login == login).values(password_hash=fast))


async def baseline(world: World) -> None:
    """Every case starts here: each reference family has an entering guardian, notices delivered."""
    for login, target in (("martin.pere", "lea"), ("bernard.mere", "bernard"), ("robert.mere", "sacha")):
        await world.as_(login, intentions.validate_intentions, world.pupil_pk(target), THREE_INTENTIONS)


async def closed(world: World) -> None:
    """Both schools closed their téléservice (conseils de classe): avis can be entered."""
    for head, etab in (("chef.aubrac", world.demo.etablissement), ("chef.moulin", world.demo.other_etablissement)):
        await world.as_(head, teleservice.set_teleservice, etab, False, None, None)


async def avis_entered(world: World) -> None:
    await closed(world)
    avis = [AvisInput(1, AvisValue.FAVORABLE), AvisInput(2, AvisValue.FAVORABLE), AvisInput(3, AvisValue.FAVORABLE)]
    for staff, target in (("pp.3a", "lea"), ("pp.3a", "bernard"), ("chef.moulin", "sacha")):
        await world.as_(staff, avis_service.enter_avis, world.pupil_pk(target), avis, None, None)


async def published(world: World) -> None:
    """Avis entered for Léa, Hugo and Sacha, then the téléservice reopened: avis published."""
    await avis_entered(world)
    for head, etab in (("chef.aubrac", world.demo.etablissement), ("chef.moulin", world.demo.other_etablissement)):
        await world.as_(head, teleservice.set_teleservice, etab, True, None, None)


State = Callable[[World], Awaitable[None]]


async def build_world(runtime: Runtime, state: State | None) -> World:
    """The demo database in this state, with the same ids and tokens every time: built through
    the services once per state and test session, then restored from a copy of its rows."""
    await runtime.db.create_all()
    saved = _SAVED.get(state)
    if saved is None:
        await _empty(runtime)
        async with runtime.db.write() as session:
            demo = await seed_demo(session, password_hash=_PASSWORD_HASH)
        world = World(runtime, demo)
        await baseline(world)
        if state is not None:
            await state(world)
        await world.issue_tokens()
        await world.load_notices()
        _SAVED[state] = saved = (world, await _rows(runtime))
    else:
        await _restore(runtime, saved[1])
    template = saved[0]
    return World(runtime, template.demo, dict(template.tokens), dict(template.notices))


_SAVED: dict[Any, tuple[World, dict[str, list[dict[str, Any]]]]] = {}


def _tables_and_late_keys() -> tuple[list[Any], dict[str, list[str]]]:
    """Tables in an order where every NOT NULL foreign key points to an earlier table, and per
    table the nullable foreign keys that point to a later one (the pupil <-> account cycle):
    those are written after all the inserts, and cleared before the deletes."""
    remaining = sorted(Base.metadata.tables.values(), key=lambda t: t.name)
    order: list[Any] = []
    while remaining:
        done = {t.name for t in order}

        def ready(t: Any, strict: bool) -> bool:
            return all(
                fk.column.table.name in done or fk.column.table is t
                for fk in t.foreign_keys
                if strict or not fk.parent.nullable
            )

        table = next((t for t in remaining if ready(t, True)), None)
        if table is None:
            table = next(t for t in remaining if ready(t, False))
        order.append(table)
        remaining.remove(table)
    position = {t.name: i for i, t in enumerate(order)}
    late = {
        t.name: [fk.parent.name for fk in t.foreign_keys if position[fk.column.table.name] >= position[t.name]]
        for t in order
    }
    return order, late


async def _rows(runtime: Runtime) -> dict[str, list[dict[str, Any]]]:
    async with runtime.db.read() as session:
        return {
            table.name: [dict(r._mapping) for r in await session.execute(table.select())]
            for table in Base.metadata.tables.values()
        }


async def _empty(runtime: Runtime) -> None:
    await _restore(runtime, {})


async def _restore(runtime: Runtime, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Replace every row by ``rows`` in one transaction (cheaper than TRUNCATE and a new seed)."""
    tables, late = _tables_and_late_keys()
    async with runtime.db.write() as session:
        for table in tables:  # break the cycle before deleting
            for column in late[table.name]:
                await session.execute(table.update().values({column: None}))
        for table in reversed(tables):
            await session.execute(table.delete())
        for table in tables:
            if rows.get(table.name):
                first = [{**r, **{c: None for c in late[table.name]}} for r in rows[table.name]]
                await session.execute(table.insert(), first)
        for table in tables:
            for column in late[table.name]:
                (pk,) = table.primary_key.columns
                for r in rows.get(table.name, []):
                    if r[column] is not None:
                        await session.execute(table.update().where(pk == r[pk.name]).values({column: r[column]}))
        if not runtime.db.is_sqlite:  # identities continue after the restored ids
            for table in tables:
                pks = list(table.primary_key.columns)
                if len(pks) == 1 and isinstance(pks[0].type.python_type, type) and pks[0].type.python_type is int:
                    await session.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{pks[0].name}'), "
                            f'COALESCE(MAX("{pks[0].name}"), 1), MAX("{pks[0].name}") IS NOT NULL) FROM "{table.name}"'
                        )
                    )


# The write rate limiter's log counts every attempt, refused ones included (graphql_api/ratelimit.py).
NOT_STATE = frozenset({"rate_limit_hit"})


async def snapshot(runtime: Runtime, ignore: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the demo database is small): a refused call must change none."""
    result = {}
    async with runtime.db.read() as session:
        for table in Base.metadata.tables.values():
            if table.name in ignore or table.name in NOT_STATE:
                continue
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            rows = await session.execute(text(f'SELECT * FROM "{table.name}" ORDER BY {order}'))
            result[table.name] = [tuple(r) for r in rows]
    return result


def diff(before: Mapping[str, list[Any]], after: Mapping[str, list[Any]]) -> list[str]:
    return [name for name in before if before[name] != after.get(name)]


# --- cases --------------------------------------------------------------------------------------

Variables = Callable[[World], dict[str, Any]]
# (world, role, value of the root field) for allowed roles; may be a coroutine function.
Check = Callable[[World, str, Any], Any]
Trigger = Callable[[World], Awaitable[None]]


@dataclass
class Case:
    """One operation on one target. ``query``: the document, one root field (the operation)."""

    query: str
    expect: dict[str, Outcome]
    target: str = ""
    variables: Variables = lambda world: {}
    state: State | None = None
    check: Check | None = None
    # Subscriptions: what happens after every role subscribed (events the accepted roles receive).
    trigger: Trigger | None = None
    # Mutations open to every caller by design (e.g. login): no refused role required.
    public: str | None = None
    # Mutations: run each allowed role on a freshly seeded database (when one allowed call would
    # change what the next one gets, e.g. a second acknowledgement).
    isolate: bool = False
    # Tables a refused call may legitimately write (say why in the case), left out of the snapshot.
    writes_on_refusal: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        document = graphql.parse(self.query)
        (operation,) = [d for d in document.definitions if isinstance(d, graphql.OperationDefinitionNode)]
        (root,) = operation.selection_set.selections
        assert isinstance(root, graphql.FieldNode)
        self.kind = operation.operation.value  # query | mutation | subscription
        self.field = root.name.value
        self.response_key = root.alias.value if root.alias else root.name.value
        missing = set(ROLES) - set(self.expect)
        if missing:
            raise ValueError(f"{self.id}: no outcome for {sorted(missing)}")

    @property
    def id(self) -> str:
        return f"{getattr(self, 'kind', '?')}.{getattr(self, 'field', '?')}" + (f"[{self.target}]" if self.target else "")


def collect_cases() -> list[Case]:
    """Every ``CASES`` list of the ``tests/authz/cases_*.py`` modules."""
    cases: list[Case] = []
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name.startswith("cases_"):
            cases.extend(importlib.import_module(f"{__package__}.{module.name}").CASES)
    ids = [c.id for c in cases]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"two cases with the same operation and target: {sorted(duplicates)}")
    return cases
