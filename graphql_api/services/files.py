"""Read model of pupils' files, loaded in batches: a constant number of queries for N pupils.

On PostgreSQL the whole batch is ONE statement (issue 14): the pupils' establishment, académie
and division as ORM entities, each collection (windows, request sets with their requests and
spécialités, council answers with their avis, guardians, steps) as a JSON array built by
PostgreSQL beside them; ``_from_json`` turns those into the same views as the statement-per-
table path that SQLite keeps (tests/readmodel/test_fast_read.py compares both on random files)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import json
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Integer, and_, any_, bindparam, exists, func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapper
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession

from ..db.driver import DriverStatement, instance
from ..db.models import (
    Academie,
    Account,
    Campaign,
    Avis,
    CouncilAnswer,
    Division,
    Etablissement,
    Guardianship,
    PhaseWindow,
    Pupil,
    PupilStep,
    Request,
    RequestSet,
    RequestSpecialite,
)
from ..domain.calendar import Window, campaign_status
from ..domain import steps
from ..domain.file_states import FileFacts, RequestFacts, SpecialiteChoice, specialites_in_order
from ..domain.school_year import CampaignYearState
from ..domain.territory import Territory
from ..domain.vocabulary import Phase
from ..policy import Principal, pupil_scope, pupil_scope_template


@dataclass
class RequestView:
    rank: int
    voie: str
    serie: str | None
    serie_option: str | None
    metier: str | None
    statut_scolaire: bool
    statut_apprenti: bool
    specialites: list[SpecialiteChoice] = field(default_factory=list)  # in the order everyone shows


@dataclass
class RequestSetView:
    phase: Phase
    validated_at: dt.datetime
    validated_by_id: int
    channel: str
    paper_form_received_on: dt.date | None
    revision: int
    requests: list[RequestView]


@dataclass
class AvisView:
    rank: int
    value: str
    advised_metier: str | None


@dataclass
class AnswerView:
    phase: Phase
    avis: list[AvisView]
    recommendation_voie: str | None
    recommendation_serie: str | None
    recommendation_metier: str | None
    motivation: str | None
    entered_at: dt.datetime
    published_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    acknowledged_by_id: int | None
    acknowledgement_channel: str | None
    details: dict | None = None  # type: ignore[type-arg]  # e.g. {"specialiteRecommendations": [...]}


@dataclass
class FileView:
    pupil: Pupil
    etablissement: Etablissement
    academie: Academie
    division: Division | None
    windows: list[Window]
    sets: dict[Phase, RequestSetView]
    answers: dict[Phase, AnswerView]
    guardian_ids: list[int]
    # Dated steps after the council's answers (family answer, entretien, décision, appel…),
    # by kind, oldest first. Kinds are defined by the services that write them.
    steps: dict[str, list[PupilStep]] = field(default_factory=dict)
    # The file's campaign year is over (frozen): read-only for everyone.
    frozen: bool = False

    @property
    def territory(self) -> Territory:
        return Territory(self.academie.time_zone or "Europe/Paris", tuple(self.academie.local_holidays or ()))

    def today(self, now: dt.datetime) -> dt.date:
        """The day it is in the académie: dates entered "today" and deadlines are read there."""
        return self.territory.today(now)

    def campaign(self, now: dt.datetime):  # type: ignore[no-untyped-def]
        return campaign_status(
            self.windows,
            switch_open(self.etablissement, self.pupil.school_year),
            now,
            expected_reopening_on=self.etablissement.expected_reopening_on,
            closure_message=self.etablissement.closure_message,
            frozen_year=self.pupil.school_year if self.frozen else None,
        )


def switch_open(etablissement: Etablissement, school_year: str) -> bool:
    """The switch is the campaign year's: one left open last year reads closed this year."""
    return etablissement.teleservice_open and etablissement.teleservice_school_year == school_year


async def load_files(session: AsyncSession, pupils: Sequence[Pupil]) -> dict[int, FileView]:
    """Files of pupils already selected through the policy's scope."""
    if not pupils:
        return {}
    if _one_statement(session):
        if _BY_IDS[0] is None:
            _BY_IDS[0] = _file_statement(Pupil.id.in_(bindparam("file_ids", expanding=True)), with_pupil=False)
        rows = await session.execute(_BY_IDS[0], {"file_ids": [p.id for p in pupils]})
        by_id = {p.id: p for p in pupils}
        return {pupil_id: _from_json(by_id[pupil_id], *rest) for pupil_id, *rest in rows}
    return await _load_files_per_table(session, pupils)


async def load_scoped_files(
    session: AsyncSession, ids: Sequence[int], principal: Principal | None
) -> tuple[list[Pupil], dict[int, FileView]]:
    """The pupils of `ids` within the principal's scope (policy.pupil_scope), by id, with their
    files: on PostgreSQL the selection and the files are one statement, built once per shape
    of scope (its cache key and compilation are then reused, not recomputed per request)."""
    if _one_statement(session):
        shape, scope, params = pupil_scope_template(principal)
        statement = _SCOPED.get(shape)
        if statement is None:
            ids_param = bindparam("file_ids", type_=ARRAY(Integer))
            statement = _SCOPED[shape] = DriverStatement(
                _file_statement((Pupil.id == any_(ids_param)) & scope, with_pupil=True, flat=True), session.bind.dialect  # type: ignore[union-attr]
            )
        rows = [_entities(row) for row in await statement.fetch(session, {**params, "file_ids": list(ids)})]
        return [r[0] for r in rows], {r[0].id: _from_json(*r) for r in rows}
    pupils = list((await session.execute(select(Pupil).where(Pupil.id.in_(ids), pupil_scope(principal)).order_by(Pupil.id))).scalars())
    return pupils, await _load_files_per_table(session, pupils)


# The one-statement reads, built on first use (their SQL never changes, only the parameters).
_BY_IDS: list[Any] = [None]
_SCOPED: dict[str, DriverStatement] = {}

# The entities of a file's row, column by column (the driver's read builds them itself).
_ENTITIES = (Pupil, Etablissement, Academie, Division)
_MAPPERS: dict[type, Mapper[Any]] = {cls: sa_inspect(cls) for cls in _ENTITIES}
_KEYS = {cls: [attr.key for attr in mapper.column_attrs] for cls, mapper in _MAPPERS.items()}
_COLUMNS = {cls: [attr.columns[0] for attr in mapper.column_attrs] for cls, mapper in _MAPPERS.items()}
_DIVISION_ID = _KEYS[Division].index("id")


def _entities(row: list[Any]) -> list[Any]:
    """A flat row of the driver's read as the ORM's: pupil, establishment, académie, division
    (None when the pupil has none, as an outer-joined entity reads), then the rest."""
    out: list[Any] = []
    start = 0
    for cls in _ENTITIES:
        keys = _KEYS[cls]
        values = row[start:start + len(keys)]
        start += len(keys)
        out.append(None if cls is Division and values[_DIVISION_ID] is None else instance(cls, keys, values))
    return out + row[start:]


def _one_statement(session: AsyncSession) -> bool:
    return session.bind is not None and session.bind.dialect.name == "postgresql"


def _json_list(*columns: Any, order_by: Any) -> Any:
    return func.coalesce(func.json_agg(aggregate_order_by(func.json_build_array(*columns), *order_by)), func.json_build_array())


def _file_statement(where: ColumnElement[bool], *, with_pupil: bool, flat: bool = False) -> Any:
    """One row per pupil: [Pupil,] Etablissement, Academie, Division, is its year current, then
    the JSON arrays of its windows, request sets, answers, guardians and steps."""
    specialites = (
        select(_json_list(RequestSpecialite.specialite_code, RequestSpecialite.rank, RequestSpecialite.offered,
                          order_by=(RequestSpecialite.rank, RequestSpecialite.specialite_code)))
        .where(RequestSpecialite.request_id == Request.id)
        .scalar_subquery()
    )
    requests = (
        select(_json_list(Request.rank, Request.voie_code, Request.serie_code, Request.serie_option, Request.metier,
                          Request.statut_scolaire, Request.statut_apprenti, specialites, order_by=(Request.rank, Request.id)))
        .where(Request.set_id == RequestSet.id, Request.pupil_id == RequestSet.pupil_id)
        .scalar_subquery()
    )
    sets = (
        select(_json_list(RequestSet.phase, RequestSet.validated_at, RequestSet.validated_by_id, RequestSet.channel,
                          RequestSet.paper_form_received_on, RequestSet.revision, requests, order_by=(RequestSet.id,)))
        .where(RequestSet.pupil_id == Pupil.id)
        .scalar_subquery()
    )
    avis = (
        select(_json_list(Avis.rank, Avis.value, Avis.advised_metier, order_by=(Avis.rank, Avis.id)))
        .where(Avis.answer_id == CouncilAnswer.id)
        .scalar_subquery()
    )
    answers = (
        select(_json_list(
            CouncilAnswer.phase, avis, CouncilAnswer.recommendation_voie_code, CouncilAnswer.recommendation_serie_code,
            CouncilAnswer.recommendation_metier, CouncilAnswer.motivation, CouncilAnswer.entered_at, CouncilAnswer.published_at,
            CouncilAnswer.acknowledged_at, CouncilAnswer.acknowledged_by_id, CouncilAnswer.acknowledgement_channel,
            CouncilAnswer.details, order_by=(CouncilAnswer.id,),
        ))
        .where(CouncilAnswer.pupil_id == Pupil.id)
        .scalar_subquery()
    )
    windows = (
        select(_json_list(PhaseWindow.phase, PhaseWindow.starts_at, PhaseWindow.ends_at, order_by=(PhaseWindow.id,)))
        .where(
            PhaseWindow.academie_id == Etablissement.academie_id,
            PhaseWindow.school_year == Pupil.school_year,
            PhaseWindow.palier == Pupil.palier,
        )
        .scalar_subquery()
    )
    guardians = (
        select(func.coalesce(func.json_agg(aggregate_order_by(Guardianship.account_id, Guardianship.level, Guardianship.id)), func.json_build_array()))
        .join(Account, Account.id == Guardianship.account_id)
        .where(Guardianship.pupil_id == Pupil.id)
        .scalar_subquery()
    )
    pupil_steps = (
        select(_json_list(PupilStep.id, PupilStep.kind, PupilStep.at, PupilStep.by_id, PupilStep.channel, PupilStep.data,
                          order_by=(PupilStep.id,)))
        .where(PupilStep.pupil_id == Pupil.id)
        .scalar_subquery()
    )
    current = exists(
        select(Campaign.id).where(
            Campaign.academie_id == Etablissement.academie_id,
            Campaign.school_year == Pupil.school_year,
            Campaign.state == CampaignYearState.CURRENT.value,
        )
    )
    entities: tuple[Any, ...] = ((Pupil,) if with_pupil else (Pupil.id,)) + (Etablissement, Academie, Division)
    if flat:  # column by column, for the driver's read (_entities puts the objects back together)
        entities = tuple(column for cls in entities for column in _COLUMNS[cls])
    return (
        select(*entities, current, windows, sets, answers, guardians, pupil_steps)
        .select_from(Pupil)
        .join(Etablissement, Etablissement.id == Pupil.etablissement_id)
        .join(Academie, Academie.id == Etablissement.academie_id)
        .outerjoin(Division, Division.id == Pupil.division_id)
        .where(where)
        .order_by(Pupil.id)
    )


def _parsed(value: Any) -> Any:
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _time(value: str | None) -> dt.datetime | None:
    """A timestamptz as PostgreSQL writes it in JSON, as the UTCDateTime columns read it."""
    return dt.datetime.fromisoformat(value).astimezone(dt.timezone.utc) if value is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _from_json(
    pupil: Pupil, etab: Etablissement, academie: Academie, division: Division | None, current: bool,
    windows: Any, sets: Any, answers: Any, guardians: Any, pupil_steps: Any,
) -> FileView:
    request_sets: dict[Phase, RequestSetView] = {}
    for phase, validated_at, validated_by_id, channel, paper_on, revision, requests in _parsed(sets):
        request_sets[Phase(phase)] = RequestSetView(
            Phase(phase), _time(validated_at), validated_by_id, channel, _date(paper_on), revision,  # type: ignore[arg-type]
            [
                RequestView(
                    rank, voie, serie, serie_option, metier, scolaire, apprenti,
                    specialites_in_order(SpecialiteChoice(code, spe_rank, offered) for code, spe_rank, offered in specialites),
                )
                for rank, voie, serie, serie_option, metier, scolaire, apprenti, specialites in requests
            ],
        )
    council: dict[Phase, AnswerView] = {}
    for phase, avis, voie, serie, metier, motivation, entered_at, published_at, ack_at, ack_by, ack_channel, details in _parsed(answers):
        council[Phase(phase)] = AnswerView(
            Phase(phase), [AvisView(rank, value, advised) for rank, value, advised in avis], voie, serie, metier, motivation,
            _time(entered_at), _time(published_at), _time(ack_at), ack_by, ack_channel, details,  # type: ignore[arg-type]
        )
    by_kind: dict[str, list[PupilStep]] = defaultdict(list)
    for step_id, kind, at, by_id, channel, data in _parsed(pupil_steps):
        by_kind[kind].append(PupilStep(id=step_id, pupil_id=pupil.id, kind=kind, at=_time(at), by_id=by_id, channel=channel, data=data))
    return FileView(
        pupil=pupil,
        etablissement=etab,
        academie=academie,
        division=division,
        windows=[Window(Phase(phase), _time(start), _time(end)) for phase, start, end in _parsed(windows)],  # type: ignore[arg-type]
        sets=request_sets,
        answers=council,
        guardian_ids=list(_parsed(guardians)),
        steps=dict(by_kind),
        frozen=not current,
    )


async def _load_files_per_table(session: AsyncSession, pupils: Sequence[Pupil]) -> dict[int, FileView]:
    """The same read model, one statement per table (SQLite)."""
    ids = [p.id for p in pupils]
    etab_ids = {p.etablissement_id for p in pupils}
    etabs = {e.id: e for e in (await session.execute(select(Etablissement).where(Etablissement.id.in_(etab_ids)))).scalars()}
    academies: dict[int, Academie] = {}
    current_years: set[tuple[int, str]] = set()  # (académie, its current campaign year): read in the same query
    for academie, current_year in await session.execute(
        select(Academie, Campaign.school_year)
        .outerjoin(Campaign, and_(Campaign.academie_id == Academie.id, Campaign.state == CampaignYearState.CURRENT.value))
        .where(Academie.id.in_({e.academie_id for e in etabs.values()}))
    ):
        academies[academie.id] = academie
        if current_year is not None:
            current_years.add((academie.id, current_year))
    division_ids = {p.division_id for p in pupils if p.division_id}
    divisions = {
        d.id: d for d in (await session.execute(select(Division).where(Division.id.in_(division_ids)))).scalars()
    }
    windows: dict[tuple[int, str, str], list[Window]] = defaultdict(list)
    school_years = {p.school_year for p in pupils}
    for w in (
        await session.execute(
            select(PhaseWindow)
            .where(PhaseWindow.academie_id.in_(academies), PhaseWindow.school_year.in_(school_years))
            .order_by(PhaseWindow.id)
        )
    ).scalars():
        windows[(w.academie_id, w.school_year, w.palier)].append(Window(Phase(w.phase), w.starts_at, w.ends_at))

    sets: dict[int, dict[Phase, RequestSetView]] = defaultdict(dict)
    set_rows = (await session.execute(select(RequestSet).where(RequestSet.pupil_id.in_(ids)).order_by(RequestSet.id))).scalars().all()
    requests: dict[int, list[RequestView]] = defaultdict(list)
    request_by_id: dict[int, RequestView] = {}
    for r in (
        await session.execute(select(Request).where(Request.pupil_id.in_(ids)).order_by(Request.set_id, Request.rank, Request.id))
    ).scalars():
        view = RequestView(r.rank, r.voie_code, r.serie_code, r.serie_option, r.metier, r.statut_scolaire, r.statut_apprenti)
        requests[r.set_id].append(view)
        request_by_id[r.id] = view
    if request_by_id:
        for spec in (
            await session.execute(
                select(RequestSpecialite)
                .join(Request, Request.id == RequestSpecialite.request_id)
                .where(Request.pupil_id.in_(ids))
                .order_by(RequestSpecialite.request_id, RequestSpecialite.rank, RequestSpecialite.specialite_code)
            )
        ).scalars():
            request_by_id[spec.request_id].specialites.append(SpecialiteChoice(spec.specialite_code, spec.rank, spec.offered))
        for view in request_by_id.values():
            view.specialites = specialites_in_order(view.specialites)
    for s in set_rows:
        phase = Phase(s.phase)
        sets[s.pupil_id][phase] = RequestSetView(
            phase, s.validated_at, s.validated_by_id, s.channel, s.paper_form_received_on, s.revision, requests[s.id]
        )

    answers: dict[int, dict[Phase, AnswerView]] = defaultdict(dict)
    answer_rows = (
        await session.execute(select(CouncilAnswer).where(CouncilAnswer.pupil_id.in_(ids)).order_by(CouncilAnswer.id))
    ).scalars().all()
    avis: dict[int, list[AvisView]] = defaultdict(list)
    if answer_rows:
        for item in (
            await session.execute(
                select(Avis).where(Avis.answer_id.in_([a.id for a in answer_rows])).order_by(Avis.answer_id, Avis.rank, Avis.id)
            )
        ).scalars():
            avis[item.answer_id].append(AvisView(item.rank, item.value, item.advised_metier))
    for a in answer_rows:
        answers[a.pupil_id][Phase(a.phase)] = AnswerView(
            Phase(a.phase),
            avis[a.id],
            a.recommendation_voie_code,
            a.recommendation_serie_code,
            a.recommendation_metier,
            a.motivation,
            a.entered_at,
            a.published_at,
            a.acknowledged_at,
            a.acknowledged_by_id,
            a.acknowledgement_channel,
            a.details,
        )
    guardians: dict[int, list[int]] = defaultdict(list)
    for pupil_id, account_id in await session.execute(
        select(Guardianship.pupil_id, Guardianship.account_id)
        .join(Account, Account.id == Guardianship.account_id)
        .where(Guardianship.pupil_id.in_(ids))
        .order_by(Guardianship.level, Guardianship.id)
    ):
        guardians[pupil_id].append(account_id)

    steps: dict[int, dict[str, list[PupilStep]]] = defaultdict(lambda: defaultdict(list))
    for step in (
        await session.execute(select(PupilStep).where(PupilStep.pupil_id.in_(ids)).order_by(PupilStep.id))
    ).scalars():
        steps[step.pupil_id][step.kind].append(step)

    result = {}
    for p in pupils:
        etab = etabs[p.etablissement_id]
        result[p.id] = FileView(
            pupil=p,
            etablissement=etab,
            academie=academies[etab.academie_id],
            division=divisions.get(p.division_id) if p.division_id else None,
            windows=windows[(etab.academie_id, p.school_year, p.palier)],
            sets=sets[p.id],
            answers=answers[p.id],
            guardian_ids=guardians[p.id],
            steps=dict(steps[p.id]),
            frozen=(etab.academie_id, p.school_year) not in current_years,
        )
    return result


def _latest(view: FileView, kind: str) -> PupilStep | None:
    found = view.steps.get(kind)
    return found[-1] if found else None


def facts(view: FileView) -> FileFacts:
    """The file as the definitions of ``domain/file_states.py`` see it (states, statistics)."""
    intentions = view.sets.get(Phase.PROVISOIRE)
    choices = view.sets.get(Phase.DEFINITIVE)
    avis = view.answers.get(Phase.PROVISOIRE)
    proposition = view.answers.get(Phase.DEFINITIVE)
    answer = _latest(view, steps.FAMILY_ANSWER)
    outcome = _latest(view, steps.APPEAL_OUTCOME)

    def requests(s: RequestSetView | None) -> tuple[RequestFacts, ...] | None:
        return None if s is None else tuple(RequestFacts(r.rank, r.voie, r.serie) for r in s.requests)

    def codes(s: RequestSetView | None) -> tuple[str, ...]:
        return tuple(c.code for r in (s.requests if s else ()) for c in r.specialites)

    return FileFacts(
        hors_procedure=view.pupil.hors_procedure_reason is not None,
        intentions=requests(intentions),
        choices=requests(choices),
        avis_entered=avis is not None,
        avis_published=bool(avis and avis.published_at),
        avis_acknowledged=bool(avis and avis.acknowledged_at),
        avis_values=tuple(a.value for a in avis.avis) if avis else (),
        proposition_voie=proposition.recommendation_voie if proposition else None,
        proposition_serie=proposition.recommendation_serie if proposition else None,
        family_agrees=bool((answer.data or {}).get("agrees")) if answer else None,
        head_interview=steps.HEAD_INTERVIEW in view.steps,
        decided=steps.DECISION in view.steps,
        appealed=steps.APPEAL in view.steps,
        appeal_upheld=bool((outcome.data or {}).get("upheld")) if outcome else None,
        maintien=steps.MAINTIEN_REQUEST in view.steps,
        guardian_disagreement=steps.GUARDIAN_DISAGREEMENT in view.steps,
        intention_specialites=codes(intentions),
        choice_specialites=codes(choices),
    )
