"""SIECLE import of an académie-sized BEE_ELEVES file and of its BEE_RESPONSABLES file into
PostgreSQL, each against the physical limit of any importer of that file.

    python bench/import_siecle.py [--pupils 100000]

Writes both files (ISO-8859-15, laid out as SIECLE does: tests/staff/siecle_files.py; two legal
guardians per pupil and, for one pupil in ten, a third person who is not a legal guardian), then,
in the same run and on the same database:
1. the real commands `python -m graphql_api import eleves FILE --uai UAI`, then
   `... import responsables FILE --uai UAI`, each in a child process (peak memory = that
   child's max RSS), each run twice (the second is a re-import: nothing changes);
2. the physical limit of each import, measured piece by piece: starting a Python process that
   loads the importer's modules and a streaming parse of the same file (both measured before
   and after the imports, the faster kept, so that a changing load does not flatter the
   ratio; the parse is the faster of
   ElementTree.iterparse and lxml's iterparse, every record's fields read, each record
   cleared), and a COPY of its rows (asyncpg.copy_records_to_table) into the tables themselves
   (pupil; account + guardianship) — with their indexes and foreign keys, which any import
   into them has to maintain;
3. beside it, the bare COPY of the same rows into unindexed copies of the tables.
Prints each import's speed as a share of its limit (target: at least 0.5) and against the bare
COPY. Run with two sizes to see that memory stays flat.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402

from bench.staff_common import bench_database  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.db.models import Academie, Etablissement  # noqa: E402
from graphql_api.services import campaigns  # noqa: E402
from tests.staff.siecle_files import YEAR, eleves_document, responsables_document, write  # noqa: E402

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


def guardians(n: int):  # type: ignore[no-untyped-def]
    """Two legal guardians per pupil; one pupil in ten also has a third person (RESP_LEGAL 0)."""
    for i in range(n):
        for k, (prenom, civilite) in enumerate((("Sophie", "MME"), ("Karim", "M."))):
            yield {"id": f"{2 * i + k + 1}", "nom": f"{NAMES[(i + k) % len(NAMES)]}{i // len(NAMES)}", "prenom": prenom,
                   "civilite": civilite, "mel": f"parent{2 * i + k}@famille.test"}  # fmt: skip
        if i % 10 == 0:
            yield {"id": f"G{i}", "nom": f"GRAND{i}", "prenom": "Paul", "civilite": "M."}


def guardian_links(n: int):  # type: ignore[no-untyped-def]
    for i in range(n):
        yield (str(100000 + i), f"{2 * i + 1}", "1")
        yield (str(100000 + i), f"{2 * i + 2}", "2")
        if i % 10 == 0:
            yield (str(100000 + i), f"G{i}", "0")


def run_import(kind: str, path: Path, env: dict[str, str]) -> tuple[float, str, float]:
    """(seconds, report, peak RSS of that child in MB: its own rusage, read when reaping it)."""
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "graphql_api", "import", kind, str(path), "--uai", UAI],
                                 stdout=out, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if child.returncode:
        raise SystemExit(text)
    return elapsed, text, usage.ru_maxrss / 1024


def process_start(env: dict[str, str]) -> float:
    """A Python process that loads what the import command loads, and exits."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import asyncpg, graphql_api.__main__, graphql_api.services.siecle_import"],
                   check=True, env=env, cwd=ROOT)  # fmt: skip
    return time.perf_counter() - started


def streaming_parse(path: Path, fields: tuple[str, ...], structures: tuple[str, ...] = (), cleared: tuple[str, ...] = ()) -> tuple[float, int]:
    """The bare streaming parse of the file: the fields of every ``fields`` record read (and the
    STRUCTUREs of every ``structures`` record), every record (and every ``cleared`` one, not
    read) cleared; the faster of the standard library's parser and libxml2's. Returns (seconds,
    records of the first kind)."""
    from lxml import etree

    wanted = (*fields, *structures, *cleared)

    def read(elem: Any) -> bool:
        if elem.tag in fields:
            {child.tag: child.text for child in elem}
            return elem.tag == fields[0]
        if elem.tag in structures:
            [(s.findtext("CODE_STRUCTURE"), s.findtext("TYPE_STRUCTURE")) for s in elem]
        return False

    def stdlib() -> int:
        count = 0
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag in wanted:
                count += read(elem)
                elem.clear()
        return count

    def libxml2() -> int:
        count = 0
        for _, elem in etree.iterparse(str(path), events=("end",), tag=wanted):
            count += read(elem)
            elem.clear()
            while elem.getprevious() is not None:
                del elem.getparent()[0]
        return count

    timings = []
    for parse in (stdlib, libxml2):
        started = time.perf_counter()
        count = parse()
        timings.append(time.perf_counter() - started)
    return min(timings), count


PARSES = {
    "eleves": (("ELEVE",), ("STRUCTURES_ELEVE",), ()),
    "responsables": (("PERSONNE", "RESPONSABLE_ELEVE"), (), ("ADRESSE",)),
}


def parse_in_child(kind: str, path: Path, env: dict[str, str]) -> tuple[float, int]:
    done = subprocess.run([sys.executable, __file__, "--parse", kind, str(path)], capture_output=True, text=True, env=env, check=True)
    seconds, count = done.stdout.split()
    return float(seconds), int(count)


async def timed_copy(conn: asyncpg.Connection, copies: list[tuple[str, list[tuple], list[str]]]) -> float:  # type: ignore[type-arg]
    started = time.perf_counter()
    for table, rows, columns in copies:
        await conn.copy_records_to_table(table, records=rows, columns=columns)
    return time.perf_counter() - started


def line(report: str, prefix: str) -> str:
    return next((x for x in report.splitlines() if x.startswith(prefix)), "?")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=100_000)
    parser.add_argument("--parse", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)  # one parse, in a child
    args = parser.parse_args()
    if args.parse:
        seconds, count = streaming_parse(Path(args.parse[1]), *PARSES[args.parse[0]])
        print(seconds, count)
        return
    n = args.pupils
    with tempfile.TemporaryDirectory() as tmp:
        eleves = Path(tmp) / "ElevesSansAdresses.xml"
        write(eleves, eleves_document(UAI, synthetic(n)))
        responsables = Path(tmp) / "ResponsablesAvecAdresses.xml"
        write(responsables, responsables_document(UAI, guardians(n), guardian_links(n)))
        sizes = {path.name: path.stat().st_size for path in (eleves, responsables)}
        async with bench_database(os.environ.get("BENCH_DB", "orientation_siecle_bench")) as url:
            db = Database(url)
            await db.create_all()
            async with db.write() as session:
                academie = Academie(code="99", name="Académie de référence")
                session.add(academie)
                await session.flush()
                session.add(Etablissement(uai=UAI, name="LYCEE DE REFERENCE", academie_id=academie.id))
                await campaigns.create_first_campaign(session, academie.id, f"{YEAR}-{YEAR + 1}")  # the files' year
            await db.dispose()

            env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": tmp, "TOKEN_SECRET": "x" * 40, "LOG_LEVEL": "WARNING",
                   "PYTHONPATH": str(ROOT)}  # fmt: skip
            # The start and the parse are measured before and after the imports and the faster
            # kept: a load that falls or rises meanwhile does not flatter the ratio.
            # (in child processes: this process stays small, as the import children are forked
            # from it and a child's peak RSS counts the pages it was forked with).
            start = min(process_start(env) for _ in range(3))
            parse_eleves, parsed = parse_in_child("eleves", eleves, env)
            parse_resp, parsed_people = parse_in_child("responsables", responsables, env)
            runs = {}
            for kind, path in (("eleves", eleves), ("responsables", responsables)):
                runs[kind] = (run_import(kind, path, env), run_import(kind, path, env))
            start = min(start, *(process_start(env) for _ in range(3)))
            parse_eleves = min(parse_eleves, parse_in_child("eleves", eleves, env)[0])
            parse_resp = min(parse_resp, parse_in_child("responsables", responsables, env)[0])
            raw = url.replace("postgresql+asyncpg", "postgresql")
            conn = await asyncpg.connect(raw)
            try:
                etab_id = await conn.fetchval("SELECT id FROM etablissement WHERE uai = $1", UAI)
                imported = await conn.fetchval("SELECT count(*) FROM pupil WHERE division_id IS NOT NULL")
                linked = await conn.fetchval("SELECT count(*) FROM guardianship")
                divisions = dict(await conn.fetch("SELECT code, id FROM division WHERE etablissement_id = $1", etab_id))
                pupil_ids = [r[0] for r in await conn.fetch("SELECT id FROM pupil ORDER BY id")]
                pupil_columns = ["id", "ine", "last_name", "first_name", "birth_date", "mef", "palier", "etablissement_id", "division_id",
                                 "segpa", "ulis", "prepa_metiers", "version", "school_year"]  # fmt: skip
                year = await conn.fetchval("SELECT school_year FROM pupil LIMIT 1")

                def pupils(first_id: int, ine_prefix: str) -> list[tuple]:  # type: ignore[type-arg]
                    return [
                        (first_id + i, ine_prefix + p["ine"][1:], p["nom"], p["prenom"],
                         dt.date(int(p["naissance"][6:]), int(p["naissance"][3:5]), int(p["naissance"][:2])),
                         p["mef"], "3EME" if p["mef"].startswith("103") else "2NDE_GT", etab_id, divisions[p["division"]], False, False, False, 0,
                         year)
                        for i, p in enumerate(synthetic(n))
                    ]  # fmt: skip

                account_columns = ["id", "role", "last_name", "first_name", "email", "civility", "delegated", "active", "failed_logins"]

                def people(first_id: int) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
                    """An account per PERSONNE, a guardianship per legal RESPONSABLE_ELEVE."""
                    accounts = [(first_id + i, "GUARDIAN", p["nom"], p["prenom"], p.get("mel"), p["civilite"], False, True, 0)
                                for i, p in enumerate(guardians(n))]  # fmt: skip
                    ids = {p["id"]: first_id + i for i, p in enumerate(guardians(n))}
                    links = [(pupil_ids[int(e) - 100000], ids[pid], int(level)) for e, pid, level in guardian_links(n) if level != "0"]
                    return accounts, links

                # Into the tables themselves (indexes, unique keys, foreign keys): new keys.
                eleves_copy = await timed_copy(conn, [("pupil", pupils(200_000_000, "Y"), pupil_columns)])
                accounts, links = people(200_000_000)
                resp_copy = await timed_copy(conn, [("account", accounts, account_columns),
                                                    ("guardianship", links, ["pupil_id", "account_id", "level"])])  # fmt: skip
                # Bare: into unindexed copies of the tables.
                for table in ("pupil", "account", "guardianship"):
                    await conn.execute(f"CREATE TABLE {table}_copy (LIKE {table} INCLUDING DEFAULTS)")
                eleves_bare = await timed_copy(conn, [("pupil_copy", pupils(300_000_000, "Z"), pupil_columns)])
                accounts, links = people(300_000_000)
                resp_bare = await timed_copy(conn, [("account_copy", accounts, account_columns),
                                                    ("guardianship_copy", links, ["pupil_id", "account_id", "level"])])  # fmt: skip
            finally:
                await conn.close()
    print(f"load average before/after: {LOAD_BEFORE} / {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"process start (loads the importer): {start:.2f} s")
    figures = {
        "eleves": (eleves, parse_eleves, eleves_copy, eleves_bare, f"{n} pupils; parsed {parsed}; imported with a division: {imported}",
                   "COPY into pupil"),
        "responsables": (responsables, parse_resp, resp_copy, resp_bare,
                         f"{len(accounts)} PERSONNE, {len(links)} legal links; parsed {parsed_people}; guardianships: {linked}",
                         "COPY into account + guardianship"),
    }  # fmt: skip
    for kind, (path, parse, copy, bare, what, copy_label) in figures.items():
        (elapsed, out, peak), (again, out_again, peak_again) = runs[kind]
        limit = start + parse + copy
        bare_limit = start + parse + bare
        print(f"--- {kind}: {path.name}, {sizes[path.name] / 1e6:.1f} MB; {what}")
        print("  " + line(out, "créés"))
        print("  re-import: " + line(out_again, "créés"))
        print(f"  import command: {elapsed:.2f} s (process start included); peak RSS {peak:.0f} MB")
        print(f"  re-import (nothing changes): {again:.2f} s; peak RSS {peak_again:.0f} MB")
        print(f"  physical limit: {limit:.2f} s = process start {start:.2f} s + streaming parse {parse:.2f} s + {copy_label} {copy:.2f} s")
        print(f"  import speed / physical limit: {limit / elapsed:.2f} (target >= 0.5)")
        print(f"  bare COPY of the same rows: {bare:.2f} s; limit with it {bare_limit:.2f} s, import speed / that limit {bare_limit / elapsed:.2f}")


LOAD_BEFORE = " ".join(f"{x:.2f}" for x in os.getloadavg())

if __name__ == "__main__":
    asyncio.run(main())
