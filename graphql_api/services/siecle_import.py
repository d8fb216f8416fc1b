"""Import of the national exports: BEE_ELEVES, BEE_RESPONSABLES, BEE_NOMENCLATURES, STS_EDT.

Files are read as a stream (zip or plain, ISO-8859-15 or UTF-8, with or without BOM) and
written in batches inside ONE transaction: a file that turns out unreadable halfway, or
the wrong school's file, imports nothing. Records that are individually wrong (a pupil
without INE…) are rejected with their reason and the rest is imported. Rows are found again
through SIECLE identifiers (``siecle_link``) and INE, so a re-import updates in place.
"""
from __future__ import annotations

import asyncio
import codecs
import contextlib
import io
import os
import pickle
import re
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

from lxml import etree as LET
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import delete, insert, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.engine import Database
from ..db.models import Account, Division, Etablissement, Guardianship, PrincipalTeacher, Pupil
from ..db.models_staff import Mef, SiecleLink
from ..domain.events import SiecleImported
from ..domain import siecle
from ..domain.school_year import start_year as school_year_start
from ..domain.siecle import Rejection
from ..domain.texts import imports as texts
from ..domain.vocabulary import Role, StaffFunction
from . import campaigns, dashboard, events, hand
from .clock import utcnow

KINDS = {"eleves": "BEE_ELEVES", "responsables": "BEE_RESPONSABLES", "nomenclatures": "BEE_NOMENCLATURES", "sts": "STS_EDT"}
# Record element -> the element that must contain it (the national layouts, as GEPI, SACoche and
# Pix read them). Any other element inside one of these containers is a layout we do not know.
RECORDS = {
    "eleves": {"ELEVE": "ELEVES", "STRUCTURES_ELEVE": "STRUCTURES"},
    "responsables": {"PERSONNE": "PERSONNES", "RESPONSABLE_ELEVE": "RESPONSABLES"},
    "nomenclatures": {"MEF": "MEFS"},
    "sts": {"INDIVIDU": "INDIVIDUS", "DIVISION": "DIVISIONS"},
}
# Containers a file of that kind must have: without them nothing is imported (and nothing removed).
REQUIRED = {
    "eleves": ("DONNEES/ELEVES",),
    "responsables": ("DONNEES/PERSONNES", "DONNEES/RESPONSABLES"),
    "nomenclatures": ("DONNEES/MEFS",),
    "sts": ("DONNEES/INDIVIDUS",),
}
# Repeated elements of sections no import reads, dropped as they are parsed (memory stays flat).
SKIPPED = {"eleves": {"OPTION", "ADRESSE"}, "responsables": {"ADRESSE"}, "sts": {"GROUPE"}}
# Encodings _encoding() returns when the file says its own (declaration or BOM): libxml2 reads it.
DECLARED_OR_BOM = {"declared", "utf-8-sig", "utf-16"}
# STS INDIVIDU functions that become staff accounts (teachers, CPE, documentalists).
STS_STAFF = {"ENS", "EDU", "DOC", ""}
BATCH = 1000


class ImportRefused(Exception):
    """The whole file is refused: nothing was written. ``code`` is stable, for scripts."""

    def __init__(self, message: str, code: str = "SIECLE_UNREADABLE") -> None:
        super().__init__(message)
        self.code = code


UNKNOWN_LAYOUT = "SIECLE_UNKNOWN_LAYOUT"


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
    removals: list[str] = field(default_factory=list)  # what the import took away, one line each
    refused: str | None = None
    school_year: str | None = None  # the campaign year pupils were imported into
    refused_code: str | None = None  # stable code of the refusal (SIECLE_UNKNOWN_LAYOUT…)
    seconds: float = 0.0

    @property
    def imported(self) -> bool:
        return self.refused is None

    def lines(self) -> list[str]:
        head = texts.siecle_heading(self.kind, self.source, self.uai)
        if self.refused:
            return [head, texts.refused(self.refused), texts.refusal_code(self.refused_code or "SIECLE_UNREADABLE")]
        out = [
            head,
            texts.siecle_counts(self.created, self.updated, self.unchanged, self.left, self.unlinked, self.ignored, len(self.rejected)),
        ]
        out += [texts.rejected_line(r.ref, r.reason) for r in self.rejected]
        out += [texts.removed_line(r) for r in self.removals]
        out += [texts.warning_line(w) for w in self.warnings]
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
                raise ImportRefused(texts.archive_needs_one_xml(len(members)))
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
                raise ImportRefused(texts.unknown_declared_encoding(name)) from None
            return "declared"
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


def _fields(elem: Any) -> dict[str, str | None]:
    """A record's attributes and the text of its direct children (SIECLE never repeats them)."""
    values: dict[str, str | None] = {child.tag: child.text for child in elem}
    values.update(elem.attrib)
    return values


def _field(elem: Any, name: str) -> str | None:
    """``_fields(elem).get(name)`` without building the dict: the attribute, else the text of
    the last direct child of that name."""
    value: str | None = elem.get(name)
    if value is None:
        for child in elem:
            if child.tag == name:
                value = child.text
    return value


def _child_texts(elem: Any, first: str, second: str) -> tuple[str | None, str | None]:
    """``(elem.findtext(first), elem.findtext(second))``: the text ("" when empty) of the first
    direct child of each name, None when there is none; one pass over the children."""
    a = b = None
    for child in elem:
        tag = child.tag
        if tag == first:
            if a is None:
                a = child.text or ""
        elif tag == second and b is None:
            b = child.text or ""
    return a, b


def _parse(stream: IO[bytes] | io.RawIOBase, encoding: str | None, events: tuple[str, ...], tags: set[str] | None) -> Any:
    """libxml2's streaming parser (lxml), safe for files from outside: no DTD, no entity, no network."""
    return LET.iterparse(
        stream, events=events, tag=tags, encoding=encoding, resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )


def _root_tag(path: Path, encoding: str | None) -> str:
    with _open(path) as (stream, _):
        try:
            for _, elem in _parse(stream, encoding, ("start",), None):
                return str(elem.tag)
        except LET.XMLSyntaxError as exc:
            raise ImportRefused(texts.invalid_xml(exc)) from None
    raise ImportRefused(texts.EMPTY_FILE)


def read_records(path: Path, kind: str, progress: _Progress | None = None) -> Iterator[tuple[str, Any]]:
    """("UAJ", element), ("ANNEE_SCOLAIRE", element) then (record tag, element) pairs, one
    record alive at a time (libxml2 streams the file; Python only sees the elements it asks
    for). Refuses (ImportRefused) a layout it does not know: an unexpected element inside a
    record container, or a required container missing."""
    encoding = _encoding(path)
    records = RECORDS[kind]
    root_tag = KINDS[kind]
    containers = {c: {r for r, cc in records.items() if cc == c} for c in records.values()}
    found_root = _root_tag(path, None if encoding in DECLARED_OR_BOM else encoding)
    if found_root != root_tag:
        raise ImportRefused(texts.wrong_root(root_tag, found_root), "SIECLE_WRONG_KIND")
    tags = set(records) | set(containers) | {"UAJ", "ANNEE_SCOLAIRE"} | SKIPPED.get(kind, set())
    seen_containers: set[str] = set()
    count = 0
    with _open(path) as (stream, size):
        if progress:
            progress.total = max(size, 1)
        try:
            for _, elem in _parse(stream, None if encoding in DECLARED_OR_BOM else encoding, ("end",), tags):
                tag = elem.tag
                parent = elem.getparent()
                if parent is None:
                    continue
                if tag in records:
                    if parent.tag != records[tag]:
                        continue  # the same name elsewhere (not a record of this file)
                    count += 1
                    yield tag, elem
                    if progress and not count & 255:
                        progress.show(stream.count, count)
                    elem.clear()
                    parent.remove(elem)  # keeps memory flat, whatever the file's size
                elif tag in containers:
                    above = parent.tag
                    if above not in ("DONNEES", "STRUCTURE"):
                        continue
                    seen_containers.add(f"{above}/{tag}")
                    unexpected = [child.tag for child in elem]
                    if unexpected:
                        expected = texts.alternatives(sorted(containers[tag]))
                        raise ImportRefused(
                            texts.unexpected_element(unexpected[0], tag, expected),
                            UNKNOWN_LAYOUT,
                        )
                elif tag in ("UAJ", "ANNEE_SCOLAIRE"):
                    if parent.tag == "PARAMETRES":
                        yield tag, elem
                else:  # a section this import does not read (OPTIONS…): dropped as it goes
                    elem.clear()
                    parent.remove(elem)
        except LET.XMLSyntaxError as exc:
            raise ImportRefused(texts.invalid_xml(exc)) from None
    for needed in REQUIRED[kind]:
        if needed not in seen_containers:
            raise ImportRefused(texts.missing_container(root_tag, needed), UNKNOWN_LAYOUT)
    if progress:
        progress.show(progress.total, count, final=True)


# --- writing -------------------------------------------------------------------------------


class _Importer:
    def __init__(self, session: AsyncSession, etab: Etablissement, report: ImportReport, campaign_year: int, school_year: str) -> None:
        self.session = session
        self.campaign_year = campaign_year
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
        if not self.analyzed and self.session.get_bind().dialect.name == "postgresql":
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
            earlier = unique.get(item[0].ine)
            if earlier:  # the last record wins (as on PostgreSQL); the earlier one is rejected
                self.report.rejected.append(Rejection(f"ELEVE_ID {earlier[0].siecle_id}", texts.ine_twice(item[0].ine)))
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
            if current is None and record.left_on is not None:
                self.report.left += 1  # left before ever being here: nothing to follow
                continue
            if current is None:
                inserts.append({**fields, "school_year": self.school_year, "etablissement_id": self.etab.id, "ulis": False, "prepa_metiers": False, "version": 0})
                self.report.created += 1
                continue
            if current["etablissement_id"] != self.etab.id:
                self.report.rejected.append(
                    Rejection(f"ELEVE_ID {record.siecle_id} ({record.last_name} {record.first_name})",
                              texts.ine_elsewhere(record.ine))  # fmt: skip
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
        batch = list({p.siecle_id: p for p in batch}.values())  # a PERSONNE listed twice: its last record
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
                self.report.rejected.append(Rejection(f"RESPONSABLE {g.eleve_id}/{g.personne_id}", texts.PERSONNE_UNKNOWN))
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
        this import created are touched, never accounts entered by other means. A file that
        links no legal guardian at all is refused rather than allowed to remove every link."""
        from_siecle = select(SiecleLink.local_id).where(
            SiecleLink.etablissement_id == self.etab.id, SiecleLink.kind == "PERSONNE"
        )
        guardian = Account.__table__.alias("guardian")
        rows = (
            await self.session.execute(
                select(Guardianship.id, Guardianship.pupil_id, Guardianship.account_id, Pupil.last_name, Pupil.first_name,
                       guardian.c.last_name, guardian.c.first_name)  # fmt: skip
                .join(Pupil, Pupil.id == Guardianship.pupil_id)
                .join(guardian, guardian.c.id == Guardianship.account_id)
                .where(
                    Pupil.etablissement_id == self.etab.id,
                    Pupil.school_year == self.school_year,  # past years' files are frozen
                    Guardianship.account_id.in_(from_siecle),
                )
                .order_by(Pupil.last_name, Pupil.first_name, Guardianship.id)
            )
        ).all()
        gone = [row for row in rows if (row[1], row[2]) not in self.guardian_pairs]
        if gone and not self.guardian_pairs:
            raise ImportRefused(
                texts.no_legal_guardian(len(gone)),
                "SIECLE_NO_LEGAL_GUARDIAN",
            )
        for pk, pupil_id, account_id, *_ in gone:
            await self.session.execute(delete(Guardianship).where(Guardianship.id == pk))
            await hand.release_hand(self.session, pupil_id, account_id, reason="SIECLE_UNLINKED", now=utcnow())
        self.report.unlinked += len(gone)
        self.report.removals += [texts.no_longer_guardian(f"{g_last} {g_first}", f"{p_last} {p_first}") for _, _, _, p_last, p_first, g_last, g_first in gone]

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
        batch = list({t.siecle_id: t for t in batch}.values())  # an INDIVIDU listed twice: its last record
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

    async def principal_teachers(self, pps: dict[str, set[str]], division_mefs: dict[str, list[str]]) -> None:
        """Each division the file lists gets exactly the PPs the file names for it (STS:
        INDIVIDU/PROFS_PRINC/PROF_PRINC/CODE_STRUCTURE); every PP removed is in the report."""
        for code in sorted(set(pps) | set(division_mefs)):
            mefs = division_mefs.get(code, [])
            palier = next((p for p in (self.mefs.get(m, siecle.palier_of_mef(m))[0] for m in mefs) if p), None)
            if code not in self.divisions and palier is None:
                self.report.ignored += 1  # a division outside the paliers (6e, 5e…)
                continue
            division_id = await self.division_id(code, palier or "3EME")
            individus = sorted(pps.get(code, set()))
            people = await self.links("INDIVIDU", individus)
            for missing in sorted(set(individus) - set(people)):
                self.report.rejected.append(Rejection(f"DIVISION {code}", texts.pp_not_in_individus(missing)))
            current = dict(
                (
                    await self.session.execute(
                        select(PrincipalTeacher.account_id, Account.last_name + " " + Account.first_name)
                        .join(Account, Account.id == PrincipalTeacher.account_id)
                        .where(PrincipalTeacher.division_id == division_id)
                    )
                ).all()
            )
            wanted = set(people.values())
            if set(current) == wanted:
                self.report.unchanged += 1
                continue
            removed = set(current) - wanted
            if removed:
                await self.session.execute(
                    delete(PrincipalTeacher).where(PrincipalTeacher.division_id == division_id, PrincipalTeacher.account_id.in_(removed))
                )
                self.report.removals += [texts.no_longer_pp(code, current[a]) for a in sorted(removed)]
            for account_id in wanted - set(current):
                self.session.add(PrincipalTeacher(account_id=account_id, division_id=division_id))
            self.report.updated += 1
            await self.session.flush()


# On PostgreSQL, BEE_ELEVES, BEE_RESPONSABLES and STS_EDT files are staged with COPY and merged
# by set-based statements (the _Staged* classes); SQLite, and PostgreSQL when this is False
# (the differential test compares both paths), write them in batches through _Importer.
STAGING = True


def _stager(importer: _Importer, kind: str) -> _StagedEleves | _StagedResponsables | _StagedSts | None:
    if not STAGING or importer.session.get_bind().dialect.name != "postgresql":
        return None
    stages: dict[str, type[_StagedEleves] | type[_StagedResponsables] | type[_StagedSts]] = {
        "eleves": _StagedEleves, "responsables": _StagedResponsables, "sts": _StagedSts
    }
    stage = stages.get(kind)
    return stage(importer) if stage else None


class _Stage:
    """Temporary tables (dropped at commit) fed by COPY as the file is read: ``CHUNK`` rows at
    most in memory, whatever the file's size. Subclasses name their TABLES (name -> columns
    COPYed; ``seq`` is the record's rank in the file) and merge them."""

    CHUNK = 5000
    TABLES: dict[str, str] = {}  # name -> full column list (DDL)
    COPIED: dict[str, list[str]] = {}  # name -> columns COPYed, ``seq`` first
    # pump(): the file is read in a thread while its rows are COPYed (and merged where that
    # may start before the end of the file). Chunks waiting to be COPYed: at most IN_FLIGHT
    # in memory, the others spooled to a temporary file, so that the reading never waits
    # for the database and memory stays flat.
    PUMPED = False
    IN_FLIGHT = 4
    DEFERRED: frozenset[str] = frozenset()  # stages COPYed only once the whole file is read

    def __init__(self, importer: _Importer) -> None:
        self.importer = importer
        self.session = importer.session
        self.report = importer.report
        self.buffers: dict[str, list[tuple[Any, ...]]] = {name: [] for name in self.COPIED}
        self.seq = 0
        self.pg: Any = None

    def writers(self) -> dict[str, Any]:
        return {}

    async def open(self) -> None:
        await self.session.execute(text("SELECT 1"))  # the import's transaction is open: the stages live in it
        for name, columns in self.TABLES.items():
            await self.session.execute(text(f"CREATE TEMP TABLE {name} ({columns}) ON COMMIT DROP"))
        raw = await (await self.session.connection()).get_raw_connection()
        self.pg = raw.driver_connection

    async def stage(self, name: str, rows: list[tuple[Any, ...]]) -> None:
        buffer = self.buffers[name]
        for row in rows:
            self.seq += 1
            buffer.append((self.seq, *row))
        if len(buffer) >= self.CHUNK:
            await self.copy()

    async def copy(self) -> None:
        for name, buffer in self.buffers.items():
            if buffer:
                self.buffers[name] = []
                await self.pg.copy_records_to_table(name, records=buffer, columns=self.COPIED[name])

    def row(self, name: str, item: Any) -> tuple[str, tuple[Any, ...]]:
        """The stage and the row (without its ``seq``) of one item _operations gives."""
        raise NotImplementedError

    async def mark(self, name: str) -> None:
        """_operations asked for the items of ``name`` to be written before what follows (all
        of them were read, as far as the layout goes): a merge may start."""

    async def received(self, stage: str) -> None:
        """Rows of ``stage`` are about to be COPYed (a merge begun early may have to be undone)."""

    async def pump(self, operations: Generator[tuple[str, Any], None, None]) -> None:
        """Reads the file (``operations``) in a thread; its rows come back to this task in
        chunks of CHUNK rows and are COPYed (DEFERRED stages once the file is read) while the
        thread reads on. The report is written by the thread only (rejections, warnings…), the
        merges write their counts once it is done, except mark()'s."""
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[tuple[Any, ...]] = asyncio.Queue()
        room = threading.Semaphore(self.IN_FLIGHT)
        stop = threading.Event()
        spool = tempfile.TemporaryFile()
        fd = spool.fileno()

        def send(message: tuple[Any, ...]) -> None:
            loop.call_soon_threadsafe(inbox.put_nowait, message)

        def produce() -> None:
            spooled = 0
            buffers: dict[str, list[tuple[Any, ...]]] = {name: [] for name in self.COPIED}
            seq = 0

            def ship(stage: str) -> None:
                nonlocal spooled
                rows, buffers[stage] = buffers[stage], []
                if not rows:
                    return
                if stage not in self.DEFERRED and room.acquire(blocking=False):
                    send(("rows", stage, rows))
                    return
                data = pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
                os.pwrite(fd, data, spooled)
                send(("spooled", stage, spooled, len(data)))
                spooled += len(data)

            try:
                for name, item in operations:
                    if stop.is_set():
                        return
                    if name == "flush":
                        for stage in buffers:
                            ship(stage)
                        send(("mark", item))
                        continue
                    stage, row = self.row(name, item)
                    seq += 1
                    buffer = buffers[stage]
                    buffer.append((seq, *row))
                    if len(buffer) >= self.CHUNK:
                        ship(stage)
                for stage in buffers:
                    ship(stage)
                send(("end",))
            except BaseException as exc:  # noqa: BLE001 - handed to the import's task, raised there
                send(("error", exc))
            finally:
                operations.close()

        reader = threading.Thread(target=produce, name="siecle-read", daemon=True)
        deferred: list[tuple[str, int, int]] = []
        reader.start()
        try:
            while True:
                message = await inbox.get()
                what = message[0]
                if what == "rows":
                    room.release()
                    await self.received(message[1])
                    await self.pg.copy_records_to_table(message[1], records=message[2], columns=self.COPIED[message[1]])
                elif what == "spooled":
                    if message[1] in self.DEFERRED:
                        deferred.append(message[1:])
                        continue
                    await self.received(message[1])
                    rows = pickle.loads(os.pread(fd, message[3], message[2]))
                    await self.pg.copy_records_to_table(message[1], records=rows, columns=self.COPIED[message[1]])
                elif what == "mark":
                    await self.mark(message[1])
                elif what == "error":
                    raise message[1]
                else:
                    break
            for stage, offset, size in deferred:
                await self.received(stage)
                await self.pg.copy_records_to_table(stage, records=pickle.loads(os.pread(fd, size, offset)), columns=self.COPIED[stage])
        finally:
            stop.set()
            await asyncio.to_thread(reader.join)
            spool.close()

    async def rows(self, sql: str, **params: Any) -> list[Any]:
        t = time.perf_counter()
        result = await self.session.execute(text(sql), {"e": self.importer.etab.id, "y": self.importer.school_year, **params})
        out = list(result.all()) if result.returns_rows else []  # type: ignore[attr-defined]
        if os.environ.get("SIECLE_TIMING"):
            print(f"{time.perf_counter() - t:6.2f} s  {sql[:90]}", file=sys.stderr)
        return out

    async def merge_accounts(self, name: str, kind: str, fields: list[str], fixed: dict[str, str]) -> None:
        """The staged people of ``name`` (PERSONNE or INDIVIDU) into ``account``: found again
        through their SIECLE link and updated where the file changed them, the others created
        with ids drawn from the table's sequence, so that their links are written by the same
        statement."""
        run = self.rows
        await run(f"ANALYZE {name}")
        await run(f"DELETE FROM {name} s USING {name} t WHERE t.siecle_id = s.siecle_id AND t.seq > s.seq")  # last record wins
        await run(
            f"UPDATE {name} s SET account_id = a.id, linked = true FROM siecle_link l LEFT JOIN account a ON a.id = l.local_id "
            f"WHERE l.etablissement_id = :e AND l.kind = '{kind}' AND l.siecle_id = s.siecle_id"
        )
        current = "(" + ", ".join(f"a.{f}" for f in fields) + ")"
        staged = "(" + ", ".join(f"s.{f}" for f in fields) + ")"
        matched, changed = (
            await run(f"SELECT count(*), count(*) FILTER (WHERE {current} IS DISTINCT FROM {staged}) FROM {name} s JOIN account a ON a.id = s.account_id")
        )[0]
        await run(
            f"UPDATE account a SET {', '.join(f'{f} = s.{f}' for f in fields)} FROM {name} s "
            f"WHERE a.id = s.account_id AND {current} IS DISTINCT FROM {staged}"
        )
        columns = [*fields, *fixed]
        # The sequence named once: pg_get_serial_sequence() in the statement is a catalog
        # lookup per row (0.8 s for 200,000 rows); a literal regclass is resolved at planning.
        sequence = str((await run("SELECT pg_get_serial_sequence('account', 'id')"))[0][0]).replace("'", "''")
        created = (
            await run(
                f"WITH fresh AS MATERIALIZED (SELECT s.*, nextval('{sequence}'::regclass) AS new_id "
                f"FROM {name} s WHERE s.account_id IS NULL), "
                f"accounts AS (INSERT INTO account (id, {', '.join(columns)}, delegated, active, failed_logins) "
                f"SELECT new_id, {', '.join([*(f's.{f}' for f in fields), *fixed.values()])}, false, true, 0 FROM fresh s ORDER BY seq RETURNING 1), "
                # A link to an account that no longer exists is pointed at the new one.
                f"moved AS (UPDATE siecle_link l SET local_id = f.new_id FROM fresh f "
                f"WHERE f.linked AND l.etablissement_id = :e AND l.kind = '{kind}' AND l.siecle_id = f.siecle_id RETURNING 1), "
                f"links AS (INSERT INTO siecle_link (etablissement_id, kind, siecle_id, local_id) "
                f"SELECT :e, '{kind}', siecle_id, new_id FROM fresh WHERE NOT linked RETURNING 1) "
                "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM moved), (SELECT count(*) FROM links)"
            )
        )[0][0]
        self.report.created += created
        self.report.updated += changed
        self.report.unchanged += matched - changed


class _StagedResponsables(_Stage):
    """PostgreSQL path of a BEE_RESPONSABLES file: PERSONNE and RESPONSABLE_ELEVE records COPYed
    into temporary tables, then merged set-based: people into ``account`` (with their SIECLE
    links), both legal guardians into ``guardianship``, and the links SIECLE no longer lists
    removed (the hand released through services/hand.py, each removal in the report). Same
    rules and same report as _Importer.persons/guardians/prune_guardians (the SQLite path)."""

    TABLES = {
        "stage_person": "seq integer, siecle_id text, last_name text, first_name text, email text, civility text, "
        "account_id bigint, linked boolean NOT NULL DEFAULT false",
        "stage_guardian": "seq integer, eleve_id text, personne_id text, level integer",
    }
    COPIED = {
        "stage_person": ["seq", "siecle_id", "last_name", "first_name", "email", "civility"],
        "stage_guardian": ["seq", "eleve_id", "personne_id", "level"],
    }

    PUMPED = True
    # The links are COPYed once the whole file is read: until then, the people's merge begun
    # early (mark) may still have to be undone, and a ROLLBACK TO SAVEPOINT would take them too.
    DEFERRED = frozenset({"stage_guardian"})
    merged_early: tuple[int, int, int] | None = None  # the report's counts before that merge

    def writers(self) -> dict[str, Any]:
        return {"persons": self.add_persons, "guardians": self.add_guardians}

    def row(self, name: str, item: Any) -> tuple[str, tuple[Any, ...]]:
        if name == "persons":
            return "stage_person", (item.siecle_id, item.last_name, item.first_name, item.email, item.civility)
        return "stage_guardian", (item.eleve_id, item.personne_id, item.level)

    async def mark(self, name: str) -> None:
        """The first legal link: the PERSONNE records were all read (as SIECLE lays the file
        out). Their merge into ``account`` starts now, in a savepoint, while the thread reads
        the links: a PERSONNE found after them undoes it (received) and the merge is done at
        the end, as always. Nothing is removed here: pruning waits for the whole file."""
        if name != "persons" or self.merged_early is not None:
            return
        await self.rows("SAVEPOINT siecle_people")
        self.merged_early = (self.report.created, self.report.updated, self.report.unchanged)
        await self.merge_people()

    async def received(self, stage: str) -> None:
        if stage == "stage_person" and self.merged_early is not None:
            await self.rows("ROLLBACK TO SAVEPOINT siecle_people")
            self.report.created, self.report.updated, self.report.unchanged = self.merged_early
            self.merged_early = None

    async def merge_people(self) -> None:
        await self.merge_accounts("stage_person", "PERSONNE", ["last_name", "first_name", "email", "civility"], {"role": f"'{Role.GUARDIAN.value}'"})

    async def add_persons(self, batch: list[siecle.PersonRecord]) -> None:
        await self.stage("stage_person", [(p.siecle_id, p.last_name, p.first_name, p.email, p.civility) for p in batch])

    async def add_guardians(self, batch: list[siecle.GuardianLink]) -> None:
        await self.stage("stage_guardian", [(g.eleve_id, g.personne_id, g.level) for g in batch])

    async def merge(self) -> None:
        await self.copy()
        run = self.rows
        if self.merged_early is None:
            await self.merge_people()
        await run("ANALYZE stage_guardian")
        await run(
            "CREATE TEMP TABLE stage_link ON COMMIT DROP AS SELECT s.seq, s.eleve_id, s.personne_id, s.level, "
            "pl.local_id AS pupil_id, al.local_id AS account_id FROM stage_guardian s "
            "LEFT JOIN siecle_link pl ON pl.etablissement_id = :e AND pl.kind = 'ELEVE' AND pl.siecle_id = s.eleve_id "
            "LEFT JOIN siecle_link al ON al.etablissement_id = :e AND al.kind = 'PERSONNE' AND al.siecle_id = s.personne_id"
        )
        self.report.ignored += (await run("SELECT count(*) FROM stage_link WHERE pupil_id IS NULL"))[0][0]  # outside the paliers
        for eleve_id, personne_id in await run(
            "SELECT eleve_id, personne_id FROM stage_link WHERE pupil_id IS NOT NULL AND account_id IS NULL ORDER BY seq"
        ):
            self.report.rejected.append(Rejection(f"RESPONSABLE {eleve_id}/{personne_id}", texts.PERSONNE_UNKNOWN))
        # Each (pupil, guardian) pair once, its last record's level, with the link already here if any.
        await run(
            "CREATE TEMP TABLE stage_pair ON COMMIT DROP AS SELECT s.pupil_id, s.account_id, s.level, g.id AS known, g.level AS known_level "
            "FROM (SELECT DISTINCT ON (pupil_id, account_id) pupil_id, account_id, level FROM stage_link "
            "WHERE pupil_id IS NOT NULL AND account_id IS NOT NULL ORDER BY pupil_id, account_id, seq DESC) s "
            "LEFT JOIN guardianship g ON g.pupil_id = s.pupil_id AND g.account_id = s.account_id"
        )
        pairs, created, changed = (
            await run("SELECT count(*), count(*) FILTER (WHERE known IS NULL), count(*) FILTER (WHERE known_level <> level) FROM stage_pair")
        )[0]
        if changed:
            await run("UPDATE guardianship g SET level = s.level FROM stage_pair s WHERE g.id = s.known AND s.known_level <> s.level")
        if created:
            await run("INSERT INTO guardianship (pupil_id, account_id, level) SELECT pupil_id, account_id, level FROM stage_pair WHERE known IS NULL")
        self.report.created += created
        self.report.updated += changed
        self.report.unchanged += pairs - created - changed
        await run("ANALYZE stage_pair")
        await self.prune(pairs)

    async def prune(self, pairs: int) -> None:
        """As _Importer.prune_guardians: the links to this year's pupils of the school, made by
        an import (the guardian has a SIECLE link), that the file no longer lists."""
        run = self.rows
        await run("ANALYZE guardianship, pupil, account, siecle_link")  # this transaction's rows: the plan must know them
        gone = await run(
            "SELECT g.id, g.pupil_id, g.account_id, p.last_name, p.first_name, a.last_name, a.first_name, "
            "p.entering_guardian_id IS NOT DISTINCT FROM g.account_id "
            "FROM guardianship g JOIN pupil p ON p.id = g.pupil_id JOIN account a ON a.id = g.account_id "
            "WHERE p.etablissement_id = :e AND p.school_year = :y "
            "AND g.account_id IN (SELECT local_id FROM siecle_link WHERE etablissement_id = :e AND kind = 'PERSONNE') "
            "AND NOT EXISTS (SELECT 1 FROM stage_pair s WHERE s.pupil_id = g.pupil_id AND s.account_id = g.account_id) "
            "ORDER BY p.last_name, p.first_name, g.id"
        )
        if gone and not pairs:
            raise ImportRefused(texts.no_legal_guardian(len(gone)), "SIECLE_NO_LEGAL_GUARDIAN")
        if not gone:
            return
        await run("CREATE TEMP TABLE stage_gone (id bigint) ON COMMIT DROP")
        await self.pg.copy_records_to_table("stage_gone", records=[(row[0],) for row in gone], columns=["id"])
        await run("DELETE FROM guardianship g USING stage_gone x WHERE g.id = x.id")
        for _, pupil_id, account_id, *_names, had_hand in gone:
            if had_hand:  # release_hand changes nothing for the others
                await hand.release_hand(self.session, pupil_id, account_id, reason="SIECLE_UNLINKED", now=utcnow())
        self.report.unlinked += len(gone)
        self.report.removals += [texts.no_longer_guardian(f"{g_last} {g_first}", f"{p_last} {p_first}") for _, _, _, p_last, p_first, g_last, g_first, _ in gone]


class _StagedSts(_Stage):
    """PostgreSQL path of an STS_EDT file: INDIVIDU records COPYed and merged into ``account``
    set-based, then each listed division given exactly the PPs the file names for it, in a
    few statements for the whole school. Same rules and report as _Importer.teachers and
    _Importer.principal_teachers (the SQLite path)."""

    TABLES = {
        "stage_teacher": "seq integer, siecle_id text, last_name text, first_name text, civility text, "
        "account_id bigint, linked boolean NOT NULL DEFAULT false",
    }
    COPIED = {"stage_teacher": ["seq", "siecle_id", "last_name", "first_name", "civility"]}

    def writers(self) -> dict[str, Any]:
        return {"teachers": self.add_teachers}

    async def add_teachers(self, batch: list[siecle.TeacherRecord]) -> None:
        await self.stage("stage_teacher", [(t.siecle_id, t.last_name, t.first_name, t.civility) for t in batch])

    async def merge(self) -> None:
        await self.copy()
        await self.merge_accounts(
            "stage_teacher", "INDIVIDU", ["last_name", "first_name", "civility"],
            {"role": f"'{Role.STAFF.value}'", "staff_function": f"'{StaffFunction.TEACHER.value}'", "etablissement_id": ":e"},
        )  # fmt: skip

    async def principal_teachers(self, pps: dict[str, set[str]], division_mefs: dict[str, list[str]]) -> None:
        run = self.rows
        divisions, named = [], []
        for code in sorted(set(pps) | set(division_mefs)):
            palier = next((p for p in (self.importer.mefs.get(m, siecle.palier_of_mef(m))[0] for m in division_mefs.get(code, [])) if p), None)
            if code not in self.importer.divisions and palier is None:
                self.report.ignored += 1  # a division outside the paliers (6e, 5e…)
                continue
            divisions.append((code, palier or "3EME"))
            named += [(code, individu) for individu in sorted(pps.get(code, set()))]
        await run("CREATE TEMP TABLE stage_division (code text, palier text, division_id integer) ON COMMIT DROP")
        await run("CREATE TEMP TABLE stage_pp (code text, individu text) ON COMMIT DROP")
        await self.pg.copy_records_to_table("stage_division", records=divisions, columns=["code", "palier"])
        await self.pg.copy_records_to_table("stage_pp", records=named, columns=["code", "individu"])
        await run(
            "INSERT INTO division (etablissement_id, code, palier) SELECT :e, code, palier FROM stage_division "
            "ON CONFLICT (etablissement_id, code) DO NOTHING"
        )
        await run("UPDATE stage_division s SET division_id = d.id FROM division d WHERE d.etablissement_id = :e AND d.code = s.code")
        missing = await run(
            "SELECT p.code, p.individu FROM stage_pp p WHERE NOT EXISTS (SELECT 1 FROM siecle_link l "
            "WHERE l.etablissement_id = :e AND l.kind = 'INDIVIDU' AND l.siecle_id = p.individu)"
        )
        for code, individu in sorted(missing):
            self.report.rejected.append(Rejection(f"DIVISION {code}", texts.pp_not_in_individus(individu)))
        await run(
            "CREATE TEMP TABLE stage_pp_wanted ON COMMIT DROP AS SELECT DISTINCT d.division_id, l.local_id AS account_id "
            "FROM stage_pp p JOIN stage_division d ON d.code = p.code "
            "JOIN siecle_link l ON l.etablissement_id = :e AND l.kind = 'INDIVIDU' AND l.siecle_id = p.individu"
        )
        removed = await run(
            "SELECT d.code, pt.account_id, a.last_name || ' ' || a.first_name FROM principal_teacher pt "
            "JOIN stage_division d ON d.division_id = pt.division_id JOIN account a ON a.id = pt.account_id "
            "WHERE NOT EXISTS (SELECT 1 FROM stage_pp_wanted w WHERE w.division_id = pt.division_id AND w.account_id = pt.account_id)"
        )
        added = await run(
            "INSERT INTO principal_teacher (account_id, division_id) SELECT w.account_id, w.division_id FROM stage_pp_wanted w "
            "WHERE NOT EXISTS (SELECT 1 FROM principal_teacher pt WHERE pt.division_id = w.division_id AND pt.account_id = w.account_id) "
            "RETURNING division_id"
        )
        await run(
            "DELETE FROM principal_teacher pt USING stage_division d WHERE d.division_id = pt.division_id "
            "AND NOT EXISTS (SELECT 1 FROM stage_pp_wanted w WHERE w.division_id = pt.division_id AND w.account_id = pt.account_id)"
        )
        codes = dict(await run("SELECT division_id, code FROM stage_division"))
        changed = {code for code, _, _ in removed} | {codes[division_id] for (division_id,) in added}
        self.report.updated += len(changed)
        self.report.unchanged += len(divisions) - len(changed)
        self.report.removals += [texts.no_longer_pp(code, name) for code, _, name in sorted(removed)]


class _StagedEleves(_Stage):
    """PostgreSQL path of a BEE_ELEVES file: its pupils and their classes are COPYed into
    temporary tables as the file is read (a fixed number of rows in memory), then merged by a
    handful of set-based statements (INSERT … SELECT, UPDATE … FROM, INSERT … ON CONFLICT), in
    the import's transaction. Same rules and same report as the batch path SQLite uses."""

    TABLES = {
        "stage_pupil": "seq integer, siecle_id text, ine text, last_name text, first_name text, birth_date date, mef text, "
        "palier text, segpa boolean, left_on date, pupil_id bigint, pupil_etab integer",
        "stage_structure": "seq integer, siecle_id text, code text",
    }
    COPIED = {
        "stage_pupil": ["seq", "siecle_id", "ine", "last_name", "first_name", "birth_date", "mef", "palier", "segpa", "left_on"],
        "stage_structure": ["seq", "siecle_id", "code"],
    }

    PUMPED = True

    def writers(self) -> dict[str, Any]:
        return {"pupils": self.add_pupils, "structures": self.add_structures}

    def row(self, name: str, item: Any) -> tuple[str, tuple[Any, ...]]:
        if name == "pupils":
            r, palier, segpa = item
            return "stage_pupil", (r.siecle_id, r.ine, r.last_name, r.first_name, r.birth_date, r.mef, palier, segpa, r.left_on)
        return "stage_structure", item

    async def add_pupils(self, batch: list[tuple[siecle.PupilRecord, str, bool]]) -> None:
        await self.stage(
            "stage_pupil", [(r.siecle_id, r.ine, r.last_name, r.first_name, r.birth_date, r.mef, palier, segpa, r.left_on) for r, palier, segpa in batch]
        )

    async def add_structures(self, batch: list[tuple[str, str]]) -> None:
        await self.stage("stage_structure", batch)

    async def merge(self) -> None:
        await self.copy()
        run = self.rows
        await run("CREATE INDEX ON stage_pupil (ine)")
        await run("ANALYZE stage_pupil")
        await run("ANALYZE stage_structure")
        # An INE twice in the file: its last record wins, the others are rejected.
        for siecle_id, ine in await run(
            "DELETE FROM stage_pupil s USING stage_pupil t WHERE t.ine = s.ine AND t.seq > s.seq RETURNING s.siecle_id, s.ine"
        ):
            self.report.rejected.append(Rejection(f"ELEVE_ID {siecle_id}", texts.ine_twice(ine)))
        # Pupils already here: by INE, else by their SIECLE id (an INE corrected since).
        await run("UPDATE stage_pupil s SET pupil_id = p.id, pupil_etab = p.etablissement_id FROM pupil p WHERE p.ine = s.ine AND p.school_year = :y")
        await run(
            "UPDATE stage_pupil s SET pupil_id = p.id, pupil_etab = p.etablissement_id FROM siecle_link l JOIN pupil p ON p.id = l.local_id AND p.school_year = :y "
            "WHERE s.pupil_id IS NULL AND l.etablissement_id = :e AND l.kind = 'ELEVE' AND l.siecle_id = s.siecle_id"
        )
        for siecle_id, last, first, ine in await run(
            "DELETE FROM stage_pupil WHERE pupil_etab <> :e RETURNING siecle_id, last_name, first_name, ine"
        ):
            self.report.rejected.append(
                Rejection(f"ELEVE_ID {siecle_id} ({last} {first})", texts.ine_elsewhere(ine))
            )
        left_before = await run("DELETE FROM stage_pupil WHERE pupil_id IS NULL AND left_on IS NOT NULL RETURNING 1")
        self.report.left += len(left_before)  # left before ever being here: nothing to follow
        # New classes in one statement; each staged pupil is then written once, with its class.
        await run(
            "INSERT INTO division (etablissement_id, code, palier) SELECT DISTINCT ON (st.code) :e, st.code, s.palier "
            "FROM stage_structure st JOIN stage_pupil s ON s.siecle_id = st.siecle_id ORDER BY st.code, s.seq "
            "ON CONFLICT (etablissement_id, code) DO NOTHING"
        )
        placed = (
            "stage_pupil s LEFT JOIN (SELECT DISTINCT ON (siecle_id) siecle_id, code FROM stage_structure ORDER BY siecle_id) st "
            "ON st.siecle_id = s.siecle_id LEFT JOIN division d ON d.etablissement_id = :e AND d.code = st.code"
        )
        identity = "(p.ine, p.last_name, p.first_name, p.birth_date, p.mef, p.palier, p.segpa, p.left_on)"
        staged = "(s.ine, s.last_name, s.first_name, s.birth_date, s.mef, s.palier, s.segpa, s.left_on)"
        matched, changed, left = (
            await run(
                f"SELECT count(*), count(*) FILTER (WHERE {identity} IS DISTINCT FROM {staged}), "
                "count(*) FILTER (WHERE s.left_on IS NOT NULL AND p.left_on IS DISTINCT FROM s.left_on) "
                "FROM stage_pupil s JOIN pupil p ON p.id = s.pupil_id"
            )
        )[0]
        rewritten = await run(
            "UPDATE pupil p SET ine = s.ine, last_name = s.last_name, first_name = s.first_name, birth_date = s.birth_date, "
            "mef = s.mef, palier = s.palier, segpa = s.segpa, left_on = s.left_on, division_id = coalesce(s.division_id, p.division_id) "
            f"FROM (SELECT s.*, d.id AS division_id FROM {placed} WHERE s.pupil_id IS NOT NULL) s WHERE p.id = s.pupil_id "
            f"AND ({identity} IS DISTINCT FROM {staged} OR (s.division_id IS NOT NULL AND p.division_id IS DISTINCT FROM s.division_id)) "
            "RETURNING p.id"
        )
        created, new = (
            await run(
                "WITH created AS ("
                " INSERT INTO pupil (ine, school_year, last_name, first_name, birth_date, mef, palier, segpa, left_on, etablissement_id, division_id,"
                " ulis, prepa_metiers, version)"
                f" SELECT s.ine, :y, s.last_name, s.first_name, s.birth_date, s.mef, s.palier, s.segpa, s.left_on, :e, d.id, false, false, 0"
                f" FROM {placed} WHERE s.pupil_id IS NULL ORDER BY s.seq RETURNING id, ine),"
                " linked AS (INSERT INTO siecle_link (etablissement_id, kind, siecle_id, local_id)"
                " SELECT DISTINCT ON (s.siecle_id) :e, 'ELEVE', s.siecle_id, c.id FROM created c JOIN stage_pupil s ON s.ine = c.ine"
                " ORDER BY s.siecle_id, s.seq DESC"
                " ON CONFLICT (etablissement_id, kind, siecle_id) DO UPDATE SET local_id = EXCLUDED.local_id RETURNING 1)"
                " SELECT (SELECT count(*) FROM created), (SELECT coalesce(array_agg(id), '{}') FROM created), (SELECT count(*) FROM linked)"
            )
        )[0][:2]
        self.report.created += created
        self.report.updated += changed
        self.report.unchanged += matched - changed
        self.report.left += left
        # The dashboard counts the pupils written here, not the whole school; the new ones (no
        # file yet: the ids the INSERT returned) by two set-based statements.
        dashboard.recount(self.session, [pk for (pk,) in rewritten])
        await self.session.run_sync(dashboard.count_new_pupils, list(new))
        await run(
            "INSERT INTO siecle_link (etablissement_id, kind, siecle_id, local_id)"
            " SELECT DISTINCT ON (siecle_id) :e, 'ELEVE', siecle_id, pupil_id FROM stage_pupil WHERE pupil_id IS NOT NULL"
            " ORDER BY siecle_id, seq DESC"
            " ON CONFLICT (etablissement_id, kind, siecle_id) DO UPDATE SET local_id = EXCLUDED.local_id"
            " WHERE siecle_link.local_id <> EXCLUDED.local_id"
        )
        self.importer.divisions = {
            code: pk
            for code, pk in (await self.session.execute(select(Division.code, Division.id).where(Division.etablissement_id == self.importer.etab.id))).all()
        }


def _text(elem: ET.Element | None, attribute: str) -> str:
    if elem is None:
        return ""
    return (elem.get(attribute) or elem.text or "").strip()


@dataclass
class _Found:
    """What reading a file gathers besides the rows it writes (filled as the file is read)."""

    pps: dict[str, set[str]] = field(default_factory=dict)
    division_mefs: dict[str, list[str]] = field(default_factory=dict)
    pp_elements: int = 0
    not_classes: dict[str, int] = field(default_factory=dict)


def _operations(
    importer: _Importer, path: Path, kind: str, uai: str, progress: _Progress, today: Any, found: _Found
) -> Generator[tuple[str, Any], None, None]:
    """The file read and checked record by record, as what to write: (writer, item) pairs, and
    ("flush", writer) where the items of that writer must be written before what follows.
    Rejections, warnings and ignored records go to the report as they are met; a file that
    cannot be imported raises ImportRefused. Synchronous and touching no database: it runs in
    the import's task (batch path) or in a thread of its own (staged path, _Stage.pump)."""
    report = importer.report
    seen_uai = kind == "nomenclatures"  # the national nomenclature is not a school's file
    seen_year = False
    pps, division_mefs, not_classes = found.pps, found.division_mefs, found.not_classes
    paliers: dict[str, tuple[str | None, bool]] = {}  # MEF code -> (palier, SEGPA), each code worked out once
    pending_pupils = pending_persons = False
    for tag, elem in read_records(path, kind, progress):
        if tag == "UAJ":
            found_uai = _text(elem, "CODE")  # STS: <UAJ CODE="…"> with children; BEE: <UAJ>…</UAJ>
            if kind != "nomenclatures" and not siecle.same_school(uai, found_uai):
                raise ImportRefused(texts.other_etablissement(found_uai or texts.NOT_STATED, uai), "SIECLE_OTHER_ETABLISSEMENT")
            seen_uai = True
            continue
        if tag == "ANNEE_SCOLAIRE":
            problem = siecle.wrong_year(siecle.school_year(_text(elem, "ANNEE")), importer.campaign_year)
            if problem:
                raise ImportRefused(problem, "SIECLE_WRONG_SCHOOL_YEAR")
            seen_year = True
            continue
        if not seen_uai:
            raise ImportRefused(texts.UAJ_MISSING, UNKNOWN_LAYOUT)
        if not seen_year:
            raise ImportRefused(siecle.wrong_year(None, importer.campaign_year) or "", "SIECLE_WRONG_SCHOOL_YEAR")
        if tag == "STRUCTURES_ELEVE":  # the only record whose fields are not all read
            code = ""
            for s in elem.iter("STRUCTURE"):
                s_code, s_type = _child_texts(s, "CODE_STRUCTURE", "TYPE_STRUCTURE")
                s_code, s_type = (s_code or "").strip(), (s_type or "").strip()
                if siecle.is_class(s_code, s_type):
                    code = s_code
                elif s_type.upper() == siecle.DIVISION_TYPE and s_code:
                    not_classes[s_code] = not_classes.get(s_code, 0) + 1
            if code:
                if pending_pupils:
                    yield "flush", "pupils"  # structures come after the pupils they place
                    pending_pupils = False
                yield "structures", ((_field(elem, "ELEVE_ID") or "").strip(), code[:20])
            continue
        values = _fields(elem)
        if tag == "ELEVE":
            if not values.get("ELEVE_ID"):
                raise ImportRefused(texts.ELEVE_WITHOUT_ID, UNKNOWN_LAYOUT)
            record = siecle.pupil_record(values, values["ELEVE_ID"] or "?")
            if isinstance(record, Rejection):
                report.rejected.append(record)
                continue
            mef = record.mef
            known = paliers.get(mef)
            if known is None:
                known = paliers[mef] = importer.mefs[mef] if mef in importer.mefs else siecle.palier_of_mef(mef)
            palier, segpa = known
            if palier is None:
                report.ignored += 1
                continue
            pending_pupils = True
            yield "pupils", (record, palier, segpa)
        elif tag == "PERSONNE":
            person, warning = siecle.person_record(values, (values.get("PERSONNE_ID") or "").strip())
            if warning:
                report.warnings.append(warning)
            if isinstance(person, Rejection):
                report.rejected.append(person)
            else:
                pending_persons = True
                yield "persons", person
        elif tag == "RESPONSABLE_ELEVE":
            try:
                link = siecle.guardian_link(values)
            except siecle.UnknownLayout as exc:
                raise ImportRefused(texts.unrecognised_layout(exc), UNKNOWN_LAYOUT) from None
            if link is None:
                report.ignored += 1
            elif isinstance(link, Rejection):
                report.rejected.append(link)
            else:
                if pending_persons:
                    yield "flush", "persons"  # the people before the links that name them
                    pending_persons = False
                yield "guardians", link
        elif tag == "MEF":
            mef_record = siecle.mef_record(values, values.get("CODE_MEF") or "")
            if isinstance(mef_record, Rejection):
                report.rejected.append(mef_record)
            else:
                yield "mefs", mef_record
        elif tag == "INDIVIDU":
            individu = (values.get("ID") or "").strip()
            for pp in elem.iter("PROF_PRINC"):
                found.pp_elements += 1
                code = (pp.findtext("CODE_STRUCTURE") or "").strip()
                if not code:
                    raise ImportRefused(
                        texts.PROF_PRINC_WITHOUT_STRUCTURE,
                        UNKNOWN_LAYOUT,
                    )
                try:
                    ends = siecle.parse_date(pp.findtext("DATE_FIN"))
                except ValueError:
                    ends = None
                if siecle.pp_active(ends, today):
                    pps.setdefault(code[:20], set()).add(individu)
            if (values.get("FONCTION") or "").strip().upper() not in STS_STAFF:
                report.ignored += 1  # direction, administration…: not PPs, accounts come from elsewhere
                continue
            teacher = siecle.teacher_record(values, individu)
            if isinstance(teacher, Rejection):
                report.rejected.append(teacher)
            else:
                yield "teachers", teacher
        elif tag == "DIVISION":
            if elem.find("PROFS_PRINC") is not None:
                raise ImportRefused(
                    texts.PROFS_PRINC_UNDER_DIVISION,
                    UNKNOWN_LAYOUT,
                )
            code = (values.get("CODE") or "").strip()
            if code:
                division_mefs[code[:20]] = [m.get("CODE") or (m.findtext("CODE") or "") for m in elem.iter("MEF_APPARTENANCE")]
    if not seen_uai:
        raise ImportRefused(texts.UAJ_MISSING, UNKNOWN_LAYOUT)
    if not seen_year:
        raise ImportRefused(siecle.wrong_year(None, importer.campaign_year) or "", "SIECLE_WRONG_SCHOOL_YEAR")


async def _run(importer: _Importer, path: Path, kind: str, uai: str, progress: _Progress) -> None:
    report = importer.report
    found = _Found()
    # A PP's mission end date is a day of the school's académie (La Réunion's day, not UTC's).
    today = (await campaigns.territory(importer.session, importer.etab.academie_id)).today(utcnow())
    operations = _operations(importer, path, kind, uai, progress, today, found)

    staged = _stager(importer, kind)
    if staged:
        await staged.open()
    if staged and staged.PUMPED:
        await staged.pump(operations)  # read in a thread while the rows are COPYed
    else:
        batches: dict[str, list[Any]] = {"pupils": [], "structures": [], "persons": [], "guardians": [], "mefs": [], "teachers": []}
        writers: dict[str, Any] = {"pupils": importer.pupils, "structures": importer.structures, "persons": importer.persons,
                   "guardians": importer.guardians, "mefs": importer.mef_codes, "teachers": importer.teachers}  # fmt: skip
        if staged:
            writers.update(staged.writers())

        async def flush(name: str) -> None:
            items, batches[name] = batches[name], []
            if items:
                await writers[name](items)

        for name, item in operations:
            if name == "flush":
                await flush(item)
                continue
            batch = batches[name]
            batch.append(item)
            if len(batch) >= BATCH:
                await flush(name)
        for name in batches:
            await flush(name)
    if staged:
        await staged.merge()
    if found.not_classes:
        report.warnings.append(texts.not_classes(sorted(found.not_classes.items())))
    if kind == "responsables" and not staged:
        await importer.prune_guardians()  # the staged path prunes in its merge
    if kind == "sts":
        if found.pp_elements:
            await (staged.principal_teachers if isinstance(staged, _StagedSts) else importer.principal_teachers)(found.pps, found.division_mefs)
        else:
            report.warnings.append(
                texts.NO_PP_IN_FILE
            )


async def campaign_year(session: AsyncSession, academie_id: int) -> int:
    """The school year (its first calendar year) of the académie's current campaign: the one
    files must belong to (services/campaigns.py). An académie with no campaign yet (only
    nomenclatures or STS can be imported then): the school year of today."""
    current = await campaigns.current_campaign(session, academie_id)
    if current is None:
        return siecle.school_year_of(utcnow().date())
    return school_year_start(current.school_year)


async def import_file(
    db: Database, kind: str, path: Path, uai: str, *, progress: bool | None = None, year: int | None = None
) -> ImportReport:
    """Import one file for one establishment; everything or nothing (see the module's docstring).
    ``year``: the campaign's school year the file must be of (default: the current campaign's)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind}")
    report = ImportReport(kind=kind, source=str(path), uai=uai)
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        async with db.write() as session:
            etab = (await session.execute(select(Etablissement).where(Etablissement.uai == uai.strip().upper()))).scalar_one_or_none()
            if etab is None:
                raise ImportRefused(
                    texts.etablissement_unknown(uai),
                    "ETABLISSEMENT_UNKNOWN",
                )
            target_year = year if year is not None else await campaign_year(session, etab.academie_id)
            target = f"{target_year}-{target_year + 1}"
            if kind in PUPIL_KINDS:
                current = await campaigns.current_campaign(session, etab.academie_id)
                if current is None:
                    raise ImportRefused(
                        texts.NO_CURRENT_CAMPAIGN, "NO_CURRENT_CAMPAIGN"
                    )
                if current.school_year != target:
                    raise ImportRefused(
                        texts.not_current_campaign_year(current.school_year, target),
                        "NOT_CURRENT_CAMPAIGN_YEAR",
                    )
            report.school_year = target
            importer = _Importer(session, etab, report, target_year, target)
            await importer.prepare()
            await _run(importer, path, kind, uai, _Progress(1, kind, show))
            events.record_event(
                session,
                SiecleImported(
                    kind=kind, created=report.created, updated=report.updated, left=report.left, rejected=len(report.rejected)
                ),
                now=utcnow(),
                principal=None,
                etablissement_id=etab.id,
                academie_id=etab.academie_id,
                channel="STAFF",
            )
    except ImportRefused as exc:
        report.refused, report.refused_code = str(exc), exc.code
    except (OSError, zipfile.BadZipFile) as exc:
        report.refused, report.refused_code = texts.unreadable(exc), "SIECLE_UNREADABLE"
    report.seconds = time.perf_counter() - started
    return report


async def run_cli(settings: Any, kind: str, file: str, uai: str, year: int | None = None) -> int:
    """``python -m graphql_api import KIND FILE --uai UAI``: prints the report; 1 when refused."""
    db = Database(settings.database_url)  # the schema is the server's (python -m graphql_api migrate)
    try:
        report = await import_file(db, kind, Path(file), uai, year=year)
    finally:
        await db.dispose()
    print("\n".join(report.lines()))
    print(texts.duration(report.seconds))
    return 0 if report.imported else 1
