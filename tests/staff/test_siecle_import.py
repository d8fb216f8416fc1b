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
    YEAR,
    eleves_document,
    nomenclatures_document,
    responsables_document,
    sts_document,
    write,
    zipped,
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
    assert report.refused_code == "SIECLE_OTHER_ETABLISSEMENT"
    assert await count(db, Pupil) == before
    unknown = await import_file(db, "eleves", path, "0999999Z", progress=False)
    assert "aucun établissement" in unknown.refused


async def test_broken_file_imports_nothing_even_after_batches(db, demo, tmp_path, monkeypatch):
    monkeypatch.setattr(siecle_import, "BATCH", 2)  # several batches are written before the break
    monkeypatch.setattr(siecle_import._Stage, "CHUNK", 2)  # and COPYed, on PostgreSQL
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


@pytest.mark.parametrize("variant", ["utf8-bom", "utf8-declared", "utf8-undeclared", "latin-undeclared", "zip", "avec-adresses"])
async def test_encodings_and_containers(db, demo, tmp_path, variant):
    path = tmp_path / "eleves.xml"
    if variant == "utf8-bom":
        write(path, eleves_document(UAI, PUPILS[1:3], encoding="UTF-8"), encoding="utf-8", bom=True)
    elif variant == "avec-adresses":  # ElevesAvecAdresses: the same, with an ADRESSES section
        write(path, eleves_document(UAI, PUPILS[1:3], addresses=True))
    elif variant == "utf8-declared":
        write(path, eleves_document(UAI, PUPILS[1:3], encoding="UTF-8"), encoding="utf-8")
    elif variant == "utf8-undeclared":
        write(path, eleves_document(UAI, PUPILS[1:3], encoding=None), encoding="utf-8")
    elif variant == "latin-undeclared":
        write(path, eleves_document(UAI, PUPILS[1:3], encoding=None), encoding="iso-8859-15")
    else:
        plain = tmp_path / "ElevesSansAdresses.xml"
        write(plain, eleves_document(UAI, PUPILS[1:3]))
        path = zipped(plain, tmp_path / "ElevesSansAdresses.zip")
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
    # Both legal guardians (RESP_LEGAL 1 and 2), a contact (RESP_LEGAL 0), a pupil not in the
    # paliers, an unknown person.
    links = [("102", "P1", "1"), ("102", "P2", "2"), ("102", "P3", "0"), ("999", "P1", "1"), ("103", "P9", "1")]
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
    async with db.read() as session:
        levels = dict((await session.execute(select(Account.first_name, Guardianship.level).join(Guardianship, Guardianship.account_id == Account.id).where(Guardianship.pupil_id == zoe))).all())
    assert levels == {"Hélène": 1, "Marc": 2}
    accounts = await count(db, Account)
    persons[0]["mel"] = "h.oeuvre@famille.test"
    write(path, responsables_document(UAI, persons, links))
    again = await import_file(db, "responsables", path, UAI, progress=False)
    assert again.created == 0 and again.updated == 1, again.lines()
    assert await count(db, Account) == accounts
    assert await count(db, Guardianship, Guardianship.pupil_id == zoe) == 2


async def test_timetable_recognises_pps_and_nomenclature_gives_paliers(db, demo, tmp_path):
    mefs = tmp_path / "Nomenclature.xml"
    write(mefs, nomenclatures_document([("10310019110", "3EME"), ("16710001110", "3EME SEGPA"), ("20010018110", "2NDE GENERALE ET TECHNOLOGIQUE"), ("10010012110", "6EME")]))
    assert (await import_file(db, "nomenclatures", mefs, UAI, progress=False)).created == 4
    async with db.read() as session:
        paliers = dict((await session.execute(select(Mef.code, Mef.palier))).all())
    assert paliers == {"10310019110": "3EME", "16710001110": "3EME", "20010018110": "2NDE_GT", "10010012110": None}

    # The STS header is <UAJ CODE="…"> with children; PPs are listed under each INDIVIDU.
    path = tmp_path / f"sts_emp_{UAI}_{YEAR}.xml"
    teachers = [
        {"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3A", None)]},
        {"id": "T2", "nom": "NOËL", "prenom": "Paul", "pp": [("3F", None), ("6B", None)]},
        {"id": "D1", "nom": "PROVISEUR", "prenom": "Marc", "fonction": "DIR"},
    ]
    divisions = [("3A", "10310019110"), ("3F", "10310019110"), ("6B", "10010012110")]
    write(path, sts_document(UAI, teachers, divisions))
    report = await import_file(db, "sts", path, UAI, progress=False)
    assert report.imported, report.lines()
    assert report.ignored == 2 and report.rejected == [], report.lines()  # the head (DIR) and 6B
    async with db.read() as session:
        caron = (await session.execute(select(Account).where(Account.last_name == "CARON", Account.etablissement_id == demo.etablissement))).scalar_one()
        noel = (await session.execute(select(Account).where(Account.last_name == "NOËL", Account.etablissement_id == demo.etablissement))).scalar_one()
        principal = await principal_for(session, caron)
        d3f = (await session.execute(select(Division).where(Division.code == "3F", Division.etablissement_id == demo.etablissement))).scalar_one()
    assert caron.staff_function == "TEACHER" and caron.password_hash is None
    assert principal.division_ids == {demo.division_3a}
    assert await count(db, Account, Account.last_name == "PROVISEUR") == 0
    assert await count(db, PrincipalTeacher, PrincipalTeacher.division_id == d3f.id, PrincipalTeacher.account_id == noel.id) == 1

    # Next export: Noël takes 3A, Caron's assignment ended, an unknown individu is named: the
    # removal is in the report; nobody is duplicated.
    teachers = [
        {"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3A", f"30/09/{YEAR - 1}")]},
        {"id": "T2", "nom": "NOËL", "prenom": "Paul", "pp": [("3A", None), ("3F", None)]},
    ]
    write(path, sts_document(UAI, teachers, divisions))
    report = await import_file(db, "sts", path, UAI, progress=False)
    assert report.imported, report.lines()
    assert "  retiré — DIVISION 3A : CARON Anne n'est plus professeur principal" in report.lines()
    assert await count(db, PrincipalTeacher, PrincipalTeacher.division_id == demo.division_3a, PrincipalTeacher.account_id == caron.id) == 0
    assert await count(db, PrincipalTeacher, PrincipalTeacher.division_id == demo.division_3a, PrincipalTeacher.account_id == noel.id) == 1
    assert await count(db, Account, Account.last_name.in_(["CARON", "NOËL"]), Account.etablissement_id == demo.etablissement) == 2

    again = await import_file(db, "sts", path, UAI, progress=False)
    assert (again.created, again.updated, again.removals) == (0, 0, []), again.lines()


async def pp_rows(db) -> set:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return set((await session.execute(select(PrincipalTeacher.account_id, PrincipalTeacher.division_id))).all())


async def test_a_timetable_laid_out_otherwise_never_removes_pps(db, demo, tmp_path):
    path = tmp_path / "sts.xml"
    write(path, sts_document(UAI, [{"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3A", None)]}], [("3A", "10310019110")]))
    assert (await import_file(db, "sts", path, UAI, progress=False)).imported
    before, accounts = await pp_rows(db), await count(db, Account)

    # PPs under the division (a layout the national export does not have): refused, nothing changed.
    text = "".join(sts_document(UAI, [{"id": "T1", "nom": "CARONNE", "prenom": "Anne"}], [("3A", "10310019110")]))
    text = text.replace("<EFFECTIF_PREVU>", "<PROFS_PRINC><PROF_PRINC><INDIVIDU_ID>T1</INDIVIDU_ID></PROF_PRINC></PROFS_PRINC><EFFECTIF_PREVU>")
    path.write_bytes(text.encode("iso-8859-15"))
    refused = await import_file(db, "sts", path, UAI, progress=False)
    assert not refused.imported and "INDIVIDUS/INDIVIDU/PROFS_PRINC/PROF_PRINC/CODE_STRUCTURE" in refused.refused
    assert await pp_rows(db) == before and await count(db, Account, Account.last_name == "CARONNE") == 0

    # A PROF_PRINC without CODE_STRUCTURE: refused the same way.
    text = "".join(sts_document(UAI, [{"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3A", None)]}], [("3A", "10310019110")]))
    path.write_bytes(text.replace("CODE_STRUCTURE>", "CODE_DIVISION>").encode("iso-8859-15"))
    refused = await import_file(db, "sts", path, UAI, progress=False)
    assert not refused.imported and "PROF_PRINC/CODE_STRUCTURE" in refused.refused and await pp_rows(db) == before

    # Individuals in another container: refused, naming the element expected.
    text = "".join(sts_document(UAI, [{"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3A", None)]}], [("3A", "10310019110")]))
    path.write_bytes(text.replace("INDIVIDUS>", "PERSONNELS>").encode("iso-8859-15"))
    refused = await import_file(db, "sts", path, UAI, progress=False)
    assert "STS_EDT/DONNEES/INDIVIDUS attendu" in refused.refused and await pp_rows(db) == before

    # An export without any PP yet (early September): PPs are kept, and the report says so.
    write(path, sts_document(UAI, [{"id": "T1", "nom": "CARON", "prenom": "Anne"}], [("3A", "10310019110")]))
    kept = await import_file(db, "sts", path, UAI, progress=False)
    assert kept.imported and await pp_rows(db) == before and await count(db, Account) == accounts
    assert any("professeurs principaux déjà connus sont conservés" in w for w in kept.warnings)


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
    write(path, responsables_document(UAI, persons, [("102", "P1", "1"), ("102", "P2", "2")]))
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
    assert "  retiré — ŒUVRE Marc n'est plus responsable de ÉLOÏSE-ŒUVRE Zoé" in report.lines()
    assert (await client.data(query, {"id": encode_id("Pupil", zoe.id)}, as_="marc.oeuvre"))["pupil"] is None
    assert await count(db, Guardianship, Guardianship.pupil_id == zoe.id) == 1
    async with db.read() as session:
        assert (await session.get(Pupil, zoe.id)).entering_guardian_id is None  # the remaining guardian may take the hand
        kept = await count(db, Guardianship, Guardianship.pupil_id == demo.pupils["martin"])
    assert kept == 2  # guardians not created by the import are never touched


async def snapshot(db) -> dict:  # type: ignore[no-untyped-def]
    """Everything an import may change, to check that a refused file changed nothing."""
    async with db.read() as session:
        return {
            "pupils": set((await session.execute(select(Pupil.id, Pupil.ine, Pupil.last_name, Pupil.division_id, Pupil.left_on))).all()),
            "guardianships": set((await session.execute(select(Guardianship.pupil_id, Guardianship.account_id, Guardianship.level))).all()),
            "pps": set((await session.execute(select(PrincipalTeacher.account_id, PrincipalTeacher.division_id))).all()),
            "divisions": set((await session.execute(select(Division.id, Division.code))).all()),
            "accounts": (await session.execute(select(func.count()).select_from(Account))).scalar_one(),
        }


async def test_responsables_the_importer_does_not_recognise_are_refused_and_remove_nothing(db, demo, tmp_path):
    eleves = tmp_path / "eleves.xml"
    write(eleves, eleves_document(UAI, PUPILS[:3]))
    assert (await import_file(db, "eleves", eleves, UAI, progress=False)).imported
    persons = [{"id": "P1", "nom": "ŒUVRE", "prenom": "Hélène"}, {"id": "P2", "nom": "ŒUVRE", "prenom": "Marc"}]
    path = tmp_path / "ResponsablesAvecAdresses.xml"
    write(path, responsables_document(UAI, persons, [("102", "P1", "1"), ("102", "P2", "2")]))
    assert (await import_file(db, "responsables", path, UAI, progress=False)).imported
    before = await snapshot(db)

    good = "".join(responsables_document(UAI, persons, [("102", "P1", "1"), ("102", "P2", "2")]))
    cases = {
        "RESPONSABLES/RESPONSABLE_ELEVE attendu": good.replace("RESPONSABLE_ELEVE>", "LIEN_ELEVE>"),
        "DONNEES/RESPONSABLES attendu": good.replace("<RESPONSABLES>", "<LIENS>").replace("</RESPONSABLES>", "</LIENS>"),
        "RESP_LEGAL attendu": good.replace("<RESP_LEGAL>1</RESP_LEGAL>", "").replace("<RESP_LEGAL>2</RESP_LEGAL>", "").replace("<NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>", ""),
        "ne lie aucun responsable légal": "".join(responsables_document(UAI, persons, [])),
    }  # fmt: skip
    for expected, text in cases.items():
        path.write_bytes(text.encode("iso-8859-15"))
        report = await import_file(db, "responsables", path, UAI, progress=False)
        assert not report.imported and expected in report.refused, (expected, report.lines())
        assert await snapshot(db) == before, expected

    # An older export without NIVEAU_RESPONSABILITE, and a recent one keyed on it alone.
    write(path, responsables_document(UAI, persons, [("102", "P1", "1", None), ("102", "P2", "2", None)]))
    assert (await import_file(db, "responsables", path, UAI, progress=False)).unlinked == 0
    write(path, responsables_document(UAI, persons, [("102", "P1", None, "1"), ("102", "P2", None, "2")]))
    report = await import_file(db, "responsables", path, UAI, progress=False)
    assert report.imported and report.unlinked == 1 and report.ignored == 1, report.lines()


async def test_pupils_who_left_and_structures_that_are_not_classes(db, demo, tmp_path):
    pupils = [
        {"id": 201, "ine": "510456789KL", "nom": "RESTE", "prenom": "Ilan", "division": "3E"},
        {"id": 202, "ine": "520456789KL", "nom": "PARTI", "prenom": "Jade", "sortie": f"20/10/{YEAR}", "structures": [("Inactifs", "D")]},
        {"id": 203, "ine": "530456789KL", "nom": "SANS", "prenom": "Classe", "structures": [("INACTIFS", "D"), ("3LATIN", "G")]},
    ]
    path = tmp_path / "ElevesSansAdresses.xml"
    write(path, eleves_document(UAI, pupils))
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert report.imported and (report.created, report.left) == (2, 1), report.lines()
    assert any("Inactifs (1)" in w and "INACTIFS (1)" in w for w in report.warnings), report.warnings
    assert await count(db, Pupil, Pupil.ine == "520456789KL") == 0  # left before ever being followed here
    assert await count(db, Division, Division.code.in_(["Inactifs", "INACTIFS", "3LATIN"])) == 0
    async with db.read() as session:
        sans = (await session.execute(select(Pupil).where(Pupil.ine == "530456789KL"))).scalar_one()
    assert sans.division_id is None

    # Ilan leaves in the next export: he is kept (his file stays) with left_on, his class unchanged.
    pupils[0] = {**pupils[0], "sortie": f"05/01/{YEAR + 1}", "structures": [("Inactifs", "D")]}
    write(path, eleves_document(UAI, pupils))
    report = await import_file(db, "eleves", path, UAI, progress=False)
    assert report.imported and (report.updated, report.left) == (1, 2), report.lines()
    async with db.read() as session:
        ilan = (await session.execute(select(Pupil).where(Pupil.ine == "510456789KL"))).scalar_one()
        d3e = await session.get(Division, ilan.division_id)
    assert ilan.left_on.isoformat() == f"{YEAR + 1}-01-05" and d3e.code == "3E"


async def test_reimporting_the_same_files_changes_nothing(db, demo, tmp_path):
    eleves, resp, sts = tmp_path / "eleves.xml", tmp_path / "resp.xml", tmp_path / "sts.xml"
    write(eleves, eleves_document(UAI, PUPILS))
    write(resp, responsables_document(UAI, [{"id": "P1", "nom": "ŒUVRE", "prenom": "Hélène"}, {"id": "P2", "nom": "ŒUVRE", "prenom": "Marc"}],
                                      [("102", "P1", "1"), ("102", "P2", "2")]))  # fmt: skip
    write(sts, sts_document(UAI, [{"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3D", None)]}], [("3D", "10310019110")]))
    for kind, path in (("eleves", eleves), ("responsables", resp), ("sts", sts)):
        assert (await import_file(db, kind, path, UAI, progress=False)).imported
    before = await snapshot(db)
    for kind, path in (("eleves", eleves), ("responsables", resp), ("sts", sts)):
        again = await import_file(db, kind, path, UAI, progress=False)
        assert (again.created, again.updated, again.unlinked, again.removals) == (0, 0, 0, []), again.lines()
        assert again.unchanged > 0
    assert await snapshot(db) == before


async def test_eleves_laid_out_otherwise_or_of_another_year_are_refused(db, demo, tmp_path):
    path = tmp_path / "ElevesSansAdresses.xml"
    before = await snapshot(db)
    good = "".join(eleves_document(UAI, PUPILS[1:3]))
    cases = {
        "ELEVES/ELEVE attendu": good.replace("<ELEVE ", "<ELEVE_INFO ").replace("</ELEVE>", "</ELEVE_INFO>"),
        "BEE_ELEVES/DONNEES/ELEVES attendu": good.replace("<ELEVES>", "<INSCRITS>").replace("</ELEVES>", "</INSCRITS>"),
        "ELEVE_ID": good.replace("ELEVE ELEVE_ID=", "ELEVE ID="),
        f"{YEAR - 1}-{YEAR}": "".join(eleves_document(UAI, PUPILS[1:3], year=YEAR - 1)),
        "ANNEE_SCOLAIRE": good.replace(f"<ANNEE_SCOLAIRE>{YEAR}</ANNEE_SCOLAIRE>", ""),
    }
    for expected, text in cases.items():
        path.write_bytes(text.encode("iso-8859-15"))
        report = await import_file(db, "eleves", path, UAI, progress=False)
        assert not report.imported and expected in report.refused, (expected, report.lines())
        code = "SIECLE_WRONG_SCHOOL_YEAR" if expected in (f"{YEAR - 1}-{YEAR}", "ANNEE_SCOLAIRE") else "SIECLE_UNKNOWN_LAYOUT"
        assert report.refused_code == code and f"code : {code}" in report.lines(), report.lines()
    assert await snapshot(db) == before
    # Pupils go into the académie's current campaign only: last year's files are frozen
    # (issue 12), so even a file of its own year is refused there, nothing written.
    path.write_bytes(cases[f"{YEAR - 1}-{YEAR}"].encode("iso-8859-15"))
    frozen = await import_file(db, "eleves", path, UAI, progress=False, year=YEAR - 1)
    assert not frozen.imported and frozen.refused_code == "NOT_CURRENT_CAMPAIGN_YEAR", frozen.lines()
    assert await snapshot(db) == before
    # The year given explicitly, when it is the current campaign's, is accepted.
    path.write_bytes(good.encode("iso-8859-15"))
    assert (await import_file(db, "eleves", path, UAI, progress=False, year=YEAR)).imported
    sts = tmp_path / "sts.xml"
    write(sts, sts_document(UAI, [], [], year=YEAR - 1))
    assert "exportez le fichier de l'année en cours" in (await import_file(db, "sts", sts, UAI, progress=False)).refused


async def test_a_school_file_never_creates_its_establishment(db, demo, tmp_path):
    from graphql_api.db.models import Etablissement

    path = tmp_path / "eleves.xml"
    write(path, eleves_document("0931234X", PUPILS[1:2]))
    report = await import_file(db, "eleves", path, "0931234X", progress=False)
    assert not report.imported and "import etablissements" in report.refused and report.refused_code == "ETABLISSEMENT_UNKNOWN"
    assert await count(db, Etablissement, Etablissement.uai == "0931234X") == 0
