"""Issue 16: the smaller gaps met while playing the procedure, one test each."""
import dataclasses

from sqlalchemy import update

from graphql_api.db.models import Academie, Pupil
from graphql_api.domain.french import de
from graphql_api.graphql.base import encode_id
from graphql_api.domain.texts import notices as messages
from notifications import mail
from notifications.mail import MailSender
from tests.conftest import dispatch
from tests.procedure.helpers import ACKNOWLEDGE, ENTER_AVIS, SET_TELESERVICE, VALIDATE_INTENTIONS, ok, rejected, viewer_of

VOIES = "query { voies(palier: SECONDE_GT) { code } }"


async def test_voies_offer_the_passerelle_only_where_the_academie_allows_it(client, db, demo):
    await client.sign_in("dubois.mere", "chef.hugo")
    for login in ("dubois.mere", "chef.hugo"):
        codes = [v["code"] for v in (await client.data(VOIES, as_=login))["voies"]]
        assert "VOIE_PRO" not in codes and "1G" in codes
    async with db.write() as session:
        await session.execute(update(Academie).where(Academie.id == demo.academie).values(allow_passerelle_pro=True))
    for login in ("dubois.mere", "chef.hugo"):
        assert "VOIE_PRO" in [v["code"] for v in (await client.data(VOIES, as_=login))["voies"]]


async def test_offered_specialites_come_with_their_labels(client, demo):
    await client.sign_in("chef.hugo")
    offered = (await client.data("{ offeredSpecialites { code label } }", as_="chef.hugo"))["offeredSpecialites"]
    assert {"code": "NSI", "label": "Numérique et sciences informatiques"} in offered
    assert len(offered) == 8


async def test_staff_list_gives_voies_as_objects_like_the_file(client, db, demo):
    from tests.staff.factory import full_file

    await full_file(db, demo.pupils["martin"], by=demo.accounts["chef.aubrac"], proposition="2PRO", agrees=False)
    await client.sign_in("chef.aubrac")
    data = await client.data(
        "query { pupils(lastName: \"MARTIN\") { edges { node { listRow { intentions { voie { code label } } "
        "propositionVoie { code label } decisionVoie { code label } } orientation { intentions { requests { voie { code label } } } } } } } }",
        as_="chef.aubrac",
    )
    node = data["pupils"]["edges"][0]["node"]
    assert [r["voie"] for r in node["listRow"]["intentions"]] == [r["voie"] for r in node["orientation"]["intentions"]["requests"]]
    assert node["listRow"]["propositionVoie"] == {"code": "2PRO", "label": "2de professionnelle"} == node["listRow"]["decisionVoie"]


async def test_fields_with_an_enum_are_enums(client, demo):
    await client.sign_in("chef.aubrac")
    query = """query($t: String!) { __type(name: $t) { fields { name type { kind name ofType { kind name } } } } }"""

    async def type_of(type_name: str, field: str) -> str:
        fields = (await client.data(query, {"t": type_name}, as_="chef.aubrac"))["__type"]["fields"]
        t = next(f["type"] for f in fields if f["name"] == field)
        return t["name"] or t["ofType"]["name"]

    assert await type_of("VoieCount", "phase") == "Phase"
    assert await type_of("PhaseValueCount", "phase") == "Phase"
    assert await type_of("StaffFeedItem", "channel") == "Channel"
    assert await type_of("DashboardCounters", "scope") == "DashboardScope"
    stats = await client.data("{ statistics { requests { phase } avis { phase } } }", as_="chef.aubrac")
    assert stats["statistics"]["requests"] == []  # an enum value when there are requests (differential tests)


async def test_a_second_acknowledgement_is_refused_with_already_acknowledged(client, demo):
    await client.sign_in("martin.pere", "chef.aubrac")
    pid = encode_id("Pupil", demo.pupils["martin"])
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "2GT"}]}, "martin.pere")
    await ok(client, SET_TELESERVICE, {"open": False}, "chef.aubrac")
    await ok(client, ENTER_AVIS, {"pupilId": pid, "avis": [{"rank": 1, "value": "FAVORABLE"}]}, "chef.aubrac")
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.aubrac")
    await ok(client, ACKNOWLEDGE, {"pupilId": pid, "confirm": True}, "martin.pere")
    message = await rejected(client, ACKNOWLEDGE, {"pupilId": pid, "confirm": True}, "martin.pere", "ALREADY_ACKNOWLEDGED", pid=pid, staff="chef.aubrac")
    assert "déjà accusé réception" in message
    viewer = await viewer_of(client, pid, "martin.pere")
    assert viewer["canAcknowledge"] is False


def test_de_elides_before_a_vowel():
    assert de("Inès") == "d'Inès" and de("Émile") == "d'Émile" and de("Œdipe") == "d'Œdipe" and de("Yanis") == "d'Yanis"
    assert de("Léa") == "de Léa" and de("Hugo") == "de Hugo" and de(" Anna ") == "d'Anna"


async def test_mail_subjects_elide_and_keep_single_spaces(runtime, db, demo, smtp_server, client):
    """Petit Inès's other guardian disagrees: the head's alert reads « d'Inès »; a padded first
    name (as SIECLE may send it) gives no double space in any subject."""
    async with db.write() as session:
        await session.execute(update(Pupil).where(Pupil.id == demo.pupils["petit"]).values(first_name=" Inès"))
    await client.sign_in("petit.mere", "petit.pere")
    pid = encode_id("Pupil", demo.pupils["petit"])
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "2GT"}]}, "petit.mere")
    await ok(client, "mutation($input: RecordGuardianDisagreementInput!) { recordGuardianDisagreement(input: $input) { errors { field code message } } }",
             {"pupilId": pid, "message": "Je préfère la voie professionnelle."}, "petit.pere")  # fmt: skip
    await client.execute("mutation { logout { ok } }", as_="petit.mere")  # the session's recap goes out
    await dispatch(runtime)
    sender = MailSender(dataclasses.replace(runtime.settings, smtp_port=smtp_server.port), runtime.db)
    assert await sender.send_due() >= 3
    subjects = [m.message["Subject"] for m in smtp_server.received]
    assert "Orientation : Désaccord d'un responsable d'Inès PETIT" in subjects, subjects
    assert "Orientation d'Inès : intentions provisoires validées" in subjects, subjects
    assert all("  " not in s and " de Inès" not in s for s in subjects), subjects


def test_choices_validated_notice_names_the_serie():
    payload = {"pupilId": 1, "firstName": "Emma", "requests": [
        {"rank": 1, "voie": "1T", "voieLabel": "1re technologique", "serie": "STL", "serieOption": "SPCL", "specialites": []},
        {"rank": 2, "voie": "1T", "voieLabel": "1re technologique", "serie": "STMG", "specialites": []},
    ]}  # fmt: skip
    notice = messages.describe("CHOICES_VALIDATED", payload, 1)
    assert "1. 1re technologique — série STL (SPCL) ; 2. 1re technologique — série STMG" in notice.body
    assert mail.compose_notice(notice.title, notice.body, notice.link_path, "https://x").subject == "Orientation : Choix définitifs d'Emma validés en ligne"


async def test_login_payload_can_ask_for_the_viewers_children(client, demo):
    body = await client.execute(
        'mutation { login(login: "martin.pere", password: "orientation") { token errors { code } viewer { firstName children { id firstName } } } }'
    )
    assert "errors" not in body, body
    payload = body["data"]["login"]
    assert payload["errors"] == [] and payload["token"]
    assert payload["viewer"]["children"] == [{"id": encode_id("Pupil", demo.pupils["martin"]), "firstName": "Léa"}]
