"""SIECLE/STS imports written by the tests: well-formed, re-imported, wrong school, broken,
not UTF-8, zipped, with BOM; guardians without password; PPs from the timetable."""
import os
import subprocess
import sys
import zipfile

import pytest
from sqlalchemy import func, select

from graphql_api.auth import principal_for
from graphql_api.db.models import Account, Division, Guardianship, PrincipalTeacher, Pupil, RequestSet
from graphql_api.db.models_staff import Mef
from graphql_api.services import siecle_import
from graphql_api.services.siecle_import import import_file
from tests.staff.factory import full_file
from tests.staff.siecle_files import (
    eleves_document,
    nomenclatures_document,
    responsables_document,
    sts_document,
    write,
)

UAI = "0750001U"
PUPILS = [
    {"id": 101, "ine": "000000001AB", "nom": "MARTIN", "prenom": "Léa", "naissance": "12/03/2011", "division": "3A"},
    {"id": 102, "ine": "120456789KL", "nom": "ÉLOÏSE-ŒUVRE", "prenom": "Zoé", "division": "3D"},
    {"id": 103, "ine": "220456789KL", "nom": "DUPUIS", "nom_usage": "DUPUIS-ROCHE", "prenom": "Noé", "division": "3D",
     "mef": "16710001110"},
    {"id": 104, "ine": None, "nom": "SANSINE", "prenom": "Paul", "division": "3D"},
    {"id": 105, "ine": "320456789KL", "nom": "PETITE", "prenom": "Anaïs", "mef": "10010012110", "division": "6A"},
    {"id": 106, "ine": "420456789KL", "nom": "BRUNO", "prenom": "Max", "naissance": "31/02/2011", "division": "3D"},
]  # fmt: skip


async def count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return (await session.execute(select(func.count()).select_from(model).where(*where))).scalar_one()


async def test_pupils_imported_then_updated_in_place(db, demo, tmp_path):
    path = tmp_path / "ElevesSansAdresses.xml"
    write(path, eleves_document(UAI, PUPILS))
    before = await count(db, Pupil)
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert report.imported, report.lines()
    assert (report.created, report.updated, report.ignored) == (2, 1, 1)
    reasons = {r.ref: r.reason for r in report.rejected}
    assert "INE (ID_NATIONAL) absent" in reasons["ELEVE_ID 104 (SANSINE Paul)"]
    assert "illisible" in reasons["ELEVE_ID 106 (BRUNO Max)"]
    assert any("rejeté — ELEVE_ID 104" in line for line in report.lines())
    async with db.read() as session:
        zoe = (await session.execute(select(Pupil).where(Pupil.ine == "120456789KL"))).scalar_one()
        noe = (await session.execute(select(Pupil).where(Pupil.ine == "220456789KL"))).scalar_one()
        d3d = await session.get(Division, zoe.division_id)
        martin = await session.get(Pupil, demo.pupils["martin"])
    assert (zoe.last_name, zoe.first_name, zoe.palier, d3d.code) == ("ÉLOÏSE-ŒUVRE", "Zoé", "3EME", "3D")
    assert (noe.last_name, noe.segpa) == ("DUPUIS-ROCHE", True)
    assert martin.birth_date.isoformat() == "2011-03-12" and martin.division_id == demo.division_3a
    assert await count(db, Pupil) == before + 2

    # The family had already entered requests: a re-import never touches them, nor duplicates anyone.
    await full_file(db, demo.pupils["martin"], by=demo.accounts["chef.aubrac"])
    again = [dict(p) for p in PUPILS]
    again[0]["prenom"] = "Léana"
    again[1]["sortie"] = "15/01/2027"
    again[2]["division"] = "3A"
    write(path, eleves_document(UAI, again))
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert (report.created, report.updated, report.unchanged, report.left) == (0, 2, 1, 1), report.lines()
    assert await count(db, Pupil) == before + 2
    assert await count(db, RequestSet, RequestSet.pupil_id == demo.pupils["martin"]) == 2
    async with db.read() as session:
        martin = await session.get(Pupil, demo.pupils["martin"])
        zoe = (await session.execute(select(Pupil).where(Pupil.ine == "120456789KL"))).scalar_one()
        noe = (await session.execute(select(Pupil).where(Pupil.ine == "220456789KL"))).scalar_one()
    assert martin.first_name == "Léana"
    assert zoe.left_on.isoformat() == "2027-01-15"
    assert noe.division_id == demo.division_3a


async def test_wrong_school_imports_nothing(db, demo, tmp_path):
    path = tmp_path / "eleves.xml"
    write(path, eleves_document("0750002V", PUPILS))
    before = await count(db, Pupil)
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert not report.imported
    assert "0750002V" in report.refused and "rien n'a été importé" in report.lines()[1]
    assert await count(db, Pupil) == before
    unknown = await import_file(db, "eleves", path, "0999999Z", progress=False)
    assert "aucun établissement" in unknown.refused


async def test_broken_file_imports_nothing_even_after_batches(db, demo, tmp_path, monkeypatch):
    monkeypatch.setattr(siecle_import, "BATCH", 2)  # several batches are written before the break
    many = [{"id": 500 + i, "ine": f"{500 + i:09d}ZZ", "nom": f"NOM{i}", "prenom": "A", "division": "3E"} for i in range(9)]
    text = "".join(eleves_document(UAI, many))
    path = tmp_path / "broken.xml"
    path.write_bytes(text[: text.index("NOM7")].encode("iso-8859-15"))
    before = await count(db, Pupil)
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert not report.imported and "XML invalide" in report.refused
    assert await count(db, Pupil) == before
    assert await count(db, Division, Division.code == "3E") == 0
    other = tmp_path / "other.xml"
    write(other, responsables_document(UAI, [], []))
    refused = await import_file(db, "eleves", other, UAI, progress=False)
    assert "BEE_ELEVES" in refused.refused


@pytest.mark.parametrize("variant", ["utf8-bom", "latin-undeclared", "zip"])
async def test_encodings_and_containers(db, demo, tmp_path, variant):
    path = tmp_path / "eleves.xml"
    if variant == "utf8-bom":
        write(path, eleves_document(UAI, PUPILS[1:3], encoding="UTF-8"), encoding="utf-8", bom=True)
    elif variant == "latin-undeclared":
        write(path, eleves_document(UAI, PUPILS[1:3], encoding=None), encoding="iso-8859-15")
    else:
        plain = tmp_path / "ElevesSansAdresses.xml"
        write(plain, eleves_document(UAI, PUPILS[1:3]))
        path = tmp_path / "export.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(plain, "ElevesSansAdresses.xml")
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert report.imported and report.created == 2, report.lines()
    async with db.read() as session:
        names = set((await session.execute(select(Pupil.last_name).where(Pupil.ine.in_(["120456789KL", "220456789KL"])))).scalars())
    assert names == {"ÉLOÏSE-ŒUVRE", "DUPUIS-ROCHE"}


async def test_guardians_without_password_and_no_duplicates(db, demo, tmp_path):
    eleves = tmp_path / "eleves.xml"
    write(eleves, eleves_document(UAI, PUPILS[:3]))
    assert (await import_file(db, "eleves", eleves, UAI, progress=False)).imported
    persons = [
        {"id": "P1", "nom": "ŒUVRE", "prenom": "Hélène", "mel": "helene@famille.test", "civilite": "MME"},
        {"id": "P2", "nom": "ŒUVRE", "prenom": "Marc", "mel": "pas-une-adresse"},
        {"id": "P3", "nom": "VOISIN", "prenom": "Jean"},
    ]
    links = [("102", "P1", "1"), ("102", "P2", "1"), ("102", "P3", "3"), ("999", "P1", "1"), ("103", "P9", "1")]
    path = tmp_path / "responsables.xml"
    write(path, responsables_document(UAI, persons, links))
    report = await import_file(db, "responsables", path, UAI, progress=False)
    assert report.imported, report.lines()
    assert [r.reason for r in report.rejected] == ["PERSONNE_ID inconnue dans ce fichier."]
    assert any("pas-une-adresse" in w for w in report.warnings)
    async with db.read() as session:
        zoe = (await session.execute(select(Pupil.id).where(Pupil.ine == "120456789KL"))).scalar_one()
        guardians = (
            await session.execute(
                select(Account).join(Guardianship, Guardianship.account_id == Account.id).where(Guardianship.pupil_id == zoe).order_by(Account.first_name)
            )
        ).scalars().all()
    assert [(g.first_name, g.email, g.role, g.password_hash, g.login, g.oidc_subject) for g in guardians] == [
        ("Hélène", "helene@famille.test", "GUARDIAN", None, None, None),
        ("Marc", None, "GUARDIAN", None, None, None),
    ]
    accounts = await count(db, Account)
    persons[0]["mel"] = "h.oeuvre@famille.test"
    write(path, responsables_document(UAI, persons, links))
    again = await import_file(db, "responsables", path, UAI, progress=False)
    assert again.created == 0 and again.updated == 1, again.lines()
    assert await count(db, Account) == accounts
    assert await count(db, Guardianship, Guardianship.pupil_id == zoe) == 2


async def test_timetable_recognises_pps_and_nomenclature_gives_paliers(db, demo, tmp_path):
    mefs = tmp_path / "nomenclatures.xml"
    write(mefs, nomenclatures_document([("10310019110", "3EME"), ("16710001110", "3EME SEGPA"), ("20010018110", "2NDE GENERALE ET TECHNOLOGIQUE"), ("10010012110", "6EME")]))
    assert (await import_file(db, "nomenclatures", mefs, UAI, progress=False)).created == 4
    async with db.read() as session:
        paliers = dict((await session.execute(select(Mef.code, Mef.palier))).all())
    assert paliers == {"10310019110": "3EME", "16710001110": "3EME", "20010018110": "2NDE_GT", "10010012110": None}

    path = tmp_path / "sts.xml"
    teachers = [{"id": "T1", "nom": "CARON", "prenom": "Anne"}, {"id": "T2", "nom": "NOËL", "prenom": "Paul"}]
    write(path, sts_document(UAI, teachers, [("3A", ["T1"], "10310019110"), ("3F", ["T2", "T9"], "10310019110"), ("6B", ["T2"], "10010012110")]))
    report = await import_file(db, "sts", path, UAI, progress=False)
    assert report.imported and report.ignored == 1, report.lines()
    assert [r.reason for r in report.rejected] == ["professeur principal T9 absent des INDIVIDUS."]
    async with db.read() as session:
        caron = (await session.execute(select(Account).where(Account.last_name == "CARON", Account.etablissement_id == demo.etablissement))).scalar_one()
        principal = await principal_for(session, caron)
    assert caron.staff_function == "TEACHER" and caron.password_hash is None
    assert principal.division_ids == {demo.division_3a}

    write(path, sts_document(UAI, teachers, [("3A", ["T2"], "10310019110"), ("3F", ["T2"], "10310019110")]))
    assert (await import_file(db, "sts", path, UAI, progress=False)).imported
    assert await count(db, PrincipalTeacher, PrincipalTeacher.division_id == demo.division_3a, PrincipalTeacher.account_id == caron.id) == 0
    assert await count(db, Account, Account.last_name.in_(["CARON", "NOËL"]), Account.etablissement_id == demo.etablissement) == 2


async def test_command_line(db, demo, settings, tmp_path):
    path = tmp_path / "eleves.xml"
    write(path, eleves_document(UAI, PUPILS[1:2]))
    env = {**os.environ, "DATABASE_URL": settings.database_url, "DATA_DIR": str(tmp_path), "TOKEN_SECRET": "x" * 40}
    done = subprocess.run(
        [sys.executable, "-m", "graphql_api", "import", "eleves", str(path), "--uai", UAI],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "créés : 1" in done.stdout
    refused = subprocess.run(
        [sys.executable, "-m", "graphql_api", "import", "eleves", str(path), "--uai", "0750002V"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 1 and "FICHIER REFUSÉ" in refused.stdout


def test_streamed_records_and_progress_bar(tmp_path, capsys):
    path = tmp_path / "eleves.xml"
    write(path, eleves_document(UAI, PUPILS))
    progress = siecle_import._Progress(1, "eleves", enabled=True)
    seen = [(tag, elem.get("ELEVE_ID")) for tag, elem in siecle_import.read_records(path, "eleves", progress)]
    assert seen[0] == ("UAJ", None)
    assert [t for t, _ in seen].count("ELEVE") == 6 and [t for t, _ in seen].count("STRUCTURES_ELEVE") == 6
    bar = capsys.readouterr().err
    assert "eleves [##############################] 100.0%  12 enregistrements" in bar


async def test_a_guardian_removed_in_siecle_stops_seeing_the_child(db, demo, tmp_path, client):
    eleves = tmp_path / "eleves.xml"
    write(eleves, eleves_document(UAI, PUPILS[:3]))
    assert (await import_file(db, "eleves", eleves, UAI, progress=False)).imported
    persons = [{"id": "P1", "nom": "ŒUVRE", "prenom": "Hélène", "mel": "helene@famille.test"}, {"id": "P2", "nom": "ŒUVRE", "prenom": "Marc"}]
    path = tmp_path / "responsables.xml"
    write(path, responsables_document(UAI, persons, [("102", "P1", "1"), ("102", "P2", "1")]))
    assert (await import_file(db, "responsables", path, UAI, progress=False)).imported
    async with db.write() as session:
        zoe = (await session.execute(select(Pupil).where(Pupil.ine == "120456789KL"))).scalar_one()
        marc = (await session.execute(select(Account).where(Account.first_name == "Marc", Account.last_name == "ŒUVRE"))).scalar_one()
        zoe.entering_guardian_id = marc.id  # Marc had the hand
        marc.login = "marc.oeuvre"
    await client.sign_in("marc.oeuvre")
    query = "query($id: ID!) { pupil(id: $id) { firstName } }"
    from graphql_api.graphql.base import encode_id

    assert (await client.data(query, {"id": encode_id("Pupil", zoe.id)}, as_="marc.oeuvre"))["pupil"] is not None

    write(path, responsables_document(UAI, persons, [("102", "P1", "1")]))  # SIECLE no longer links Marc to Zoé
    report = await import_file(db, "responsables", path, UAI, progress=False)
    assert report.imported and report.unlinked == 1, report.lines()
    assert any("liens responsable retirés : 1" in line for line in report.lines())
    assert (await client.data(query, {"id": encode_id("Pupil", zoe.id)}, as_="marc.oeuvre"))["pupil"] is None
    assert await count(db, Guardianship, Guardianship.pupil_id == zoe.id) == 1
    async with db.read() as session:
        assert (await session.get(Pupil, zoe.id)).entering_guardian_id is None  # the remaining guardian may take the hand
        kept = await count(db, Guardianship, Guardianship.pupil_id == demo.pupils["martin"])
    assert kept == 2  # guardians not created by the import are never touched
