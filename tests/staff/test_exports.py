"""Exports, fiches de dialogue and signature upload through a real uvicorn server."""
import csv
import io

import httpx
import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from graphql_api.db.models import Division, Etablissement, OfferedSpecialite, OutboxEvent
from graphql_api.graphql.base import encode_id
from graphql_api.services import pupil_list
from tests.conftest import running_server
from tests.staff.factory import add_pupils, full_file


async def _login(http: httpx.AsyncClient, login: str) -> dict[str, str]:
    body = (await http.post("/graphql", json={"query": 'mutation($l: String!) { login(login: $l, password: "orientation") { token } }', "variables": {"l": login}})).json()
    return {"Authorization": f"Bearer {body['data']['login']['token']}"}


@pytest.fixture
async def server(settings, demo, db):  # type: ignore[no-untyped-def]
    chef = demo.accounts["chef.aubrac"]
    await full_file(db, demo.pupils["martin"], by=chef)
    await full_file(db, demo.pupils["simon"], by=chef, proposition="2PRO", agrees=False, appeal=True)
    async with running_server(settings) as address:
        async with httpx.AsyncClient(base_url=f"http://{address}", timeout=30) as http:
            yield http


def _csv(response: httpx.Response) -> list[list[str]]:
    assert response.status_code == 200, response.text
    assert response.content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


async def test_list_as_csv_and_xlsx_with_the_same_policy(server, demo, monkeypatch):
    monkeypatch.setattr(pupil_list, "CHUNK", 4)  # several keyset chunks for 12 pupils
    head = await _login(server, "chef.aubrac")
    rows = _csv(await server.get("/exports/pupils.csv", headers=head))
    assert rows[0][:4] == ["Nom", "Prénom", "INE", "Né(e) le"]
    assert len(rows) == 13 and len({r[2] for r in rows[1:]}) == 12
    assert [r[4] for r in rows[1:]] == sorted(r[4] for r in rows[1:])  # by division
    martin = next(r for r in rows if r[0] == "MARTIN")
    assert martin[7] == "1. 2de générale et technologique ou 2de STHR ; 2. 2de professionnelle — Pâtisserie — statut scolaire"
    assert martin[8] == "1. Avis favorable ; 2. Avis réservé" and martin[12] == "D'accord"
    simon = next(r for r in rows if r[0] == "SIMON")
    assert simon[12] == "Pas d'accord" and simon[14] == "Appel du 12/06/2027 : demande de la famille accordée"
    assert simon[15] == "2de professionnelle"

    workbook = load_workbook(io.BytesIO((await server.get("/exports/pupils.xlsx?state=DISAGREEMENT", headers=head)).content))
    values = [[c for c in row] for row in workbook.active.iter_rows(values_only=True)]
    assert values[0][0] == "Nom" and [v[0] for v in values[1:]] == ["SIMON"]

    pp = await _login(server, "pp.3a")
    mine = _csv(await server.get("/exports/pupils.csv", headers=pp))
    assert {r[4] for r in mine[1:]} == {"3A"} and len(mine) == 7
    other = await server.get(f"/exports/pupils.csv?division={encode_id('Division', demo.division_3b)}", headers=pp)
    assert other.status_code == 403 and "SIMON" not in other.text
    academie = await server.get("/exports/pupils.xlsx", headers=await _login(server, "admin.academie"))
    assert academie.status_code == 403 and "MARTIN" not in academie.text
    assert (await server.get("/exports/pupils.csv")).status_code == 401
    assert (await server.get("/exports/pupils.csv", headers={"Authorization": "Bearer forged.token.x"})).status_code == 401
    assert (await server.get("/exports/pupils.pdf", headers=head)).status_code == 404


async def test_liste_de_tous_les_voeux(server, db, demo):
    async with db.write() as session:
        lycee = Division(etablissement_id=demo.etablissement, code="2NDE1", palier="2NDE_GT")
        session.add(lycee)
        for code in ("MATHS", "PC", "SVT", "SES"):
            session.add(OfferedSpecialite(etablissement_id=demo.etablissement, specialite_code=code))
        await session.flush()
        division_id = lycee.id
    [one, two] = await add_pupils(db, etablissement_id=demo.etablissement, division_id=division_id, count=2, by=0, prefix="LYC", palier="2NDE_GT", mef="20010018110")
    await full_file(db, one, by=demo.accounts["chef.aubrac"], intentions=["1G", "1T"], avis=[], choices=["1G"], proposition=None, agrees=None,
                    specialites=["MATHS", "PC", "SVT", "LLCA"], serie="STL")  # fmt: skip
    await full_file(db, two, by=demo.accounts["chef.aubrac"], intentions=["1T"], avis=[], choices=None, proposition=None, agrees=None, serie="STMG")
    from graphql_api.db.models import RequestSpecialite

    async with db.write() as session:
        llca = (await session.execute(select(RequestSpecialite).where(RequestSpecialite.specialite_code == "LLCA"))).scalars().all()
        for row in llca:
            row.offered = False
    rows = _csv(await server.get("/exports/voeux.csv", headers=await _login(server, "chef.aubrac")))
    assert rows[0][4:8] == ["Phase", "Rang", "Voie", "Série"]
    assert [(r[0], r[4], r[5], r[6]) for r in rows[1:]] == [
        ("LYC000", "Intentions provisoires", "1", "1re générale"),
        ("LYC000", "Choix définitifs", "1", "1re générale"),
    ]
    assert rows[1][8:12] == ["Mathématiques", "Physique-chimie", "Sciences de la vie et de la Terre",
                             "Littérature, langues et cultures de l'Antiquité"]  # fmt: skip
    assert rows[1][13] == "Littérature, langues et cultures de l'Antiquité"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), "navy").save(out, "PNG")
    return out.getvalue()


async def test_fiches_de_dialogue_with_uploaded_signature(server, db, demo):
    head, pp = await _login(server, "chef.aubrac"), await _login(server, "pp.3a")
    martin = encode_id("Pupil", demo.pupils["martin"])
    before = PdfReader(io.BytesIO((await server.get(f"/fiches/pupils/{martin}.pdf", headers=pp)).content))
    assert not before.pages[0].images

    upload = {"Content-Type": "image/png"}
    assert (await server.put("/etablissement/signature", content=_png(), headers={**pp, **upload})).status_code == 403
    renamed = await server.put("/etablissement/signature", content=_png(), headers={**head, "Content-Type": "image/jpeg"})
    assert renamed.status_code == 415 and renamed.json()["errors"][0]["code"] == "SIGNATURE_TYPE"
    huge = await server.put("/etablissement/signature", content=_png() + b"0" * 600_000, headers={**head, **upload})
    assert huge.status_code == 413
    async with db.read() as session:
        assert (await session.get(Etablissement, demo.etablissement)).signature_image is None
    stored = await server.put("/etablissement/signature", content=_png(), headers={**head, **upload})
    assert stored.status_code == 200 and stored.json()["mime"] == "image/png"

    response = await server.get(f"/fiches/pupils/{martin}.pdf", headers=pp)
    assert response.headers["content-type"] == "application/pdf"
    page = PdfReader(io.BytesIO(response.content)).pages[0]
    text = page.extract_text()
    for expected in ("Fiche de dialogue", "MARTIN Léa", "1. Intentions provisoires de la famille", "Avis favorable",
                     "Des efforts en mathématiques sont attendus.", "3. Choix définitifs, proposition et décision",
                     "Proposition conforme au projet.", "D'accord"):  # fmt: skip
        assert expected in text, expected
    assert len(page.images) == 1

    simon = encode_id("Pupil", demo.pupils["simon"])
    assert (await server.get(f"/fiches/pupils/{simon}.pdf", headers=pp)).status_code == 404
    simon_text = PdfReader(io.BytesIO((await server.get(f"/fiches/pupils/{simon}.pdf", headers=head)).content)).pages[0].extract_text()
    assert "Pas d'accord" in simon_text and "Résultats insuffisants." in simon_text and "demande de la famille accordée" in simon_text

    division = await server.get(f"/fiches/divisions/{encode_id('Division', demo.division_3a)}.pdf", headers=pp)
    assert len(PdfReader(io.BytesIO(division.content)).pages) == 6
    assert (await server.get(f"/fiches/divisions/{encode_id('Division', demo.division_3b)}.pdf", headers=pp)).status_code == 403
    async with db.read() as session:
        assert "SIGNATURE_UPLOADED" in set((await session.execute(select(OutboxEvent.type))).scalars())


async def test_exports_and_fiches_of_a_past_campaign_year(server, demo, db):
    """After the rollover the lists are this year's (empty until the import); last year's are
    asked for by `schoolYear`, the same policy applying; a bad year is refused clearly."""
    from graphql_api.domain import school_year
    from graphql_api.services import campaigns

    head = await _login(server, "chef.aubrac")
    async with db.write() as session:
        await campaigns.open_next_year(session, None, demo.academie, operator=True)
    this_year = _csv(await server.get("/exports/pupils.csv", headers=head))
    assert len(this_year) == 1  # the header only: nobody imported yet
    last_year = _csv(await server.get(f"/exports/pupils.csv?schoolYear={demo.school_year}", headers=head))
    assert {r[0] for r in last_year[1:]} >= {"MARTIN", "SIMON"}
    bad = await server.get("/exports/pupils.csv?schoolYear=2026", headers=head)
    assert bad.status_code == 400 and bad.json()["errors"][0]["code"] == "INVALID_SCHOOL_YEAR"
    d3a = encode_id("Division", demo.division_3a)
    fiches = await server.get(f"/fiches/divisions/{d3a}.pdf?schoolYear={demo.school_year}", headers=head)
    assert fiches.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(fiches.content)).pages)
    assert "MARTIN" in text and f"année scolaire {demo.school_year}" in text
    now = await server.get(f"/fiches/divisions/{d3a}.pdf", headers=head)  # this year: no pupil in 3A yet
    assert now.status_code == 200, now.text
    assert "MARTIN" not in "".join(page.extract_text() for page in PdfReader(io.BytesIO(now.content)).pages)
    assert school_year.next_of(demo.school_year) != demo.school_year
