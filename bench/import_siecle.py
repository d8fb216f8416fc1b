"""SIECLE import of a synthetic académie-sized BEE_ELEVES file into PostgreSQL, against COPY.

    /work/.venv/bin/python bench/import_siecle.py [--pupils 100000]

Writes the file (ISO-8859-15, as SIECLE does), runs the real command
`python -m graphql_api import eleves FILE --uai UAI` in a child process (peak memory = that
child's max RSS), then COPYs the same rows into a copy of the pupil table. Run twice with
different sizes to see that memory stays flat.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ElevesSansAdresses.xml"
        write(path, eleves_document(UAI, synthetic(args.pupils)))
        size = path.stat().st_size
        async with bench_database() as url:
            db = Database(url)
            await db.create_all()
            async with db.write() as session:
                academie = Academie(code="99", name="Académie de référence")
                session.add(academie)
                await session.flush()
                session.add(Etablissement(uai=UAI, name="LYCEE DE REFERENCE", academie_id=academie.id))
            await db.dispose()

            env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": tmp, "TOKEN_SECRET": "x" * 40, "LOG_LEVEL": "WARNING"}
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "graphql_api", "import", "eleves", str(path), "--uai", UAI],
                capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[1],
            )  # fmt: skip
            elapsed = time.perf_counter() - started
            if done.returncode:
                raise SystemExit(done.stdout + done.stderr)
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

            # COPY of the same rows (already parsed: the floor for any importer).
            raw = url.replace("postgresql+asyncpg", "postgresql")
            conn = await asyncpg.connect(raw)
            try:
                etab_id = await conn.fetchval("SELECT id FROM etablissement WHERE uai = $1", UAI)
                await conn.execute("CREATE TABLE pupil_copy (LIKE pupil INCLUDING DEFAULTS)")
                records = [
                    (100_000_000 + i, p["ine"], p["nom"], p["prenom"], dt.date(int(p["naissance"][6:]), int(p["naissance"][3:5]), int(p["naissance"][:2])),
                     p["mef"], "3EME" if p["mef"].startswith("103") else "2NDE_GT", etab_id, False, False, False, 0)
                    for i, p in enumerate(synthetic(args.pupils))
                ]  # fmt: skip
                columns = ["id", "ine", "last_name", "first_name", "birth_date", "mef", "palier", "etablissement_id", "segpa", "ulis", "prepa_metiers", "version"]
                copy_started = time.perf_counter()
                await conn.copy_records_to_table("pupil_copy", records=records, columns=columns)
                copy_elapsed = time.perf_counter() - copy_started
                imported = await conn.fetchval("SELECT count(*) FROM pupil WHERE division_id IS NOT NULL")
            finally:
                await conn.close()
    print(done.stdout.strip().splitlines()[1])
    print(f"file: {args.pupils} pupils, {size / 1e6:.1f} MB; imported with a division: {imported}")
    print(f"import command: {elapsed:.1f} s = {args.pupils / elapsed:,.0f} pupils/s (process start included); peak RSS {peak_mb:.0f} MB")
    print(f"COPY of the same rows: {copy_elapsed:.2f} s = {args.pupils / copy_elapsed:,.0f} rows/s")
    print(f"ratio import/COPY: {elapsed / copy_elapsed:.1f}x slower")


if __name__ == "__main__":
    asyncio.run(main())
