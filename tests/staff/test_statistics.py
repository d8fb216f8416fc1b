"""Statistics for the head and the académie: counts from SQL, no personal data for the académie."""
import json

from sqlalchemy import select

from graphql_api.db.models import Division, Pupil
from graphql_api.graphql.base import encode_id
from tests.staff.factory import add_pupils, full_file

STATS = """
query($etab: ID, $division: ID, $palier: Palier) { statistics(etablissementId: $etab, divisionId: $division, palier: $palier) {
  pupils horsProcedure validatedIntentions validatedIntentionsShare validatedChoices validatedChoicesShare
  requests { phase voie serie requests firstChoices } avis { phase key count }
  propositionsCompared propositionsMatchingFirstChoice propositionsMatchingAChoice familyAgrees familyDisagrees
  headInterviews decisions appeals appealsUpheld appealsRejected appealsGranted appealsRefused maintienRequests guardianDisagreements
  specialites { phase key count } combinations { specialites count } breakdown { code name pupils validatedIntentions validatedChoices }
} }
"""


async def _school(db, demo):  # type: ignore[no-untyped-def]
    chef = demo.accounts["chef.aubrac"]
    await full_file(db, demo.pupils["martin"], by=chef)
    await full_file(db, demo.pupils["simon"], by=chef, proposition="2PRO", agrees=False, appeal=True)
    async with db.write() as session:
        lycee = Division(etablissement_id=demo.etablissement, code="2NDE1", palier="2NDE_GT")
        session.add(lycee)
        await session.flush()
    ids = await add_pupils(db, etablissement_id=demo.etablissement, division_id=lycee.id, count=3, by=0, prefix="LYC", palier="2NDE_GT", mef="20010018110")
    combos = [["MATHS", "PC", "SVT", "NSI"], ["NSI", "SVT", "PC", "MATHS"], ["SES", "HGGSP", "MATHS", "LLCA"]]
    for pid, combo in zip(ids, combos):
        await full_file(db, pid, by=chef, intentions=["1G"], avis=[], choices=["1G"], proposition=None, agrees=None, specialites=combo)


async def test_establishment_statistics(client, db, demo):
    await _school(db, demo)
    await client.login("chef.aubrac")
    s = (await client.data(STATS, as_="chef.aubrac"))["statistics"]
    assert (s["pupils"], s["horsProcedure"], s["validatedIntentions"], s["validatedChoices"]) == (15, 1, 5, 5)
    assert s["validatedIntentionsShare"] == round(5 / 14, 4)
    requests = {(r["phase"], r["voie"]): (r["requests"], r["firstChoices"]) for r in s["requests"]}
    assert requests == {
        ("PROVISOIRE", "2GT"): (2, 2), ("PROVISOIRE", "2PRO"): (2, 0), ("PROVISOIRE", "1G"): (3, 3),
        ("DEFINITIVE", "2GT"): (2, 2), ("DEFINITIVE", "1G"): (3, 3),
    }  # fmt: skip
    assert {(a["key"], a["count"]) for a in s["avis"]} == {("FAVORABLE", 2), ("RESERVE", 2)}
    assert (s["propositionsCompared"], s["propositionsMatchingFirstChoice"], s["propositionsMatchingAChoice"]) == (2, 1, 1)
    assert (s["familyAgrees"], s["familyDisagrees"], s["headInterviews"], s["decisions"]) == (1, 1, 1, 1)
    # The commission gave the family 2GT where the head had decided 2PRO: granted (upheld = false).
    assert (s["appeals"], s["appealsGranted"], s["appealsRefused"], s["maintienRequests"]) == (1, 1, 0, 0)
    assert (s["appealsUpheld"], s["appealsRejected"]) == (0, 0)
    definitive = {x["key"]: x["count"] for x in s["specialites"] if x["phase"] == "DEFINITIVE"}
    assert definitive == {"MATHS": 3, "PC": 2, "SVT": 2, "NSI": 2, "SES": 1, "HGGSP": 1, "LLCA": 1}
    assert s["combinations"] == [
        {"specialites": ["MATHS", "NSI", "PC", "SVT"], "count": 2},
        {"specialites": ["HGGSP", "LLCA", "MATHS", "SES"], "count": 1},
    ]
    assert [(b["code"], b["pupils"], b["validatedIntentions"]) for b in s["breakdown"]] == [("2NDE1", 3, 3), ("3A", 6, 1), ("3B", 6, 1)]

    division = (await client.data(STATS, {"division": encode_id("Division", demo.division_3b)}, as_="chef.aubrac"))["statistics"]
    assert (division["pupils"], division["familyDisagrees"], division["appeals"]) == (6, 1, 1)
    lycee = (await client.data(STATS, {"palier": "SECONDE_GT"}, as_="chef.aubrac"))["statistics"]
    assert lycee["pupils"] == 3 and lycee["avis"] == []


async def test_academie_sees_aggregates_and_no_pupil(client, db, demo):
    await _school(db, demo)
    for login in ("admin.academie", "pp.3a", "chef.moulin"):
        await client.login(login)
    body = await client.execute(STATS, as_="admin.academie")
    s = body["data"]["statistics"]
    assert s["pupils"] == 21 and s["validatedIntentions"] == 5  # the demo lycée's 5 pupils of 2de GT included
    assert [(b["code"], b["name"], b["pupils"]) for b in s["breakdown"]] == [
        ("0750001U", "CLG LUCIE AUBRAC", 15), ("0750002V", "CLG JEAN MOULIN", 1), ("0750003W", "LYC VICTOR HUGO", 5)]
    one = (await client.data(STATS, {"etab": encode_id("Etablissement", demo.other_etablissement)}, as_="admin.academie"))["statistics"]
    assert one["pupils"] == 1
    text = json.dumps(body)
    async with db.read() as session:
        people = (await session.execute(select(Pupil.last_name, Pupil.first_name, Pupil.ine))).all()
    for last, first, ine in people:
        assert last not in text and ine not in text and f'"{first}"' not in text
    # The académie has no pupil list either.
    listing = await client.data("{ pupils(first: 50) { totalCount } }", as_="admin.academie")
    assert listing["pupils"]["totalCount"] == 0

    for login, variables in (("pp.3a", {}), ("chef.moulin", {"etab": encode_id("Etablissement", demo.etablissement)})):
        refused = await client.execute(STATS, variables, as_=login)
        assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
