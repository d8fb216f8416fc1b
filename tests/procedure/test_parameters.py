"""Nomenclatures as data, the establishment's offered spécialités, the pre-opening check,
hors procédure, the PP interview date and maintien, through the API."""
import datetime as dt

from graphql_api.domain.working_days import paris_date
from graphql_api.graphql.base import encode_id
from graphql_api.services.clock import utcnow
from tests.procedure.helpers import (
    ACKNOWLEDGE,
    ANSWER,
    APPEAL,
    ENTER_AVIS,
    ENTER_PROPOSITION,
    HEAD_INTERVIEW,
    DECISION,
    HORS_PROCEDURE,
    MAINTIEN,
    PP_INTERVIEW,
    SET_TELESERVICE,
    VALIDATE_CHOICES,
    VALIDATE_INTENTIONS,
    file_of,
    move_to_definitive,
    mutation,
    ok,
    rejected,
    viewer_of,
)

ADD_SPECIALITE = mutation("addSpecialite", "AddSpecialiteInput", "specialite { code label active }")
SET_ACTIVE = mutation("setNomenclatureEntryActive", "SetNomenclatureEntryActiveInput", "kind code active")
SET_OFFERED = mutation("setOfferedSpecialites", "SetOfferedSpecialitesInput", "codes")
ADD_SERIE = mutation("addSerie", "AddSerieInput", "serie { code options }")
CHECK = "{ preOpeningCheck { ok findings { code message subject } } }"
FOUR = ["MATHS", "PC", "SVT", "NSI"]


async def test_specialite_added_mid_year_then_retired(client, demo):
    for login in ("admin.academie", "chef.hugo", "dubois.mere"):
        await client.login(login)
    pid = encode_id("Pupil", demo.lycee.pupils["dubois"])
    new = {"voie": "1G", "specialites": ["MATHS", "PC", "SVT", "EPPCS_NOUVELLE"]}
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [new]}, "dubois.mere", "UNKNOWN_SPECIALITE", pid=pid, staff="chef.hugo")

    # Only the académie maintains the national list; the entry is selectable at once.
    refused = await client.data(ADD_SPECIALITE, {"input": {"code": "EPPCS_NOUVELLE", "label": "Nouvelle"}}, as_="chef.hugo")
    assert refused["addSpecialite"]["errors"][0]["code"] == "FORBIDDEN"
    bad = await client.data(ADD_SPECIALITE, {"input": {"code": "a b", "label": "x"}}, as_="admin.academie")
    assert bad["addSpecialite"]["errors"][0]["code"] == "INVALID_CODE"
    await ok(client, ADD_SPECIALITE, {"code": "EPPCS_NOUVELLE", "label": "Spécialité nouvelle", "family": None}, "admin.academie")
    dup = await client.data(ADD_SPECIALITE, {"input": {"code": "EPPCS_NOUVELLE", "label": "x"}}, as_="admin.academie")
    assert dup["addSpecialite"]["errors"][0]["code"] == "CODE_EXISTS"
    listed = await client.data("{ specialites { code } }")
    assert "EPPCS_NOUVELLE" in [x["code"] for x in listed["specialites"]]
    offered = await client.data("{ offeredSpecialites { code label } }", as_="chef.hugo")
    family_view = await client.data("query($id: ID!) { offeredSpecialites(pupilId: $id) { code label } }", {"id": pid}, as_="dubois.mere")
    assert family_view == offered and {"code": "MATHS", "label": "Mathématiques"} in offered["offeredSpecialites"]
    other = encode_id("Pupil", demo.pupils["martin"])
    hidden = await client.execute("query($id: ID!) { offeredSpecialites(pupilId: $id) { code } }", {"id": other}, as_="dubois.mere")
    assert hidden["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    await ok(client, SET_OFFERED, {"codes": [s["code"] for s in offered["offeredSpecialites"]] + ["EPPCS_NOUVELLE"]}, "chef.hugo")
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [new]}, "dubois.mere")

    # Retired later: past requests keep it; it is no longer selectable, nor offerable.
    await ok(client, SET_ACTIVE, {"kind": "SPECIALITE", "code": "EPPCS_NOUVELLE", "active": False}, "admin.academie")
    file = await file_of(client, pid, "dubois.mere")
    assert [x["code"] for x in file["intentions"]["requests"][0]["specialites"]] == ["EPPCS_NOUVELLE", "MATHS", "PC", "SVT"]
    assert file["intentions"]["requests"][0]["specialites"][0]["label"] == "Spécialité nouvelle"
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [new]}, "dubois.mere", "UNKNOWN_SPECIALITE", pid=pid, staff="chef.hugo")
    assert "EPPCS_NOUVELLE" not in [x["code"] for x in (await client.data("{ specialites { code } }"))["specialites"]]
    check = (await client.data(CHECK, as_="chef.hugo"))["preOpeningCheck"]
    assert ("SPECIALITE_NOT_LISTED", "EPPCS_NOUVELLE") in [(f["code"], f["subject"]) for f in check["findings"]]
    refused = await client.data(SET_OFFERED, {"input": {"codes": ["EPPCS_NOUVELLE"]}}, as_="chef.hugo")
    assert refused["setOfferedSpecialites"]["errors"][0]["code"] == "UNKNOWN_SPECIALITE"

    # A série with options, added at runtime.
    await ok(client, ADD_SERIE, {"code": "STNEW", "label": "Série nouvelle", "options": ["OPT_A", "OPT_B"]}, "admin.academie")
    series = await client.data('{ series(voie: "1T") { code options } }')
    assert {"code": "STNEW", "options": ["OPT_A", "OPT_B"]} in series["series"]


async def test_pre_opening_check(client, demo):
    await client.login("chef.hugo")
    await client.login("chef.aubrac")
    await client.login("pp.2a")
    assert (await client.data(CHECK, as_="chef.hugo"))["preOpeningCheck"] == {"ok": True, "findings": []}
    await ok(client, SET_OFFERED, {"codes": []}, "chef.hugo")
    codes = [f["code"] for f in (await client.data(CHECK, as_="chef.hugo"))["preOpeningCheck"]["findings"]]
    assert codes == ["NO_SPECIALITE_OFFERED"]
    college = (await client.data(CHECK, as_="chef.aubrac"))["preOpeningCheck"]
    assert ("PUPIL_WITHOUT_GUARDIAN_EMAIL", "Lucas DURAND") in [(f["code"], f["subject"]) for f in college["findings"]]
    assert "NO_SPECIALITE_OFFERED" not in [f["code"] for f in college["findings"]]  # a collège has no 2de GT pupils
    refused = await client.execute(CHECK, as_="pp.2a")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_hors_procedure_and_pp_interview(client, demo):
    for login in ("chef.aubrac", "pp.3a", "pp.3b", "bernard.mere"):
        await client.login(login)
    pid = encode_id("Pupil", demo.pupils["bernard"])
    await rejected(client, HORS_PROCEDURE, {"pupilId": pid, "reason": "x"}, "pp.3a", "FORBIDDEN", pid=pid, staff="chef.aubrac")
    result = await ok(client, HORS_PROCEDURE, {"pupilId": pid, "reason": "Parcours adapté."}, "chef.aubrac")
    assert result["pupil"]["horsProcedureReason"] == "Parcours adapté."
    viewer = await viewer_of(client, pid, "bernard.mere")
    assert viewer["canEditIntentions"] is False
    await rejected(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "2GT"}]}, "bernard.mere", "HORS_PROCEDURE", pid=pid, staff="chef.aubrac")
    await ok(client, HORS_PROCEDURE, {"pupilId": pid, "reason": None}, "chef.aubrac")
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "2GT"}]}, "bernard.mere")

    await rejected(client, PP_INTERVIEW, {"pupilId": pid, "date": "2027-01-15"}, "pp.3b", "NOT_FOUND", pid=pid, staff="chef.aubrac")
    result = await ok(client, PP_INTERVIEW, {"pupilId": pid, "date": "2027-01-15"}, "pp.3a")
    assert result["pupil"]["orientation"]["ppInterviewOn"] == "2027-01-15"


async def test_maintien_after_a_decision(client, runtime, demo):
    for login in ("chef.hugo", "pp.2b", "giraud.mere", "giraud.pere"):
        await client.login(login)
    pid = encode_id("Pupil", demo.lycee.pupils["giraud"])
    s = dict(pid=pid, staff="chef.hugo")
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [{"voie": "1BT_MUSIQUE"}]}, "giraud.mere")
    await ok(client, SET_TELESERVICE, {"open": False}, "chef.hugo")
    await ok(client, ENTER_AVIS, {"pupilId": pid, "avis": [{"rank": 1, "value": "FAVORABLE"}]}, "pp.2b")
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    await move_to_definitive(runtime.db, demo.academie)
    await ok(client, ACKNOWLEDGE, {"pupilId": pid, "confirm": True}, "giraud.mere")
    await ok(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "1BT_MUSIQUE"}]}, "giraud.mere")
    await ok(client, SET_TELESERVICE, {"open": False}, "chef.hugo")
    await ok(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "1T", "serie": "S2TMD", "motivation": "Pratique instrumentale."}, "pp.2b")
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    await rejected(client, MAINTIEN, {"pupilId": pid}, "giraud.mere", "NO_DECISION", **s)
    await ok(client, ANSWER, {"pupilId": pid, "agrees": False}, "giraud.mere")
    await ok(client, HEAD_INTERVIEW, {"pupilId": pid, "date": paris_date(utcnow()).isoformat()}, "chef.hugo")
    await ok(client, DECISION, {"pupilId": pid, "voie": "1T", "serie": "S2TMD", "motivation": "Maintenu après entretien."}, "chef.hugo")
    await rejected(client, MAINTIEN, {"pupilId": pid}, "giraud.pere", "NOT_ENTERING_GUARDIAN", **s)
    await ok(client, MAINTIEN, {"pupilId": pid}, "giraud.mere")
    await rejected(client, MAINTIEN, {"pupilId": pid}, "giraud.mere", "MAINTIEN_REQUESTED", **s)
    await rejected(client, APPEAL, {"pupilId": pid}, "giraud.mere", "MAINTIEN_REQUESTED", **s)
    file = await file_of(client, pid, "giraud.pere")
    assert file["maintien"]["filedOn"] == paris_date(utcnow()).isoformat()
    assert file["decision"]["serie"]["code"] == "S2TMD"
    assert dt.date.fromisoformat(file["decision"]["appealDeadline"]) > paris_date(utcnow())


async def test_paper_answer_recorded_by_the_office(client, runtime, demo):
    for login in ("chef.hugo", "pp.2b", "bonnet.pere", "secretariat.hugo"):
        await client.login(login)
    pid = encode_id("Pupil", demo.lycee.pupils["bonnet"])
    s = dict(pid=pid, staff="chef.hugo")
    await move_to_definitive(runtime.db, demo.academie)
    await ok(client, VALIDATE_CHOICES, {"pupilId": pid, "choices": [{"voie": "1T", "serie": "STMG"}]}, "bonnet.pere")
    await ok(client, SET_TELESERVICE, {"open": False}, "chef.hugo")
    await ok(client, ENTER_PROPOSITION, {"pupilId": pid, "voie": "1T", "serie": "STMG"}, "pp.2b")
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": True}, "secretariat.hugo", "PROPOSITION_NOT_AVAILABLE", **s)
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": True}, "pp.2b", "FORBIDDEN", **s)
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    await ok(client, ANSWER, {"pupilId": pid, "agrees": True}, "secretariat.hugo")
    file = await file_of(client, pid, "bonnet.pere")
    assert file["familyAnswer"]["channel"] == "PAPER" and file["decision"]["voie"]["code"] == "1T"
    await rejected(client, ANSWER, {"pupilId": pid, "agrees": False}, "bonnet.pere", "ALREADY_ANSWERED", **s)
