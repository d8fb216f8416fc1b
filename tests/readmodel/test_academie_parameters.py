"""Issue 16: the académie's parameters through the API (read, set, audited, pushed to its
schools), and families listing the académie notices that concern their child."""
from sqlalchemy import select

from graphql_api.db.models import AuditEntry, Etablissement, OutboxEvent
from graphql_api.graphql.base import encode_id
from graphql_api.domain.texts.notices import describe_for_staff
from tests.procedure.helpers import VALIDATE_INTENTIONS, ok

READ = "{ academieParameters { academieCode allowMetierText allowPasserelle familiesRankSpecialites } }"
SET = """mutation($input: SetAcademieParametersInput!) { setAcademieParameters(input: $input) {
  parameters { allowMetierText allowPasserelle familiesRankSpecialites } errors { code message } } }"""


async def test_the_academie_reads_and_sets_its_parameters_each_change_audited_and_pushed(client, db, demo):
    await client.sign_in("admin.academie", "chef.hugo", "dubois.mere")
    assert (await client.data(READ, as_="admin.academie"))["academieParameters"] == {
        "academieCode": "01", "allowMetierText": True, "allowPasserelle": False, "familiesRankSpecialites": False,
    }  # fmt: skip
    refused = (await client.data(SET, {"input": {"allowPasserelle": True}}, as_="chef.hugo"))["setAcademieParameters"]
    assert [e["code"] for e in refused["errors"]] == ["FORBIDDEN"] and refused["parameters"] is None

    done = (await client.data(SET, {"input": {"allowPasserelle": True, "familiesRankSpecialites": True}}, as_="admin.academie"))
    assert done["setAcademieParameters"] == {
        "parameters": {"allowMetierText": True, "allowPasserelle": True, "familiesRankSpecialites": True}, "errors": [],
    }  # fmt: skip
    assert (await client.data(READ, as_="chef.hugo"))["academieParameters"]["allowPasserelle"] is True
    async with db.read() as session:
        events = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == "ACADEMIE_PARAMETERS_CHANGED"))).scalars().all()
        schools = set((await session.execute(select(Etablissement.id).where(Etablissement.academie_id == demo.academie))).scalars())
        audit = (await session.execute(select(AuditEntry).where(AuditEntry.action == "ACADEMIE_PARAMETERS_CHANGED"))).scalars().all()
    assert {e.etablissement_id for e in events} == schools | {None}  # every school's feed, and the académie's
    assert all(e.actor_account_id == demo.accounts["admin.academie"] for e in events) and audit
    assert events[0].payload["changes"] == {"allowPasserellePro": True, "familiesRankSpecialites": True}
    text = describe_for_staff("ACADEMIE_PARAMETERS_CHANGED", events[0].payload)
    assert "passerelle vers la voie professionnelle : oui" in text and "classement des spécialités par les familles : oui" in text

    # The same values again change nothing and tell nobody.
    await client.data(SET, {"input": {"allowPasserelle": True}}, as_="admin.academie")
    async with db.read() as session:
        again = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == "ACADEMIE_PARAMETERS_CHANGED"))).scalars().all()
    assert len(again) == len(events)

    # The rules follow: the passerelle is offered, families rank their spécialités.
    voies = [v["code"] for v in (await client.data("{ voies(palier: SECONDE_GT) { code } }", as_="dubois.mere"))["voies"]]
    assert "VOIE_PRO" in voies
    pid = encode_id("Pupil", demo.lycee.pupils["dubois"])
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "1G", "specialites": ["SES", "MATHS", "PC", "SVT"]}]}, "dubois.mere")
    file = await client.data("query($id: ID!) { pupil(id: $id) { orientation { intentions { requests { specialites { code rank } } } } } }", {"id": pid}, as_="dubois.mere")
    ranked = file["pupil"]["orientation"]["intentions"]["requests"][0]["specialites"]
    assert ranked == [{"code": "SES", "rank": 1}, {"code": "MATHS", "rank": 2}, {"code": "PC", "rank": 3}, {"code": "SVT", "rank": 4}]


NOTICES = "query($id: ID) { academieNotices(pupilId: $id) { title voie serie } }"
PUBLISH = """mutation($input: PublishAcademieNoticeInput!) { publishAcademieNotice(input: $input) { notice { id } errors { code } } }"""


async def test_families_list_the_academie_notices_that_concern_them(client, demo):
    await client.sign_in("admin.academie", "martin.pere", "eleve.martin", "bernard.mere", "roux.pere")
    for voie, title in (("2GT", "Portes ouvertes des lycées"), ("CAP1", "Inscriptions en CAP"), ("1T", "Admission en STD2A")):
        body = {"voie": voie, "title": title, "body": "Consultez le site de l'académie."}
        if voie == "1T":
            body["serie"] = "STD2A"
        await ok(client, PUBLISH, body, "admin.academie")
    lea = encode_id("Pupil", demo.pupils["martin"])
    assert (await client.data(NOTICES, {"id": lea}, as_="martin.pere"))["academieNotices"] == []  # nothing requested yet
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": lea, "intentions": [{"voie": "2GT"}]}, "martin.pere")
    expected = [{"title": "Portes ouvertes des lycées", "voie": "2GT", "serie": None}]
    assert (await client.data(NOTICES, {"id": lea}, as_="martin.pere"))["academieNotices"] == expected
    assert (await client.data(NOTICES, {}, as_="eleve.martin"))["academieNotices"] == expected
    assert (await client.data(NOTICES, {}, as_="bernard.mere"))["academieNotices"] == []
    other = await client.execute(NOTICES, {"id": lea}, as_="bernard.mere")
    assert other["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert len((await client.data(NOTICES, {}, as_="admin.academie"))["academieNotices"]) == 3
