"""Issue 16: exports a secretary uses as they are — XLSX with real dates and numbers, a frozen
bold header, a filter, column widths; spécialités in the API's order (offered ranked ones first)."""
import datetime as dt
import io

from openpyxl import load_workbook
from graphql_api.db.models import Request, RequestSet, RequestSpecialite
from tests.staff.factory import NOW, full_file
from tests.staff.test_exports import _csv, _login, server  # noqa: F401 (fixture)


async def test_pupils_xlsx_is_ready_to_use(server, demo):  # noqa: F811
    head = await _login(server, "chef.aubrac")
    response = await server.get("/exports/pupils.xlsx", headers=head)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Q{sheet.max_row}"
    assert sheet["A1"].font.b
    born = header.index("Né(e) le") + 1
    martin = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "MARTIN")
    assert isinstance(martin[born - 1].value, dt.datetime) and martin[born - 1].number_format == "DD/MM/YYYY"
    pp = martin[header.index("Entretien avec le professeur principal")]
    assert pp.value == dt.datetime(2027, 1, 15)
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["A"] >= 12 and widths["H"] >= 50  # Nom; Intentions de la famille
    # The CSV keeps French text dates.
    rows = _csv(await server.get("/exports/pupils.csv", headers=head))
    assert next(r for r in rows if r[0] == "MARTIN")[6] == "15/01/2027"


async def test_voeux_put_the_not_offered_specialite_after_the_four_ranked_ones(server, db, demo):  # noqa: F811
    """Paper entry: four ranked offered spécialités and LLCA, not offered: LLCA comes last,
    as in the API; the rank is a number in the XLSX."""
    pid = demo.lycee.pupils["dubois"]
    async with db.write() as session:
        rs = RequestSet(pupil_id=pid, phase="PROVISOIRE", validated_at=NOW, validated_by_id=demo.accounts["chef.hugo"], channel="PAPER", revision=1)
        session.add(rs)
        await session.flush()
        r = Request(set_id=rs.id, pupil_id=pid, phase="PROVISOIRE", rank=1, voie_code="1G")
        session.add(r)
        await session.flush()
        session.add(RequestSpecialite(request_id=r.id, specialite_code="LLCA", rank=None, offered=False))
        for rank, code in enumerate(["SVT", "MATHS", "SES", "PC"], start=1):
            session.add(RequestSpecialite(request_id=r.id, specialite_code=code, rank=rank, offered=True))
    head = await _login(server, "chef.hugo")
    rows = _csv(await server.get("/exports/voeux.csv", headers=head))
    dubois = next(r for r in rows if r[0] == "DUBOIS")
    assert dubois[8:13] == ["Sciences de la vie et de la Terre", "Mathématiques", "Sciences économiques et sociales", "Physique-chimie", "Littérature, langues et cultures de l'Antiquité"]
    api = await server.post(
        "/graphql", headers=head,
        json={"query": "query($id: ID!) { pupil(id: $id) { orientation { intentions { requests { specialites { code } } } } } }",
              "variables": {"id": __import__("graphql_api.graphql.base", fromlist=["encode_id"]).encode_id("Pupil", pid)}},
    )  # fmt: skip
    codes = [s["code"] for s in api.json()["data"]["pupil"]["orientation"]["intentions"]["requests"][0]["specialites"]]
    assert codes == ["SVT", "MATHS", "SES", "PC", "LLCA"]
    sheet = load_workbook(io.BytesIO((await server.get("/exports/voeux.xlsx", headers=head)).content)).active
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "DUBOIS")
    assert row[5] == 1 and row[12] == "Littérature, langues et cultures de l'Antiquité"
    # The pupils list says the same (it printed LLCA first).
    pupils = _csv(await server.get("/exports/pupils.csv", headers=head))
    assert "spécialités : SVT, MATHS, SES, PC, LLCA" in next(r for r in pupils if r[0] == "DUBOIS")[7]
