"""Dashboard statistics, computed by the database (GROUP BY), never by looping over pupils.

What each number means is defined once, in ``domain/file_states.py`` (``STATISTIC_DEFINITIONS``,
``proposition_matches``, ``appeal_granted``…); the SQL here computes those definitions in
aggregate, and the differential tests compare it with ``file_states.tally`` over the same files.

Scopes: an establishment (optionally one division) for its head, an académie (and any of its
establishments) for the académie. Only counts leave this module: no name, no INE.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import starmap
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ..db.driver import driver_fetch
from ..db.models import (
    Avis,
    Campaign,
    CampaignStatistics,
    CouncilAnswer,
    Division,
    Etablissement,
    Pupil,
    PupilStep,
    Request,
    RequestSet,
    RequestSpecialite,
)
from ..db.models_dashboard import DashboardCounter
from ..domain import school_year as years
from ..domain import steps
from ..domain.errors import DomainError
from ..domain.vocabulary import Phase, Role
from . import dashboard
from ..policy import Action, Principal, Target, require, require_authenticated
from ..domain.texts import errors as texts
from . import campaigns

TOP_COMBINATIONS = 10


@dataclass
class Scope:
    academie_id: int
    etablissement_id: int | None = None
    division_id: int | None = None
    palier: str | None = None
    school_year: str | None = None  # None: every year (only for callers that filter otherwise)


@dataclass
class VoieCount:
    phase: Phase
    voie: str
    serie: str | None
    requests: int
    first_choices: int


@dataclass
class PhaseValueCount:
    phase: Phase
    key: str
    count: int


@dataclass
class Combination:
    specialites: list[str]
    count: int


@dataclass
class Breakdown:
    """One line per division (establishment scope) or per establishment (académie scope)."""

    code: str
    name: str
    pupils: int
    validated_intentions: int
    validated_choices: int


@dataclass
class Statistics:
    pupils: int
    hors_procedure: int
    validated_intentions: int
    validated_intentions_share: float
    validated_choices: int
    validated_choices_share: float
    requests: list[VoieCount]
    avis: list[PhaseValueCount]
    propositions_compared: int
    propositions_matching_first_choice: int
    propositions_matching_a_choice: int
    family_agrees: int
    family_disagrees: int
    head_interviews: int
    decisions: int
    appeals: int
    appeals_granted: int
    appeals_refused: int
    appeals_upheld: int  # deprecated: the commission upheld the décision = appeals_refused
    appeals_rejected: int  # deprecated: = appeals_refused (it counted granted appeals before issue 16)
    maintien_requests: int
    guardian_disagreements: int
    specialites: list[PhaseValueCount]
    combinations: list[Combination]
    breakdown: list[Breakdown]
    school_year: str | None = None


def _where(scope: Scope) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Pupil.left_on.is_(None)]
    if scope.school_year is not None:
        where.append(Pupil.school_year == scope.school_year)
    if scope.etablissement_id is not None:
        where.append(Pupil.etablissement_id == scope.etablissement_id)
    else:
        where.append(Pupil.etablissement_id.in_(select(Etablissement.id).where(Etablissement.academie_id == scope.academie_id)))
    if scope.division_id is not None:
        where.append(Pupil.division_id == scope.division_id)
    if scope.palier:
        where.append(Pupil.palier == scope.palier)
    return where


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _last_of_kind(kind: str) -> list[ColumnElement[bool]]:
    later = aliased(PupilStep)
    return [
        PupilStep.kind == kind,
        not_(exists().where(later.pupil_id == PupilStep.pupil_id, later.kind == kind, later.id > PupilStep.id)),
    ]


async def _flag_counts(session: AsyncSession, where: list[ColumnElement[bool]], kind: str, key: str) -> dict[bool, int]:
    """Pupils by a boolean of their latest step of a kind (grouped over a subquery so PostgreSQL
    sees one expression, not two casts with their own parameters)."""
    flags = (
        select(PupilStep.data[key].as_boolean().label("flag"))
        .join(Pupil, Pupil.id == PupilStep.pupil_id)
        .where(*where, *_last_of_kind(kind))
        .subquery()
    )
    rows = await session.execute(select(flags.c.flag, func.count()).group_by(flags.c.flag))
    return {bool(flag): int(n) for flag, n in rows}


IN_PROCEDURE = Pupil.hors_procedure_reason.is_(None)


def _matches(request: type[Request] | Any, answer: type[CouncilAnswer] | Any = CouncilAnswer) -> ColumnElement[bool]:
    """``file_states.proposition_matches`` in SQL: same voie, same série where the proposition names one."""
    return and_(
        request.voie_code == answer.recommendation_voie_code,
        or_(answer.recommendation_serie_code.is_(None), request.serie_code == answer.recommendation_serie_code),
    )


async def compute(session: AsyncSession, scope: Scope) -> Statistics:
    where = _where(scope)
    in_procedure = IN_PROCEDURE
    prov = aliased(RequestSet)
    definitive = aliased(RequestSet)
    counts = (
        await session.execute(
            select(
                func.count(Pupil.id),
                func.count(case((Pupil.hors_procedure_reason.is_not(None), 1))),
                func.count(case((and_(in_procedure, prov.id.is_not(None)), 1))),
                func.count(case((and_(in_procedure, definitive.id.is_not(None)), 1))),
            )
            .outerjoin(prov, and_(prov.pupil_id == Pupil.id, prov.phase == Phase.PROVISOIRE.value))
            .outerjoin(definitive, and_(definitive.pupil_id == Pupil.id, definitive.phase == Phase.DEFINITIVE.value))
            .where(*where)
        )
    ).one()
    pupils, hors, validated, chosen = (int(v or 0) for v in counts)

    requests = [
        VoieCount(Phase(phase), voie, serie, int(n), int(first or 0))
        for phase, voie, serie, n, first in await session.execute(
            select(Request.phase, Request.voie_code, Request.serie_code, func.count(), func.count(case((Request.rank == 1, 1))))
            .join(Pupil, Pupil.id == Request.pupil_id)
            .where(*where)
            .group_by(Request.phase, Request.voie_code, Request.serie_code)
            .order_by(Request.phase, Request.voie_code, Request.serie_code)
        )
    ]
    avis = [
        PhaseValueCount(Phase(phase), value, int(n))
        for phase, value, n in await session.execute(
            select(CouncilAnswer.phase, Avis.value, func.count())
            .join(CouncilAnswer, CouncilAnswer.id == Avis.answer_id)
            .join(Pupil, Pupil.id == CouncilAnswer.pupil_id)
            .where(*where)
            .group_by(CouncilAnswer.phase, Avis.value)
            .order_by(CouncilAnswer.phase, Avis.value)
        )
    ]

    # Agreement: the council's proposition against the family's choix définitifs.
    first = aliased(Request)
    any_choice = aliased(Request)
    matches_any = exists().where(
        any_choice.pupil_id == CouncilAnswer.pupil_id,
        any_choice.phase == Phase.DEFINITIVE.value,
        _matches(any_choice),
    )
    compared, on_first, on_any = (
        await session.execute(
            select(
                func.count(),
                func.count(case((_matches(first), 1))),
                func.count(case((matches_any, 1))),
            )
            .select_from(CouncilAnswer)
            .join(Pupil, Pupil.id == CouncilAnswer.pupil_id)
            .join(first, and_(first.pupil_id == Pupil.id, first.phase == Phase.DEFINITIVE.value, first.rank == 1))
            .where(*where, CouncilAnswer.phase == Phase.DEFINITIVE.value, CouncilAnswer.recommendation_voie_code.is_not(None))
        )
    ).one()

    answers = await _flag_counts(session, where, steps.FAMILY_ANSWER, "agrees")
    kinds = dict(
        (kind, int(n))
        for kind, n in await session.execute(
            select(PupilStep.kind, func.count(func.distinct(PupilStep.pupil_id)))
            .join(Pupil, Pupil.id == PupilStep.pupil_id)
            .where(*where, PupilStep.kind.in_([steps.APPEAL, steps.HEAD_INTERVIEW, steps.DECISION, steps.MAINTIEN_REQUEST, steps.GUARDIAN_DISAGREEMENT]))
            .group_by(PupilStep.kind)
        )
    )
    outcomes = await _flag_counts(session, where, steps.APPEAL_OUTCOME, "upheld")

    specialites = [
        PhaseValueCount(Phase(phase), code, int(n))
        for phase, code, n in await session.execute(
            select(Request.phase, RequestSpecialite.specialite_code, func.count())
            .join(Request, Request.id == RequestSpecialite.request_id)
            .join(Pupil, Pupil.id == Request.pupil_id)
            .where(*where)
            .group_by(Request.phase, RequestSpecialite.specialite_code)
            .order_by(Request.phase, func.count().desc(), RequestSpecialite.specialite_code)
        )
    ]
    combinations = await _combinations(session, where)
    breakdown = await _breakdown(session, scope, where, prov, definitive)
    return Statistics(
        school_year=scope.school_year,
        pupils=pupils,
        hors_procedure=hors,
        validated_intentions=validated,
        validated_intentions_share=_share(validated, pupils - hors),
        validated_choices=chosen,
        validated_choices_share=_share(chosen, pupils - hors),
        requests=requests,
        avis=avis,
        propositions_compared=int(compared),
        propositions_matching_first_choice=int(on_first or 0),
        propositions_matching_a_choice=int(on_any or 0),
        family_agrees=answers.get(True, 0),
        family_disagrees=answers.get(False, 0),
        head_interviews=kinds.get(steps.HEAD_INTERVIEW, 0),
        decisions=kinds.get(steps.DECISION, 0),
        appeals=kinds.get(steps.APPEAL, 0),
        appeals_granted=outcomes.get(False, 0),  # upheld = false: file_states.appeal_granted
        appeals_refused=outcomes.get(True, 0),
        appeals_upheld=outcomes.get(True, 0),
        appeals_rejected=outcomes.get(True, 0),
        maintien_requests=kinds.get(steps.MAINTIEN_REQUEST, 0),
        guardian_disagreements=kinds.get(steps.GUARDIAN_DISAGREEMENT, 0),
        specialites=specialites,
        combinations=combinations,
        breakdown=breakdown,
    )


async def _combinations(session: AsyncSession, where: list[ColumnElement[bool]]) -> list[Combination]:
    """The most requested sets of spécialités (choix définitifs when any, else intentions)."""
    phase = (
        Phase.DEFINITIVE.value
        if (
            await session.execute(
                select(exists().where(RequestSpecialite.request_id == Request.id, Request.phase == Phase.DEFINITIVE.value, Request.pupil_id == Pupil.id, *where))
            )
        ).scalar()
        else Phase.PROVISOIRE.value
    )
    rows = (
        select(RequestSpecialite.request_id.label("request_id"), RequestSpecialite.specialite_code.label("code"))
        .join(Request, Request.id == RequestSpecialite.request_id)
        .join(Pupil, Pupil.id == Request.pupil_id)
        .where(*where, Request.phase == phase)
    )
    assert session.bind is not None
    if session.bind.dialect.name == "sqlite":
        # SQLite < 3.44 has no ORDER BY inside aggregates: group_concat keeps the input order.
        ordered = rows.order_by(RequestSpecialite.request_id, RequestSpecialite.specialite_code).subquery()
        combo: Any = func.group_concat(ordered.c.code, "+")
        per_request = select(combo.label("combo")).group_by(ordered.c.request_id).subquery()
    else:
        source = rows.subquery()
        combo = func.aggregate_strings(source.c.code, "+").aggregate_order_by(source.c.code)
        per_request = select(combo.label("combo")).group_by(source.c.request_id).subquery()
    result = await session.execute(
        select(per_request.c.combo, func.count())
        .group_by(per_request.c.combo)
        .order_by(func.count().desc(), per_request.c.combo)
        .limit(TOP_COMBINATIONS)
    )
    return [Combination(combo.split("+"), int(n)) for combo, n in result]


async def _breakdown(session: AsyncSession, scope: Scope, where, prov, definitive) -> list[Breakdown]:  # type: ignore[no-untyped-def]
    if scope.etablissement_id is not None:
        key: Any = func.coalesce(Division.code, "")
        name: Any = func.coalesce(Division.code, "")
        joined = select(key, name).select_from(Pupil).outerjoin(Division, Division.id == Pupil.division_id)
    else:
        key, name = Etablissement.uai, Etablissement.name
        joined = select(key, name).select_from(Pupil).join(Etablissement, Etablissement.id == Pupil.etablissement_id)
    stmt = (
        joined.add_columns(
            func.count(Pupil.id),
            func.count(case((and_(IN_PROCEDURE, prov.id.is_not(None)), 1))),
            func.count(case((and_(IN_PROCEDURE, definitive.id.is_not(None)), 1))),
        )
        .outerjoin(prov, and_(prov.pupil_id == Pupil.id, prov.phase == Phase.PROVISOIRE.value))
        .outerjoin(definitive, and_(definitive.pupil_id == Pupil.id, definitive.phase == Phase.DEFINITIVE.value))
        .where(*where)
        .group_by(key, name)
        .order_by(key)
    )
    return [Breakdown(code, label, int(n), int(v), int(c)) for code, label, n, v, c in await session.execute(stmt)]


async def statistics(
    session: AsyncSession,
    principal: Principal | None,
    *,
    etablissement_id: int | None = None,
    division_id: int | None = None,
    palier: str | None = None,
    school_year: str | None = None,
) -> Statistics:
    """Head: their establishment (or one of its divisions). Académie: itself, or one of its
    establishments. Anything else is refused. One campaign year: the current one by default;
    a purged year answers from the aggregates stored before its purge."""
    principal = require_authenticated(principal)
    if etablissement_id is None and principal.role is not Role.ACADEMIE:
        etablissement_id = principal.etablissement_id
    if etablissement_id is None:
        scope = Scope(academie_id=principal.academie_id or -1, palier=palier)
        require(principal, Action.READ_STATISTICS, Target(academie_id=scope.academie_id))
    else:
        etab = await session.get(Etablissement, etablissement_id)
        target = Target(etablissement_id=etablissement_id, academie_id=etab.academie_id if etab else None)
        require(principal, Action.READ_STATISTICS, target)
        assert etab is not None
        scope = Scope(academie_id=etab.academie_id, etablissement_id=etab.id, palier=palier)
    if division_id is not None:
        division = await session.get(Division, division_id)
        if division is None or division.etablissement_id != scope.etablissement_id:
            raise DomainError.of("NOT_FOUND", texts.DIVISION_NOT_FOUND_HERE, "divisionId")
        scope.division_id = division_id
    if school_year is None:
        school_year = await campaigns.current_school_year(session, scope.academie_id)
    else:
        years.parse(school_year)
    scope.school_year = school_year
    stored = await stored_statistics(session, scope)
    if stored is not None:
        return stored
    return await from_counters(session, scope)  # the year's own counters (kept per campaign year)


async def from_counters(session: AsyncSession, scope: Scope) -> Statistics:
    """The same figures as `compute`, summed from the live counters (services/dashboard.py):
    a few hundred rows for an académie instead of its whole files. The counters are kept per
    campaign year: ``scope.school_year`` reads that year's (None: every year, as `compute`)."""
    if scope.division_id is not None:
        level, scope_id = "D", scope.division_id
    elif scope.etablissement_id is not None:
        level, scope_id = "E", scope.etablissement_id
    else:
        level, scope_id = "A", scope.academie_id
    stmt = select(DashboardCounter.key, func.sum(DashboardCounter.n)).where(
        DashboardCounter.level == level, DashboardCounter.scope_id == scope_id, *_year(scope)
    )
    if scope.palier:
        stmt = stmt.where(DashboardCounter.palier == scope.palier)
    totals = {k: int(n) for k, n in await session.execute(stmt.group_by(DashboardCounter.key)) if n}
    parts = {k: dashboard.parse(k) for k in totals}

    def get(*key_parts: object) -> int:
        return totals.get(dashboard.key(*key_parts), 0)

    def of(kind: str) -> list[tuple[list[Any], int]]:
        return [(parts[k][1:], n) for k, n in totals.items() if parts[k][0] == kind]

    nulls_last = session.get_bind().dialect.name != "sqlite"  # the recompute's ORDER BY on each backend

    def null_order(value: str | None) -> tuple[bool, str]:
        return ((value is None) == nulls_last, value or "")

    pupils, hors = get("pupils"), get("hors")
    validated, chosen = get("sets", Phase.PROVISOIRE.value), get("sets", Phase.DEFINITIVE.value)
    firsts = {tuple(p): n for p, n in of("first")}
    requests = sorted(
        (VoieCount(Phase(phase), voie, serie, n, firsts.get((phase, voie, serie), 0)) for (phase, voie, serie), n in of("requests")),
        key=lambda r: (r.phase, r.voie, null_order(r.serie)),
    )
    avis = sorted((PhaseValueCount(Phase(phase), value, n) for (phase, value), n in of("avis")), key=lambda a: (a.phase, a.key))
    specialites = sorted((PhaseValueCount(Phase(phase), code, n) for (phase, code), n in of("specialite")), key=lambda a: (a.phase, -a.count, a.key))
    combos = of("combination")
    phase = Phase.DEFINITIVE.value if any(p[0] == Phase.DEFINITIVE.value for p, _ in combos) else Phase.PROVISOIRE.value
    combinations = [
        Combination(combo.split("+"), n) for combo, n in sorted(((p[1], n) for p, n in combos if p[0] == phase), key=lambda c: (-c[1], c[0]))
    ][:TOP_COMBINATIONS]
    return Statistics(
        pupils=pupils,
        hors_procedure=hors,
        validated_intentions=validated,
        validated_intentions_share=_share(validated, pupils - hors),
        validated_choices=chosen,
        validated_choices_share=_share(chosen, pupils - hors),
        requests=requests,
        avis=avis,
        propositions_compared=get("compared"),
        propositions_matching_first_choice=get("matching_first"),
        propositions_matching_a_choice=get("matching_any"),
        family_agrees=get("flag", steps.FAMILY_ANSWER, True),
        family_disagrees=get("flag", steps.FAMILY_ANSWER, False),
        head_interviews=get("step", steps.HEAD_INTERVIEW),
        decisions=get("step", steps.DECISION),
        appeals=get("step", steps.APPEAL),
        appeals_granted=get("flag", steps.APPEAL_OUTCOME, False),  # upheld = false: file_states.appeal_granted
        appeals_refused=get("flag", steps.APPEAL_OUTCOME, True),
        appeals_upheld=get("flag", steps.APPEAL_OUTCOME, True),
        appeals_rejected=get("flag", steps.APPEAL_OUTCOME, True),
        maintien_requests=get("step", steps.MAINTIEN_REQUEST),
        guardian_disagreements=get("step", steps.GUARDIAN_DISAGREEMENT),
        specialites=specialites,
        combinations=combinations,
        breakdown=await _breakdown_from_counters(session, scope, level),
        school_year=scope.school_year,
    )


def _year(scope: Scope) -> list[ColumnElement[bool]]:
    return [DashboardCounter.school_year == scope.school_year] if scope.school_year is not None else []


async def _breakdown_from_counters(session: AsyncSession, scope: Scope, level: str) -> list[Breakdown]:
    if level == "A":
        return await _etablissement_lines(session, scope)
    wanted = {dashboard.key("pupils"): 0, dashboard.key("sets", Phase.PROVISOIRE.value): 1, dashboard.key("sets", Phase.DEFINITIVE.value): 2}
    sums = func.sum(DashboardCounter.n)
    division = select(Division.code, Division.code, DashboardCounter.key, sums).join(Division, Division.id == DashboardCounter.scope_id)
    if level == "D":
        stmt = division.where(DashboardCounter.level == "D", DashboardCounter.scope_id == scope.division_id)
    else:
        stmt = division.where(DashboardCounter.level == "D", Division.etablissement_id == scope.etablissement_id)
    stmt = stmt.group_by(Division.code, DashboardCounter.key).where(DashboardCounter.key.in_(list(wanted)), *_year(scope))
    if scope.palier:
        stmt = stmt.where(DashboardCounter.palier == scope.palier)
    lines: dict[tuple[str, str], list[int]] = {}
    for code, name, k, n in await session.execute(stmt):
        lines.setdefault((code, name), [0, 0, 0])[wanted[k]] += int(n or 0)
    if level == "E":  # pupils without a division: one line with an empty code, as in compute
        none = select(DashboardCounter.key, sums).where(
            DashboardCounter.level == "N", DashboardCounter.scope_id == scope.etablissement_id, DashboardCounter.key.in_(list(wanted)),
            *_year(scope),
        )
        if scope.palier:
            none = none.where(DashboardCounter.palier == scope.palier)
        for k, n in await session.execute(none.group_by(DashboardCounter.key)):
            lines.setdefault(("", ""), [0, 0, 0])[wanted[k]] += int(n or 0)
    return [Breakdown(code, name, *counts) for (code, name), counts in sorted(lines.items()) if counts[0] > 0]


async def _etablissement_lines(session: AsyncSession, scope: Scope) -> list[Breakdown]:
    """The académie's breakdown, one line per establishment with pupils: one statement over the
    summary rows kept beside the counters (dashboard_etablissement: a row per establishment, year
    and palier), ordered by UAI in SQL as `compute` orders it. Its rows go straight from the
    driver into the lines (on PostgreSQL asyncpg's own fetch: 7,000 rows through SQLAlchemy's
    result layer cost a third of the read), each line built from its row, no ORM object."""
    conn = await session.connection()
    postgres = conn.dialect.name == "postgresql"
    args: list[Any] = [scope.academie_id]

    def param(value: Any) -> str:
        args.append(value)
        return f"${len(args)}" if postgres else "?"

    where = ["e.academie_id = " + ("$1" if postgres else "?")]
    if scope.school_year is not None:
        where.append("s.school_year = " + param(scope.school_year))
    if scope.palier:
        where.append("s.palier = " + param(scope.palier))
    sql = (
        "SELECT e.uai, e.name, sum(s.pupils), sum(s.validated_intentions), sum(s.validated_choices) "
        "FROM dashboard_etablissement s JOIN etablissement e ON e.id = s.etablissement_id "
        f"WHERE {' AND '.join(where)} GROUP BY e.uai, e.name HAVING sum(s.pupils) > 0 ORDER BY e.uai"
    )
    if postgres:  # inside the session's transaction (from_counters has begun it)
        rows: Any = await driver_fetch(conn, sql, args)
    else:
        rows = await conn.exec_driver_sql(sql, tuple(args))
    return list(starmap(Breakdown, rows))


async def comparison(
    session: AsyncSession,
    principal: Principal | None,
    *,
    etablissement_id: int | None = None,
    division_id: int | None = None,
    palier: str | None = None,
    school_year: str | None = None,
) -> tuple[Statistics, Statistics | None]:
    """A year's statistics and the previous year's on the same scope (None when the académie
    had no campaign that year), so a dashboard can show the evolution."""
    current = await statistics(
        session, principal, etablissement_id=etablissement_id, division_id=division_id, palier=palier, school_year=school_year
    )
    assert current.school_year is not None
    previous_year = years.previous_of(current.school_year)
    principal = require_authenticated(principal)
    academie_id = principal.academie_id
    if etablissement_id is not None or academie_id is None:
        etab = await session.get(Etablissement, etablissement_id or principal.etablissement_id)
        academie_id = etab.academie_id if etab else None
    known = (
        await session.execute(
            select(Campaign.id).where(Campaign.academie_id == academie_id, Campaign.school_year == previous_year)
        )
    ).first()
    if known is None:
        return current, None
    previous = await statistics(
        session, principal, etablissement_id=etablissement_id, division_id=division_id, palier=palier, school_year=previous_year
    )
    return current, previous


def scope_key(scope: Scope) -> str:
    """How a stored aggregate is found again: the académie or one establishment (by UAI), per palier."""
    key = "ACADEMIE" if scope.etablissement_id is None else f"ETAB:{scope.etablissement_id}"
    return key + (f":{scope.palier}" if scope.palier else "")


async def stored_statistics(session: AsyncSession, scope: Scope) -> Statistics | None:
    """A purged year's statistics, as stored before the purge (no division detail is kept)."""
    if scope.division_id is not None or scope.school_year is None:
        return None
    campaign = (
        await session.execute(
            select(Campaign).where(Campaign.academie_id == scope.academie_id, Campaign.school_year == scope.school_year)
        )
    ).scalar_one_or_none()
    if campaign is None or campaign.purged_at is None:
        return None
    row = (
        await session.execute(
            select(CampaignStatistics).where(
                CampaignStatistics.academie_id == scope.academie_id,
                CampaignStatistics.school_year == scope.school_year,
                CampaignStatistics.scope_key == scope_key(scope),
            )
        )
    ).scalar_one_or_none()
    return from_dict(row.data) if row else None


def to_dict(stats: Statistics) -> dict:  # type: ignore[type-arg]
    return asdict(stats)


def from_dict(data: dict) -> Statistics:  # type: ignore[type-arg]
    return Statistics(
        **{
            **data,
            "requests": [VoieCount(**x) for x in data["requests"]],
            "avis": [PhaseValueCount(**x) for x in data["avis"]],
            "specialites": [PhaseValueCount(**x) for x in data["specialites"]],
            "combinations": [Combination(**x) for x in data["combinations"]],
            "breakdown": [Breakdown(**x) for x in data["breakdown"]],
        }
    )

