"""Académies and establishments from the national directory (Annuaire de l'éducation).

`python -m graphql_api import etablissements FILE` reads the directory's CSV (";", UTF-8 with
or without BOM) or JSON export (a list of records, flat or with their "fields" as
data.education.gouv.fr exports them), keeps the establishments that run the procedure (3e or
2de GT: see domain/annuaire.py) and creates or updates them and their académies, in one
transaction, idempotently. Nothing is ever deleted: a directory file is often an extract.
This is the only way establishments are created: a school's own SIECLE/STS file never does.
"""
from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.engine import Database
from ..db.models import Academie, Etablissement
from ..domain import annuaire
from ..domain.annuaire import EstablishmentRecord, Invalid, Skipped
from ..domain.territory import territory_of_code
from ..domain.events import DirectoryImported
from ..domain.texts import imports as texts
from ..policy import Action, Principal, Target, require
from . import events
from .clock import utcnow

DEMO_EXTRACT = Path(__file__).resolve().parents[1] / "data" / "annuaire-education-extrait.csv"


class DirectoryRefused(Exception):
    """The whole file is refused: nothing was written. ``code`` is stable, for scripts."""

    def __init__(self, message: str, code: str = "ANNUAIRE_UNREADABLE") -> None:
        super().__init__(message)
        self.code = code


@dataclass
class DirectoryReport:
    source: str
    academies_created: int = 0
    academies_updated: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> rows
    rejected: list[Invalid] = field(default_factory=list)
    refused: str | None = None
    refused_code: str | None = None  # ANNUAIRE_UNREADABLE | ANNUAIRE_NOT_RECOGNISED
    seconds: float = 0.0

    @property
    def imported(self) -> bool:
        return self.refused is None

    def lines(self) -> list[str]:
        head = texts.annuaire_heading(self.source)
        if self.refused:
            return [head, texts.refused(self.refused), texts.refusal_code(self.refused_code)]
        out = [
            head,
            texts.academies_counts(self.academies_created, self.academies_updated),
            texts.etablissements_counts(self.created, self.updated, self.unchanged, sum(self.skipped.values()), len(self.rejected)),
        ]
        out += [texts.skipped_line(reason, n) for reason, n in sorted(self.skipped.items())]
        out += [texts.rejected_line(r.ref, r.reason) for r in self.rejected]
        return out


class _JsonStream:
    """A JSON text read 64 KB at a time: the elements of its list (top-level, or the "results"
    or "records" list of a top-level object) are decoded one by one, so memory does not grow
    with the directory's size (about 65,000 records, 100 MB as JSON)."""

    CHUNK = 1 << 16

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _fill(self) -> bool:
        if self.eof:
            return False
        chunk = self.stream.read(self.CHUNK)
        self.buf, self.pos = self.buf[self.pos :] + chunk, 0
        self.eof = not chunk
        return bool(chunk)

    def peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf) or not self._fill():
                return self.buf[self.pos : self.pos + 1]

    def take(self, expected: str) -> None:
        if self.peek() != expected:
            raise DirectoryRefused(texts.json_expected(expected, self.pos))
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._fill():
                    continue  # the value goes on in the next chunk
                raise DirectoryRefused(texts.invalid_json(exc)) from None
            if end == len(self.buf) and self._fill():
                continue  # a number cut by the chunk's end: read it whole
            self.pos = end
            return value

    def elements(self) -> Iterator[Any]:
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.take("]")
            return

    def records(self) -> Iterator[Any]:
        """The list's elements; then checks that nothing follows the document."""
        if self.peek() == "[":
            yield from self.elements()
        else:
            self.take("{")
            listed = False
            while self.peek() != "}":
                key = self.value()
                self.take(":")
                if key in ("results", "records") and not listed and self.peek() == "[":
                    listed = True
                    yield from self.elements()
                else:
                    self.value()
                if self.peek() == ",":
                    self.pos += 1
            self.pos += 1
            if not listed:
                raise DirectoryRefused(texts.ANNUAIRE_JSON_NOT_A_LIST, "ANNUAIRE_NOT_RECOGNISED")
        if self.peek():
            raise DirectoryRefused(texts.json_trailing_data(self.pos))


def _json_rows(stream: TextIO) -> Iterator[dict[str, str]]:
    first = True
    for record in _JsonStream(stream).records():
        if isinstance(record, dict) and isinstance(record.get("fields"), dict):
            record = record["fields"]  # data.education.gouv.fr's "records" export
        if not isinstance(record, dict):
            raise DirectoryRefused(texts.ANNUAIRE_JSON_NOT_A_LIST, "ANNUAIRE_NOT_RECOGNISED")
        if first:
            missing = annuaire.missing_columns(list(record))
            if missing:
                raise DirectoryRefused(texts.annuaire_fields_missing(missing), "ANNUAIRE_NOT_RECOGNISED")
            first = False
        yield annuaire.normalized(record)
    if first:
        raise DirectoryRefused(texts.annuaire_fields_missing(annuaire.REQUIRED_COLUMNS), "ANNUAIRE_NOT_RECOGNISED")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """The directory's rows, field names in lower case, whatever the export format; read as a
    stream (CSV line by line, JSON record by record): memory stays flat."""
    with open(path, encoding="utf-8-sig", newline="") as stream:
        try:
            head = stream.read(4096).lstrip()
            stream.seek(0)
            if head.startswith(("[", "{")):
                yield from _json_rows(stream)
                return
            reader = csv.DictReader(stream, delimiter=";")
            missing = annuaire.missing_columns(list(reader.fieldnames or []))
            if missing:
                raise DirectoryRefused(texts.annuaire_columns_missing(missing), "ANNUAIRE_NOT_RECOGNISED")
            for row in reader:
                yield annuaire.normalized({k: v for k, v in row.items() if k is not None})
        except UnicodeDecodeError:
            raise DirectoryRefused(texts.ANNUAIRE_NOT_UTF8) from None


async def apply(session: AsyncSession, path: Path, report: DirectoryReport, *, only: set[str] | None = None) -> dict[str, int]:
    """Create or update the file's académies and establishments in ``session`` (``only``: these
    UAIs, as the demo does); their ids by UAI."""
    records: dict[str, EstablishmentRecord] = {}
    for row in _rows(path):
        if only is not None and row.get("identifiant_de_l_etablissement", "").upper() not in only:
            continue
        outcome = annuaire.establishment(row)
        if isinstance(outcome, Skipped):
            report.skipped[outcome.reason] += 1
        elif isinstance(outcome, Invalid):
            report.rejected.append(outcome)
        else:
            records[outcome.uai] = outcome  # a UAI listed twice: its last row wins
    academies = {a.code: a for a in (await session.execute(select(Academie))).scalars()}
    for record in records.values():
        academie = academies.get(record.academie_code)
        if academie is None:
            territory = territory_of_code(record.academie_code)  # time zone and local holidays (issue 12)
            academie = Academie(
                code=record.academie_code,
                name=record.academie_name,
                time_zone=territory.time_zone,
                local_holidays=list(territory.local_holidays),
            )
            session.add(academie)
            academies[record.academie_code] = academie
            report.academies_created += 1
    await session.flush()
    existing = {
        e.uai: e
        for e in (await session.execute(select(Etablissement).where(Etablissement.uai.in_(list(records))))).scalars()
    } if records else {}
    for record in records.values():
        wanted: dict[str, Any] = {
            "name": record.name,
            "academie_id": academies[record.academie_code].id,
            "kind": record.kind,
            "sector": record.sector,
            "commune": record.commune,
            "has_troisieme": record.troisieme,
            "has_seconde_gt": record.seconde_gt,
        }
        etab = existing.get(record.uai)
        if etab is None:
            session.add(Etablissement(uai=record.uai, teleservice_open=False, **wanted))
            report.created += 1
            continue
        diff = {k: v for k, v in wanted.items() if getattr(etab, k) != v}
        for k, v in diff.items():
            setattr(etab, k, v)
        report.updated += bool(diff)
        report.unchanged += not diff
    await session.flush()
    ids = {
        uai: pk
        for uai, pk in (await session.execute(select(Etablissement.uai, Etablissement.id).where(Etablissement.uai.in_(list(records))))).all()
    } if records else {}
    return ids


async def import_directory(db: Database, path: Path) -> DirectoryReport:
    """Import one directory file; everything or nothing."""
    report = DirectoryReport(source=str(path))
    started = time.perf_counter()
    try:
        async with db.write() as session:
            await apply(session, path, report)
            events.record_event(
                session,
                DirectoryImported(created=report.created, updated=report.updated, academies_created=report.academies_created),
                now=utcnow(),
                principal=None,
                etablissement_id=None,
                academie_id=None,
                channel="STAFF",
            )
    except DirectoryRefused as exc:
        report.refused, report.refused_code = str(exc), exc.code
    except OSError as exc:
        report.refused, report.refused_code = texts.unreadable(exc), "ANNUAIRE_UNREADABLE"
    report.seconds = time.perf_counter() - started
    return report


async def run_cli(settings: Any, file: str) -> int:
    """``python -m graphql_api import etablissements FILE``: prints the report; 1 when refused."""
    db = Database(settings.database_url)
    try:
        await db.create_all()
        report = await import_directory(db, Path(file))
    finally:
        await db.dispose()
    print("\n".join(report.lines()))
    print(texts.duration(report.seconds))
    return 0 if report.imported else 1


@dataclass(frozen=True)
class EstablishmentRow:
    id: int
    uai: str
    name: str
    kind: str | None
    sector: str | None
    commune: str | None
    has_troisieme: bool
    has_seconde_gt: bool
    teleservice_open: bool


async def academie_establishments(session: AsyncSession, principal: Principal | None) -> list[EstablishmentRow]:
    """The establishments of the académie administrator's académie, by commune then name."""
    p = require(principal, Action.LIST_ETABLISSEMENTS, Target(academie_id=principal.academie_id if principal else None))
    rows = (
        await session.execute(
            select(Etablissement)
            .where(Etablissement.academie_id == p.academie_id)
            .order_by(Etablissement.commune, Etablissement.name, Etablissement.uai)
        )
    ).scalars()
    return [
        EstablishmentRow(e.id, e.uai, e.name, e.kind, e.sector, e.commune, e.has_troisieme, e.has_seconde_gt, e.teleservice_open)
        for e in rows
    ]
