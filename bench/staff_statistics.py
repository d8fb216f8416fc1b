"""Statistics on a national-sized table (1.4 million pupils, ~3 requests each) against the same
aggregates written by hand in SQL, side by side in one run.

    /work/.venv/bin/python bench/staff_statistics.py [--pupils 1400000] [--rounds 3]

The data is generated inside PostgreSQL with generate_series, in a dedicated database that is
created and dropped by the script (BENCH_DB_STATS, default orientation_h5_bench_stats).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics as stats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from bench.staff_common import bench_database  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.seed import seed_nomenclatures  # noqa: E402
from graphql_api.services.statistics import Scope, compute  # noqa: E402

ETABS = 7000
SCHOOL_YEAR = "2026-2027"  # the generated académie's one campaign
SPECIALITES = "ARRAY['MATHS','PC','SVT','SES','HGGSP','HLP','NSI','LLCER_ANGLAIS']"

GENERATE = [
    "INSERT INTO academie (id, code, name, allow_metier_text, allow_passerelle_pro, families_rank_specialites, time_zone, local_holidays) VALUES (1, '00', 'Nationale', true, false, false, 'Europe/Paris', '[]')",
    f"INSERT INTO campaign (id, academie_id, school_year, state, opened_at) VALUES (1, 1, '{SCHOOL_YEAR}', 'CURRENT', now())",
    f"INSERT INTO etablissement (id, uai, name, academie_id, teleservice_open, teleservice_school_year) SELECT g, lpad(g::text, 7, '0') || 'X', 'ETAB ' || g, 1, true, '{SCHOOL_YEAR}' FROM generate_series(1, {ETABS}) g",
    "INSERT INTO account (id, role, last_name, first_name, delegated, active, failed_logins) VALUES (1, 'STAFF', 'BENCH', 'Bench', false, true, 0)",
    # 60 % in 3e, 40 % in 2de GT; 1 % hors procédure.
    """INSERT INTO pupil (id, ine, school_year, last_name, first_name, birth_date, mef, palier, etablissement_id, segpa, ulis, prepa_metiers, version, hors_procedure_reason)
       SELECT g, lpad(g::text, 10, '0') || 'A', '""" + SCHOOL_YEAR + """', 'NOM' || g, 'P', date '2011-01-01' + (g % 365),
              CASE WHEN g % 5 < 3 THEN '10310019110' ELSE '20010018110' END, CASE WHEN g % 5 < 3 THEN '3EME' ELSE '2NDE_GT' END,
              1 + g % {etabs}, false, false, false, 0, CASE WHEN g % 97 = 0 THEN 'hors procédure' END
       FROM generate_series(1, {n}) g""",
    # Intentions for 90 %, choix définitifs for 70 %.
    "INSERT INTO request_set (id, pupil_id, phase, validated_at, validated_by_id, channel, revision) SELECT g, g, 'PROVISOIRE', now(), 1, 'TELESERVICE', 1 FROM generate_series(1, {n}) g WHERE g % 10 <> 0",
    "INSERT INTO request_set (id, pupil_id, phase, validated_at, validated_by_id, channel, revision) SELECT {n} + g, g, 'DEFINITIVE', now(), 1, 'TELESERVICE', 1 FROM generate_series(1, {n}) g WHERE g % 10 < 7",
    # 2 intentions and 1 or 2 choix: about 3 requests per pupil.
    """INSERT INTO request (id, set_id, pupil_id, phase, rank, voie_code, serie_code, statut_scolaire, statut_apprenti)
       SELECT s.id * 3 + r, s.id, s.pupil_id, s.phase, r, v.voie, CASE WHEN v.voie = '1T' THEN 'STMG' END, v.voie = '2PRO', false
       FROM request_set s
       CROSS JOIN LATERAL generate_series(1, CASE WHEN s.phase = 'PROVISOIRE' THEN 2 ELSE 1 + s.pupil_id % 2 END) r
       CROSS JOIN LATERAL (SELECT CASE WHEN s.pupil_id % 5 < 3 THEN (ARRAY['2GT','2PRO','CAP1'])[1 + (s.pupil_id + r) % 3]
                                       ELSE (ARRAY['1G','1T'])[1 + (s.pupil_id / 3 + r) % 2] END AS voie) v""",
    f"""INSERT INTO request_specialite (request_id, specialite_code, rank, offered)
       SELECT r.id, ({SPECIALITES})[1 + (r.pupil_id / 7 + k * (1 + r.pupil_id % 3)) % 8], NULL, true
       FROM request r CROSS JOIN generate_series(0, 3) k WHERE r.voie_code = '1G'""",
    """INSERT INTO council_answer (id, pupil_id, phase, entered_at, entered_by_id, request_revision, published_at, acknowledged_at)
       SELECT g, g, 'PROVISOIRE', now(), 1, 1, now(), now() FROM generate_series(1, {n}) g WHERE g % 10 < 8""",
    """INSERT INTO council_answer (id, pupil_id, phase, entered_at, entered_by_id, request_revision, published_at, recommendation_voie_code)
       SELECT {n} + g, g, 'DEFINITIVE', now(), 1, 1, now(),
              CASE WHEN g % 5 < 3 THEN (ARRAY['2GT','2PRO','CAP1'])[1 + (g + 1 + g % 4 / 3) % 3] ELSE (ARRAY['1G','1T'])[1 + (g / 3 + 1) % 2] END
       FROM generate_series(1, {n}) g WHERE g % 10 < 6""",
    """INSERT INTO avis (answer_id, rank, value) SELECT a.id, r, (ARRAY['FAVORABLE','RESERVE','DEFAVORABLE'])[1 + (a.pupil_id + r) % 3]
       FROM council_answer a CROSS JOIN generate_series(1, 2) r WHERE a.phase = 'PROVISOIRE'""",
    """INSERT INTO pupil_step (pupil_id, kind, at, channel, data)
       SELECT g, 'FAMILY_ANSWER', now(), 'TELESERVICE', json_build_object('agrees', g % 9 <> 0) FROM generate_series(1, {n}) g WHERE g % 10 < 6""",
    """INSERT INTO pupil_step (pupil_id, kind, at, channel, data)
       SELECT g, k, now(), 'STAFF', json_build_object('filedOn', '2027-06-12', 'date', '2027-06-10', 'voie', '2GT', 'upheld', g % 4 = 0)
       FROM generate_series(1, {n}) g CROSS JOIN unnest(ARRAY['HEAD_INTERVIEW', 'DECISION', 'APPEAL', 'APPEAL_OUTCOME']) k
       WHERE g % 10 < 6 AND g % 9 = 0 AND (k IN ('HEAD_INTERVIEW', 'DECISION') OR g % 2 = 0)""",
    "ANALYZE",
]

# The same aggregates as services/statistics.py, written by hand for the académie scope.
HAND = [
    """SELECT count(*), count(*) FILTER (WHERE p.hors_procedure_reason IS NOT NULL), count(rp.id), count(rd.id)
       FROM pupil p JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       LEFT JOIN request_set rp ON rp.pupil_id = p.id AND rp.phase = 'PROVISOIRE'
       LEFT JOIN request_set rd ON rd.pupil_id = p.id AND rd.phase = 'DEFINITIVE' WHERE p.left_on IS NULL""",
    """SELECT r.phase, r.voie_code, r.serie_code, count(*), count(*) FILTER (WHERE r.rank = 1)
       FROM request r JOIN pupil p ON p.id = r.pupil_id JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       WHERE p.left_on IS NULL GROUP BY 1, 2, 3""",
    """SELECT a.phase, v.value, count(*) FROM avis v JOIN council_answer a ON a.id = v.answer_id JOIN pupil p ON p.id = a.pupil_id
       JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1 WHERE p.left_on IS NULL GROUP BY 1, 2""",
    """SELECT count(*), count(*) FILTER (WHERE f.voie_code = a.recommendation_voie_code),
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM request c WHERE c.pupil_id = a.pupil_id AND c.phase = 'DEFINITIVE' AND c.voie_code = a.recommendation_voie_code))
       FROM council_answer a JOIN pupil p ON p.id = a.pupil_id JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       JOIN request f ON f.pupil_id = p.id AND f.phase = 'DEFINITIVE' AND f.rank = 1
       WHERE p.left_on IS NULL AND a.phase = 'DEFINITIVE' AND a.recommendation_voie_code IS NOT NULL""",
    """SELECT (s.data ->> 'agrees')::boolean, count(*) FROM pupil_step s JOIN pupil p ON p.id = s.pupil_id
       JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       WHERE p.left_on IS NULL AND s.kind = 'FAMILY_ANSWER'
         AND NOT EXISTS (SELECT 1 FROM pupil_step l WHERE l.pupil_id = s.pupil_id AND l.kind = s.kind AND l.id > s.id) GROUP BY 1""",
    """SELECT s.kind, count(DISTINCT s.pupil_id) FROM pupil_step s JOIN pupil p ON p.id = s.pupil_id
       JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       WHERE p.left_on IS NULL AND s.kind IN ('APPEAL', 'HEAD_INTERVIEW', 'DECISION', 'MAINTIEN_REQUEST', 'GUARDIAN_DISAGREEMENT') GROUP BY 1""",
    """SELECT (s.data ->> 'upheld')::boolean, count(*) FROM pupil_step s JOIN pupil p ON p.id = s.pupil_id
       JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       WHERE p.left_on IS NULL AND s.kind = 'APPEAL_OUTCOME'
         AND NOT EXISTS (SELECT 1 FROM pupil_step l WHERE l.pupil_id = s.pupil_id AND l.kind = s.kind AND l.id > s.id) GROUP BY 1""",
    """SELECT r.phase, rs.specialite_code, count(*) FROM request_specialite rs JOIN request r ON r.id = rs.request_id
       JOIN pupil p ON p.id = r.pupil_id JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       WHERE p.left_on IS NULL GROUP BY 1, 2""",
    """SELECT EXISTS (SELECT 1 FROM request_specialite rs JOIN request r ON r.id = rs.request_id WHERE r.phase = 'DEFINITIVE')""",
    """SELECT combo, count(*) FROM (
         SELECT string_agg(rs.specialite_code, '+' ORDER BY rs.specialite_code) AS combo
         FROM request_specialite rs JOIN request r ON r.id = rs.request_id JOIN pupil p ON p.id = r.pupil_id
         JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
         WHERE p.left_on IS NULL AND r.phase = 'DEFINITIVE' GROUP BY rs.request_id) c
       GROUP BY combo ORDER BY count(*) DESC, combo LIMIT 10""",
    """SELECT e.uai, e.name, count(p.id), count(rp.id), count(rd.id) FROM pupil p JOIN etablissement e ON e.id = p.etablissement_id AND e.academie_id = 1
       LEFT JOIN request_set rp ON rp.pupil_id = p.id AND rp.phase = 'PROVISOIRE'
       LEFT JOIN request_set rd ON rd.pupil_id = p.id AND rd.phase = 'DEFINITIVE' WHERE p.left_on IS NULL GROUP BY 1, 2 ORDER BY 1""",
]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=1_400_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    async with bench_database(os.environ.get("BENCH_DB_STATS", "orientation_h5_bench_stats")) as url:
        db = Database(url)
        await db.create_all()
        async with db.write() as session:
            await seed_nomenclatures(session)
        started = time.perf_counter()
        async with db.write_engine.begin() as conn:
            for statement in GENERATE[:-1]:
                await conn.execute(text(statement.format(n=args.pupils, etabs=ETABS)))
        async with db.write_engine.connect() as conn:
            await (await conn.execution_options(isolation_level="AUTOCOMMIT")).execute(text("ANALYZE"))
            sizes = {t: (await conn.execute(text(f"SELECT count(*) FROM {t}"))).scalar_one() for t in ("pupil", "request", "request_specialite", "avis", "pupil_step")}
        print(f"generated in {time.perf_counter() - started:.0f} s: {sizes}")

        ours, hand, school = [], [], []
        for _ in range(args.rounds):
            async with db.read() as session:
                t = time.perf_counter()
                result = await compute(session, Scope(academie_id=1))
                ours.append(time.perf_counter() - t)
            async with db.read_engine.connect() as conn:
                t = time.perf_counter()
                for statement in HAND:
                    (await conn.execute(text(statement))).all()
                hand.append(time.perf_counter() - t)
            async with db.read() as session:
                t = time.perf_counter()
                await compute(session, Scope(academie_id=1, etablissement_id=42))
                school.append(time.perf_counter() - t)
        await db.dispose()
    print(f"académie scope ({result.pupils} pupils, {len(result.breakdown)} establishments):")
    print(f"  services/statistics.compute: median {stats.median(ours):.2f} s  (runs: {', '.join(f'{x:.2f}' for x in ours)})")
    print(f"  hand-written SQL           : median {stats.median(hand):.2f} s  (runs: {', '.join(f'{x:.2f}' for x in hand)})")
    print(f"  ratio ours / hand          : {stats.median(ours) / stats.median(hand):.2f}")
    print(f"one establishment (~{args.pupils // ETABS} pupils): median {stats.median(school) * 1000:.0f} ms")
    print(f"top combination: {result.combinations[0].specialites} x {result.combinations[0].count}; validated {result.validated_intentions_share:.1%}")


if __name__ == "__main__":
    asyncio.run(main())
