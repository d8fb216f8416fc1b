"""Live dashboard counters, kept in the same transaction as the changes they count.

Why: recomputing the statistics of an académie on every request costs seconds to a minute
(docs/PERFORMANCE.md); summing counters costs milliseconds. Each pupil's *contribution* (a
small {key: count} map: "has validated intentions", "one request for 2GT", "avis FAVORABLE"…)
is computed from their file, stored with the scope it was counted in (dashboard_pupil), and
the difference with what was stored before is added to the sums of the académie, the
establishment and the division (dashboard_counter), under the file's campaign year (a
rollover leaves last year's sums alone). The académie's breakdown reads one narrow row per
establishment, campaign year and palier (dashboard_etablissement: its establishment counters of
"pupils" and the two validated sets), moved by the same deltas right after the counters, in the
same transaction and in primary-key order. Recounting a pupil twice adds nothing,
so a refresh is idempotent, and `rebuild` recomputes everything from the files.

When: a pupil is recounted in the transaction of the outbox dispatcher that processes an event
naming them (SQLAlchemy `before_commit` on the session that marks the event processed), so a
family's write does not carry the recount nor wait on the académie's counter rows, which
every write of the académie would otherwise lock in turn until its commit; the counters follow
the files by the dispatcher's delay (a fraction of a second), and a batch of events costs one
recount. A commit that changed a pupil's file through the ORM *without* an event naming them
recounts that pupil itself, before committing. An event about a whole establishment (SIECLE
pupils import through the batch path) refreshes every pupil of it in its own transaction; the
staged path names its pupils instead (recount, count_new_pupils). Statements run synchronously
inside the async session's greenlet.

The definitions match services/statistics.compute (the full recompute) key for key;
tests/staff/test_dashboard_counters.py proves counters == recompute after random histories.
"""
from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, any_, bindparam, delete, event, func, inspect, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..domain.events import EventType
from ..db.models import Avis, CouncilAnswer, Etablissement, OutboxEvent, Pupil, PupilStep, Request, RequestSet, RequestSpecialite
from ..db.models_dashboard import DashboardCounter, DashboardEtablissement, DashboardPupil
from ..domain import steps
from ..domain.file_states import RequestFacts, proposition_matches
from ..domain.vocabulary import Phase

PROVISOIRE, DEFINITIVE = Phase.PROVISOIRE.value, Phase.DEFINITIVE.value
COUNTED_STEPS = (steps.APPEAL, steps.HEAD_INTERVIEW, steps.DECISION, steps.MAINTIEN_REQUEST, steps.GUARDIAN_DISAGREEMENT)
# Events about a whole establishment whose writes are bulk statements (no ORM objects).
ETABLISSEMENT_WIDE_EVENTS = frozenset({EventType.SIECLE_IMPORTED})
_FILE_ROWS = (Pupil, RequestSet, Request, CouncilAnswer, PupilStep)
BATCH = 5000


@functools.lru_cache(maxsize=65536)
def key(*parts: Any) -> str:
    """A counter key: a JSON list (keeps None apart from "" and needs no escaping); cached,
    since a few hundred distinct keys are built millions of times by a rebuild."""
    return json.dumps(parts, separators=(",", ":"), ensure_ascii=False)


def parse(k: str) -> list[Any]:
    parts: list[Any] = json.loads(k)
    return parts


@dataclass
class Contribution:
    school_year: str  # the campaign year of the file: each year's counters are summed apart
    academie_id: int
    etablissement_id: int
    division_id: int | None
    palier: str
    counts: Counter[str]

    def scopes(self) -> list[tuple[str, int]]:
        local = ("D", self.division_id) if self.division_id is not None else ("N", self.etablissement_id)
        return [("A", self.academie_id), ("E", self.etablissement_id), local]


def contributions(session: Session, where: Callable[[Any], ColumnElement[bool]]) -> dict[int, Contribution]:
    """What each selected pupil (`where(pupil_id_column)`) adds to the counters: seven
    statements whatever the number of pupils. A pupil who left adds nothing (as in compute)."""
    out: dict[int, Contribution] = {}
    for pid, year, etab, academie, division, palier, hors in session.execute(
        select(
            Pupil.id, Pupil.school_year, Pupil.etablissement_id, Etablissement.academie_id, Pupil.division_id, Pupil.palier,
            Pupil.hors_procedure_reason,
        )
        .join(Etablissement, Etablissement.id == Pupil.etablissement_id)
        .where(where(Pupil.id), Pupil.left_on.is_(None))
    ):
        c: Counter[str] = Counter({key("pupils"): 1})
        if hors is not None:
            c[key("hors")] = 1
        out[pid] = Contribution(year, academie, etab, division, palier, c)
    if not out:
        return out

    request_sets: dict[int, set[str]] = defaultdict(set)
    for pid, phase, n in session.execute(
        select(RequestSet.pupil_id, RequestSet.phase, func.count()).where(where(RequestSet.pupil_id)).group_by(RequestSet.pupil_id, RequestSet.phase)
    ):
        if pid in out:
            if key("hors") not in out[pid].counts:  # validated sets count pupils in the procedure (file_states)
                out[pid].counts[key("sets", phase)] += int(n)
            request_sets[pid].add(phase)

    definitive_choices: dict[int, list[RequestFacts]] = defaultdict(list)
    first_definitive: dict[int, list[RequestFacts]] = defaultdict(list)
    request_phase: dict[int, tuple[int, str]] = {}
    for rid, pid, phase, rank, voie, serie in session.execute(
        select(Request.id, Request.pupil_id, Request.phase, Request.rank, Request.voie_code, Request.serie_code).where(where(Request.pupil_id))
    ):
        if pid not in out:
            continue
        counts = out[pid].counts
        counts[key("requests", phase, voie, serie)] += 1
        if rank == 1:
            counts[key("first", phase, voie, serie)] += 1
        if phase == DEFINITIVE:
            facts = RequestFacts(rank, voie, serie)
            definitive_choices[pid].append(facts)
            if rank == 1:
                first_definitive[pid].append(facts)
        request_phase[rid] = (pid, phase)

    combos: dict[int, list[str]] = defaultdict(list)
    for rid, code in session.execute(
        select(RequestSpecialite.request_id, RequestSpecialite.specialite_code)
        .join(Request, Request.id == RequestSpecialite.request_id)
        .where(where(Request.pupil_id))
    ):
        if rid in request_phase:
            pid, phase = request_phase[rid]
            out[pid].counts[key("specialite", phase, code)] += 1
            combos[rid].append(code)
    for rid, codes in combos.items():
        pid, phase = request_phase[rid]
        out[pid].counts[key("combination", phase, "+".join(sorted(codes)))] += 1

    provisional_answer: dict[int, tuple[bool, bool]] = {}
    for pid, phase, voie, proposed_serie, published, acknowledged in session.execute(  # type: ignore[assignment]
        select(
            CouncilAnswer.pupil_id,
            CouncilAnswer.phase,
            CouncilAnswer.recommendation_voie_code,
            CouncilAnswer.recommendation_serie_code,
            CouncilAnswer.published_at.is_not(None),
            CouncilAnswer.acknowledged_at.is_not(None),
        ).where(where(CouncilAnswer.pupil_id))
    ):
        if pid not in out:
            continue
        counts = out[pid].counts
        if phase == PROVISOIRE:
            provisional_answer[pid] = (bool(published), bool(acknowledged))
        if phase == DEFINITIVE and voie is not None:
            # One comparison per (answer, first choice) row, as the recompute's join counts them;
            # matching as file_states.proposition_matches (same voie, same série where one is named).
            for first in first_definitive.get(pid, []):
                counts[key("compared")] += 1
                counts[key("matching_first")] += proposition_matches(voie, proposed_serie, first)
                counts[key("matching_any")] += any(
                    proposition_matches(voie, proposed_serie, r) for r in definitive_choices[pid]
                )

    for pid, phase, value, n in session.execute(
        select(CouncilAnswer.pupil_id, CouncilAnswer.phase, Avis.value, func.count())
        .join(CouncilAnswer, CouncilAnswer.id == Avis.answer_id)
        .where(where(CouncilAnswer.pupil_id))
        .group_by(CouncilAnswer.pupil_id, CouncilAnswer.phase, Avis.value)
    ):
        if pid in out:
            out[pid].counts[key("avis", phase, value)] += int(n)

    latest: dict[tuple[int, str], tuple[int, Any]] = {}
    kinds: set[tuple[int, str]] = set()
    for sid, pid, kind, data in session.execute(
        select(PupilStep.id, PupilStep.pupil_id, PupilStep.kind, PupilStep.data).where(
            where(PupilStep.pupil_id), PupilStep.kind.in_([*COUNTED_STEPS, steps.FAMILY_ANSWER, steps.APPEAL_OUTCOME])
        )
    ):
        if pid not in out:
            continue
        if kind in COUNTED_STEPS:
            kinds.add((pid, kind))
        if kind in (steps.FAMILY_ANSWER, steps.APPEAL_OUTCOME) and ((pid, kind) not in latest or latest[pid, kind][0] < sid):
            latest[pid, kind] = (sid, data)
    for pid, kind in kinds:
        out[pid].counts[key("step", kind)] = 1
    for (pid, kind), (_, data) in latest.items():
        field = "agrees" if kind == steps.FAMILY_ANSWER else "upheld"
        out[pid].counts[key("flag", kind, bool((data or {}).get(field)))] = 1

    # The live counters of dashboardCounters (the provisional phase, pupils in the procedure).
    for pid, contribution in out.items():
        if key("hors") in contribution.counts:
            continue
        counts = contribution.counts
        validated = PROVISOIRE in request_sets.get(pid, ())
        answer = provisional_answer.get(pid)
        counts[key("live", "pupils")] = 1
        if validated:
            counts[key("live", "families_validated")] = 1
            if answer is None:
                counts[key("live", "avis_pending")] = 1
        if answer and answer[0]:
            counts[key("live", "acknowledgements" if answer[1] else "acknowledgements_pending")] = 1
    return out


def refresh(session: Session, pupil_ids: Iterable[int]) -> None:
    """Recount these pupils and move the counters by the difference (idempotent)."""
    ids = sorted(set(pupil_ids))
    for start in range(0, len(ids), BATCH):
        _refresh_batch(session, ids[start : start + BATCH])


def _among(session: Session, ids: list[int]) -> Callable[[Any], ColumnElement[bool]]:
    """``column IN ids``; on PostgreSQL one array parameter (``= ANY``) instead of one bind
    parameter per id: compiling 5,000 of them per statement cost seconds when an import
    recounts a whole establishment."""
    if session.get_bind().dialect.name == "postgresql":
        array = bindparam("among_ids", ids, type_=ARRAY(BigInteger()))
        return lambda column: column == any_(array)
    return lambda column: column.in_(ids)


def _refresh_batch(session: Session, ids: list[int]) -> None:
    among = _among(session, ids)
    old_stmt = select(DashboardPupil).where(among(DashboardPupil.pupil_id)).order_by(DashboardPupil.pupil_id)
    if session.get_bind().dialect.name != "sqlite":
        # Two transactions recounting a pupil who has no row yet would both lock nothing below and
        # both insert it: serialise recounts on the pupil rows themselves (in id order, FOR NO KEY
        # UPDATE so foreign-key checks are not blocked); the second then reads the first's row.
        session.execute(select(Pupil.id).where(among(Pupil.id)).order_by(Pupil.id).with_for_update(key_share=True))
        old_stmt = old_stmt.with_for_update()
    with session.no_autoflush:
        old = {row.pupil_id: row for row in session.execute(old_stmt).scalars()}
    new = contributions(session, among)
    deltas: Counter[tuple[str, int, str, str, str]] = Counter()
    for row in old.values():
        before = Contribution(row.school_year, row.academie_id, row.etablissement_id, row.division_id, row.palier, Counter(row.counts))
        _add(deltas, before, -1)
    for contribution in new.values():
        _add(deltas, contribution, +1)
    _apply(session, deltas)
    if old:
        session.execute(delete(DashboardPupil).where(_among(session, list(old))(DashboardPupil.pupil_id)))
        for row in old.values():
            session.expunge(row)
    _store(session, new)


def _store(session: Session, contributions_: dict[int, Contribution]) -> None:
    if contributions_:
        session.execute(
            DashboardPupil.__table__.insert(),  # type: ignore[attr-defined]
            [
                {"pupil_id": pid, "school_year": c.school_year, "academie_id": c.academie_id, "etablissement_id": c.etablissement_id,
                 "division_id": c.division_id, "palier": c.palier, "counts": dict(c.counts)}
                for pid, c in contributions_.items()
            ],
        )  # fmt: skip


def _add(deltas: Counter[tuple[str, int, str, str, str]], c: Contribution, sign: int) -> None:
    for level, scope_id in c.scopes():
        for k, n in c.counts.items():
            deltas[level, scope_id, c.school_year, c.palier, k] += sign * n


def _apply(session: Session, deltas: Counter[tuple[str, int, str, str, str]]) -> None:
    """Upsert n = n + delta, in primary-key order (concurrent writers lock rows in one order)."""
    rows = [
        {"level": l, "scope_id": s, "school_year": y, "palier": p, "key": k, "n": n}
        for (l, s, y, p, k), n in sorted(deltas.items())
        if n
    ]
    if not rows:
        return
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    stmt = insert(DashboardCounter)
    stmt = stmt.on_conflict_do_update(
        index_elements=["level", "scope_id", "school_year", "palier", "key"], set_={"n": DashboardCounter.n + stmt.excluded.n}
    )
    session.execute(stmt, rows)
    _apply_summary(session, deltas, insert)


# The establishment counters the académie's breakdown shows, and their summary columns.
SUMMARY_KEYS = {key("pupils"): "pupils", key("sets", PROVISOIRE): "validated_intentions", key("sets", DEFINITIVE): "validated_choices"}
SUMMARY_COLUMNS = tuple(SUMMARY_KEYS.values())


def _apply_summary(session: Session, deltas: Counter[tuple[str, int, str, str, str]], insert: Any) -> None:
    """The same deltas on dashboard_etablissement (after the counters, in primary-key order: every
    writer locks counters then summary rows, each in one order), so it never drifts from them."""
    lines: dict[tuple[int, str, str], dict[str, int]] = {}
    for (level, scope_id, year, palier, k), n in deltas.items():
        column = SUMMARY_KEYS.get(k) if level == "E" and n else None
        if column is not None:
            line = lines.setdefault((scope_id, year, palier), dict.fromkeys(SUMMARY_COLUMNS, 0))
            line[column] += n
    rows = [
        {"etablissement_id": e, "school_year": y, "palier": p, **line}
        for (e, y, p), line in sorted(lines.items())
        if any(line.values())
    ]
    if not rows:
        return
    stmt = insert(DashboardEtablissement)
    table = DashboardEtablissement.__table__.c
    stmt = stmt.on_conflict_do_update(
        index_elements=["etablissement_id", "school_year", "palier"], set_={c: table[c] + stmt.excluded[c] for c in SUMMARY_COLUMNS}
    )
    session.execute(stmt, rows)


def summarise(session: Session) -> None:
    """dashboard_etablissement from the establishment counters, set-based (the rebuild; the
    migration that created it runs the same statement)."""
    session.execute(delete(DashboardEtablissement))
    session.execute(text(SUMMARY_FROM_COUNTERS), {f"k{i}": k for i, k in enumerate(SUMMARY_KEYS)})


SUMMARY_FROM_COUNTERS = (
    "INSERT INTO dashboard_etablissement (etablissement_id, school_year, palier, pupils, validated_intentions, validated_choices) "
    "SELECT scope_id, school_year, palier, sum(CASE WHEN key = :k0 THEN n ELSE 0 END), sum(CASE WHEN key = :k1 THEN n ELSE 0 END), "
    "sum(CASE WHEN key = :k2 THEN n ELSE 0 END) FROM dashboard_counter WHERE level = 'E' AND key IN (:k0, :k1, :k2) "
    "GROUP BY scope_id, school_year, palier ORDER BY scope_id, school_year, palier"
)


def rebuild(session: Session, *, etablissement_id: int | None = None, batch: int = 20000) -> int:
    """Recompute counters from the files: everything (empty the tables, then pupil id ranges),
    or one establishment (its pupils and those counted there before). Returns pupils counted."""
    if etablissement_id is not None:
        ids = set(session.execute(select(Pupil.id).where(Pupil.etablissement_id == etablissement_id)).scalars())
        ids |= set(session.execute(select(DashboardPupil.pupil_id).where(DashboardPupil.etablissement_id == etablissement_id)).scalars())
        refresh(session, ids)
        return len(ids)
    session.execute(delete(DashboardEtablissement))
    session.execute(delete(DashboardCounter))
    session.execute(delete(DashboardPupil))
    low, high = session.execute(select(func.min(Pupil.id), func.max(Pupil.id))).one()
    counted = 0
    for start in range(low or 0, (high or -1) + 1, batch):
        new = contributions(session, lambda column: column.between(start, start + batch - 1))
        _store(session, new)
        counted += len(new)
    # The sums, set-based from the stored contributions (one GROUP BY per level).
    each = "json_each_text(p.counts) AS c" if session.get_bind().dialect.name != "sqlite" else "json_each(p.counts) AS c"
    for level, scope in (("A", "p.academie_id"), ("E", "p.etablissement_id"), ("D", "p.division_id"), ("N", "p.etablissement_id")):
        only = {"D": "WHERE p.division_id IS NOT NULL", "N": "WHERE p.division_id IS NULL"}.get(level, "")
        session.execute(
            text(
                f"INSERT INTO dashboard_counter (level, scope_id, school_year, palier, key, n) "
                f"SELECT '{level}', {scope}, p.school_year, p.palier, c.key, sum(CAST(c.value AS BIGINT)) "
                f"FROM dashboard_pupil p, {each} {only} GROUP BY {scope}, p.school_year, p.palier, c.key"
            )
        )
    summarise(session)
    return counted


# --- the commit hook -------------------------------------------------------------------------

_PENDING = "dashboard_pupils"
_DEFERRED = "dashboard_deferred"  # pupils named by an event this transaction records
_WIDE = "dashboard_etablissements"
_NAMED = "dashboard_pupils_named"  # the transaction's bulk writer named its pupils (recount)


def recount(session: Any, pupil_ids: Iterable[int]) -> None:
    """A bulk writer that knows every pupil whose file it changed (the SIECLE import's staged
    path: its statements say which rows they wrote) names them: they are recounted before the
    commit, and its establishment-wide event no longer recounts every pupil of the school — a
    re-import where nothing changed then recounts no one. ``session``: sync or async."""
    info = session.info
    info.setdefault(_PENDING, set()).update(pupil_ids)
    info[_NAMED] = True


def count_new_pupils(session: Any, pupil_ids: list[int]) -> None:
    """PostgreSQL, pupils created by this transaction (the SIECLE import's staged path): they
    have no file yet, so each adds what ``contributions`` gives a pupil without any row —
    counted by two set-based statements instead of recounting them one by one (100,000 pupils:
    seconds). A pupil created as having left adds nothing, as in ``contributions``."""
    fresh = {key("pupils"): 1, key("live", "pupils"): 1}
    ids = bindparam("fresh_ids", pupil_ids, type_=ARRAY(BigInteger()))
    session.info[_NAMED] = True
    if not pupil_ids:
        return
    session.execute(
        text(
            "INSERT INTO dashboard_pupil (pupil_id, school_year, academie_id, etablissement_id, division_id, palier, counts) "
            "SELECT p.id, p.school_year, e.academie_id, p.etablissement_id, p.division_id, p.palier, CAST(:counts AS JSON) "
            "FROM pupil p JOIN etablissement e ON e.id = p.etablissement_id WHERE p.id = ANY(:fresh_ids) AND p.left_on IS NULL"
        ).bindparams(ids),
        {"counts": json.dumps(fresh, ensure_ascii=False)},
    )
    scopes = "(VALUES ('A'), ('E'), ('L')) AS s(level)"
    session.execute(
        text(
            "INSERT INTO dashboard_counter (level, scope_id, school_year, palier, key, n) "
            "SELECT lv, scope, school_year, palier, k, CAST(sum(n) AS bigint) FROM ("
            " SELECT CASE s.level WHEN 'A' THEN 'A' WHEN 'E' THEN 'E' ELSE CASE WHEN d.division_id IS NULL THEN 'N' ELSE 'D' END END AS lv,"
            " CASE s.level WHEN 'A' THEN d.academie_id WHEN 'E' THEN d.etablissement_id ELSE coalesce(d.division_id, d.etablissement_id) END AS scope,"
            " d.school_year, d.palier, k.key AS k, d.n"
            # The pupils counted per class first (a few thousand rows), then spread over the
            # scopes and keys: not each pupil six times (600,000 rows sorted for 100,000 pupils).
            " FROM (SELECT academie_id, etablissement_id, division_id, school_year, palier, count(*) AS n FROM dashboard_pupil"
            " WHERE pupil_id = ANY(:fresh_ids) GROUP BY academie_id, etablissement_id, division_id, school_year, palier) d"
            f" CROSS JOIN {scopes} CROSS JOIN (SELECT unnest(CAST(:keys AS text[])) AS key) k) x "
            "GROUP BY lv, scope, school_year, palier, k ORDER BY lv, scope, school_year, palier, k "
            "ON CONFLICT (level, scope_id, school_year, palier, key) DO UPDATE SET n = dashboard_counter.n + EXCLUDED.n"
        ).bindparams(ids),
        {"keys": list(fresh)},
    )
    # Their establishments' summary rows: one more pupil each (after the counters, in key order).
    session.execute(
        text(
            "INSERT INTO dashboard_etablissement (etablissement_id, school_year, palier, pupils, validated_intentions, validated_choices) "
            "SELECT etablissement_id, school_year, palier, count(*), 0, 0 FROM dashboard_pupil WHERE pupil_id = ANY(:fresh_ids) "
            "GROUP BY etablissement_id, school_year, palier ORDER BY etablissement_id, school_year, palier "
            "ON CONFLICT (etablissement_id, school_year, palier) DO UPDATE SET pupils = dashboard_etablissement.pupils + EXCLUDED.pupils"
        ).bindparams(ids)
    )


def _recounts(event: OutboxEvent) -> bool:
    """Only a pupils file (BEE_ELEVES) changes what is counted: a responsables, STS or
    nomenclature import writes no pupil's file (a hand it releases has its own event, with the
    pupil), so recounting the whole establishment after it would only cost time."""
    return bool((event.payload or {}).get("kind", "eleves") == "eleves")


def _after_flush(session: Session, _context: Any) -> None:
    """Note the pupils whose file this flush touched (ids are known after the flush)."""
    pupils = session.info.setdefault(_PENDING, set())
    answers = session.info.setdefault("dashboard_answers", set())
    requests = session.info.setdefault("dashboard_requests", set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, OutboxEvent):
            if obj in session.new:  # recorded now: the dispatcher recounts when it processes it
                if obj.pupil_id is not None:
                    session.info.setdefault(_DEFERRED, set()).add(obj.pupil_id)
                elif obj.type in ETABLISSEMENT_WIDE_EVENTS and obj.etablissement_id is not None and _recounts(obj) and not session.info.get(_NAMED):
                    session.info.setdefault(_WIDE, set()).add(obj.etablissement_id)
            elif obj.pupil_id is not None and inspect(obj).attrs.processed_at.history.has_changes():
                pupils.add(obj.pupil_id)  # being processed (the dispatcher): recount now
        elif isinstance(obj, Pupil):
            if obj.id is not None:
                pupils.add(obj.id)
        elif isinstance(obj, _FILE_ROWS):
            if obj.pupil_id is not None:  # type: ignore[union-attr]  # Pupil is handled above
                pupils.add(obj.pupil_id)  # type: ignore[union-attr]
        elif isinstance(obj, Avis):
            if obj.answer_id is not None:
                answers.add(obj.answer_id)
        elif isinstance(obj, RequestSpecialite):
            if obj.request_id is not None:
                requests.add(obj.request_id)


def _before_commit(session: Session) -> None:
    info = session.info
    if session.new or session.dirty or session.deleted:
        session.flush()  # commit would flush after this hook: flush first to see what changes
    if not (info.get(_PENDING) or info.get(_WIDE) or info.get("dashboard_answers") or info.get("dashboard_requests")):
        return
    pupils: set[int] = set(info.pop(_PENDING, ()))
    answers, requests = info.pop("dashboard_answers", set()), info.pop("dashboard_requests", set())
    if answers:
        pupils |= set(session.execute(select(CouncilAnswer.pupil_id).where(CouncilAnswer.id.in_(answers))).scalars())
    if requests:
        pupils |= set(session.execute(select(Request.pupil_id).where(Request.id.in_(requests))).scalars())
    pupils -= info.pop(_DEFERRED, set())
    for etab in sorted(info.pop(_WIDE, ())):
        rebuild(session, etablissement_id=etab)
    if pupils:
        refresh(session, pupils)
    session.flush()
    _forget(session)


def _forget(session: Session, *_: Any) -> None:
    for name in (_PENDING, _DEFERRED, _WIDE, _NAMED, "dashboard_answers", "dashboard_requests"):
        session.info.pop(name, None)


def _transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the outermost transaction (not a savepoint) is over
        _forget(session)


_installed = False


def install() -> None:
    """Listen on every ORM session (idempotent; Database() calls it)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_transaction_end", _transaction_end)
    _installed = True

