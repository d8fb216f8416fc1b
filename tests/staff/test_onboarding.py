"""An académie starting from nothing, in the order docs/STAFF-TOOLS.md gives: the directory,
the first campaign, the nomenclature, then each school's pupils, responsables and STS files."""
from sqlalchemy import func, select

from graphql_api import campaign_cli
from graphql_api.db.models import Account, Guardianship, PrincipalTeacher, Pupil
from graphql_api.services.annuaire_import import DEMO_EXTRACT, import_directory
from graphql_api.services.siecle_import import import_file
from tests.staff.siecle_files import YEAR, eleves_document, nomenclatures_document, responsables_document, sts_document, write

UAI = "0750001U"  # CLG LUCIE AUBRAC, académie 01, in the directory's extract


async def test_an_academie_from_nothing_in_the_documented_order(db, settings, tmp_path, capsys):
    files = {kind: tmp_path / f"{kind}.xml" for kind in ("nomenclatures", "eleves", "responsables", "sts")}
    write(files["nomenclatures"], nomenclatures_document([("10310019110", "3EME"), ("16710001110", "3EME SEGPA")], uai=UAI))
    pupils = [{"id": 1 + i, "ine": f"{i:09d}AB", "nom": f"NOM{i}", "prenom": "Léa", "division": "3A"} for i in range(4)]
    write(files["eleves"], eleves_document(UAI, pupils))
    persons = [{"id": f"P{i}", "nom": f"PARENT{i}", "prenom": "Ana"} for i in range(8)]
    write(files["responsables"], responsables_document(UAI, persons, [(str(1 + i // 2), f"P{i}", str(1 + i % 2)) for i in range(8)]))
    write(files["sts"], sts_document(UAI, [{"id": "T1", "nom": "CARON", "prenom": "Anne", "pp": [("3A", None)]}], [("3A", "10310019110")]))

    # Before the first campaign, a pupils file is refused and says why.
    assert (await import_directory(db, DEMO_EXTRACT)).imported
    early = await import_file(db, "eleves", files["eleves"], UAI, progress=False)
    assert early.refused_code == "NO_CURRENT_CAMPAIGN", early.lines()
    assert await campaign_cli.rollover(settings, "01", None) == 1  # the first campaign's year must be given
    assert "--school-year" in capsys.readouterr().out
    assert await campaign_cli.rollover(settings, "01", f"{YEAR}-{YEAR + 1}") == 0
    assert "première campagne" in capsys.readouterr().out
    for kind in ("nomenclatures", "eleves", "responsables", "sts"):
        report = await import_file(db, kind, files[kind], UAI, progress=False)
        assert report.imported and not report.rejected, report.lines()
    async with db.read() as session:
        assert (await session.execute(select(func.count()).select_from(Pupil).where(Pupil.school_year == f"{YEAR}-{YEAR + 1}"))).scalar_one() == 4
        assert (await session.execute(select(func.count()).select_from(Guardianship))).scalar_one() == 8
        assert (await session.execute(select(func.count()).select_from(PrincipalTeacher))).scalar_one() == 1
        assert (await session.execute(select(func.count()).select_from(Account).where(Account.password_hash.is_not(None)))).scalar_one() == 0
    # A second rollover is the ordinary one: next year.
    assert await campaign_cli.rollover(settings, "01", f"{YEAR}-{YEAR + 1}") == 1
