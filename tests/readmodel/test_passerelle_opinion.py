"""Issue 16: the host establishment's head records their opinion on a passerelle request."""
import datetime as dt

from sqlalchemy import select, update

from graphql_api.db.models import Academie, OutboxEvent, Pupil
from graphql_api.graphql.base import encode_id
from tests.procedure.helpers import VALIDATE_INTENTIONS, ok

OPINION = """mutation($input: RecordPasserelleOpinionInput!) { recordPasserelleOpinion(input: $input) {
  opinion { phase favorable on hostUai hostName label } errors { field code message } } }"""
FILE = "query($id: ID!) { pupil(id: $id) { orientation { passerelleOpinions { phase favorable on hostUai label } } } }"


async def test_the_host_head_records_a_dated_opinion_the_school_and_family_read(client, db, demo):
    async with db.write() as session:
        await session.execute(update(Academie).where(Academie.id == demo.academie).values(allow_passerelle_pro=True))
        ine = (await session.get(Pupil, demo.lycee.pupils["dubois"])).ine
        roux_ine = (await session.get(Pupil, demo.lycee.pupils["roux"])).ine
    await client.sign_in("dubois.mere", "chef.hugo", "chef.aubrac", "chef.moulin", "pp.3a")
    pid = encode_id("Pupil", demo.lycee.pupils["dubois"])
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": pid, "intentions": [
        {"voie": "1G", "specialites": ["MATHS", "PC", "SVT", "NSI"]},
        {"voie": "VOIE_PRO", "metier": "Électrotechnique", "statutScolaire": True},
    ]}, "dubois.mere")  # fmt: skip
    today = dt.date.today()
    base = {"ine": ine, "phase": "PROVISOIRE", "favorable": True, "on": today.isoformat()}

    async def codes(input_, login):  # type: ignore[no-untyped-def]
        payload = (await client.data(OPINION, {"input": input_}, as_=login))["recordPasserelleOpinion"]
        return [e["code"] for e in payload["errors"]], payload

    # Neither the family, nor the pupil's own head, nor a PP; only another establishment's head.
    for login in ("dubois.mere", "chef.hugo", "pp.3a"):
        assert (await codes(base, login))[0] == ["FORBIDDEN"], login
    assert (await codes({**base, "ine": roux_ine}, "chef.aubrac"))[0] == ["NO_PASSERELLE_REQUEST"]
    assert (await codes({**base, "ine": "999999999ZZ"}, "chef.aubrac"))[0] == ["NOT_FOUND"]
    future = (today + dt.timedelta(days=2)).isoformat()
    assert (await codes({**base, "on": future}, "chef.aubrac"))[0] == ["INVALID_DATE"]
    assert (await codes({**base, "phase": "DEFINITIVE"}, "chef.aubrac"))[0] == ["NO_PASSERELLE_REQUEST"]

    errors, payload = await codes({**base, "favorable": False}, "chef.aubrac")
    assert errors == [] and payload["opinion"]["favorable"] is False and payload["opinion"]["hostUai"] == "0750001U"
    assert payload["opinion"]["label"] == f"Avis défavorable de CLG LUCIE AUBRAC le {today:%d/%m/%Y}"
    errors, _ = await codes(base, "chef.aubrac")  # corrected: the latest opinion stands
    assert errors == []
    for login in ("dubois.mere", "chef.hugo"):
        opinions = (await client.data(FILE, {"id": pid}, as_=login))["pupil"]["orientation"]["passerelleOpinions"]
        assert opinions == [{"phase": "PROVISOIRE", "favorable": True, "on": today.isoformat(), "hostUai": "0750001U",
                             "label": f"Avis favorable de CLG LUCIE AUBRAC le {today:%d/%m/%Y}"}]  # fmt: skip
    async with db.read() as session:
        events = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == "PASSERELLE_OPINION_RECORDED"))).scalars().all()
    assert len(events) == 2 and {e.etablissement_id for e in events} == {demo.lycee.etablissement}
