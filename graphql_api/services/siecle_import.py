"""Import of the national exports: BEE_ELEVES, BEE_RESPONSABLES, BEE_NOMENCLATURES, STS_EDT.

Files are read as a stream (zip or plain, ISO-8859-15 or UTF-8, with or without BOM) and
written in batches inside ONE transaction: a file that turns out unreadable halfway, or
the wrong school's file, imports nothing. Records that are individually wrong (a pupil
without INE…) are rejected with their reason and the rest is imported. Rows are found again
through SIECLE identifiers (``siecle_link``) and INE, so a re-import updates in place.
"""
from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import delete, insert, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.engine import Database
from ..db.models import Account, Division, Etablissement, Guardianship, PrincipalTeacher, Pupil
from ..db.models_staff import Mef, SiecleLink
from ..domain import siecle
from ..domain.siecle import Rejection
from ..domain.vocabulary import Role, StaffFunction
from . import campaigns, events
from .clock import utcnow

KINDS = {"eleves": "BEE_ELEVES", "responsables": "BEE_RESPONSABLES", "nomenclatures": "BEE_NOMENCLATURES", "sts": "STS_EDT"}
# Record element -> the element that must contain it.
RECORDS = {
    "eleves": {"ELEVE": "ELEVES", "STRUCTURES_ELEVE": "STRUCTURES"},
    "responsables": {"PERSONNE": "PERSONNES", "RESPONSABLE_ELEVE": "RESPONSABLES", "RESPONSABLE": "RESPONSABLES"},
    "nomenclatures": {"MEF": "MEFS"},
    "sts": {"INDIVIDU": "INDIVIDUS", "DIVISION": "DIVISIONS"},
}
BATCH = 1000
IMPORT_COMPLETED = "SIECLE_IMPORTED"


class ImportRefused(Exception):
    """The whole file is refused: nothing was written."""


PUPIL_KINDS = ("eleves", "responsables")  # files that write pupils' files: they need a campaign year


@dataclass
class ImportReport:
    kind: str
    source: str
    uai: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    left: int = 0
    unlinked: int = 0
    ignored: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: str | None = None
    school_year: str | None = None  # the campaign year pupils were imported into
    seconds: float = 0.0

    @property
    def imported(self) -> bool:
        return self.refused is None

    def lines(self) -> list[str]:
        head = f"Import {self.kind} de {self.source} pour l'établissement {self.uai}"
        if self.refused:
            return [head, f"FICHIER REFUSÉ, rien n'a été importé : {self.refused}"]
        out = [
            head,
            f"créés : {self.created} ; mis à jour : {self.updated} ; inchangés : {self.unchanged} ; "
            f"sortis (DATE_SORTIE) : {self.left} ; liens responsable retirés : {self.unlinked} ; "
            f"ignorés : {self.ignored} ; rejetés : {len(self.rejected)}",
        ]
        out += [f"  rejeté — {r.ref} : {r.reason}" for r in self.rejected]
        out += [f"  avertissement — {w}" for w in self.warnings]
        return out


# --- reading -------------------------------------------------------------------------------


class _Counting(io.RawIOBase):
    """Counts the bytes read (for the progress bar) without buffering the file."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self.raw.read(len(b))
        b[: len(data)] = data
        self.count += len(data)
        return len(data)


@contextlib.contextmanager
def _open(path: Path) -> Iterator[tuple[_Counting, int]]:
    """The XML document as a byte stream, and its size: plain file or the (single) XML of a zip."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.lower().endswith(".xml")]
            if len(members) != 1:
                raise ImportRefused(f"l'archive doit contenir exactement un fichier XML (trouvé : {len(members)}).")
            with archive.open(members[0]) as raw:
                yield _Counting(raw), members[0].file_size
        return
    with open(path, "rb") as raw:
        yield _Counting(raw), os.path.getsize(path)


_DECLARED = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _encoding(path: Path) -> str:
    """Declared encoding, else BOM, else UTF-8 if the whole file decodes as such, else ISO-8859-15."""
    with _open(path) as (stream, _):
        head = stream.read(4096)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        declared = _DECLARED.match(head.lstrip())
        if declared:
            name = declared.group(1).decode("ascii")
            try:
                codecs.lookup(name)
            except LookupError:
                raise ImportRefused(f"encodage déclaré inconnu : {name}.") from None
            return name
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            chunk = head
            while chunk:
                decoder.decode(chunk)
                chunk = stream.read(1 << 16)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "iso-8859-15"
        return "utf-8"


class _Progress:
    def __init__(self, total: int, label: str, enabled: bool) -> None:
        self.total = max(total, 1)
        self.label = label
        self.enabled = enabled
        self.last = 0.0

    def show(self, done: int, records: int, final: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not final and now - self.last < 0.2):
            return
        self.last = now
        share = min(done / self.total, 1.0)
        bar = "#" * int(share * 30)
        sys.stderr.write(f"\r{self.label} [{bar:<30}] {share:6.1%}  {records} enregistrements")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _fields(elem: ET.Element) -> dict[str, str | None]:
    values: dict[str, str | None] = dict(elem.attrib)
    for child in elem:
        values.setdefault(child.tag, child.text)
    return values


def read_records(path: Path, kind: str, progress: _Progress | None = None) -> Iterator[tuple[str, ET.Element]]:
    """("UAJ", element) then (record tag, element) pairs, one element alive at a time."""
    encoding = _encoding(path)
    records = RECORDS[kind]
    root_tag = KINDS[kind]
    parser = ET.XMLPullParser(events=("start", "end"))
    decoder = codecs.getincrementaldecoder(encoding)()
    stack: list[ET.Element] = []
    record_depth = 0  # depth of the record being built (0: none)
    count = 0
    with _open(path) as (stream, size):
        if progress:
            progress.total = max(size, 1)
        while True:
            chunk = stream.read(1 << 16)
            try:
                parser.feed(decoder.decode(chunk, final=not chunk))
                if not chunk:
                    parser.close()
                pending = list(parser.read_events())
            except UnicodeDecodeError as exc:
                raise ImportRefused(f"caractères illisibles en {encoding} vers l'octet {stream.count}: {exc.reason}.") from None
            except ET.ParseError as exc:
                raise ImportRefused(f"XML invalide ({exc}).") from None
            for event, elem in pending:
                if event == "start":
                    if not stack and elem.tag != root_tag:
                        raise ImportRefused(f"ce n'est pas un fichier {root_tag} (racine <{elem.tag}>).")
                    if not record_depth and stack and records.get(elem.tag) == stack[-1].tag:
                        record_depth = len(stack) + 1
                    stack.append(elem)
                    continue
                stack.pop()
                parent = stack[-1] if stack else None
                depth = len(stack) + 1
                if record_depth and depth > record_depth:
                    continue  # part of the record being built
                if depth == record_depth:
                    record_depth = 0
                    count += 1
                    yield elem.tag, elem
                    if progress:
                        progress.show(stream.count, count)
                elif elem.tag == "UAJ" and parent is not None and parent.tag == "PARAMETRES":
                    yield "UAJ", elem
                if parent is not None and depth >= 3:
                    parent.remove(elem)  # keeps memory flat, whatever the file's size
            if not chunk:
                break
    if progress:
        progress.show(progress.total, count, final=True)


# --- writing -------------------------------------------------------------------------------


class _Importer:
    def __init__(self, session: AsyncSession, etab: Etablissement, report: ImportReport, school_year: str) -> None:
        self.session = session
        self.etab = etab
        self.report = report
        # The campaign year the pupils are imported into: their files of earlier years stay as
        # they are (frozen), the same INE gets a new file for this year.
        self.school_year = school_year
        self.mefs: dict[str, tuple[str | None, bool]] = {}
        self.divisions: dict[str, int] = {}
        self.analyzed = False
        self.guardian_pairs: set[tuple[int, int]] = set()  # (pupil, account) links the file lists

    async def prepare(self) -> None:
        for m in (await self.session.execute(select(Mef))).scalars():
            self.mefs[m.code] = (m.palier, m.segpa)
        rows = await self.session.execute(select(Division.code, Division.id).where(Division.etablissement_id == self.etab.id))
        self.divisions = {code: pk for code, pk in rows}

    async def refresh_statistics(self) -> None:
        """Once the first batch is written, let PostgreSQL's planner know these tables are no
        longer empty (ANALYZE counts the rows of the current transaction): without it, lookups
        by SIECLE id become sequential scans that grow with every batch of a large file."""
        if not self.analyzed and self.session.bind.dialect.name == "postgresql":
            await self.session.execute(text("ANALYZE siecle_link, pupil, account, guardianship"))
        self.analyzed = True

    def update_in_place(self, row: Any, wanted: dict[str, Any]) -> None:
        """A re-imported record updates its row where SIECLE changed it, and is counted."""
        diff = siecle.changes({k: getattr(row, k) for k in wanted}, wanted)
        for k, v in diff.items():
            setattr(row, k, v)
        self.report.updated += bool(diff)
        self.report.unchanged += not diff

    async def links(self, kind: str, ids: list[str]) -> dict[str, int]:
        if not ids:
            return {}
        rows = await self.session.execute(
            select(SiecleLink.siecle_id, SiecleLink.local_id).where(
                SiecleLink.etablissement_id == self.etab.id, SiecleLink.kind == kind, SiecleLink.siecle_id.in_(ids)
            )
        )
        return {s: pk for s, pk in rows}

    async def link(self, kind: str, wanted: dict[str, int], known: dict[str, int]) -> None:
        new = [
            {"etablissement_id": self.etab.id, "kind": kind, "siecle_id": s, "local_id": pk}
            for s, pk in wanted.items()
            if s not in known
        ]
        if new:
            await self.session.execute(insert(SiecleLink), new)
        moved = [(s, pk) for s, pk in wanted.items() if s in known and known[s] != pk]
        for s, pk in moved:
            await self.session.execute(
                update(SiecleLink)
                .where(SiecleLink.etablissement_id == self.etab.id, SiecleLink.kind == kind, SiecleLink.siecle_id == s)
                .values(local_id=pk)
            )

    async def division_id(self, code: str, palier: str) -> int:
        if code not in self.divisions:
            division = Division(etablissement_id=self.etab.id, code=code[:20], palier=palier)
            self.session.add(division)
            await self.session.flush()
            self.divisions[code] = division.id
        return self.divisions[code]

    # BEE_ELEVES ---------------------------------------------------------------

    async def pupils(self, batch: list[tuple[siecle.PupilRecord, str, bool]]) -> None:
        unique: dict[str, tuple[siecle.PupilRecord, str, bool]] = {}
        for item in batch:
            if item[0].ine in unique:
                self.report.rejected.append(Rejection(f"ELEVE_ID {item[0].siecle_id}", f"INE {item[0].ine} présent deux fois dans le fichier."))
            unique[item[0].ine] = item
        links = await self.links("ELEVE", [r.siecle_id for r, _, _ in unique.values()])
        columns = [Pupil.id, Pupil.ine, Pupil.etablissement_id, Pupil.last_name, Pupil.first_name, Pupil.birth_date,
                   Pupil.mef, Pupil.palier, Pupil.segpa, Pupil.left_on]  # fmt: skip
        found = (
            await self.session.execute(
                select(*columns).where(
                    Pupil.school_year == self.school_year,
                    or_(Pupil.ine.in_(list(unique)), Pupil.id.in_(list(links.values()))),
                )
            )
        ).mappings().all()
        by_ine = {row["ine"]: row for row in found}
        by_id = {row["id"]: row for row in found}
        inserts, updates, wanted_links = [], [], {}
        for record, palier, segpa in unique.values():
            fields = siecle.pupil_fields(record, palier, segpa)
            current = by_ine.get(record.ine) or by_id.get(links.get(record.siecle_id, -1))
            if current is None:
                inserts.append({**fields, "school_year": self.school_year, "etablissement_id": self.etab.id, "ulis": False, "prepa_metiers": False, "version": 0})
                self.report.created += 1
                self.report.left += record.left_on is not None
                continue
            if current["etablissement_id"] != self.etab.id:
                self.report.rejected.append(
                    Rejection(f"ELEVE_ID {record.siecle_id} ({record.last_name} {record.first_name})",
                              f"l'INE {record.ine} est déjà inscrit dans un autre établissement.")  # fmt: skip
                )
                continue
            wanted_links[record.siecle_id] = current["id"]
            diff = siecle.changes(current, fields)
            if diff:
                updates.append({"id": current["id"], **diff})
                self.report.updated += 1
                self.report.left += diff.get("left_on") is not None
            else:
                self.report.unchanged += 1
        if inserts:
            rows = await self.session.execute(insert(Pupil).returning(Pupil.id, Pupil.ine), inserts)
            new = {ine: pk for pk, ine in rows}
            wanted_links.update({r.siecle_id: new[r.ine] for r, _, _ in unique.values() if r.ine in new})
        if updates:
            await self.session.execute(update(Pupil), updates)
        await self.link("ELEVE", wanted_links, links)
        await self.refresh_statistics()

    async def structures(self, batch: list[tuple[str, str]]) -> None:
        rows = await self.session.execute(
            select(SiecleLink.siecle_id, Pupil.id, Pupil.palier, Pupil.division_id)
            .join(Pupil, Pupil.id == SiecleLink.local_id)
            .where(
                SiecleLink.etablissement_id == self.etab.id,
                SiecleLink.kind == "ELEVE",
                SiecleLink.siecle_id.in_([e for e, _ in batch]),
            )
        )
        pupils = {s: (pk, palier, division) for s, pk, palier, division in rows}
        missing = {code: pupils[e][1] for e, code in batch if e in pupils and code not in self.divisions}
        if missing:  # new divisions of the batch in one statement
            created = await self.session.execute(
                insert(Division).returning(Division.code, Division.id),
                [{"etablissement_id": self.etab.id, "code": code[:20], "palier": palier} for code, palier in missing.items()],
            )
            self.divisions.update({code: pk for code, pk in created})
        moves = []
        for eleve_id, code in batch:
            if eleve_id not in pupils:
                continue  # a pupil outside the paliers, or rejected above
            pk, _, current = pupils[eleve_id]
            if self.divisions[code] != current:
                moves.append({"id": pk, "division_id": self.divisions[code]})
        if moves:  # one executemany, by primary key
            await self.session.execute(update(Pupil), moves)

    # BEE_RESPONSABLES ---------------------------------------------------------

    async def persons(self, batch: list[siecle.PersonRecord]) -> None:
        links = await self.links("PERSONNE", [p.siecle_id for p in batch])
        found = {
            a.id: a
            for a in (await self.session.execute(select(Account).where(Account.id.in_(list(links.values()))))).scalars()
        }
        new_people = []
        for person in batch:
            account = found.get(links.get(person.siecle_id, -1))
            wanted = {"last_name": person.last_name, "first_name": person.first_name, "email": person.email, "civility": person.civility}
            if account is None:
                new_people.append(person)
                continue
            self.update_in_place(account, wanted)
        if new_people:
            rows = await self.session.execute(
                insert(Account).returning(Account.id, sort_by_parameter_order=True),
                [
                    {"role": Role.GUARDIAN.value, "last_name": p.last_name, "first_name": p.first_name, "email": p.email,
                     "civility": p.civility, "delegated": False, "active": True, "failed_logins": 0}  # fmt: skip
                    for p in new_people
                ],
            )
            ids = list(rows.scalars())
            self.report.created += len(ids)
            await self.link("PERSONNE", {p.siecle_id: pk for p, pk in zip(new_people, ids)}, {})
        await self.refresh_statistics()

    async def guardians(self, batch: list[siecle.GuardianLink]) -> None:
        pupils = await self.links("ELEVE", list({g.eleve_id for g in batch}))
        people = await self.links("PERSONNE", list({g.personne_id for g in batch}))
        pairs: dict[tuple[int, int], int] = {}
        for g in batch:
            if g.eleve_id not in pupils:
                self.report.ignored += 1  # a pupil outside the paliers
                continue
            if g.personne_id not in people:
                self.report.rejected.append(Rejection(f"RESPONSABLE {g.eleve_id}/{g.personne_id}", "PERSONNE_ID inconnue dans ce fichier."))
                continue
            pairs[(pupils[g.eleve_id], people[g.personne_id])] = g.level
        self.guardian_pairs.update(pairs)
        if not pairs:
            return
        existing = {
            (row.pupil_id, row.account_id): row
            for row in (
                await self.session.execute(
                    select(Guardianship).where(
                        Guardianship.pupil_id.in_({p for p, _ in pairs}), Guardianship.account_id.in_({a for _, a in pairs})
                    )
                )
            ).scalars()
        }
        for (pupil_id, account_id), level in pairs.items():
            row = existing.get((pupil_id, account_id))
            if row is None:
                self.session.add(Guardianship(pupil_id=pupil_id, account_id=account_id, level=level))
                self.report.created += 1
            elif row.level != level:
                row.level = level
                self.report.updated += 1
            else:
                self.report.unchanged += 1
        await self.session.flush()

    async def prune_guardians(self) -> None:
        """The responsables file is the school's whole list: a guardian SIECLE no longer links
        to a pupil must stop seeing that child (and loses the hand if they had it). Only links
        this import created are touched, never accounts entered by other means."""
        from_siecle = select(SiecleLink.local_id).where(
            SiecleLink.etablissement_id == self.etab.id, SiecleLink.kind == "PERSONNE"
        )
        rows = (
            await self.session.execute(
                select(Guardianship.id, Guardianship.pupil_id, Guardianship.account_id)
                .join(Pupil, Pupil.id == Guardianship.pupil_id)
                .where(
                    Pupil.etablissement_id == self.etab.id,
                    Pupil.school_year == self.school_year,  # past years' files are frozen
                    Guardianship.account_id.in_(from_siecle),
                )
            )
        ).all()
        gone = [(pk, pupil_id, account_id) for pk, pupil_id, account_id in rows if (pupil_id, account_id) not in self.guardian_pairs]
        for pk, pupil_id, account_id in gone:
            await self.session.execute(delete(Guardianship).where(Guardianship.id == pk))
            await self.session.execute(
                update(Pupil)
                .where(Pupil.id == pupil_id, Pupil.entering_guardian_id == account_id)
                .values(entering_guardian_id=None, version=Pupil.version + 1)
            )
        self.report.unlinked += len(gone)

    # BEE_NOMENCLATURES --------------------------------------------------------

    async def mef_codes(self, batch: list[siecle.MefRecord]) -> None:
        found = {m.code: m for m in (await self.session.execute(select(Mef).where(Mef.code.in_([m.code for m in batch])))).scalars()}
        for record in batch:
            wanted = {"label": record.label, "formation": record.formation, "palier": record.palier, "segpa": record.segpa}
            row = found.get(record.code)
            if row is None:
                self.session.add(Mef(code=record.code, **wanted))
                self.report.created += 1
                continue
            self.update_in_place(row, wanted)
        await self.session.flush()

    # STS_EDT ------------------------------------------------------------------

    async def teachers(self, batch: list[siecle.TeacherRecord]) -> None:
        links = await self.links("INDIVIDU", [t.siecle_id for t in batch])
        found = {
            a.id: a
            for a in (await self.session.execute(select(Account).where(Account.id.in_(list(links.values()))))).scalars()
        }
        created = {}
        for teacher in batch:
            account = found.get(links.get(teacher.siecle_id, -1))
            wanted = {"last_name": teacher.last_name, "first_name": teacher.first_name, "civility": teacher.civility}
            if account is None:
                account = Account(role=Role.STAFF.value, staff_function=StaffFunction.TEACHER.value, etablissement_id=self.etab.id, **wanted)
                self.session.add(account)
                created[teacher.siecle_id] = account
                continue
            self.update_in_place(account, wanted)
        await self.session.flush()
        self.report.created += len(created)
        await self.link("INDIVIDU", {s: a.id for s, a in created.items()}, {})

    async def principal_teachers(self, code: str, individus: list[str], mef_codes: list[str]) -> None:
        palier = next((self.mefs.get(m, siecle.palier_of_mef(m))[0] for m in mef_codes if self.mefs.get(m, siecle.palier_of_mef(m))[0]), None)
        if code not in self.divisions and palier is None:
            self.report.ignored += 1  # a division outside the paliers (6e, 5e…)
            return
        division_id = await self.division_id(code, palier or "3EME")
        people = await self.links("INDIVIDU", individus)
        for missing in sorted(set(individus) - set(people)):
            self.report.rejected.append(Rejection(f"DIVISION {code}", f"professeur principal {missing} absent des INDIVIDUS."))
        current = set(
            (await self.session.execute(select(PrincipalTeacher.account_id).where(PrincipalTeacher.division_id == division_id))).scalars()
        )
        wanted = set(people.values())
        if current == wanted:
            self.report.unchanged += 1
            return
        await self.session.execute(
            delete(PrincipalTeacher).where(PrincipalTeacher.division_id == division_id, PrincipalTeacher.account_id.not_in(wanted))
        )
        for account_id in wanted - current:
            self.session.add(PrincipalTeacher(account_id=account_id, division_id=division_id))
        self.report.updated += 1
        await self.session.flush()


async def _run(importer: _Importer, path: Path, kind: str, uai: str, progress: _Progress) -> None:
    report = importer.report
    seen_uai = kind == "nomenclatures"  # the national nomenclature is not a school's file
    batches: dict[str, list[Any]] = {"pupils": [], "structures": [], "persons": [], "guardians": [], "mefs": [], "teachers": []}

    async def flush(name: str) -> None:
        items, batches[name] = batches[name], []
        if items:
            await getattr(importer, {"pupils": "pupils", "structures": "structures", "persons": "persons",
                                     "guardians": "guardians", "mefs": "mef_codes", "teachers": "teachers"}[name])(items)  # fmt: skip

    async def add(name: str, item: Any) -> None:
        batches[name].append(item)
        if len(batches[name]) >= BATCH:
            await flush(name)

    for tag, elem in read_records(path, kind, progress):
        if tag == "UAJ":
            found = (elem.text or elem.get("CODE") or "").strip()
            if not siecle.same_school(uai, found):
                raise ImportRefused(f"ce fichier est celui de l'établissement {found or '(non indiqué)'}, pas de {uai}.")
            seen_uai = True
            continue
        if not seen_uai:
            raise ImportRefused("l'UAJ de l'établissement est absent de l'en-tête (PARAMETRES).")
        values = _fields(elem)
        if tag == "ELEVE":
            record = siecle.pupil_record(values, values.get("ELEVE_ID") or "?")
            if isinstance(record, Rejection):
                report.rejected.append(record)
                continue
            palier, segpa = importer.mefs.get(record.mef) or siecle.palier_of_mef(record.mef)
            if palier is None:
                report.ignored += 1
                continue
            await add("pupils", (record, palier, segpa))
        elif tag == "STRUCTURES_ELEVE":
            code = next(
                ((s.findtext("CODE_STRUCTURE") or "").strip() for s in elem.iter("STRUCTURE") if (s.findtext("TYPE_STRUCTURE") or "").strip() == "D"),
                "",
            )
            if code:
                await flush("pupils")  # structures come after the pupils they place
                await add("structures", ((values.get("ELEVE_ID") or "").strip(), code[:20]))
        elif tag == "PERSONNE":
            person, warning = siecle.person_record(values, (values.get("PERSONNE_ID") or "").strip())
            if warning:
                report.warnings.append(warning)
            if isinstance(person, Rejection):
                report.rejected.append(person)
            else:
                await add("persons", person)
        elif tag in ("RESPONSABLE_ELEVE", "RESPONSABLE"):
            link = siecle.guardian_link(values)
            if link is None:
                report.ignored += 1
            elif isinstance(link, Rejection):
                report.rejected.append(link)
            else:
                await flush("persons")
                await add("guardians", link)
        elif tag == "MEF":
            mef = siecle.mef_record(values, values.get("CODE_MEF") or "")
            if isinstance(mef, Rejection):
                report.rejected.append(mef)
            else:
                await add("mefs", mef)
        elif tag == "INDIVIDU":
            teacher = siecle.teacher_record(values, (values.get("ID") or "").strip())
            if isinstance(teacher, Rejection):
                report.rejected.append(teacher)
            else:
                await add("teachers", teacher)
        elif tag == "DIVISION":
            await flush("teachers")
            individus = [
                (p.findtext("INDIVIDU_ID") or p.get("INDIVIDU_ID") or "").strip() for p in elem.iter("PROF_PRINC")
            ]
            mef_codes = [m.get("CODE") or (m.findtext("CODE") or "") for m in elem.iter("MEF_APPARTENANCE")]
            await importer.principal_teachers((values.get("CODE") or "").strip(), [i for i in individus if i], mef_codes)
    if not seen_uai:
        raise ImportRefused("l'UAJ de l'établissement est absent de l'en-tête (PARAMETRES).")
    for name in batches:
        await flush(name)
    if kind == "responsables":
        await importer.prune_guardians()


async def import_file(db: Database, kind: str, path: Path, uai: str, *, progress: bool | None = None) -> ImportReport:
    """Import one file for one establishment; everything or nothing (see the module's docstring)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind}")
    report = ImportReport(kind=kind, source=str(path), uai=uai)
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        async with db.write() as session:
            etab = (await session.execute(select(Etablissement).where(Etablissement.uai == uai.strip().upper()))).scalar_one_or_none()
            if etab is None:
                raise ImportRefused(f"aucun établissement d'UAI {uai} n'est connu.")
            school_year = await campaigns.current_campaign(session, etab.academie_id)
            if school_year is None and kind in PUPIL_KINDS:
                raise ImportRefused("aucune campagne d'orientation n'est ouverte pour l'académie de cet établissement.")
            report.school_year = school_year.school_year if school_year else None
            school_year = report.school_year or ""
            importer = _Importer(session, etab, report, school_year)
            await importer.prepare()
            await _run(importer, path, kind, uai, _Progress(1, kind, show))
            events.record_event(
                session,
                IMPORT_COMPLETED,
                now=utcnow(),
                principal=None,
                etablissement_id=etab.id,
                academie_id=etab.academie_id,
                channel="STAFF",
                payload={"kind": kind, "created": report.created, "updated": report.updated,
                         "left": report.left, "rejected": len(report.rejected)},  # fmt: skip
            )
    except ImportRefused as exc:
        report.refused = str(exc)
    except (OSError, zipfile.BadZipFile) as exc:
        report.refused = f"fichier illisible ({exc})."
    report.seconds = time.perf_counter() - started
    return report


async def run_cli(settings: Any, kind: str, file: str, uai: str) -> int:
    """``python -m graphql_api import KIND FILE --uai UAI``: prints the report; 1 when refused."""
    db = Database(settings.database_url)
    try:
        await db.create_all()
        report = await import_file(db, kind, Path(file), uai)
    finally:
        await db.dispose()
    print("\n".join(report.lines()))
    print(f"durée : {report.seconds:.1f} s")
    return 0 if report.imported else 1
