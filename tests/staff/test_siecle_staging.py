"""PostgreSQL's staged import (COPY into temporary tables + set-based merge) against the batch
path SQLite uses: the same realistic files, imported in the same order, leave the same database
and give the same reports, step by step (first import, a year's changes with removals and a
guardian who had the hand, a refused file, a re-import that changes nothing)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from graphql_api.db.models import Account, AuditEntry, Division, Guardianship, OutboxEvent, PrincipalTeacher, Pupil
from graphql_api.db.models_dashboard import DashboardCounter, DashboardEtablissement
from graphql_api.db.models_staff import SiecleLink
from graphql_api.seed import seed_demo
from graphql_api.services import siecle_import
from graphql_api.services.siecle_import import import_file
from tests.conftest import BACKEND, reset_database
from tests.staff.siecle_files import YEAR, eleves_document, responsables_document, sts_document, write

pytestmark = pytest.mark.skipif(BACKEND != "postgresql", reason="the staged path is PostgreSQL's: compared with the batch path there")

UAI = "0750001U"


def pupils(step: int) -> list[dict[str, Any]]:
    """60 pupils of 3e and 2de in four classes, with what real exports carry: a pupil without
    INE, an INE twice, a 6e pupil (outside the paliers), one without a class, then one who
    left (in "Inactifs") and one renamed and moved."""
    out: list[dict[str, Any]] = []
    for i in range(60):
        third = i % 2 == 0
        out.append({"id": 7000 + i, "ine": f"{7000 + i:09d}{'AB' if third else 'CD'}", "nom": f"NOM{i}", "prenom": "Élève",
                    "naissance": f"{1 + i % 28:02d}/03/{2011 if third else 2010}",
                    "mef": "10310019110" if third else "20010018110", "division": f"{'3' if third else '2'}{'AB'[i % 4 // 2]}"})  # fmt: skip
    out[3]["ine"] = None
    out[5]["ine"] = out[7]["ine"]
    out[9].update(mef="10010012110", division="6A")
    out[11]["structures"] = [("2LATIN", "G")]  # no class: counted in its school's "no division" counters
    if step >= 1:
        out[10].update(sortie=f"05/01/{YEAR + 1}", structures=[("Inactifs", "D")])
        out[12].update(nom="NOM12-CORRIGÉ", division="3B")
    return out


def responsables(step: int) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    persons: list[dict[str, Any]] = [{"id": f"P{i}", "nom": f"PARENT{i}", "prenom": "Mère" if i % 2 else "Père",
                                      "mel": f"parent{i}@famille.test", "civilite": "MME" if i % 2 else "M."} for i in range(120)]  # fmt: skip
    persons[4]["mel"] = "pas-une-adresse"
    persons[6]["nom"] = None  # rejected
    links: list[tuple[Any, ...]] = []
    for i in range(60):
        links += [(str(7000 + i), f"P{2 * i}", "1"), (str(7000 + i), f"P{2 * i + 1}", "2")]
    links += [("7001", "P99", "0"), ("7002", "P404", "1"), ("9999", "P8", "1")]  # not legal; unknown person; unknown pupil
    if step >= 1:
        persons[20]["mel"] = "nouvelle@famille.test"
        links.remove(("7000", "P1", "2"))  # SIECLE no longer links P1 to 7000 (who had the hand)
        links.remove(("7002", "P4", "1"))
        links.remove(("7002", "P5", "2"))
        links += [("7002", "P4", "2"), ("7002", "P5", "1")]  # levels swapped
        links.remove(("7014", "P29", "2"))
    return persons, links


def timetable(step: int) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    teachers: list[dict[str, Any]] = [{"id": f"T{i}", "nom": f"PROF{i}", "prenom": "Anne", "pp": []} for i in range(12)]
    teachers[0]["pp"] = [("3A", None)]
    teachers[1]["pp"] = [("3A", None), ("2A", None)]
    teachers[2]["pp"] = [("3B", f"01/09/{YEAR - 1}")]  # ended: no longer PP
    teachers[3]["pp"] = [("3B", None), ("6A", None)]
    teachers[4]["pp"] = [("2B", None)]
    teachers[5].update(fonction="DIR", pp=[("3C", None)])  # not a staff account: its PP is absent
    teachers[6]["nom"] = ""  # rejected
    teachers.append({"id": "T99", "nom": "DERNIER", "prenom": "Paul", "pp": [("3C", None)]})
    divisions = [("3A", "10310019110"), ("3B", "10310019110"), ("3C", "10310019110"), ("2A", "20010018110"),
                 ("2B", "20010018110"), ("6A", "10010012110")]  # fmt: skip
    teachers[-1]["fonction"] = "ENS"
    if step >= 1:
        teachers[1]["pp"] = [("3A", None)]  # no longer PP of 2A
        teachers[4]["pp"] = []  # 2B loses its only PP
        teachers[7]["pp"] = [("2B", None)]
        teachers[0]["nom"] = "PROF0-MARIÉE"
    return teachers, divisions


async def files(tmp_path: Path, step: int) -> dict[str, Path]:
    out = {kind: tmp_path / f"{kind}-{step}.xml" for kind in ("eleves", "responsables", "sts")}
    write(out["eleves"], eleves_document(UAI, pupils(step)))
    write(out["responsables"], responsables_document(UAI, *responsables(step)))
    write(out["sts"], sts_document(UAI, *timetable(step)))
    return out


async def state(db: Any) -> dict[str, Any]:
    """The database as natural keys (ids are drawn differently by the two paths)."""
    async with db.read() as session:
        pupil_key = {pk: ine for pk, ine in (await session.execute(select(Pupil.id, Pupil.ine))).all()}
        account_rows = (await session.execute(select(Account))).scalars().all()
        account_key = {a.id: (a.role, a.staff_function, a.etablissement_id, a.last_name, a.first_name, a.login) for a in account_rows}
        division_key = {pk: code for pk, code in (await session.execute(select(Division.id, Division.code))).all()}
        links = (await session.execute(select(SiecleLink.kind, SiecleLink.siecle_id, SiecleLink.local_id))).all()
        return {
            "pupils": sorted(
                (p.ine, p.school_year, p.etablissement_id, p.last_name, p.first_name, p.birth_date, p.mef, p.palier, p.segpa,
                 p.left_on, division_key.get(p.division_id or -1), account_key.get(p.entering_guardian_id or -1), p.version)
                for p in (await session.execute(select(Pupil))).scalars()
            ),  # fmt: skip
            "accounts": sorted(
                (a.role, a.staff_function or "", a.etablissement_id or 0, a.last_name, a.first_name, a.email or "", a.civility or "",
                 a.delegated, a.active, a.failed_logins, a.login or "")
                for a in account_rows
            ),  # fmt: skip
            "links": sorted((kind, sid, pupil_key[local] if kind == "ELEVE" else account_key[local]) for kind, sid, local in links),
            "guardianships": sorted(
                (pupil_key[g.pupil_id], account_key[g.account_id], g.level) for g in (await session.execute(select(Guardianship))).scalars()
            ),
            "divisions": sorted((d.etablissement_id, d.code, d.palier) for d in (await session.execute(select(Division))).scalars()),
            "pps": sorted(
                (division_key[pt.division_id], account_key[pt.account_id]) for pt in (await session.execute(select(PrincipalTeacher))).scalars()
            ),
            "events": sorted(
                (e.type, pupil_key.get(e.pupil_id or -1), e.etablissement_id, e.channel, e.payload.get("reason"), e.payload.get("created"),
                 e.payload.get("updated"), e.payload.get("left"), e.payload.get("rejected"))
                for e in (await session.execute(select(OutboxEvent))).scalars()
            ),  # fmt: skip
            "audit": sorted((a.action, pupil_key.get(a.pupil_id or -1), a.channel) for a in (await session.execute(select(AuditEntry))).scalars()),
            "counters": sorted(
                (c.level, division_key.get(c.scope_id) if c.level == "D" else c.scope_id, c.school_year, c.palier, c.key, c.n)
                for c in (await session.execute(select(DashboardCounter))).scalars()
            ),  # fmt: skip
            "summary": sorted(  # the académie breakdown's rows (count_new_pupils moves them on the staged path)
                (s.etablissement_id, s.school_year, s.palier, s.pupils, s.validated_intentions, s.validated_choices)
                for s in (await session.execute(select(DashboardEtablissement))).scalars()
                if s.pupils or s.validated_intentions or s.validated_choices
            ),
        }


async def scenario(db: Any, tmp_path: Path) -> list[tuple[str, list[str], dict[str, Any]]]:
    """Every import of a school year, each report's lines and the database after it."""
    await reset_database(db)
    async with db.write() as session:
        await seed_demo(session, password_hash="x")
    seen: list[tuple[str, list[str], dict[str, Any]]] = []

    async def run(kind: str, path: Path) -> None:
        report = await import_file(db, kind, path, UAI, progress=False)
        seen.append((f"{len(seen)} {kind} {path.name}", report.lines(), await state(db)))

    first = await files(tmp_path, 0)
    for kind in ("eleves", "responsables", "sts"):
        await run(kind, first[kind])
    async with db.write() as session:  # P1 (the second legal guardian of 7000) has the hand
        pupil = (await session.execute(select(Pupil).where(Pupil.ine == "000007000AB"))).scalar_one()
        link = (await session.execute(select(SiecleLink).where(SiecleLink.kind == "PERSONNE", SiecleLink.siecle_id == "P1"))).scalar_one()
        pupil.entering_guardian_id = link.local_id
    refused = tmp_path / "responsables-vide.xml"
    write(refused, responsables_document(UAI, responsables(1)[0], [("7000", "P0", "0")]))
    await run("responsables", refused)
    second = await files(tmp_path, 1)
    for _ in range(2):  # the year's changes, then the same files again: nothing changes
        for kind in ("eleves", "responsables", "sts"):
            await run(kind, second[kind])
    return seen


async def test_staged_and_batch_paths_give_the_same_database_and_reports(db, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(siecle_import, "STAGING", False)
    batch = await scenario(db, tmp_path)
    monkeypatch.setattr(siecle_import, "STAGING", True)
    staged = await scenario(db, tmp_path)
    assert [name for name, _, _ in staged] == [name for name, _, _ in batch]
    for (name, batch_lines, batch_state), (_, staged_lines, staged_state) in zip(batch, staged):
        assert staged_lines == batch_lines, name
        for table in batch_state:
            assert staged_state[table] == batch_state[table], (name, table)
    # The scenario exercises what it claims (checked once, the paths being equal).
    reports = {name: lines for name, lines, _ in batch}
    assert "  rejeté — RESPONSABLE 7002/P404 : PERSONNE_ID inconnue dans ce fichier." in reports["1 responsables responsables-0.xml"]
    assert any("absent des INDIVIDUS" in line for line in reports["2 sts sts-0.xml"])
    assert any("FICHIER REFUSÉ" in line for line in reports["3 responsables responsables-vide.xml"])
    assert "  retiré — PARENT1 Mère n'est plus responsable de NOM0 Élève" in reports["5 responsables responsables-1.xml"]
    assert "  retiré — DIVISION 2B : PROF4 Anne n'est plus professeur principal" in reports["6 sts sts-1.xml"]
    for again in ("8 responsables responsables-1.xml", "9 sts sts-1.xml"):
        assert "créés : 0 ; mis à jour : 0" in reports[again][1], reports[again]
    hand_released = [e for e in batch[-1][2]["events"] if e[0] == "HAND_RELEASED"]
    assert [e[1] for e in hand_released] == ["000007000AB"], batch[-1][2]["events"]


async def test_people_listed_after_the_links_undo_the_early_merge(db, settings, tmp_path, monkeypatch):
    """The staged path merges the PERSONNE records as soon as the first link is read, while the
    file is still being read; a PERSONNES section found after the links (not SIECLE's layout,
    but readable) undoes that merge, which is then done at the end: same database and reports
    as the staged path that reads the whole file first (the batch path counts a PERSONNE listed
    twice apart as created then updated). Small chunks, one in memory at a time: the others
    are spooled to disk."""
    monkeypatch.setattr(siecle_import._Stage, "CHUNK", 7)
    monkeypatch.setattr(siecle_import._Stage, "IN_FLIGHT", 1)
    persons, links = responsables(0)
    late = [{**persons[2], "mel": "tardive@famille.test"}, {"id": "P500", "nom": "TARDIF", "prenom": "Paul", "civilite": "M."}]
    links = [*links, ("7003", "P500", "2")]
    document = "".join(responsables_document(UAI, persons, links))
    late_people = "".join(responsables_document(UAI, late, []))
    late_people = late_people[late_people.index("<PERSONNES>") : late_people.index("</PERSONNES>") + len("</PERSONNES>\n")]
    document = document.replace("</RESPONSABLES>\n", "</RESPONSABLES>\n" + late_people)
    outcomes = []
    for pumped in (False, True):
        monkeypatch.setattr(siecle_import._StagedResponsables, "PUMPED", pumped)
        await reset_database(db)
        async with db.write() as session:
            await seed_demo(session, password_hash="x")
        eleves = (await files(tmp_path, 0))["eleves"]
        assert (await import_file(db, "eleves", eleves, UAI, progress=False)).imported
        path = tmp_path / "responsables-tardives.xml"
        path.write_bytes(document.encode("iso-8859-15"))
        seen = []
        for _ in range(2):  # then again: nothing changes
            report = await import_file(db, "responsables", path, UAI, progress=False)
            seen.append((report.lines(), await state(db)))
        outcomes.append(seen)
    for (lines_b, state_b), (lines_s, state_s) in zip(outcomes[0], outcomes[1]):
        assert lines_s == lines_b
        for table in state_b:
            assert state_s[table] == state_b[table], table
    first, again = outcomes[1][0][0], outcomes[1][1][0]
    assert "créés : 0 ; mis à jour : 0" in again[1], again
    assert any(a[3] == "TARDIF" for a in outcomes[1][0][1]["accounts"]), first
    assert any(a[3] == "PARENT2" and a[5] == "tardive@famille.test" for a in outcomes[1][0][1]["accounts"])


async def test_a_file_refused_after_the_early_merge_changes_nothing(db, settings, tmp_path, monkeypatch):
    """The people's merge starts while the file is still being read: a file refused after it
    (a link laid out in no known way; links to no known pupil, which would remove every
    guardian) leaves the database as it was."""
    monkeypatch.setattr(siecle_import._Stage, "CHUNK", 7)
    await reset_database(db)
    async with db.write() as session:
        await seed_demo(session, password_hash="x")
    first = await files(tmp_path, 0)
    for kind in ("eleves", "responsables"):
        assert (await import_file(db, kind, first[kind], UAI, progress=False)).imported
    before = await state(db)
    persons, links = responsables(1)
    persons = [*persons, {"id": "P777", "nom": "NOUVEAU", "prenom": "Paul", "civilite": "M."}]
    unknown_layout = "".join(responsables_document(UAI, persons, [*links, ("7003", "P777", None, None)]))
    no_known_pupil = "".join(responsables_document(UAI, persons, [("9999", "P0", "1"), ("9998", "P777", "1")]))
    for name, document, code in (("layout", unknown_layout, "SIECLE_UNKNOWN_LAYOUT"), ("orphans", no_known_pupil, "SIECLE_NO_LEGAL_GUARDIAN")):
        path = tmp_path / f"responsables-{name}.xml"
        path.write_bytes(document.encode("iso-8859-15"))
        report = await import_file(db, "responsables", path, UAI, progress=False)
        assert report.refused_code == code, report.lines()
        after = await state(db)
        for table in before:
            assert after[table] == before[table], (name, table)
