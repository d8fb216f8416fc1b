"""Phase 1 through the API, in process: the harness every other test builds on."""
from tests.conftest import dispatch

FILE = """
query($id: ID!) { pupil(id: $id) { firstName orientation {
  campaign { state phase message }
  intentions { revision channel requests { rank voie { code } metier statutScolaire statutApprenti } }
  viewer { canEditIntentions editBlocker { code message } readOnlyMessage isEnteringGuardian }
} } }
"""
VALIDATE = """
mutation($id: ID!, $items: [IntentionInput!]!) {
  validateIntentions(input: {pupilId: $id, intentions: $items}) {
    message errors { field code message } pupil { orientation { intentions { revision } } }
  }
}
"""


async def pupil_id(client, login: str) -> str:
    data = await client.data("{ me { children { id } } }", as_=login)
    return data["me"]["children"][0]["id"]


async def test_guardian_validates_and_other_guardian_reads(client, runtime):
    await client.login("martin.pere")
    await client.login("martin.mere")
    pid = await pupil_id(client, "martin.pere")
    items = [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}, {"voie": "CAP1", "metier": "Boulangerie"}]
    result = await client.data(VALIDATE, {"id": pid, "items": items}, as_="martin.pere")
    assert result["validateIntentions"]["errors"] == []
    assert result["validateIntentions"]["pupil"]["orientation"]["intentions"]["revision"] == 1

    other = await client.data(FILE, {"id": pid}, as_="martin.mere")
    file = other["pupil"]["orientation"]
    assert [r["voie"]["code"] for r in file["intentions"]["requests"]] == ["2GT", "2PRO", "CAP1"]
    assert file["viewer"]["canEditIntentions"] is False
    assert file["viewer"]["editBlocker"]["code"] == "NOT_ENTERING_GUARDIAN"
    assert file["viewer"]["readOnlyMessage"].startswith("La saisie a été effectuée par un autre responsable")

    refused = await client.data(VALIDATE, {"id": pid, "items": [{"voie": "CAP1"}]}, as_="martin.mere")
    assert [e["code"] for e in refused["validateIntentions"]["errors"]] == ["NOT_ENTERING_GUARDIAN"]
    again = await client.data(FILE, {"id": pid}, as_="martin.pere")
    assert again["pupil"]["orientation"]["intentions"]["revision"] == 1

    await dispatch(runtime)
    inbox = await client.data("{ unreadNotificationCount notifications { edges { node { kind title linkPath } } } }", as_="martin.mere")
    assert inbox["unreadNotificationCount"] == 1
    assert inbox["notifications"]["edges"][0]["node"]["kind"] == "INTENTIONS_VALIDATED"
