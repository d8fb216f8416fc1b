"""The guide's whole scenario against a running server, with real clients and a real SMTP server.

HTTP (httpx) and WebSocket (graphql-transport-ws over `websockets`) against uvicorn, the outbox
dispatcher and the mail sender running inside the server, mails received by aiosmtpd.
"""
import asyncio
import datetime as dt
import re

import httpx
import pytest
import websockets

from graphql_api.app import create_app
from graphql_api.graphql.base import encode_id
from tests.conftest import make_settings, running_server
from tests.wsclient import WsClient

LOGIN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code } } }"
VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) {
  validateIntentions(input: {pupilId: $id, intentions: $items}) { message errors { code message } } }"""
SWITCH = "mutation($open: Boolean!) { setTeleservice(input: {open: $open}) { errors { code } etablissement { teleserviceOpen } } }"
AVIS = """mutation($id: ID!) { enterProvisionalAvis(input: {pupilId: $id,
  avis: [{rank: 1, value: DEFAVORABLE}, {rank: 2, value: RESERVE, advisedMetier: "Mécanique"}],
  recommendation: {voie: "CAP1", metier: "Mécanique"},
  motivation: "Les compétences acquises ainsi que l'attitude face au travail ne permettront pas d'être en réussite en seconde. Il est recommandé de préparer d'abord un CAP, et d'envisager ensuite une poursuite d'études."}) {
  errors { code message } } }"""
ACK = "mutation($id: ID!) { acknowledgeAvis(input: {pupilId: $id, confirm: true}) { errors { code } } }"
FILE = """query($id: ID!) { pupil(id: $id) { orientation {
  intentions { requests { rank voie { label } metier } }
  provisionalAvis { items { rank label advisedMetier } recommendation { voie { label } metier } motivation }
  acknowledgement { message }
  viewer { canEditIntentions readOnlyMessage canAcknowledge acknowledgeBlocker { message } }
} } }"""
AVIS_SUB = "subscription($id: ID) { avisAvailable(pupilId: $id) { pupil { firstName } message linkPath } }"
FILE_SUB = "subscription($id: ID) { pupilFileUpdates(pupilId: $id) { type title message byViewer pupil { firstName } } }"


class Http:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.tokens: dict[str, str] = {}

    async def login(self, login: str) -> str:
        body = (await self.http.post("/graphql", json={"query": LOGIN, "variables": {"l": login, "p": "orientation"}})).json()
        self.tokens[login] = body["data"]["login"]["token"]
        return self.tokens[login]

    async def call(self, who: str, query: str, **variables) -> dict:
        response = await self.http.post("/graphql", json={"query": query, "variables": variables}, headers={"Authorization": f"Bearer {self.tokens[who]}"})
        body = response.json()
        assert response.status_code == 200 and "errors" not in body, body
        return body["data"]


async def wait_until(predicate, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


@pytest.fixture
def server_settings(tmp_path, smtp_server, pg_schema):
    return make_settings(tmp_path, SMTP_PORT=str(smtp_server.port), RECAP_IDLE_SECONDS="3600")


async def test_the_guides_scenario(server_settings, db, demo, smtp_server):
    app = create_app(server_settings)
    runtime = app.state.runtime
    lea = encode_id("Pupil", demo.pupils["martin"])
    async with running_server(server_settings, app) as base, httpx.AsyncClient(base_url=f"http://{base}") as http:
        api = Http(http)
        for login in ("martin.pere", "martin.mere", "eleve.martin", "pp.3a", "chef.aubrac"):
            await api.login(login)

        # Guardian 2 follows every step live.
        ws = await WsClient.connect(base, api.tokens["martin.mere"])
        steps = await ws.subscribe(FILE_SUB, {"id": lea})
        avis_sub = await ws.subscribe(AVIS_SUB)
        await wait_until(lambda: runtime.hub.subscriber_count == 2)

        # 1. Guardian 1 validates the guide's three intentions.
        done = await api.call("martin.pere", VALIDATE, id=lea, items=[
            {"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}, {"voie": "CAP1", "metier": "Boulangerie"}])
        assert done["validateIntentions"]["errors"] == []
        push = (await ws.next(steps))["payload"]["data"]["pupilFileUpdates"]
        assert push["type"] == "INTENTIONS_VALIDATED" and push["pupil"]["firstName"] == "Léa" and not push["byViewer"]
        assert "1. 2de générale et technologique ou 2de STHR ; 2. 2de professionnelle — Pâtisserie ; 3. 1re année de CAP — Boulangerie" in push["message"]

        # 2. Guardian 2 and the pupil read, cannot change.
        for who, message in (("martin.mere", "La saisie a été effectuée par un autre responsable"), ("eleve.martin", "La saisie doit être effectuée par un responsable légal.")):
            file = (await api.call(who, FILE, id=lea))["pupil"]["orientation"]
            assert [r["metier"] for r in file["intentions"]["requests"]] == [None, "Pâtisserie", "Boulangerie"]
            assert not file["viewer"]["canEditIntentions"] and file["viewer"]["readOnlyMessage"].startswith(message)
            refused = await api.call(who, VALIDATE, id=lea, items=[{"voie": "CAP1"}])
            assert refused["validateIntentions"]["errors"][0]["code"] in {"NOT_ENTERING_GUARDIAN", "PUPIL_CANNOT_WRITE"}

        # 3. Guardian 1 changes the set before closure (removes CAP), then ends the session.
        changed = await api.call("martin.pere", VALIDATE, id=lea, items=[{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}])
        assert changed["validateIntentions"]["errors"] == []
        assert (await ws.next(steps))["payload"]["data"]["pupilFileUpdates"]["type"] == "INTENTIONS_VALIDATED"
        await api.call("martin.pere", "mutation { logout { ok } }")

        # 4. The school closes, the PP enters the avis, the school reopens.
        assert (await api.call("chef.aubrac", SWITCH, open=False))["setTeleservice"]["errors"] == []
        assert (await ws.next(steps))["payload"]["data"]["pupilFileUpdates"]["type"] == "TELESERVICE_CLOSED"
        assert (await api.call("pp.3a", AVIS, id=lea))["enterProvisionalAvis"]["errors"] == []
        assert (await api.call("chef.aubrac", SWITCH, open=True))["setTeleservice"]["errors"] == []

        notice = (await ws.next(avis_sub))["payload"]["data"]["avisAvailable"]
        assert notice["pupil"]["firstName"] == "Léa" and notice["linkPath"].endswith("/avis")
        assert notice["message"].startswith("Le conseil de classe a répondu aux intentions provisoires de Léa.")
        kinds = {(await ws.next(steps))["payload"]["data"]["pupilFileUpdates"]["type"] for _ in range(2)}
        assert kinds == {"TELESERVICE_OPENED", "AVIS_PUBLISHED"}  # the draft AVIS_ENTERED is not pushed to families

        view = (await api.call("martin.mere", FILE, id=lea))["pupil"]["orientation"]
        assert [(i["label"], i["advisedMetier"]) for i in view["provisionalAvis"]["items"]] == [("Avis défavorable", None), ("Avis réservé", "Mécanique")]
        assert view["provisionalAvis"]["recommendation"] == {"voie": {"label": "1re année de CAP"}, "metier": "Mécanique"}
        assert view["viewer"]["acknowledgeBlocker"]["message"].endswith("Seul le parent ayant fait la saisie peut accuser réception de l'avis provisoire du conseil de classe.")

        # 5. Guardian 1 comes back and acknowledges; guardian 2 sees the date.
        await api.login("martin.pere")
        assert (await api.call("martin.pere", ACK, id=lea))["acknowledgeAvis"]["errors"] == []
        assert (await ws.next(steps))["payload"]["data"]["pupilFileUpdates"]["type"] == "AVIS_ACKNOWLEDGED"
        today = dt.datetime.now(dt.timezone.utc).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Paris")).strftime("%d/%m")
        seen = (await api.call("martin.mere", FILE, id=lea))["pupil"]["orientation"]["acknowledgement"]["message"]
        assert seen == f"Un autre responsable de l'élève a pris connaissance et accusé réception de l'avis provisoire du conseil de classe le {today}."

        # 6. The mails of the guide arrive in the SMTP server.
        def by(address, subject_part):
            return [m.message for m in smtp_server.received if address in m.rcpt_tos and subject_part in m.message["Subject"]]

        await wait_until(lambda: len(by("martin.mere@famille.localhost", "avis provisoire")) == 1 and len(by("martin.mere@famille.localhost", "Accusé")) == 1)
        confirmations = by("martin.pere@famille.localhost", "intentions provisoires validées")
        recaps_1 = by("martin.pere@famille.localhost", "récapitulatif")
        recaps_2 = by("martin.mere@famille.localhost", "récapitulatif")
        assert len(confirmations) == 2  # one per validation
        assert len(recaps_1) == 1 and len(recaps_2) == 1  # two validations, one session: one recap each
        recap = recaps_1[0].get_body(("plain",)).get_content().replace("\r\n", "\n")
        assert re.search(r"Suite à la démarche que vous avez effectuée en ligne le \d\d/\d\d/\d{4} à \d\d:\d\d:\d\d, nous vous confirmons", recap)
        assert "- Intention 1 : 2de générale et technologique ou 2de STHR" in recap
        assert "- Intention 2 : 2de professionnelle\n  Métier ou formation : Pâtisserie" in recap
        assert "Boulangerie" not in recap  # the recap is of the final state of the session
        assert "Vous pouvez encore faire des modifications jusqu'à la fermeture du service Orientation." in recap
        other = recaps_2[0].get_body(("plain",)).get_content().replace("\r\n", "\n")
        assert "par un autre responsable de Léa" in other and "veuillez vous rapprocher de lui" in other
        assert recaps_1[0].get_body(("html",)).get_content().startswith("<!doctype html>")
        assert "https://orientation.example.test/orientation/eleves/" in recap
        assert not [m for m in smtp_server.received if any("eleve" in r for r in m.rcpt_tos)]  # pupils get no mail
        assert len({m.message["Message-ID"] for m in smtp_server.received}) == len(smtp_server.received)

        # The WebSocket is only for authenticated graphql-transport-ws clients.
        with pytest.raises((ConnectionRefusedError, websockets.ConnectionClosed)):
            await WsClient.connect(base, "forged-token")
        with pytest.raises((ConnectionRefusedError, websockets.ConnectionClosed, websockets.InvalidHandshake, websockets.exceptions.NegotiationError, asyncio.TimeoutError)):
            legacy = await WsClient.connect(base, api.tokens["martin.mere"], subprotocol="graphql-ws")
            await legacy.close()
        await ws.close()
