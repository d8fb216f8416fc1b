"""Columns of the national pupil list, built from the batch read model (no query here).

The same row feeds the GraphQL ``listRow``, the CSV/XLSX exports and the fiches de dialogue.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..db.models import PupilStep
from ..domain import steps
from ..domain.file_states import PupilState, appeal_granted, appeal_outcome_text, states_of
from ..domain.requests import VoieInfo
from ..domain.texts import documents as texts
from ..domain.vocabulary import AVIS_LABELS, AvisValue, Phase
from .files import AnswerView, FileView, RequestSetView, facts


@dataclass
class VoieRef:
    """A voie as the file shows it: its code and label (not a bare string)."""

    code: str
    label: str


@dataclass
class ListRequest:
    rank: int
    voie: VoieRef
    voie_label: str  # = voie.label (kept for existing clients)
    serie: str | None
    serie_option: str | None
    metier: str | None
    statut: str | None  # "scolaire", "apprenti", "scolaire ou apprenti"
    specialites: list[str] = field(default_factory=list)


@dataclass
class ListAvis:
    rank: int
    value: str
    label: str
    advised_metier: str | None


@dataclass
class ListRow:
    pp_interview_on: dt.date | None
    intentions_validated_at: dt.datetime | None
    intentions_channel: str | None
    intentions: list[ListRequest]
    avis: list[ListAvis]
    avis_motivation: str | None
    avis_published: bool
    avis_acknowledged_at: dt.datetime | None
    choices_validated_at: dt.datetime | None
    choices_channel: str | None
    choices: list[ListRequest]
    proposition_voie: VoieRef | None
    proposition_voie_label: str | None
    proposition_serie: str | None
    proposition_motivation: str | None
    proposition_published: bool
    family_agrees: bool | None
    family_answered_at: dt.datetime | None
    head_interview_on: dt.date | None
    appeal_filed_on: dt.date | None
    appeal_upheld: bool | None
    appeal_outcome_voie: VoieRef | None
    decision_voie: VoieRef | None
    decision_voie_label: str | None
    decision_serie: str | None
    decision_remise_a_niveau: bool
    decision_motivation: str | None
    maintien_requested_on: dt.date | None
    guardian_disagreement: bool
    hors_procedure: bool
    # Read-model additions (issue 16): the states the staff list's filters select this pupil for,
    # and the appeal's outcome in words, so no view re-derives them.
    states: list[PupilState] = field(default_factory=list)
    appeal_granted: bool | None = None
    appeal_outcome: str | None = None


def _ref(code: str | None, voies: Mapping[str, VoieInfo]) -> VoieRef | None:
    if not code:
        return None
    return VoieRef(code, voies[code].label if code in voies else code)


def _statut(scolaire: bool, apprenti: bool) -> str | None:
    if scolaire and apprenti:
        return texts.STATUT_BOTH
    return texts.STATUT_SCOLAIRE if scolaire else texts.STATUT_APPRENTI if apprenti else None


def _requests(view: RequestSetView | None, voies: Mapping[str, VoieInfo]) -> list[ListRequest]:
    if view is None:
        return []
    return [
        ListRequest(
            rank=r.rank,
            voie=_ref(r.voie, voies),  # type: ignore[arg-type]
            voie_label=voies[r.voie].label if r.voie in voies else r.voie,
            serie=r.serie,
            serie_option=r.serie_option,
            metier=r.metier,
            statut=_statut(r.statut_scolaire, r.statut_apprenti),
            specialites=[code for code, _, _ in r.specialites],
        )
        for r in view.requests
    ]


def _avis(answer: AnswerView | None) -> list[ListAvis]:
    if answer is None:
        return []
    return [ListAvis(a.rank, a.value, AVIS_LABELS.get(AvisValue(a.value), a.value), a.advised_metier) for a in answer.avis]


def _last(view: FileView, kind: str) -> PupilStep | None:
    found = view.steps.get(kind)
    return found[-1] if found else None


def _data(step: PupilStep | None) -> dict:  # type: ignore[type-arg]
    return (step.data or {}) if step else {}


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_row(view: FileView, voies: Mapping[str, VoieInfo]) -> ListRow:
    intentions = view.sets.get(Phase.PROVISOIRE)
    choices = view.sets.get(Phase.DEFINITIVE)
    avis = view.answers.get(Phase.PROVISOIRE)
    proposition = view.answers.get(Phase.DEFINITIVE)
    answer = _last(view, steps.FAMILY_ANSWER)
    decision = _data(_last(view, steps.DECISION))
    appeal = _data(_last(view, steps.APPEAL))
    outcome_step = _last(view, steps.APPEAL_OUTCOME)
    outcome = _data(outcome_step)

    def label(code: str | None) -> str | None:
        return (voies[code].label if code in voies else code) if code else None

    return ListRow(
        pp_interview_on=view.pupil.pp_interview_on,
        intentions_validated_at=intentions.validated_at if intentions else None,
        intentions_channel=intentions.channel if intentions else None,
        intentions=_requests(intentions, voies),
        avis=_avis(avis),
        avis_motivation=avis.motivation if avis else None,
        avis_published=bool(avis and avis.published_at),
        avis_acknowledged_at=avis.acknowledged_at if avis else None,
        choices_validated_at=choices.validated_at if choices else None,
        choices_channel=choices.channel if choices else None,
        choices=_requests(choices, voies),
        proposition_voie=_ref(proposition.recommendation_voie, voies) if proposition else None,
        proposition_voie_label=label(proposition.recommendation_voie) if proposition else None,
        proposition_serie=proposition.recommendation_serie if proposition else None,
        proposition_motivation=proposition.motivation if proposition else None,
        proposition_published=bool(proposition and proposition.published_at),
        family_agrees=bool(_data(answer).get("agrees")) if answer else None,
        family_answered_at=answer.at if answer else None,
        head_interview_on=_date(_data(_last(view, steps.HEAD_INTERVIEW)).get("date")),
        appeal_filed_on=_date(appeal.get("filedOn")),
        appeal_upheld=bool(outcome.get("upheld")) if outcome_step else None,
        appeal_outcome_voie=_ref(outcome.get("voie"), voies),
        decision_voie=_ref(decision.get("voie"), voies),
        decision_voie_label=label(decision.get("voie")),
        decision_serie=decision.get("serie"),
        decision_remise_a_niveau=bool(decision.get("remiseANiveau")),
        decision_motivation=decision.get("motivation"),
        maintien_requested_on=_date(_data(_last(view, steps.MAINTIEN_REQUEST)).get("filedOn")),
        guardian_disagreement=steps.GUARDIAN_DISAGREEMENT in view.steps,
        hors_procedure=view.pupil.hors_procedure_reason is not None,
        states=sorted(states_of(facts(view)), key=list(PupilState).index),
        appeal_granted=appeal_granted(outcome["upheld"]) if outcome_step else None,
        appeal_outcome=appeal_outcome_text(outcome.get("upheld") if outcome_step else None) if appeal else None,
    )


# --- text forms, for exports and fiches ------------------------------------------------------


def _day(value: dt.datetime | None, zone: dt.tzinfo) -> dt.date | str:
    """A moment as the day it was in ``zone`` (the académie's time), a typed date for the exports."""
    return value.astimezone(zone).date() if value else ""


def fr_date(value: dt.date | dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """dd/mm/yyyy; a moment is printed as the day it was in ``zone`` (the académie's time), which
    a moment cannot go without (no silent Paris default: La Réunion's evening is Paris's afternoon)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if zone is None:
            raise TypeError("fr_date needs the academie's time zone for a moment")
        value = value.astimezone(zone).date()
    return value.strftime("%d/%m/%Y")


def request_text(r: ListRequest) -> str:
    parts = [r.voie_label]
    if r.serie:
        parts.append(r.serie + (f" ({r.serie_option})" if r.serie_option else ""))
    if r.metier:
        parts.append(r.metier)
    if r.statut:
        parts.append(texts.statut_part(r.statut))
    if r.specialites:
        parts.append(texts.specialites_part(r.specialites))
    return f"{r.rank}. " + " — ".join(parts)


def requests_text(items: list[ListRequest]) -> str:
    return " ; ".join(request_text(r) for r in items)


def avis_text(items: list[ListAvis]) -> str:
    return " ; ".join(f"{a.rank}. {a.label}" + (f" ({a.advised_metier})" if a.advised_metier else "") for a in items)


EXPORT_HEADERS = texts.EXPORT_HEADERS


Cell = str | int | dt.date


def export_cells(view: FileView, row: ListRow) -> list[Cell]:
    """Typed cells: dates stay dates (the XLSX writes real dates, the CSV writes dd/mm/yyyy)."""
    p = view.pupil
    zone = view.territory.zone
    proposition = " — ".join(x for x in (row.proposition_voie_label, row.proposition_serie) if x)
    decision = " — ".join(x for x in (row.decision_voie_label, row.decision_serie) if x)
    if decision and row.decision_remise_a_niveau:
        decision += texts.WITH_REMISE_A_NIVEAU
    appeal = texts.appeal_cell(fr_date(row.appeal_filed_on, zone), row.appeal_outcome) if row.appeal_filed_on else ""
    answer = "" if row.family_agrees is None else (texts.AGREES if row.family_agrees else texts.DISAGREES)
    return [
        p.last_name,
        p.first_name,
        p.ine,
        p.birth_date,
        view.division.code if view.division else "",
        p.mef,
        row.pp_interview_on or "",
        requests_text(row.intentions),
        avis_text(row.avis),
        _day(row.avis_acknowledged_at, zone),
        requests_text(row.choices),
        proposition,
        answer,
        row.head_interview_on or "",
        appeal,
        decision,
        p.hors_procedure_reason or "",
    ]
