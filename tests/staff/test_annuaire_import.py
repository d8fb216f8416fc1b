"""Académies and establishments from the national directory (Annuaire de l'éducation): the
extract shipped with the server, in its CSV and JSON exports; idempotence; what is not an
establishment of the procedure; files that are not the directory; the académie's list."""
import csv
import io
import json
import os
import subprocess
import sys

from sqlalchemy import func, select

from graphql_api.db.models import Academie, Etablissement
from graphql_api.services.annuaire_import import DEMO_EXTRACT, import_directory

QUERY = "{ academieEtablissements { uai name kind sector commune hasTroisieme hasSecondeGt teleserviceOpen } }"


def extract_rows() -> list[dict[str, str]]:
    with open(DEMO_EXTRACT, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def write_csv(path, rows, *, bom=False, delimiter=";"):  # type: ignore[no-untyped-def]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))
    return path


async def state(db) -> dict:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        etabs = {
            e.uai: (e.name, e.kind, e.sector, e.commune, e.has_troisieme, e.has_seconde_gt, e.academie_id)
            for e in (await session.execute(select(Etablissement))).scalars()
        }
        academies = dict((await session.execute(select(Academie.code, Academie.name))).all())
    return {"etablissements": etabs, "academies": academies}


async def test_the_extract_creates_academies_and_the_establishments_of_the_procedure(db, demo, tmp_path):
    report = await import_directory(db, DEMO_EXTRACT)
    assert report.imported, report.lines()
    # The demo's three establishments were built from this same file: unchanged.
    assert (report.academies_created, report.created, report.updated, report.unchanged) == (2, 5, 0, 3), report.lines()
    assert report.skipped == {
        "lycée sans 2de générale et technologique (professionnel)": 1,
        "privé hors contrat": 1,
        "ni collège, ni lycée, ni EREA (écoles, services…)": 2,
        "établissement fermé": 1,
    }
    now = await state(db)
    assert now["academies"] == {"01": "Académie de Paris", "24": "Académie de Créteil", "10": "Académie de Lyon"}
    etabs = now["etablissements"]
    assert etabs["0941918Z"][:6] == ("Lycée polyvalent Jean Macé", "Lycée", "PUBLIC", "Vitry-sur-Seine", False, True)
    assert etabs["0772310C"][1:6] == ("EREA", "PUBLIC", "Ozoir-la-Ferrière", True, False)
    assert etabs["0753820M"][2] == "PRIVE_SOUS_CONTRAT"
    assert not {"0750508S", "0754950K", "0752356L", "0932026F", "0693619E"} & set(etabs)

    again = await import_directory(db, DEMO_EXTRACT)
    assert (again.academies_created, again.created, again.updated, again.unchanged) == (0, 0, 0, 8), again.lines()
    assert await state(db) == now

    # The directory renames a school: updated in place, nobody duplicated.
    rows = extract_rows()
    rows[7]["Nom_etablissement"] = "Collège Jean Jaurès - Montreuil"
    renamed = await import_directory(db, write_csv(tmp_path / "annuaire.csv", rows, bom=True))
    assert (renamed.created, renamed.updated, renamed.unchanged) == (0, 1, 7), renamed.lines()
    async with db.read() as session:
        assert (await session.execute(select(func.count()).select_from(Etablissement).where(Etablissement.uai == "0931193M"))).scalar_one() == 1


async def test_the_json_exports_give_the_same_result(db, demo, tmp_path, monkeypatch):
    from graphql_api.services import annuaire_import

    monkeypatch.setattr(annuaire_import._JsonStream, "CHUNK", 7)  # read as a stream: records and numbers cut by chunks
    rows = extract_rows()
    flat = [{k.lower(): v for k, v in r.items()} for r in rows]  # API / JSON export: field names in lower case
    for r in flat:
        for flag in ("voie_generale", "voie_technologique", "voie_professionnelle"):
            r[flag] = int(r[flag]) if r[flag] else None
    (tmp_path / "flat.json").write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
    report = await import_directory(db, tmp_path / "flat.json")
    assert report.imported and (report.created, report.unchanged) == (5, 3), report.lines()
    after_json = await state(db)
    records = [{"datasetid": "fr-en-annuaire-education", "recordid": str(i), "fields": r} for i, r in enumerate(flat)]
    (tmp_path / "records.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    again = await import_directory(db, tmp_path / "records.json")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 8), again.lines()
    # The API's answer: the list under "results", after other keys (a number cut by a chunk).
    wrapped = {"total_count": 1234567, "links": [{"rel": "self"}], "results": flat}
    (tmp_path / "api.json").write_text(json.dumps(wrapped, ensure_ascii=False, indent=1), encoding="utf-8")
    api = await import_directory(db, tmp_path / "api.json")
    assert (api.created, api.updated, api.unchanged, sum(api.skipped.values())) == (0, 0, 8, report.skipped.total()), api.lines()
    assert await import_directory(db, DEMO_EXTRACT) and await state(db) == after_json


async def test_files_that_are_not_the_directory_are_refused_with_nothing_changed(db, demo, tmp_path):
    before = await state(db)
    rows = extract_rows()
    comma = write_csv(tmp_path / "comma.csv", rows, delimiter=",")
    other = tmp_path / "other.csv"
    other.write_text("uai;nom\n0931193M;Collège\n", encoding="utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(DEMO_EXTRACT.read_bytes().decode("utf-8").encode("latin-1"))
    broken = tmp_path / "broken.json"
    broken.write_text('[{"identifiant_de_l_etablissement": "0931193M"', encoding="utf-8")
    trailing = tmp_path / "trailing.json"
    trailing.write_text(json.dumps([{k.lower(): v for k, v in r.items()} for r in rows]) + " ]", encoding="utf-8")
    unwrapped = tmp_path / "unwrapped.json"
    unwrapped.write_text('{"total_count": 0}', encoding="utf-8")
    cases = (
        (comma, "identifiant_de_l_etablissement", "ANNUAIRE_NOT_RECOGNISED"),
        (other, "code_academie", "ANNUAIRE_NOT_RECOGNISED"),
        (latin, "UTF-8", "ANNUAIRE_UNREADABLE"),
        (broken, "JSON invalide", "ANNUAIRE_UNREADABLE"),
        (trailing, "JSON invalide", "ANNUAIRE_UNREADABLE"),
        (unwrapped, "une liste d'établissements est attendue", "ANNUAIRE_NOT_RECOGNISED"),
    )
    for path, expected, code in cases:
        report = await import_directory(db, path)
        assert not report.imported and expected in report.refused and report.refused_code == code, report.lines()
        assert "FICHIER REFUSÉ" in report.lines()[1]
    assert await state(db) == before

    # A row that should be an establishment but cannot be read is rejected, the rest imported.
    rows[7]["Identifiant_de_l_etablissement"] = "093119"
    report = await import_directory(db, write_csv(tmp_path / "annuaire.csv", rows))
    assert report.imported and [r.ref for r in report.rejected] == ["« 093119 » (Collège Jean Jaurès)"], report.lines()
    assert any("UAI mal formé" in line for line in report.lines())


async def test_the_academie_lists_its_establishments(db, demo, client):
    assert (await import_directory(db, DEMO_EXTRACT)).imported
    await client.sign_in("admin.academie", "chef.aubrac")
    listed = (await client.data(QUERY, as_="admin.academie"))["academieEtablissements"]
    assert [(e["uai"], e["commune"]) for e in listed] == [
        ("0750002V", "Paris"), ("0750001U", "Paris"), ("0753820M", "Paris"), ("0750003W", "Paris")
    ]
    lycee = next(e for e in listed if e["uai"] == "0750003W")
    assert lycee == {"uai": "0750003W", "name": "LYC VICTOR HUGO", "kind": "Lycée", "sector": "PUBLIC", "commune": "Paris",
                     "hasTroisieme": False, "hasSecondeGt": True, "teleserviceOpen": True}  # fmt: skip
    denied = await client.execute(QUERY, as_="chef.aubrac")
    assert denied["data"] is None and denied["errors"][0]["extensions"]["code"] == "FORBIDDEN", denied


def test_command_line(settings, tmp_path):
    env = {**os.environ, "DATABASE_URL": settings.database_url, "DATA_DIR": str(tmp_path), "TOKEN_SECRET": "x" * 40}
    done = subprocess.run(
        [sys.executable, "-m", "graphql_api", "import", "etablissements", str(DEMO_EXTRACT)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "établissements créés" in done.stdout and "hors procédure — privé hors contrat : 1" in done.stdout
    refused = subprocess.run(
        [sys.executable, "-m", "graphql_api", "import", "etablissements", __file__],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 1 and "FICHIER REFUSÉ" in refused.stdout
