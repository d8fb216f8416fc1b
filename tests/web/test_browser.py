"""The reference front-end in a real Chromium, at phone (375 px) and desktop widths: the
guide's whole scenario with two guardians' pages open at once, a school closing and entering
avis, the staff list's filters, and dashboards whose figures are the API's. axe-core checks
every page state visited (no serious or critical violation)."""
from __future__ import annotations

import os
import asyncio
import datetime as dt
import re
from typing import Any

import httpx
import pytest

from graphql_api.app import create_app
from graphql_api.graphql.base import encode_id
from tests.conftest import make_settings, running_server, token_for
from tests.web.conftest import WIDTHS, assert_accessible
from tests.wsclient import WsClient

pytestmark = pytest.mark.parametrize("viewport", list(WIDTHS))

VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) {
  validateIntentions(input: {pupilId: $id, intentions: $items}) { errors { code message } } }"""
SWITCH = """mutation($open: Boolean!, $on: Date) { setTeleservice(input: {open: $open, expectedReopeningOn: $on}) {
  errors { code message } } }"""
AVIS = """mutation($id: ID!) { enterProvisionalAvis(input: {pupilId: $id,
  avis: [{rank: 1, value: DEFAVORABLE}, {rank: 2, value: RESERVE, advisedMetier: "Mécanique"}, {rank: 3, value: FAVORABLE}],
  motivation: "Les compétences acquises ainsi que l'attitude face au travail ne permettront pas d'être en réussite en seconde."}) {
  errors { code message } } }"""
STATS = """query { statistics { pupils horsProcedure validatedIntentions validatedChoices decisions
  requests { phase voie serie requests firstChoices } } }"""
PUPILS = """query($search: String, $divisionId: ID, $states: [PupilState!]) {
  pupils(first: 100, search: $search, divisionId: $divisionId, states: $states, sort: NAME) { totalCount nodes { lastName firstName division { id code } } } }"""
COUNTERS = "subscription { dashboardCounters { pupils familiesValidated avisPending acknowledgements acknowledgementsPending } }"


class Api:
    def __init__(self, http: httpx.AsyncClient, tokens: dict[str, str]) -> None:
        self.http, self.tokens = http, tokens

    async def call(self, who: str, query: str, **variables: Any) -> dict[str, Any]:
        body = (await self.http.post("/graphql", json={"query": query, "variables": variables}, headers={"Authorization": f"Bearer {self.tokens[who]}"})).json()
        assert "errors" not in body, body
        return body["data"]


@pytest.fixture
def server_settings(tmp_path, pg_schema):
    return make_settings(tmp_path, RECAP_IDLE_SECONDS="3600")


class Site:
    def __init__(self, base: str, browser: Any, viewport: str, app: Any) -> None:
        self.base, self.browser, self.viewport, self.app = f"http://{base}", browser, viewport, app
        self.dialogs: list[str] = []

    async def page_as(self, login: str, path: str | None = None, *, through_login_page: bool = False) -> Any:
        """A new browser context (its own session). Through the login page, or with a session
        token put where the login page puts it (argon2 is slow on purpose; the login page
        itself is exercised once per test run)."""
        context = await self.browser.new_context(viewport=WIDTHS[self.viewport], locale="fr-FR")
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.errors = errors
        if through_login_page:
            await page.goto(self.base + "/")
            await page.fill("#login", login)
            await page.fill("#password", "orientation")
            await page.click("#login-submit")
            await page.wait_for_url(re.compile(r"/(famille|etablissement|tableau-de-bord)\.html"))
            if path:
                await page.goto(self.base + path)
        else:
            token = await token_for(self.app.state.runtime, login)
            await context.add_init_script(f"sessionStorage.setItem('orientation.token', {token!r})")
            await page.goto(self.base + (path or "/"))
            await page.wait_for_url(re.compile(r"/(famille|etablissement|tableau-de-bord)\.html"))
        await page.wait_for_selector("main h1")
        return page


async def choose(page: Any, input_id: str) -> None:
    """DSFR radios and checkboxes are clicked through their label, as a person does."""
    await page.click(f"label[for='{input_id}']")


async def audit(page: Any, viewport: str, *, always: bool = False) -> None:
    """axe-core on this page state: every state at desktop width, the main ones at phone width
    (the same DOM; axe takes seconds per run on a loaded machine)."""
    if always or viewport == "desktop":
        await assert_accessible(page)


def fr(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


async def test_the_guides_scenario_in_two_browsers(server_settings, db, demo, browser, viewport, shots):
    app = create_app(server_settings)
    lea = encode_id("Pupil", demo.pupils["martin"])
    async with running_server(server_settings, app) as base, httpx.AsyncClient(base_url=f"http://{base}") as http:
        runtime = app.state.runtime
        api = Api(http, {who: await token_for(runtime, who) for who in ("pp.3a", "chef.aubrac")})
        site = Site(base, browser, viewport, app)

        # Login page.
        login_page = await (await browser.new_context(viewport=WIDTHS[viewport])).new_page()
        await login_page.goto(site.base + "/")
        await shots.take(login_page, "connexion")
        await audit(login_page, viewport, always=True)
        await login_page.fill("#login", "martin.pere")
        await login_page.fill("#password", "pas-le-bon")
        await login_page.click("#login-submit")
        await login_page.wait_for_selector("#login-errors .fr-alert")
        await login_page.context.close()

        # Guardian 1: the empty form, a missing voie, then the guide's three intentions.
        g1 = await site.page_as("martin.pere", through_login_page=True)
        await g1.wait_for_selector("#intentions-form")
        await audit(g1, viewport)
        await g1.click("#intentions-submit")
        await g1.wait_for_selector("text=Vous devez sélectionner une voie.")
        assert "Veuillez corriger le formulaire avant de valider vos choix." in await g1.inner_text("#intentions-errors")
        await shots.take(g1, "g1-formulaire-erreur")
        await choose(g1, "intentions-0-voie-2GT")
        await g1.click("#intentions-add")
        await choose(g1, "intentions-1-voie-CAP1")
        await g1.fill("#intentions-1-metier", "Boulangerie")
        await g1.click("#intentions-add")
        await choose(g1, "intentions-2-voie-2PRO")
        await g1.fill("#intentions-2-metier", "Pâtisserie")
        await choose(g1, "intentions-2-scolaire")
        await g1.click("#intentions-2-up")  # 2de pro before CAP: reorder
        assert await g1.input_value("#intentions-1-metier") == "Pâtisserie"
        await shots.take(g1, "g1-formulaire-rempli")
        await audit(g1, viewport, always=True)
        assert await g1.is_disabled("#intentions-add")  # three at most
        await g1.click("#intentions-submit")
        await g1.wait_for_selector("#intentions-recap")
        recap = await g1.inner_text("#intentions-recap")
        assert "Intention 1 : 2de générale et technologique ou 2de STHR" in recap
        assert "Intention 2 : 2de professionnelle" in recap and "Métier ou formation : Pâtisserie" in recap
        assert "Intention 3 : 1re année de CAP" in recap and "Métier ou formation : Boulangerie" in recap
        assert "Vos intentions ont bien été validées." in await g1.inner_text("#flash")
        assert await g1.locator("#modify-intentions").count() == 1
        await shots.take(g1, "g1-recapitulatif")
        await audit(g1, viewport)

        # Guardian 2 and the pupil: read-only, with the guide's messages.
        g2 = await site.page_as("martin.mere")
        await g2.wait_for_selector("#intentions-recap")
        assert "La saisie a été effectuée par un autre responsable de l'élève." in await g2.inner_text("#read-only-message")
        assert await g2.locator("#modify-intentions").count() == 0
        await shots.take(g2, "g2-lecture-seule")
        await audit(g2, viewport)
        pupil = await site.page_as("eleve.martin")
        await pupil.wait_for_selector("#intentions-recap")
        assert "La saisie doit être effectuée par un responsable légal." in await pupil.inner_text("#read-only-message")
        await shots.take(pupil, "eleve-lecture-seule")
        await pupil.context.close()

        # The school closes: guardian 2's open page shows it, with the expected reopening.
        reopening = dt.date.today() + dt.timedelta(days=10)
        assert (await api.call("chef.aubrac", SWITCH, open=False, on=reopening.isoformat()))["setTeleservice"]["errors"] == []
        await g2.wait_for_selector("#closed-alert")
        assert f"Réouverture prévue le {fr(reopening)}" in await g2.inner_text("#closed-alert")
        assert "Intentions validées le" in await g2.inner_text("#timeline")
        await shots.take(g2, "g2-service-ferme")
        await audit(g2, viewport)

        # The council's avis, then the school reopens: guardian 2's page shows the avis live.
        assert (await api.call("pp.3a", AVIS, id=lea))["enterProvisionalAvis"]["errors"] == []
        assert (await api.call("chef.aubrac", SWITCH, open=True))["setTeleservice"]["errors"] == []
        await g2.wait_for_selector("#avis")
        avis = await g2.inner_text("#avis")
        assert "Cet avis ne constitue en aucun cas une décision d'orientation." in avis
        assert "Avis défavorable" in avis, avis
        assert "Avis réservé" in avis and "Mécanique" in avis
        assert await g2.locator("#acknowledge").count() == 0  # only the entering guardian acknowledges
        assert "autre responsable" in (await g2.inner_text("#acknowledge-blocker")).lower()
        await shots.take(g2, "g2-avis-en-direct")
        await audit(g2, viewport, always=True)

        # Guardian 1: leaving without acknowledging warns with the guide's sentence.
        await g1.wait_for_selector("#acknowledge-form")
        dialogs: list[str] = []

        async def dismiss(dialog: Any) -> None:
            dialogs.append(dialog.message)
            await dialog.dismiss()

        g1.on("dialog", dismiss)
        await g1.locator("[data-notifications]:visible").first.click()  # header (desktop) or its phone bar
        await g1.wait_for_timeout(200)
        assert dialogs == ["Vous n'avez pas validé l'accusé de réception, êtes-vous sûr de vouloir quitter cette page ?"]
        assert await g1.locator("#acknowledge-form").count() == 1  # still on the avis
        await g1.click("#acknowledge-submit")  # box not checked: refused, nothing sent
        await g1.wait_for_selector("#acknowledge-errors .fr-alert")
        await shots.take(g1, "g1-avis-a-accuser")
        await audit(g1, viewport)
        await choose(g1, "acknowledge")
        await g1.click("#acknowledge-submit")
        await g1.wait_for_selector("#acknowledgement-message")
        today = dt.date.today().strftime("%d/%m")
        assert f"Vous avez pris connaissance et accusé réception de l'avis provisoire du conseil de classe le {today}" in await g1.inner_text("#acknowledgement-message")
        await shots.take(g1, "g1-accuse-de-reception")

        # Guardian 2 sees the date, without reloading.
        await g2.wait_for_selector("#acknowledgement-message")
        assert f"Un autre responsable de l'élève a pris connaissance et accusé réception de l'avis provisoire du conseil de classe le {today}" in await g2.inner_text("#acknowledgement-message")
        await shots.take(g2, "g2-date-accuse")

        # The notification inbox.
        await g2.goto(site.base + "/famille.html?vue=notifications")
        await g2.wait_for_selector("#notification-list li")
        await shots.take(g2, "g2-notifications")
        await audit(g2, viewport)
        for page in (g1, g2):
            assert page.errors == []
            await page.context.close()


async def test_a_school_closes_and_enters_avis_through_the_pages(server_settings, db, demo, browser, viewport, shots):
    app = create_app(server_settings)
    lea = encode_id("Pupil", demo.pupils["martin"])
    async with running_server(server_settings, app) as base, httpx.AsyncClient(base_url=f"http://{base}") as http:
        api = Api(http, {who: await token_for(app.state.runtime, who) for who in ("martin.pere", "chef.aubrac")})
        await api.call("martin.pere", VALIDATE, id=lea, items=[{"voie": "2GT"}, {"voie": "2PRO", "metier": "Pâtisserie"}])
        site = Site(base, browser, viewport, app)
        family = await site.page_as("martin.pere")
        await family.wait_for_selector("#intentions-recap")
        head = await site.page_as("chef.aubrac")
        await head.wait_for_selector("#pupil-table")
        await audit(head, viewport, always=True)
        await head.click("#check")
        await head.wait_for_selector("#check-result .fr-alert")
        reopening = dt.date.today() + dt.timedelta(days=7)
        await head.fill("#reopening", reopening.isoformat())
        await head.click("#teleservice-submit")
        await head.wait_for_selector("text=Le téléservice est fermé.")
        assert f"Réouverture prévue le {fr(reopening)}" in await head.inner_text("#teleservice-state")
        await shots.take(head, "chef-teleservice-ferme")
        await family.wait_for_selector("#closed-alert")  # the family's page follows
        await head.click("a[data-action=open]:text('MARTIN Léa')")
        await head.wait_for_selector("#avis-form")
        await head.select_option("#avis-1", "RESERVE")
        await head.select_option("#avis-2", "FAVORABLE")
        await head.click("#avis-submit")  # réservé without motivation: the API's French message
        await head.wait_for_selector("#avis-errors .fr-alert")
        await shots.take(head, "chef-avis-erreur")
        await head.fill("#avis-motivation", "Des efforts sont attendus en mathématiques.")
        await head.fill("#avis-2-metier", "Pâtisserie")
        await head.click("#avis-submit")
        await head.wait_for_selector("#pupil-message .fr-alert--success")
        await shots.take(head, "chef-avis-saisis")
        await audit(head, viewport)
        await head.click("#teleservice-submit")  # reopen: publishes
        await head.wait_for_selector("text=Le téléservice est ouvert")
        await family.wait_for_selector("#acknowledge-form")
        assert "Avis réservé" in await family.inner_text("#avis") and "Des efforts sont attendus" in await family.inner_text("#avis")
        await shots.take(family, "famille-avis-publie")
        await head.wait_for_selector("#feed li")
        assert head.errors == [] and family.errors == []


async def test_staff_list_filters_match_the_api(server_settings, db, demo, browser, viewport, shots):
    app = create_app(server_settings)
    async with running_server(server_settings, app) as base, httpx.AsyncClient(base_url=f"http://{base}") as http:
        api = Api(http, {"chef.aubrac": await token_for(app.state.runtime, "chef.aubrac")})
        site = Site(base, browser, viewport, app)
        head = await site.page_as("chef.aubrac")
        await head.wait_for_selector("#pupil-table")

        async def shown() -> list[str]:
            return [t.strip() for t in await head.locator("#pupil-table tbody th a").all_inner_texts()]

        everyone = (await api.call("chef.aubrac", PUPILS))["pupils"]
        assert await shown() == [f"{n['lastName']} {n['firstName']}" for n in everyone["nodes"]]
        division = next(n["division"] for n in everyone["nodes"] if n["division"]["code"] == "3B")
        await head.select_option("#filter-division", division["id"])
        await head.click("#filter-submit")
        expected = (await api.call("chef.aubrac", PUPILS, divisionId=division["id"]))["pupils"]
        await head.wait_for_function("n => document.querySelectorAll('#pupil-table tbody tr').length === n", arg=expected["totalCount"])
        assert await shown() == [f"{n['lastName']} {n['firstName']}" for n in expected["nodes"]]
        assert f"{expected['totalCount']} élève(s)" in await head.inner_text("#list-count")
        await shots.take(head, "liste-3B")
        await head.select_option("#filter-division", "")
        await head.fill("#filter-search", "mar")
        await head.select_option("#filter-state", "NOTHING_VALIDATED")
        await head.click("#filter-submit")
        expected = (await api.call("chef.aubrac", PUPILS, search="mar", states=["NOTHING_VALIDATED"]))["pupils"]
        await head.wait_for_function("n => document.querySelectorAll('#pupil-table tbody tr').length === n", arg=expected["totalCount"])
        assert await shown() == [f"{n['lastName']} {n['firstName']}" for n in expected["nodes"]]
        await shots.take(head, "liste-recherche")
        await audit(head, viewport)
        assert head.errors == []


async def test_dashboards_show_the_apis_figures_and_live_counters(server_settings, db, demo, browser, viewport, shots):
    app = create_app(server_settings)
    async with running_server(server_settings, app) as base, httpx.AsyncClient(base_url=f"http://{base}") as http:
        runtime = app.state.runtime
        tokens = {who: await token_for(runtime, who) for who in ("chef.aubrac", "martin.pere", "admin.academie", "bernard.mere")}
        api = Api(http, tokens)
        await api.call("martin.pere", VALIDATE, id=encode_id("Pupil", demo.pupils["martin"]), items=[{"voie": "2GT"}, {"voie": "CAP1"}])
        site = Site(base, browser, viewport, app)
        head = await site.page_as("chef.aubrac", "/tableau-de-bord.html")
        await head.wait_for_selector("#summary-table")
        stats = (await api.call("chef.aubrac", STATS))["statistics"]
        summary = dict(zip(await head.locator("#summary-table tbody th").all_inner_texts(), await head.locator("#summary-table tbody td").all_inner_texts()))
        assert summary["Élèves"] == str(stats["pupils"]) and summary["Hors procédure"] == str(stats["horsProcedure"])
        assert summary["Intentions validées"].startswith(f"{stats['validatedIntentions']} (")
        assert summary["Décisions"] == str(stats["decisions"])
        rows = [r.split("\t") for r in await head.locator("#requests-table tbody tr").all_inner_texts()]
        provisional = [r for r in stats["requests"] if r["phase"] == "PROVISOIRE"]
        assert [[c.strip() for c in r] for r in rows] == [[r["voie"] + (f" {r['serie']}" if r["serie"] else ""), str(r["requests"]), str(r["firstChoices"])] for r in provisional]
        assert await head.locator("bar-chart").count() >= 1

        # The counters are the subscription's, and follow a family's validation live.
        ws = await WsClient.connect(base, tokens["chef.aubrac"])
        first = (await ws.next(await ws.subscribe(COUNTERS)))["payload"]["data"]["dashboardCounters"]
        await ws.close()

        async def counter(key: str) -> str:
            return (await head.inner_text(f"[data-counter={key}] .counter__value")).strip()

        await head.wait_for_selector("[data-counter=pupils]")
        for key, value in first.items():
            assert await counter(key) == str(value), key
        await shots.take(head, "chef-tableau-de-bord")
        await audit(head, viewport, always=True)
        await api.call("bernard.mere", VALIDATE, id=encode_id("Pupil", demo.pupils["bernard"]), items=[{"voie": "2GT"}])
        await head.wait_for_function("n => document.querySelector('[data-counter=familiesValidated] .counter__value').textContent.trim() === String(n)", arg=first["familiesValidated"] + 1)
        await shots.take(head, "chef-compteurs-en-direct")

        academie = await site.page_as("admin.academie")
        await academie.wait_for_selector("#summary-table")
        stats = (await api.call("admin.academie", STATS))["statistics"]
        summary = dict(zip(await academie.locator("#summary-table tbody th").all_inner_texts(), await academie.locator("#summary-table tbody td").all_inner_texts()))
        assert summary["Élèves"] == str(stats["pupils"])
        await academie.wait_for_selector("[data-counter=pupils]")
        await shots.take(academie, "academie-tableau-de-bord")
        await audit(academie, viewport)
        assert head.errors == [] and academie.errors == []


async def test_phase_definitive_choices_proposition_decision_and_appeal_through_the_pages(server_settings, db, demo, browser, viewport, shots):
    """The second phase as a family lives it (guide: choix définitifs, proposition, d'accord /
    pas d'accord, décision with its appeal deadline, appeal), the school's steps through the API;
    the other guardian's open page follows live."""
    from tests.procedure.helpers import mutation, move_to_definitive

    app = create_app(server_settings)
    lea = encode_id("Pupil", demo.pupils["martin"])
    async with running_server(server_settings, app) as base, httpx.AsyncClient(base_url=f"http://{base}") as http:
        runtime = app.state.runtime
        api = Api(http, {who: await token_for(runtime, who) for who in ("pp.3a", "chef.aubrac", "martin.pere")})
        site = Site(base, browser, viewport, app)

        async def step(who: str, name: str, input_type: str, **input_: Any) -> None:
            payload = (await api.call(who, mutation(name, input_type), input={"pupilId": lea, **input_}))[name]
            assert payload["errors"] == [], payload

        # The provisional phase, done through the API: intentions, avis, acknowledgement.
        assert (await api.call("martin.pere", VALIDATE, id=lea, items=[{"voie": "2GT"}]))["validateIntentions"]["errors"] == []
        assert (await api.call("chef.aubrac", SWITCH, open=False, on=None))["setTeleservice"]["errors"] == []
        await step("pp.3a", "enterProvisionalAvis", "EnterProvisionalAvisInput", avis=[{"rank": 1, "value": "FAVORABLE"}])
        assert (await api.call("chef.aubrac", SWITCH, open=True, on=None))["setTeleservice"]["errors"] == []
        await step("martin.pere", "acknowledgeAvis", "AcknowledgeAvisInput", confirm=True)
        await move_to_definitive(runtime.db, demo.academie)

        # Guardian 1: the choices form opens by itself; one choice, validated.
        g1 = await site.page_as("martin.pere")
        await g1.wait_for_selector("#choices-form")
        await shots.take(g1, "g1-choix-formulaire")
        await audit(g1, viewport, always=True)
        await choose(g1, "choices-0-voie-2GT")
        await g1.click("#choices-submit")
        await g1.wait_for_selector("#choices-recap")
        assert "2de générale et technologique" in await g1.inner_text("#choices-recap")
        assert await g1.locator("#modify-choices").count() == 1
        g2 = await site.page_as("martin.mere")
        await g2.wait_for_selector("#choices-recap")
        assert await g2.locator("#modify-choices").count() == 0

        # The council proposes something else; the school reopens: both pages show it live.
        assert (await api.call("chef.aubrac", SWITCH, open=False, on=None))["setTeleservice"]["errors"] == []
        await step("chef.aubrac", "enterProposition", "EnterPropositionInput", voie="2PRO", motivation="Un projet professionnel construit.")
        assert (await api.call("chef.aubrac", SWITCH, open=True, on=None))["setTeleservice"]["errors"] == []
        for page in (g1, g2):
            await page.wait_for_selector("#proposition-title")
            assert "2de professionnelle" in await page.inner_text("section[aria-labelledby='proposition-title']")
        assert await g2.locator("#answer-disagree").count() == 0  # only the entering guardian answers
        await g1.wait_for_selector("#answer-disagree")
        await shots.take(g1, "g1-proposition")
        await audit(g1, viewport)
        await g1.click("#answer-disagree")
        await g1.wait_for_selector("#family-answer")
        await shots.take(g1, "g1-desaccord")

        # Head interview and décision: the deadline is shown, guardian 1 appeals.
        today = dt.date.today()
        await step("chef.aubrac", "recordHeadInterview", "RecordHeadInterviewInput", date=today.isoformat())
        await step("chef.aubrac", "takeDecision", "TakeDecisionInput", voie="2PRO", motivation="Le projet de l'élève relève de la voie professionnelle.")
        deadline = (await api.call("martin.pere", "query($id: ID!) { pupil(id: $id) { orientation { decision { appealDeadline } } } }", id=lea))["pupil"]["orientation"]["decision"]["appealDeadline"]
        await g1.wait_for_selector("#appeal-deadline")
        assert f"Date limite : {fr(dt.date.fromisoformat(deadline))}" in await g1.inner_text("#appeal-deadline")
        await shots.take(g1, "g1-decision-delai")
        await audit(g1, viewport, always=True)
        g1.on("dialog", lambda dialog: asyncio.ensure_future(dialog.accept()))
        await g1.click("#appeal")
        await g1.wait_for_selector("#appeal-status")
        assert f"Appel déposé le {fr(today)}" in await g1.inner_text("#appeal-status")
        await g2.wait_for_selector("#appeal-status")  # the other guardian's page, live
        await shots.take(g2, "g2-appel-en-direct")
        for page in (g1, g2):
            assert page.errors == []
            await page.context.close()
