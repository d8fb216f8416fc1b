"""Phase 1 of the 3e procedure through the GraphQL API: every rule, every rejection.

Each rejection is checked twice: the payload says why (code, French message, field), and a
snapshot of the pupil's rows, the outbox and the audit trail is unchanged.
"""
import datetime as dt

import pytest
from sqlalchemy import func, select

from graphql_api.db.models import AuditEntry, CouncilAnswer, Etablissement, OutboxEvent, PhaseWindow, Pupil, Request, RequestSet
from graphql_api.graphql.base import encode_id
from tests.conftest import dispatch

FILE = """
query($id: ID!) { pupil(id: $id) { firstName orientation {
  campaign { state phase message expectedReopeningOn calendar { phase } }
  horsProcedure horsProcedureMessage
  intentions { revision channel paperFormReceivedOn validatedByViewer requests { rank voie { code } metier statutScolaire statutApprenti } }
  provisionalAvis { published items { rank value label advisedMetier request { voie { code } } } recommendation { voie { code } metier } motivation notice }
  acknowledgement { acknowledgedAt channel byViewer message }
  acknowledgementPending acknowledgementPrompt { checkboxLabel leaveWarning }
  viewer { isEnteringGuardian someoneHasTheHand canEditIntentions editBlocker { code message } canAcknowledge acknowledgeBlocker { code message } readOnlyMessage }
} } }
"""
VALIDATE = """
mutation($id: ID!, $items: [IntentionInput!]!) {
  validateIntentions(input: {pupilId: $id, intentions: $items}) { message errors { field code message } pupil { id } }
}
"""
PAPER = """
mutation($id: ID!, $on: Date!, $items: [IntentionInput!]!) {
  enterPaperIntentions(input: {pupilId: $id, paperFormReceivedOn: $on, intentions: $items}) { errors { field code message } pupil { id } }
}
"""
SWITCH = """
mutation($open: Boolean!, $on: Date) { setTeleservice(input: {open: $open, expectedReopeningOn: $on}) {
  errors { code message } etablissement { teleserviceOpen expectedReopeningOn } } }
"""
AVIS = """
mutation($id: ID!, $avis: [AvisEntry!]!, $rec: RecommendationEntry, $motivation: String) {
  enterProvisionalAvis(input: {pupilId: $id, avis: $avis, recommendation: $rec, motivation: $motivation}) { errors { field code message } pupil { id } }
}
"""
ACK = """
mutation($id: ID!, $confirm: Boolean!) { acknowledgeAvis(input: {pupilId: $id, confirm: $confirm}) { message errors { field code message } } }
"""
GUIDE = [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}, {"voie": "CAP1", "metier": "Boulangerie"}]
# The guide's avis screen answers two intentions and recommends the voie not requested.
GUIDE_AVIS_SCREEN = [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}]
GUIDE_AVIS = [{"rank": 1, "value": "DEFAVORABLE"}, {"rank": 2, "value": "RESERVE", "advisedMetier": "Mécanique"}]
MOTIVATION = "Les compétences acquises ainsi que l'attitude face au travail ne permettront pas d'être en réussite en seconde."


async def snapshot(db, pupil_pk: int) -> tuple:
    async with db.read() as s:
        pupil = await s.get(Pupil, pupil_pk)
        sets = (await s.execute(select(RequestSet.phase, RequestSet.revision, RequestSet.channel).where(RequestSet.pupil_id == pupil_pk))).all()
        requests = (await s.execute(select(Request.rank, Request.voie_code, Request.metier).where(Request.pupil_id == pupil_pk).order_by(Request.rank))).all()
        answers = (await s.execute(select(CouncilAnswer.published_at, CouncilAnswer.acknowledged_at, CouncilAnswer.motivation).where(CouncilAnswer.pupil_id == pupil_pk))).all()
        events = (await s.execute(select(func.count()).select_from(OutboxEvent))).scalar_one()
        audit = (await s.execute(select(func.count()).select_from(AuditEntry))).scalar_one()
        etab = (await s.execute(select(Etablissement.teleservice_open))).scalars().all()
    return (pupil.entering_guardian_id, pupil.version, sets, requests, answers, events, audit, etab)


@pytest.fixture
async def lea(client, demo):
    await client.sign_in("martin.pere", "martin.mere", "eleve.martin", "pp.3a", "pp.3b", "chef.aubrac", "secretariat.aubrac", "chef.moulin", "robert.mere", "admin.academie")
    return encode_id("Pupil", demo.pupils["martin"])


async def errors_of(client, query, variables, as_, field):
    body = await client.data(query, variables, as_=as_)
    return [(e["code"], e["field"]) for e in body[field]["errors"]]


async def test_validation_rejections_change_nothing(client, lea, db, demo):
    pk = demo.pupils["martin"]
    before = await snapshot(db, pk)
    cases = [
        ("martin.pere", GUIDE + [{"voie": "2GT"}], [("TOO_MANY_REQUESTS", ["intentions"])]),
        ("martin.pere", [], [("REQUESTS_EMPTY", ["intentions"])]),
        ("martin.pere", [{"voie": "2PRO"}, {"voie": "2PRO"}], [("DUPLICATE_VOIE", ["intentions", "1", "voie"])]),
        ("martin.pere", [{"voie": "2GT", "metier": "Cuisine"}], [("METIER_NOT_ALLOWED", ["intentions", "0", "metier"])]),
        ("martin.pere", [{"voie": "1G"}], [("VOIE_NOT_FOR_PALIER", ["intentions", "0", "voie"])]),
        ("eleve.martin", GUIDE, [("PUPIL_CANNOT_WRITE", [])]),
        ("robert.mere", GUIDE, [("NOT_FOUND", [])]),
        ("chef.aubrac", GUIDE, [("FORBIDDEN", [])]),
    ]
    for login, items, expected in cases:
        assert await errors_of(client, VALIDATE, {"id": lea, "items": items}, login, "validateIntentions") == expected, login
    unknown = await errors_of(client, VALIDATE, {"id": encode_id("Pupil", 999999), "items": GUIDE}, "martin.pere", "validateIntentions")
    assert unknown == [("NOT_FOUND", [])]
    garbage = await errors_of(client, VALIDATE, {"id": "not-an-id", "items": GUIDE}, "martin.pere", "validateIntentions")
    assert garbage == [("NOT_FOUND", ["pupilId"])]
    anonymous = await client.execute(VALIDATE, {"id": lea, "items": GUIDE})
    assert [e["code"] for e in anonymous["data"]["validateIntentions"]["errors"]] == ["UNAUTHENTICATED"]
    assert await snapshot(db, pk) == before


async def test_french_messages_reach_the_family(client, lea):
    body = await client.data(VALIDATE, {"id": lea, "items": []}, as_="martin.pere")
    assert body["validateIntentions"]["errors"][0]["message"] == "Vous devez obligatoirement saisir une intention."
    body = await client.data(VALIDATE, {"id": lea, "items": GUIDE}, as_="eleve.martin")
    assert body["validateIntentions"]["errors"][0]["message"] == "La saisie doit être effectuée par un responsable légal."


async def test_first_validation_takes_the_hand_and_changes_are_allowed_until_closure(client, lea, db, demo):
    body = await client.data(VALIDATE, {"id": lea, "items": GUIDE}, as_="martin.pere")
    assert body["validateIntentions"]["message"].startswith("Vos intentions ont bien été validées.")
    reordered = [{"voie": "CAP1", "metier": "Boulangerie", "statutApprenti": True}, {"voie": "2GT"}]
    assert (await client.data(VALIDATE, {"id": lea, "items": reordered}, as_="martin.pere"))["validateIntentions"]["errors"] == []
    file = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]
    assert file["intentions"]["revision"] == 2 and file["intentions"]["validatedByViewer"]
    assert [(r["rank"], r["voie"]["code"], r["statutApprenti"]) for r in file["intentions"]["requests"]] == [(1, "CAP1", True), (2, "2GT", False)]
    assert file["viewer"]["isEnteringGuardian"] and file["viewer"]["canEditIntentions"]

    for login, message_start in (("martin.mere", "La saisie a été effectuée par un autre responsable"), ("eleve.martin", "La saisie doit être effectuée")):
        other = (await client.data(FILE, {"id": lea}, as_=login))["pupil"]["orientation"]
        assert len(other["intentions"]["requests"]) == 2
        assert other["viewer"]["canEditIntentions"] is False
        assert other["viewer"]["readOnlyMessage"].startswith(message_start)

    before = await snapshot(db, demo.pupils["martin"])
    assert await errors_of(client, VALIDATE, {"id": lea, "items": GUIDE}, "martin.mere", "validateIntentions") == [("NOT_ENTERING_GUARDIAN", [])]
    closed = await client.data(SWITCH, {"open": False, "on": (dt.date.today() + dt.timedelta(days=10)).isoformat()}, as_="chef.aubrac")
    assert closed["setTeleservice"]["etablissement"]["teleserviceOpen"] is False
    after_close = await snapshot(db, demo.pupils["martin"])
    assert await errors_of(client, VALIDATE, {"id": lea, "items": GUIDE}, "martin.pere", "validateIntentions") == [("TELESERVICE_CLOSED", [])]
    assert await snapshot(db, demo.pupils["martin"]) == after_close
    assert after_close[:5] == before[:5]
    file = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]
    assert file["campaign"]["state"] == "CLOSED_BY_SCHOOL" and "Réouverture prévue le" in file["campaign"]["message"]
    assert file["viewer"]["editBlocker"]["code"] == "TELESERVICE_CLOSED"


async def test_outside_the_calendar_nothing_can_be_written(client, lea, db, demo):
    async with db.write() as s:
        for window in (await s.execute(select(PhaseWindow))).scalars():
            window.starts_at += dt.timedelta(days=300)
            window.ends_at += dt.timedelta(days=300)
    before = await snapshot(db, demo.pupils["martin"])
    assert await errors_of(client, VALIDATE, {"id": lea, "items": GUIDE}, "martin.pere", "validateIntentions") == [("CAMPAIGN_NOT_OPEN", [])]
    file = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]
    assert file["campaign"]["state"] == "NOT_OPEN"
    assert file["campaign"]["message"] == "La campagne d'orientation n'est pas ouverte."
    assert [w["phase"] for w in file["campaign"]["calendar"]] == ["PROVISOIRE", "DEFINITIVE"]
    assert await snapshot(db, demo.pupils["martin"]) == before


async def test_hors_procedure_asks_nothing(client, demo):
    await client.sign_in("lefebvre.mere")
    jade = encode_id("Pupil", demo.pupils["lefebvre"])
    file = (await client.data(FILE, {"id": jade}, as_="lefebvre.mere"))["pupil"]["orientation"]
    assert file["horsProcedure"] and file["viewer"]["editBlocker"]["code"] == "HORS_PROCEDURE"
    assert await errors_of(client, VALIDATE, {"id": jade, "items": GUIDE}, "lefebvre.mere", "validateIntentions") == [("HORS_PROCEDURE", [])]


async def test_paper_entry_by_the_office(client, lea, db, demo, runtime):
    today = dt.date.today()
    ok = await client.data(PAPER, {"id": lea, "on": today.isoformat(), "items": GUIDE}, as_="secretariat.aubrac")
    assert ok["enterPaperIntentions"]["errors"] == []
    file = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]
    assert file["intentions"]["channel"] == "PAPER" and file["intentions"]["paperFormReceivedOn"] == today.isoformat()
    assert file["viewer"]["someoneHasTheHand"] is False  # a paper form gives no guardian the hand
    before = await snapshot(db, demo.pupils["martin"])
    future = (today + dt.timedelta(days=2)).isoformat()
    assert await errors_of(client, PAPER, {"id": lea, "on": future, "items": GUIDE}, "secretariat.aubrac", "enterPaperIntentions") == [("INVALID_DATE", ["paperFormReceivedOn"])]
    assert await errors_of(client, PAPER, {"id": lea, "on": today.isoformat(), "items": GUIDE}, "pp.3a", "enterPaperIntentions") == [("FORBIDDEN", [])]
    assert await errors_of(client, PAPER, {"id": lea, "on": today.isoformat(), "items": GUIDE}, "martin.pere", "enterPaperIntentions") == [("FORBIDDEN", [])]
    assert await errors_of(client, PAPER, {"id": lea, "on": today.isoformat(), "items": GUIDE}, "chef.moulin", "enterPaperIntentions") == [("NOT_FOUND", [])]
    assert await snapshot(db, demo.pupils["martin"]) == before
    await dispatch(runtime)
    async with db.read() as s:
        audit = (await s.execute(select(AuditEntry.channel, AuditEntry.action, AuditEntry.event_id).where(AuditEntry.pupil_id == demo.pupils["martin"]))).all()
        event = (await s.execute(select(OutboxEvent.id).where(OutboxEvent.type == "PAPER_INTENTIONS_ENTERED"))).scalar_one()
    assert audit == [("PAPER", "PAPER_INTENTIONS_ENTERED", event)]  # each audit entry points at its event


async def test_avis_entry_publication_and_acknowledgement(client, lea, db, demo, runtime):
    await client.data(VALIDATE, {"id": lea, "items": GUIDE_AVIS_SCREEN}, as_="martin.pere")
    variables = {"id": lea, "avis": GUIDE_AVIS, "rec": {"voie": "CAP1", "metier": "Mécanique"}, "motivation": MOTIVATION}
    # The council works on stable data: the téléservice must be closed.
    assert await errors_of(client, AVIS, variables, "pp.3a", "enterProvisionalAvis") == [("TELESERVICE_OPEN", [])]
    await client.data(SWITCH, {"open": False}, as_="chef.aubrac")
    before = await snapshot(db, demo.pupils["martin"])
    refusals = [
        ("pp.3b", variables, [("NOT_FOUND", [])]),  # PP of another division: not in scope
        ("secretariat.aubrac", variables, [("FORBIDDEN", [])]),
        ("martin.pere", variables, [("FORBIDDEN", [])]),
        ("chef.moulin", variables, [("NOT_FOUND", [])]),
        ("pp.3a", {**variables, "motivation": None}, [("MOTIVATION_REQUIRED", ["motivation"])]),
        ("pp.3a", {**variables, "avis": GUIDE_AVIS[:1]}, [("AVIS_MISSING", ["avis"])]),
        ("pp.3a", {**variables, "rec": {"voie": "2PRO"}}, [("RECOMMENDATION_ALREADY_REQUESTED", ["recommendation", "voie"])]),
    ]
    for login, v, expected in refusals:
        assert await errors_of(client, AVIS, v, login, "enterProvisionalAvis") == expected, login
    assert await snapshot(db, demo.pupils["martin"]) == before
    assert (await client.data(AVIS, variables, as_="pp.3a"))["enterProvisionalAvis"]["errors"] == []

    family_view = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]
    assert family_view["provisionalAvis"] is None and family_view["acknowledgementPending"] is False
    staff_view = (await client.data(FILE, {"id": lea}, as_="chef.aubrac"))["pupil"]["orientation"]
    assert staff_view["provisionalAvis"]["published"] is False

    await client.data(SWITCH, {"open": True}, as_="chef.aubrac")
    view = (await client.data(FILE, {"id": lea}, as_="martin.mere"))["pupil"]["orientation"]
    avis = view["provisionalAvis"]
    assert [(i["rank"], i["label"], i["advisedMetier"]) for i in avis["items"]] == [
        (1, "Avis défavorable", None), (2, "Avis réservé", "Mécanique")]
    assert avis["items"][1]["request"]["voie"]["code"] == "2PRO"
    assert avis["recommendation"] == {"voie": {"code": "CAP1"}, "metier": "Mécanique"}
    assert avis["notice"].startswith("Cet avis ne constitue en aucun cas une décision d'orientation.")
    assert view["acknowledgementPending"] and view["viewer"]["canAcknowledge"] is False
    assert view["viewer"]["acknowledgeBlocker"]["message"].endswith("Seul le parent ayant fait la saisie peut accuser réception de l'avis provisoire du conseil de classe.")
    owner = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]
    assert owner["viewer"]["canAcknowledge"] and owner["acknowledgementPrompt"]["leaveWarning"].startswith("Vous n'avez pas validé")
    # Published avis freeze the intentions.
    assert await errors_of(client, VALIDATE, {"id": lea, "items": GUIDE}, "martin.pere", "validateIntentions") == [("INTENTIONS_LOCKED", [])]

    before = await snapshot(db, demo.pupils["martin"])
    assert await errors_of(client, ACK, {"id": lea, "confirm": True}, "martin.mere", "acknowledgeAvis") == [("NOT_ENTERING_GUARDIAN", [])]
    assert await errors_of(client, ACK, {"id": lea, "confirm": True}, "eleve.martin", "acknowledgeAvis") == [("PUPIL_CANNOT_WRITE", [])]
    assert await errors_of(client, ACK, {"id": lea, "confirm": False}, "martin.pere", "acknowledgeAvis") == [("CONFIRMATION_REQUIRED", ["confirm"])]
    assert await snapshot(db, demo.pupils["martin"]) == before
    assert (await client.data(ACK, {"id": lea, "confirm": True}, as_="martin.pere"))["acknowledgeAvis"]["errors"] == []
    again = await snapshot(db, demo.pupils["martin"])
    # A second acknowledgement is refused as documented (ALREADY_ACKNOWLEDGED), changing nothing.
    assert await errors_of(client, ACK, {"id": lea, "confirm": True}, "martin.pere", "acknowledgeAvis") == [("ALREADY_ACKNOWLEDGED", [])]
    assert await snapshot(db, demo.pupils["martin"]) == again

    day = dt.datetime.now(dt.timezone.utc).astimezone(dt.timezone(dt.timedelta(hours=1))).strftime("%d/%m")
    mine = (await client.data(FILE, {"id": lea}, as_="martin.pere"))["pupil"]["orientation"]["acknowledgement"]
    theirs = (await client.data(FILE, {"id": lea}, as_="martin.mere"))["pupil"]["orientation"]["acknowledgement"]
    pupil = (await client.data(FILE, {"id": lea}, as_="eleve.martin"))["pupil"]["orientation"]["acknowledgement"]
    assert mine["byViewer"] and mine["message"].startswith("Vous avez pris connaissance")
    assert theirs["message"].startswith("Un autre responsable de l'élève a pris connaissance")
    assert pupil["message"].startswith("Un responsable a pris connaissance")
    assert day[:2] in mine["message"]


async def test_paper_acknowledgement_for_a_paper_family(client, lea, demo, db):
    await client.sign_in("durand.mere")
    lucas = encode_id("Pupil", demo.pupils["durand"])
    today = dt.date.today().isoformat()
    await client.data(PAPER, {"id": lucas, "on": today, "items": [{"voie": "CAP1"}]}, as_="secretariat.aubrac")
    await client.data(SWITCH, {"open": False}, as_="chef.aubrac")
    await client.data(AVIS, {"id": lucas, "avis": [{"rank": 1, "value": "FAVORABLE"}]}, as_="chef.aubrac")
    await client.data(SWITCH, {"open": True}, as_="chef.aubrac")
    q = "mutation($id: ID!, $on: Date!) { recordPaperAcknowledgement(input: {pupilId: $id, receivedOn: $on}) { errors { code } } }"
    assert (await client.data(q, {"id": lucas, "on": today}, as_="pp.3a"))["recordPaperAcknowledgement"]["errors"] == [{"code": "FORBIDDEN"}]
    assert (await client.data(q, {"id": lucas, "on": today}, as_="secretariat.aubrac"))["recordPaperAcknowledgement"]["errors"] == []
    view = (await client.data(FILE, {"id": lucas}, as_="durand.mere"))["pupil"]["orientation"]
    assert view["acknowledgement"]["channel"] == "PAPER" and view["acknowledgementPending"] is False
    assert (await client.data(q, {"id": lucas, "on": today}, as_="secretariat.aubrac"))["recordPaperAcknowledgement"]["errors"] == [{"code": "ALREADY_ACKNOWLEDGED"}]


async def test_staff_see_who_validated_nothing_within_their_scope(client, lea, demo):
    await client.data(VALIDATE, {"id": lea, "items": GUIDE}, as_="martin.pere")
    q = "{ pupils(state: NOTHING_VALIDATED, first: 50) { totalCount nodes { lastName division { code } } } }"
    head = (await client.data(q, as_="chef.aubrac"))["pupils"]
    names = {n["lastName"] for n in head["nodes"]}
    assert "MARTIN" not in names and "LEFEBVRE" not in names  # validated / hors procédure
    assert head["totalCount"] == 10 and "ROBERT" not in names  # 12 pupils of the school, less those two
    pp = (await client.data(q, as_="pp.3a"))["pupils"]
    assert {n["division"]["code"] for n in pp["nodes"]} == {"3A"} and pp["totalCount"] == 5
    assert (await client.data(q, as_="martin.pere"))["pupils"]["totalCount"] == 0
    assert (await client.data(q, as_="admin.academie"))["pupils"]["totalCount"] == 0  # aggregates only
    assert (await client.data(FILE, {"id": lea}, as_="admin.academie"))["pupil"] is None
    assert (await client.data(FILE, {"id": lea}, as_="chef.moulin"))["pupil"] is None
    assert (await client.data(FILE, {"id": lea}, as_="pp.3b"))["pupil"] is None


async def test_pagination_is_relay_style(client, lea):
    first = (await client.data("{ pupils(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { lastName } } }", as_="chef.aubrac"))["pupils"]
    assert len(first["nodes"]) == 5 and first["pageInfo"]["hasNextPage"] and first["totalCount"] == 12
    rest = (await client.data("query($a: String) { pupils(first: 50, after: $a) { pageInfo { hasNextPage hasPreviousPage } nodes { lastName } } }", {"a": first["pageInfo"]["endCursor"]}, as_="chef.aubrac"))["pupils"]
    assert len(rest["nodes"]) == 7 and not rest["pageInfo"]["hasNextPage"] and rest["pageInfo"]["hasPreviousPage"]
    assert not {n["lastName"] for n in first["nodes"]} & {n["lastName"] for n in rest["nodes"]}
    too_big = await client.execute("{ pupils(first: 5000) { totalCount } }", as_="chef.aubrac")
    assert too_big["errors"][0]["extensions"]["code"] == "INVALID_PAGE_SIZE"


async def test_calendar_is_set_by_the_academie(client, lea):
    q = """mutation($s: DateTime!, $e: DateTime!) { setPhaseWindow(input: {palier: TROISIEME, phase: PROVISOIRE, startsAt: $s, endsAt: $e}) {
      errors { code field } window { phase startsAt } } }"""
    now = dt.datetime.now(dt.timezone.utc)
    v = {"s": (now - dt.timedelta(days=1)).isoformat(), "e": (now + dt.timedelta(days=30)).isoformat()}
    assert (await client.data(q, v, as_="admin.academie"))["setPhaseWindow"]["errors"] == []
    assert (await client.data(q, v, as_="chef.aubrac"))["setPhaseWindow"]["errors"] == [{"code": "FORBIDDEN", "field": []}]
    backwards = {"s": v["e"], "e": v["s"]}
    assert (await client.data(q, backwards, as_="admin.academie"))["setPhaseWindow"]["errors"] == [{"code": "INVALID_DATE", "field": ["endsAt"]}]
    overlapping = {"s": v["s"], "e": (now + dt.timedelta(days=120)).isoformat()}
    assert (await client.data(q, overlapping, as_="admin.academie"))["setPhaseWindow"]["errors"][0]["code"] == "WINDOWS_OVERLAP"


async def test_only_the_head_opens_and_closes(client, lea):
    for login in ("pp.3a", "secretariat.aubrac", "martin.pere", "admin.academie"):
        body = await client.data(SWITCH, {"open": False}, as_=login)
        assert body["setTeleservice"]["errors"][0]["code"] == "FORBIDDEN", login
    past = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert (await client.data(SWITCH, {"open": False, "on": past}, as_="chef.aubrac"))["setTeleservice"]["errors"][0]["code"] == "INVALID_DATE"


async def test_the_guides_texts_are_served(client):
    body = await client.data("{ guideTexts { intentionsForm { instructions metierHelp statutApprentiHelp } avis { leaveWarning } } voies(palier: TROISIEME) { code label allowsMetier } }")
    assert body["guideTexts"]["intentionsForm"]["instructions"].startswith("Vous devez obligatoirement saisir une intention.")
    assert "Onisep" in body["guideTexts"]["intentionsForm"]["metierHelp"]
    assert body["voies"] == [
        {"code": "2GT", "label": "2de générale et technologique ou 2de STHR", "allowsMetier": False},
        {"code": "2PRO", "label": "2de professionnelle", "allowsMetier": True},
        {"code": "CAP1", "label": "1re année de CAP", "allowsMetier": True},
    ]
