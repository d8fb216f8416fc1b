"""The staff list: columns, filters, states, sorting with cursors, scope, cost in statements."""
from sqlalchemy import event, select

from graphql_api.db.models import OutboxEvent
from graphql_api.graphql.base import encode_id
from tests.conftest import BACKEND
from tests.staff.factory import add_pupils, full_file

ROWS = """
query($first: Int, $after: String, $palier: Palier, $division: ID, $mef: String, $last: String, $firstName: String,
      $states: [PupilState!], $sort: PupilSort! = ID, $desc: Boolean! = false) {
  pupils(first: $first, after: $after, palier: $palier, divisionId: $division, mef: $mef, lastName: $last,
         firstName: $firstName, states: $states, sort: $sort, descending: $desc) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { lastName firstName birthDate division { code } listRow {
      ppInterviewOn intentions { rank voie { code label } voieLabel metier statut specialites } avis { rank value label }
      avisAcknowledgedAt choices { rank voie { code } } propositionVoie { code label } propositionVoieLabel propositionPublished
      familyAgrees headInterviewOn appealFiledOn appealUpheld decisionVoie { code } decisionMotivation
      guardianDisagreement horsProcedure
    } } }
  }
}
"""


async def test_columns_of_the_national_list(client, db, demo):
    await client.login("chef.aubrac")
    martin, durand = demo.pupils["martin"], demo.pupils["durand"]
    await full_file(db, martin, by=demo.accounts["chef.aubrac"])
    await full_file(db, durand, by=demo.accounts["chef.aubrac"], proposition="2PRO", agrees=False, appeal=True)
    data = await client.data(ROWS, {"last": "mar"}, as_="chef.aubrac")
    [edge] = data["pupils"]["edges"]
    row = edge["node"]["listRow"]
    assert row["ppInterviewOn"] == "2027-01-15"
    assert [(r["rank"], r["voie"]["code"], r["metier"], r["statut"]) for r in row["intentions"]] == [
        (1, "2GT", None, None),
        (2, "2PRO", "Pâtisserie", "scolaire"),
    ]
    assert [(a["value"], a["label"]) for a in row["avis"]] == [("FAVORABLE", "Avis favorable"), ("RESERVE", "Avis réservé")]
    assert row["avisAcknowledgedAt"] is not None
    assert row["choices"] == [{"rank": 1, "voie": {"code": "2GT"}}]
    assert row["propositionVoie"]["code"] == "2GT" and row["propositionVoie"]["label"] == row["propositionVoieLabel"] and row["propositionVoieLabel"].startswith("2de générale")
    assert row["familyAgrees"] is True and row["appealFiledOn"] is None and row["decisionVoie"] is None

    data = await client.data(ROWS, {"states": ["DISAGREEMENT"]}, as_="chef.aubrac")
    [edge] = data["pupils"]["edges"]
    row = edge["node"]["listRow"]
    assert edge["node"]["lastName"] == "DURAND"
    assert row["familyAgrees"] is False and row["headInterviewOn"] == "2027-06-10"
    assert row["appealFiledOn"] == "2027-06-12" and row["appealUpheld"] is False
    assert row["decisionVoie"] == {"code": "2PRO"} and row["decisionMotivation"] == "Résultats insuffisants."

    appeal = await client.data(ROWS, {"states": ["APPEAL", "HORS_PROCEDURE"]}, as_="chef.aubrac")
    assert sorted(e["node"]["lastName"] for e in appeal["pupils"]["edges"]) == ["DURAND", "LEFEBVRE"]
    assert appeal["pupils"]["totalCount"] == 2


async def test_a_later_agreement_ends_the_disagreement(client, db, demo):
    await client.login("chef.aubrac")
    await full_file(db, demo.pupils["martin"], by=demo.accounts["chef.aubrac"], agrees=False)
    assert (await client.data(ROWS, {"states": ["DISAGREEMENT"]}, as_="chef.aubrac"))["pupils"]["totalCount"] == 1
    from graphql_api.db.models import PupilStep
    from graphql_api.domain import steps
    from tests.staff.factory import NOW

    async with db.write() as session:
        session.add(PupilStep(pupil_id=demo.pupils["martin"], kind=steps.FAMILY_ANSWER, at=NOW, data={"agrees": True}))
    assert (await client.data(ROWS, {"states": ["DISAGREEMENT"]}, as_="chef.aubrac"))["pupils"]["totalCount"] == 0


async def test_filters_by_mef_and_names(client, demo):
    await client.login("chef.aubrac")
    segpa = await client.data(ROWS, {"mef": "10310019115"}, as_="chef.aubrac")
    assert [e["node"]["lastName"] for e in segpa["pupils"]["edges"]] == ["LAURENT"]
    by_first = await client.data(ROWS, {"firstName": "l", "sort": "NAME"}, as_="chef.aubrac")
    assert [e["node"]["firstName"] for e in by_first["pupils"]["edges"]] == ["Lucas", "Léa", "Louis"]  # DURAND, MARTIN, MICHEL
    # LIKE wildcards typed by the user are literal.
    assert (await client.data(ROWS, {"last": "%"}, as_="chef.aubrac"))["pupils"]["totalCount"] == 0


async def _walk(client, variables, login, page):  # type: ignore[no-untyped-def]
    names, after = [], None
    while True:
        data = await client.data(ROWS, {**variables, "first": page, "after": after}, as_=login)
        names += [(e["node"]["lastName"], e["node"]["birthDate"]) for e in data["pupils"]["edges"]]
        if not data["pupils"]["pageInfo"]["hasNextPage"]:
            return names
        after = data["pupils"]["pageInfo"]["endCursor"]


async def test_cursors_follow_every_sort(client, db, demo):
    await client.login("chef.aubrac")
    # Same names and birth dates on purpose: ties must be broken without losing or repeating anyone.
    await add_pupils(db, etablissement_id=demo.etablissement, division_id=demo.division_3b, count=14, by=0, prefix="ZED")
    everyone = await client.data(ROWS, {"first": 100, "sort": "NAME"}, as_="chef.aubrac")
    full = [(e["node"]["lastName"], e["node"]["firstName"]) for e in everyone["pupils"]["edges"]]
    assert full == sorted(full) and len(full) == 26
    for sort, desc in (("NAME", False), ("BIRTH_DATE", True), ("DIVISION", False), ("INE", True)):
        walked = await _walk(client, {"sort": sort, "desc": desc}, "chef.aubrac", 4)
        once = await _walk(client, {"sort": sort, "desc": desc}, "chef.aubrac", 100)
        assert walked == once and len(walked) == 26, sort
    dates = [d for _, d in await _walk(client, {"sort": "BIRTH_DATE", "desc": True}, "chef.aubrac", 5)]
    assert dates == sorted(dates, reverse=True)
    page = await client.data(ROWS, {"first": 2, "sort": "NAME"}, as_="chef.aubrac")
    wrong = await client.execute(ROWS, {"first": 2, "sort": "BIRTH_DATE", "after": page["pupils"]["pageInfo"]["endCursor"]}, as_="chef.aubrac")
    assert wrong["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"


async def test_pp_sees_their_division_and_delegation_opens_the_school(client, db, demo):
    for login in ("chef.aubrac", "pp.3a", "chef.moulin"):
        await client.login(login)
    other_division = encode_id("Division", demo.division_3b)
    pp_view = await client.data(ROWS, {"first": 50}, as_="pp.3a")
    assert {e["node"]["division"]["code"] for e in pp_view["pupils"]["edges"]} == {"3A"}
    assert (await client.data(ROWS, {"division": other_division}, as_="pp.3a"))["pupils"]["totalCount"] == 0

    grant = """mutation($id: ID!, $on: Boolean!) { setDelegation(input: {accountId: $id, delegated: $on}) {
      member { lastName delegated ppDivisions } errors { code } } }"""
    pp_id = encode_id("Account", demo.accounts["pp.3a"])
    refused = await client.data(grant, {"id": encode_id("Account", demo.accounts["pp.3b"]), "on": True}, as_="pp.3a")
    assert [e["code"] for e in refused["setDelegation"]["errors"]] == ["FORBIDDEN"]
    foreign = await client.data(grant, {"id": pp_id, "on": True}, as_="chef.moulin")
    assert [e["code"] for e in foreign["setDelegation"]["errors"]] == ["NOT_FOUND"]
    assert (await client.data(ROWS, {"division": other_division}, as_="pp.3a"))["pupils"]["totalCount"] == 0

    granted = await client.data(grant, {"id": pp_id, "on": True}, as_="chef.aubrac")
    assert granted["setDelegation"] == {"member": {"lastName": "FONTAINE", "delegated": True, "ppDivisions": ["3A"]}, "errors": []}
    assert (await client.data(ROWS, {"division": other_division}, as_="pp.3a"))["pupils"]["totalCount"] == 6
    members = await client.data("{ staffMembers { lastName delegated ppDivisions } }", as_="chef.aubrac")
    assert {"lastName": "FONTAINE", "delegated": True, "ppDivisions": ["3A"]} in members["staffMembers"]

    await client.data(grant, {"id": pp_id, "on": False}, as_="chef.aubrac")
    assert (await client.data(ROWS, {"division": other_division}, as_="pp.3a"))["pupils"]["totalCount"] == 0
    async with db.read() as session:
        types = list((await session.execute(select(OutboxEvent.type).order_by(OutboxEvent.id))).scalars())
    assert types == ["HEAD_RIGHTS_GRANTED", "HEAD_RIGHTS_WITHDRAWN"]
    denied = await client.execute("{ staffMembers { lastName } }", as_="pp.3a")
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_page_costs_the_same_statements_whatever_its_size(client, runtime, db, demo):
    await client.login("chef.aubrac")
    ids = await add_pupils(db, etablissement_id=demo.etablissement, division_id=demo.division_3a, count=60, by=0)
    for n, pid in enumerate(ids):
        await full_file(
            db, pid, by=demo.accounts["chef.aubrac"], agrees=n % 2 == 0, appeal=n % 3 == 0,
            intentions=["1G", "1T"], choices=["1G"], proposition="1G", specialites=["MATHS", "PC", "SVT", "NSI"], serie="STMG",
        )  # fmt: skip
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engines = {runtime.db.read_engine.sync_engine, runtime.db.write_engine.sync_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        costs = {}
        for size in (10, 50):
            runtime.principals.clear()  # both pages read the session (a warm cache saves those 3)
            runtime.references.clear()  # and the nomenclatures (a warm cache saves those 3)
            statements.clear()
            data = await client.data(ROWS, {"first": size, "last": "NOM", "sort": "NAME"}, as_="chef.aubrac")
            assert len(data["pupils"]["edges"]) == size
            assert all(e["node"]["listRow"]["intentions"][0]["specialites"] == ["MATHS", "NSI", "PC", "SVT"] for e in data["pupils"]["edges"])
            # Authentication 3, nomenclature 3, page + count 2, batch read model 11 (1 on PostgreSQL),
            # staff read log 1 (BEGINs aside).
            costs[size] = len([s for s in statements if s.strip() != "BEGIN"])
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)
    assert costs[10] == costs[50], costs
    assert costs[50] <= (21 if BACKEND == "sqlite" else 11), costs
