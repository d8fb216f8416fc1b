"""Differential tests (issue 16): a few hundred files generated through the services, then every
derived view checked against the read model and the API, file by file.

- every state filter of the staff list selects exactly the pupils whose read model is in that
  state (``domain.file_states.in_state``, evaluated in Python);
- each export row and each fiche de dialogue (read back with pypdf) says what the API says;
- each statistic equals the count computed in Python (``file_states.tally``) over the same files.
"""
from __future__ import annotations

import io
import itertools

from pypdf import PdfReader
from sqlalchemy import select

from graphql_api.db.models import Pupil
from graphql_api.domain import file_states
from graphql_api.domain.file_states import PupilState
from graphql_api.graphql.base import decode_id, encode_id
from graphql_api.services import exports, files, pupil_list, statistics
from graphql_api.services.listing import fr_date
from tests.readmodel.generate import generate

PER_SCHOOL = 130  # + the demo's pupils: ~280 files

LIST = """
query($after: String, $states: [PupilState!]) {
  pupils(first: 100, after: $after, states: $states) {
    pageInfo { hasNextPage endCursor }
    edges { node { id lastName firstName ine birthDate division { code } listRow {
      states intentions { rank voieLabel serie serieOption specialites } avis { label } choices { rank voieLabel serie specialites }
      propositionVoieLabel propositionSerie familyAgrees appealFiledOn appealUpheld appealGranted appealOutcome
      decisionVoieLabel decisionSerie horsProcedure
    } } }
  }
}
"""


async def test_every_view_says_what_the_files_say(client, db, demo, runtime):  # type: ignore[no-untyped-def]
    """One generation (the costly part), then each view checked against it."""
    generated = await generate(db, demo, per_school=PER_SCHOOL, seed=16)
    await client.sign_in("chef.aubrac", "chef.hugo", "admin.academie")
    async with db.read() as session:
        pupils = (await session.execute(select(Pupil).where(Pupil.left_on.is_(None)))).scalars().all()
        views = await files.load_files(session, pupils)
    world = generated, views, {pid: files.facts(view) for pid, view in views.items()}
    _generated_files_cover_every_state_and_outcome(world)
    await _every_state_filter_selects_what_the_read_model_says(client, demo, world)
    await _export_rows_and_fiches_say_what_the_api_says(client, db, demo, world)
    await _each_statistic_equals_the_count_over_the_files(db, demo, world)


async def _api_rows(client, head: str, states=None) -> dict[int, dict]:  # type: ignore[no-untyped-def]
    rows, after = {}, None
    while True:
        data = (await client.data(LIST, {"after": after, "states": states}, as_=head))["pupils"]
        for edge in data["edges"]:
            rows[decode_id("Pupil", edge["node"]["id"])] = edge["node"]
        if not data["pageInfo"]["hasNextPage"]:
            return rows
        after = data["pageInfo"]["endCursor"]


HEADS = {"chef.aubrac": "etablissement", "chef.hugo": "lycee"}


def _school(demo, head: str) -> int:  # type: ignore[no-untyped-def]
    return demo.etablissement if head == "chef.aubrac" else demo.lycee.etablissement


def _generated_files_cover_every_state_and_outcome(world):  # type: ignore[no-untyped-def]
    _, views, facts = world
    assert len(facts) >= 250
    for state in PupilState:
        assert sum(file_states.in_state(f, state) for f in facts.values()) >= 3, state
    tally = file_states.tally(list(facts.values()))
    for name in ("appeals_granted", "appeals_refused", "maintien_requests", "guardian_disagreements", "family_agrees", "family_disagrees"):
        assert tally[name] >= 2, name
    matched = [f for f in facts.values() if file_states.proposition_compared(f)]
    assert any(file_states.proposition_matches_a_choice(f) for f in matched)
    assert any(not file_states.proposition_matches_a_choice(f) for f in matched)
    specialites = [c for v in views.values() for s in v.sets.values() for r in s.requests for c in r.specialites]
    assert any(not c.offered for c in specialites) and any(c.rank for c in specialites) and any(c.rank is None and c.offered for c in specialites)
    channels = {s.channel for v in views.values() for s in v.sets.values()}
    assert channels == {"TELESERVICE", "PAPER"}


async def _every_state_filter_selects_what_the_read_model_says(client, demo, world):  # type: ignore[no-untyped-def]
    _, views, facts = world
    for head in HEADS:
        school = _school(demo, head)
        mine = {pid for pid, v in views.items() if v.pupil.etablissement_id == school}
        everyone = await _api_rows(client, head)
        assert set(everyone) == mine
        for pid, node in everyone.items():
            assert set(node["listRow"]["states"]) == {s.value for s in file_states.states_of(facts[pid])}, pid
        singles = [(s,) for s in PupilState]
        pairs = list(itertools.combinations(PupilState, 2))[::3]
        for wanted in singles + pairs:
            expected = {pid for pid in mine if any(file_states.in_state(facts[pid], s) for s in wanted)}
            got = await _api_rows(client, head, [s.value for s in wanted])
            assert set(got) == expected, (head, wanted, sorted(set(got) ^ expected)[:5])


def _requests_text(items: list[dict]) -> list[str]:  # type: ignore[type-arg]
    """The parts the export must show for each request, in order."""
    parts = []
    for r in items:
        parts.append(f"{r['rank']}. {r['voieLabel']}")
        if r["serie"]:
            parts.append(r["serie"])
        if r["specialites"]:
            parts.append("spécialités : " + ", ".join(r["specialites"]))
    return parts


def _in_order(text: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


async def _export_rows_and_fiches_say_what_the_api_says(client, db, demo, world):  # type: ignore[no-untyped-def]
    from graphql_api.auth import principal_for
    from graphql_api.db.models import Account

    _, views, _ = world
    for head in HEADS:
        api = await _api_rows(client, head)
        async with db.read() as session:
            principal = await principal_for(session, await session.get(Account, demo.accounts[head]))
        rows = [row async for row in await exports.list_rows(db, principal, pupil_list.ListFilter())]
        header, body = rows[0], rows[1:]
        assert len(body) == len(api)
        by_ine = {r[2]: r for r in body}
        for pid, node in api.items():
            row = dict(zip(header, by_ine[node["ine"]]))
            lr = node["listRow"]
            assert (row["Nom"], row["Prénom"]) == (node["lastName"], node["firstName"])
            assert row["Division"] == (node["division"]["code"] if node["division"] else "")
            assert _in_order(row["Intentions de la famille"], _requests_text(lr["intentions"])), (row, lr["intentions"])
            assert _in_order(row["Choix définitifs de la famille"], _requests_text(lr["choices"]))
            assert row["Avis provisoires du conseil de classe"].count("Avis ") == len(lr["avis"])
            expected_answer = {None: "", True: "D'accord", False: "Pas d'accord"}[lr["familyAgrees"]]
            assert row["Réponse de la famille"] == expected_answer
            if lr["appealFiledOn"]:
                assert lr["appealOutcome"] in row["Appel"] and row["Appel"].startswith("Appel du")
                if lr["appealUpheld"] is not None:
                    assert lr["appealGranted"] is (not lr["appealUpheld"])
                    assert ("accordée" in row["Appel"]) is lr["appealGranted"]
            else:
                assert row["Appel"] == ""
            assert _in_order(row["Décision d'orientation"], [x for x in (lr["decisionVoieLabel"], lr["decisionSerie"]) if x])
            assert (row["Hors procédure"] != "") is lr["horsProcedure"]

        # Fiches: one page per pupil of each division, in name order; each page says what the API says.
        school = _school(demo, head)
        divisions = sorted({v.division.id for v in views.values() if v.pupil.etablissement_id == school and v.division})
        for division_id in divisions:
            pdf, _ = await exports.fiches_pdf(db, principal, division_id=division_id)
            pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
            mine = sorted(
                (v for v in views.values() if v.division and v.division.id == division_id),
                key=lambda v: (v.pupil.last_name, v.pupil.first_name, v.pupil.id),
            )
            assert len(pages) == len(mine)
            for view, text in zip(mine, pages):
                flat = " ".join(text.split())
                lr = api[view.pupil.id]["listRow"]
                assert view.pupil.last_name in flat and view.pupil.ine in flat
                for r in lr["intentions"] + lr["choices"]:
                    assert " ".join(r["voieLabel"].split()) in flat
                    for code in r["specialites"]:
                        assert code in flat
                if lr["appealFiledOn"]:
                    assert f"déposé le {fr_date(__import__('datetime').date.fromisoformat(lr['appealFiledOn']))} - {lr['appealOutcome']}" in flat
                if lr["familyAgrees"] is not None:
                    assert ("Pas d'accord" in flat) is (lr["familyAgrees"] is False)
                if lr["decisionVoieLabel"]:
                    assert " ".join(lr["decisionVoieLabel"].split()) in flat


async def _each_statistic_equals_the_count_over_the_files(db, demo, world):  # type: ignore[no-untyped-def]
    _, views, facts = world
    scopes = [
        (statistics.Scope(academie_id=demo.academie), lambda v: True),
        (statistics.Scope(academie_id=demo.academie, etablissement_id=demo.etablissement), lambda v: v.pupil.etablissement_id == demo.etablissement),
        (statistics.Scope(academie_id=demo.academie, etablissement_id=demo.lycee.etablissement), lambda v: v.pupil.etablissement_id == demo.lycee.etablissement),
        (statistics.Scope(academie_id=demo.academie, etablissement_id=demo.lycee.etablissement, division_id=demo.lycee.division_2a), lambda v: v.pupil.division_id == demo.lycee.division_2a),
        (statistics.Scope(academie_id=demo.academie, palier="2NDE_GT"), lambda v: v.pupil.palier == "2NDE_GT"),
    ]
    for scope, keep in scopes:
        chosen = [facts[pid] for pid, v in views.items() if keep(v)]
        expected = file_states.tally(chosen)
        async with db.read() as session:
            got = await statistics.compute(session, scope)
        for definition in file_states.STATISTIC_DEFINITIONS:
            assert getattr(got, definition.name) == expected[definition.name], (scope, definition.name)
        assert got.appeals_upheld == got.appeals_rejected == expected["appeals_refused"]
        assert {(r.phase, r.voie, r.serie): (r.requests, r.first_choices) for r in got.requests} == expected["requests"]
        assert {(s.phase, s.key): s.count for s in got.specialites} == expected["specialites"]
        assert {(a.phase, a.key): a.count for a in got.avis} == expected["avis"]
        in_procedure = expected["pupils"] - expected["hors_procedure"]  # type: ignore[operator]
        assert got.validated_intentions_share == round(expected["validated_intentions"] / in_procedure, 4)  # type: ignore[operator]
