"""Phase-2 fields keep a page of N pupils at a constant number of SQL queries."""
from sqlalchemy import event

from graphql_api.domain.working_days import paris_date
from graphql_api.graphql.base import encode_id
from graphql_api.services.clock import utcnow
from tests.procedure.helpers import (
    ANSWER,
    DECISION,
    ENTER_PROPOSITION,
    FULL,
    HEAD_INTERVIEW,
    SET_TELESERVICE,
    VALIDATE_CHOICES,
    move_to_definitive,
    ok,
)

PAGE = "query($n: Int) { pupils(first: $n) { edges { node { id orientation {" + FULL.split("orientation {", 1)[1].rsplit("} } }", 1)[0] + "} } } } }"


async def test_constant_queries_for_a_page(client, runtime, demo):
    for login in ("chef.hugo", "pp.2a", "pp.2b", *(f"{n}.{p}" for n, p in (("dubois", "mere"), ("roux", "pere"), ("fournier", "mere"), ("giraud", "mere"), ("bonnet", "pere")))):
        await client.login(login)
    await move_to_definitive(runtime.db, demo.academie)
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    logins = {"dubois": "dubois.mere", "roux": "roux.pere", "fournier": "fournier.mere", "giraud": "giraud.mere", "bonnet": "bonnet.pere"}
    for name, login in logins.items():
        pid = encode_id("Pupil", demo.lycee.pupils[name])
        await ok(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "1T", "serie": "STMG"}]}, login)
    await ok(client, SET_TELESERVICE, {"open": False}, "chef.hugo")
    for name in logins:
        pid = encode_id("Pupil", demo.lycee.pupils[name])
        await ok(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "1T", "serie": "STMG"}, "chef.hugo")
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    for name, login in logins.items():
        pid = encode_id("Pupil", demo.lycee.pupils[name])
        await ok(client, ANSWER, {"pupilId": pid, "agrees": False}, login)
        await ok(client, HEAD_INTERVIEW, {"pupilId": pid, "date": paris_date(utcnow()).isoformat()}, "chef.hugo")
        await ok(client, DECISION, {"pupilId": pid, "voie": "1G", "motivation": "Après entretien."}, "chef.hugo")

    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = runtime.db.read_engine.sync_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        counts = {}
        for n in (1, 5):
            runtime.references.clear()  # both pages read the nomenclatures
            statements.clear()
            data = await client.data(PAGE, {"n": n}, as_="chef.hugo")
            assert len(data["pupils"]["edges"]) == n
            assert all(e["node"]["orientation"]["decision"]["voie"]["code"] == "1G" for e in data["pupils"]["edges"])
            counts[n] = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert 0 < counts[1] == counts[5], counts
