"""SIECLE import of an académie-sized BEE_ELEVES file into PostgreSQL, against the physical
limit of any importer of that file.

    python bench/import_siecle.py [--pupils 100000]

Writes the file (ISO-8859-15, laid out as SIECLE does: tests/staff/siecle_files.py), then, in
the same run and on the same database:
1. the real command `python -m graphql_api import eleves FILE --uai UAI` in a child process
   (peak memory = that child's max RSS), then the same command again (a re-import: nothing
   changes);
2. the physical limit of an import, measured piece by piece: starting a Python process that
   loads the importer's modules, a streaming parse of the same file (the faster of
   ElementTree.iterparse and lxml's iterparse, every ELEVE's fields read, each record cleared),
   and a COPY of its rows (asyncpg.copy_records_to_table) into the pupil table itself — with
   its indexes and foreign keys, which any import into it has to maintain;
3. beside it, the bare COPY of the same rows into an unindexed copy of the table.
Prints the import's speed as a share of that limit (target: at least 0.5) and against the bare
COPY. Run with two sizes to see that memory stays flat.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from bench.staff_common import bench_database  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.db.models import Academie, Etablissement  # noqa: E402
from tests.staff.siecle_files import eleves_document, write  # noqa: E402

UAI = "0759999Z"
NAMES = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "LEFÈVRE", "GARÇON"]
FIRST = ["Léa", "Hugo", "Inès", "Lucas", "Chloé", "Nathan", "Zoé", "Noé", "Anaïs", "Maël"]


def synthetic(n: int):  # type: ignore[no-untyped-def]
    for i in range(n):
        third = i % 2 == 0
        yield {
            "id": 100000 + i,
            "ine": f"{i:09d}{'AB' if third else 'CD'}",
            "nom": f"{NAMES[i % len(NAMES)]}{i // len(NAMES)}",
            "prenom": FIRST[i % len(FIRST)],
            "naissance": f"{1 + i % 28:02d}/{1 + i % 12:02d}/{2011 if third else 2010}",
            "mef": "10310019110" if third else "20010018110",
            "division": f"{'3' if third else '2'}{i // 60:04d}",
        }


def run_import(path: Path, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "graphql_api", "import", "eleves", str(path), "--uai", UAI],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    return elapsed, done.stdout


def process_start(env: dict[str, str]) -> float:
    """A Python process that loads what the import command loads, and exits."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import asyncpg, graphql_api.__main__, graphql_api.services.siecle_import"],
                   check=True, env=env, cwd=ROOT)  # fmt: skip
    return time.perf_counter() - started


def streaming_parse(path: Path) -> tuple[float, int]:
    """The bare streaming parse of the file: every ELEVE's fields read, every record cleared
    (the faster of the standard library's parser and libxml2's)."""
    from lxml import etree

    def stdlib() -> int:
        pupils = 0
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag == "ELEVE":
                {child.tag: child.text for child in elem}
                pupils += 1
                elem.clear()
            elif elem.tag == "STRUCTURES_ELEVE":
                [(s.findtext("CODE_STRUCTURE"), s.findtext("TYPE_STRUCTURE")) for s in elem]
                elem.clear()
        return pupils

    def libxml2() -> int:
        pupils = 0
        for _, elem in etree.iterparse(str(path), events=("end",), tag=("ELEVE", "STRUCTURES_ELEVE")):
            if elem.tag == "ELEVE":
                {child.tag: child.text for child in elem}
                pupils += 1
            else:
                [(s.findtext("CODE_STRUCTURE"), s.findtext("TYPE_STRUCTURE")) for s in elem]
            elem.clear()
            while elem.getprevious() is not None:
                del elem.getparent()[0]
        return pupils

    timings = []
    for parse in (stdlib, libxml2):
        started = time.perf_counter()
        pupils = parse()
        timings.append(time.perf_counter() - started)
    return min(timings), pupils


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ElevesSansAdresses.xml"
        write(path, eleves_document(UAI, synthetic(args.pupils)))
        size = path.stat().st_size
        async with bench_database(os.environ.get("BENCH_DB", "orientation_siecle_bench")) as url:
            db = Database(url)
            await db.create_all()
            async with db.write() as session:
                academie = Academie(code="99", name="Académie de référence")
                session.add(academie)
                await session.flush()
                session.add(Etablissement(uai=UAI, name="LYCEE DE REFERENCE", academie_id=academie.id))
            await db.dispose()

            env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": tmp, "TOKEN_SECRET": "x" * 40, "LOG_LEVEL": "WARNING",
                   "PYTHONPATH": str(ROOT)}  # fmt: skip
            elapsed, out = run_import(path, env)
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            again, out_again = run_import(path, env)

            start = min(process_start(env) for _ in range(3))
            parse, parsed = streaming_parse(path)
            raw = url.replace("postgresql+asyncpg", "postgresql")
            conn = await asyncpg.connect(raw)
            try:
                etab_id = await conn.fetchval("SELECT id FROM etablissement WHERE uai = $1", UAI)
                imported = await conn.fetchval("SELECT count(*) FROM pupil WHERE division_id IS NOT NULL")
                divisions = dict(await conn.fetch("SELECT code, id FROM division WHERE etablissement_id = $1", etab_id))
                columns = ["id", "ine", "last_name", "first_name", "birth_date", "mef", "palier", "etablissement_id", "division_id",
                           "segpa", "ulis", "prepa_metiers", "version"]  # fmt: skip

                def records(first_id: int, ine_prefix: str) -> list[tuple]:  # type: ignore[type-arg]
                    return [
                        (first_id + i, ine_prefix + p["ine"][1:], p["nom"], p["prenom"],
                         dt.date(int(p["naissance"][6:]), int(p["naissance"][3:5]), int(p["naissance"][:2])),
                         p["mef"], "3EME" if p["mef"].startswith("103") else "2NDE_GT", etab_id, divisions[p["division"]], False, False, False, 0)
                        for i, p in enumerate(synthetic(args.pupils))
                    ]  # fmt: skip

                # Into the pupil table itself (indexes, unique INE, foreign keys): new INEs, new ids.
                rows = records(200_000_000, "Y")
                copy_started = time.perf_counter()
                await conn.copy_records_to_table("pupil", records=rows, columns=columns)
                table_copy = time.perf_counter() - copy_started
                # Bare: into an unindexed copy of the table.
                await conn.execute("CREATE TABLE pupil_copy (LIKE pupil INCLUDING DEFAULTS)")
                rows = records(300_000_000, "Z")
                copy_started = time.perf_counter()
                await conn.copy_records_to_table("pupil_copy", records=rows, columns=columns)
                copy_elapsed = time.perf_counter() - copy_started
            finally:
                await conn.close()
    limit = start + parse + table_copy
    print(out.strip().splitlines()[1])
    print(out_again.strip().splitlines()[1])
    print(f"file: {args.pupils} pupils, {size / 1e6:.1f} MB; parsed {parsed}; imported with a division: {imported}")
    print(f"import command: {elapsed:.2f} s = {args.pupils / elapsed:,.0f} pupils/s (process start included); peak RSS {peak_mb:.0f} MB")
    print(f"re-import (nothing changes): {again:.2f} s")
    print(f"physical limit: {limit:.2f} s = process start {start:.2f} s + streaming parse {parse:.2f} s + COPY into pupil {table_copy:.2f} s")
    print(f"import speed / physical limit: {limit / elapsed:.2f} (target >= 0.5)")
    bare_limit = start + parse + copy_elapsed
    print(f"(with the bare COPY instead: limit {bare_limit:.2f} s, import speed / limit {bare_limit / elapsed:.2f})")
    print(f"bare COPY of the same rows: {copy_elapsed:.2f} s = {args.pupils / copy_elapsed:,.0f} rows/s; import/COPY: {elapsed / copy_elapsed:.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
