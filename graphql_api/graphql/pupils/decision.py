"""The second phase of the orientation file (choices, proposition, décision, appel), built from the batch read model like the rest."""
import datetime as dt
from typing import Optional

import strawberry

from ...domain.texts.file import MSG_APPEAL_OUTCOME_FINAL, MSG_MAINTIEN_OF_RIGHT, appeal_message, passerelle_opinion_label
from ...domain import decision as decision_rules, file_states, proposition as proposition_rules, steps, viewer
from ...domain.vocabulary import Phase
from ...policy import Principal
from ...services.files import FileView
from ...services.decision import facts_of
from ..enums import ChannelEnum, PhaseEnum
from .types import Nomenclature, RecommendedSpecialite, Serie, Voie, blocker_of, request_set_of


@strawberry.type
class Proposition:
    """The conseil de classe's proposition (phase 2)."""

    voie: Voie
    serie: Optional[Serie]
    motivation: Optional[str]
    differs_from_request: bool = strawberry.field(description="It differs from the family's first choice (motivated then).")
    published: bool
    published_at: Optional[dt.datetime]
    entered_at: dt.datetime
    specialite_recommendations: list[RecommendedSpecialite] = strawberry.field(
        description="2de GT: spécialités the council recommends; the family keeps the choice."
    )


@strawberry.type
class FamilyAnswer:
    agrees: bool
    answered_at: dt.datetime
    channel: ChannelEnum
    by_viewer: bool
    message: str


@strawberry.type
class HeadInterview:
    """The entretien with the chef d'établissement after a disagreement."""

    date: dt.date
    recorded_at: dt.datetime


@strawberry.type
class Decision:
    voie: Voie
    serie: Optional[Serie]
    remise_a_niveau: bool = strawberry.field(description="Granted subject to a dispositif de remise à niveau.")
    motivation: Optional[str]
    taken_at: dt.datetime
    notified_on: dt.date
    by_head: bool = strawberry.field(description="False when it is the proposition the family agreed to.")
    appeal_deadline: Optional[dt.date] = strawberry.field(description="Last day to appeal (3 working days), when an appeal is open.")
    appeal_message: Optional[str]
    notice: str


@strawberry.type
class AppealOutcome:
    voie: Voie
    serie: Optional[Serie]
    upheld: bool = strawberry.field(description="The commission d'appel kept the head's décision (voie and série): the appeal is refused.")
    granted: bool = strawberry.field(description="The commission's outcome differs from the head's décision: the family's appeal is granted (= not upheld).")
    outcome_label: str = strawberry.field(description="The outcome in the words of the exports and fiches.")
    recorded_at: dt.datetime
    message: str


@strawberry.type
class Appeal:
    filed_on: dt.date
    channel: ChannelEnum
    outcome: Optional[AppealOutcome] = strawberry.field(description="Final once recorded.")


@strawberry.type
class Maintien:
    filed_on: dt.date
    channel: ChannelEnum
    message: str


@strawberry.type
class GuardianDisagreement:
    message: str
    recorded_at: dt.datetime
    by_viewer: bool


def _last(view: FileView, kind: str):  # type: ignore[no-untyped-def]
    rows = view.steps.get(kind)
    return rows[-1] if rows else None


@strawberry.type(description="The host establishment head's opinion on a passerelle request to the voie professionnelle.")
class PasserelleOpinion:
    phase: PhaseEnum
    favorable: bool
    on: dt.date
    host_uai: str
    host_name: str
    recorded_at: dt.datetime
    label: str = strawberry.field(description="« Avis favorable » / « Avis défavorable » of the host establishment, dated.")

    @classmethod
    def of(cls, data: dict, at: dt.datetime) -> "PasserelleOpinion":  # type: ignore[type-arg]
        on = dt.date.fromisoformat(data["on"])
        label = passerelle_opinion_label(bool(data["favorable"]), data["hostName"], on)
        return cls(
            phase=Phase(data["phase"]), favorable=bool(data["favorable"]), on=on, host_uai=data["hostUai"],
            host_name=data["hostName"], recorded_at=at, label=label,
        )  # fmt: skip


def decision_file(view: FileView, principal: Principal, nomenclature: Nomenclature, staff: bool) -> dict:  # type: ignore[type-arg]
    """The OrientationFile fields of phase 2 (keyword arguments)."""
    choices = view.sets.get(Phase.DEFINITIVE)
    answer = view.answers.get(Phase.DEFINITIVE)
    proposition = None
    if answer and answer.recommendation_voie and viewer.council_answer_visible(answer.published_at is not None, staff):
        proposition = Proposition(
            voie=nomenclature.voie(answer.recommendation_voie),
            serie=nomenclature.serie(answer.recommendation_serie),
            motivation=answer.motivation,
            differs_from_request=viewer.differs_from_first_choice(
                (choices.requests[0].voie, choices.requests[0].serie) if choices and choices.requests else None,
                (answer.recommendation_voie, answer.recommendation_serie),
            ),
            published=answer.published_at is not None,
            published_at=answer.published_at,
            entered_at=answer.entered_at,
            specialite_recommendations=nomenclature.recommended(answer.details),
        )
    family_answer = None
    step = _last(view, steps.FAMILY_ANSWER)
    if step:
        agrees = step.data["agrees"]
        family_answer = FamilyAnswer(
            agrees=agrees,
            answered_at=step.at,
            channel=step.channel,
            by_viewer=step.by_id == principal.account_id,
            message=proposition_rules.MSG_AGREED if agrees else proposition_rules.MSG_DISAGREED,
        )
    interview = _last(view, steps.HEAD_INTERVIEW)
    decision = None
    step = _last(view, steps.DECISION)
    if step:
        data = step.data
        deadline = dt.date.fromisoformat(data["appealDeadline"]) if data.get("appealDeadline") else None
        decision = Decision(
            voie=nomenclature.voie(data["voie"]),
            serie=nomenclature.serie(data.get("serie")),
            remise_a_niveau=bool(data.get("remiseANiveau")),
            motivation=data.get("motivation"),
            taken_at=step.at,
            notified_on=dt.date.fromisoformat(data["notifiedOn"]) if data.get("notifiedOn") else view.today(step.at),
            by_head=data.get("source") == "HEAD",
            appeal_deadline=deadline,
            appeal_message=appeal_message(deadline) if deadline else None,
            notice=decision_rules.MSG_DECISION_NOTICE,
        )
    appeal = None
    step = _last(view, steps.APPEAL)
    if step:
        outcome_step = _last(view, steps.APPEAL_OUTCOME)
        outcome = None
        if outcome_step:
            data = outcome_step.data
            outcome = AppealOutcome(
                voie=nomenclature.voie(data["voie"]),
                serie=nomenclature.serie(data.get("serie")),
                upheld=bool(data.get("upheld")),
                granted=file_states.appeal_granted(bool(data.get("upheld"))),
                outcome_label=file_states.appeal_outcome_text(bool(data.get("upheld"))),
                recorded_at=outcome_step.at,
                message=MSG_APPEAL_OUTCOME_FINAL,
            )
        appeal = Appeal(filed_on=dt.date.fromisoformat(step.data["filedOn"]), channel=step.channel, outcome=outcome)
    step = _last(view, steps.MAINTIEN_REQUEST)
    maintien = (
        Maintien(
            filed_on=dt.date.fromisoformat(step.data["filedOn"]),
            channel=step.channel,
            message=MSG_MAINTIEN_OF_RIGHT,
        )
        if step
        else None
    )
    disagreements = [
        GuardianDisagreement(message=s.data["message"], recorded_at=s.at, by_viewer=s.by_id == principal.account_id)
        for s in view.steps.get(steps.GUARDIAN_DISAGREEMENT, [])
        if viewer.disagreement_visible(staff, s.by_id, principal.account_id)
    ]
    return {
        "choices": request_set_of(choices, nomenclature, principal) if choices else None,
        "proposition": proposition,
        "family_answer": family_answer,
        "head_interview": HeadInterview(date=dt.date.fromisoformat(interview.data["date"]), recorded_at=interview.at)
        if interview
        else None,
        "decision": decision,
        "appeal": appeal,
        "maintien": maintien,
        "disagreements": disagreements,
        "pp_interview_on": view.pupil.pp_interview_on,
        # The latest opinion per phase (a host head may correct theirs).
        "passerelle_opinions": [
            PasserelleOpinion.of(s.data, s.at)
            for s in {s.data["phase"]: s for s in view.steps.get(steps.PASSERELLE_OPINION, [])}.values()
        ],
    }


def decision_rights(view: FileView, principal: Principal, campaign, today: dt.date) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The ViewerRights fields of phase 2: may the viewer do it now, and if not, why."""
    rights = viewer.definitive_rights(principal.role, principal.account_id, facts_of(view), campaign, today)
    return {
        "can_enter_choices": rights.can_enter_choices,
        "choices_blocker": blocker_of(rights.choices_blocker),
        "can_answer_proposition": rights.can_answer_proposition,
        "answer_blocker": blocker_of(rights.answer_blocker),
        "can_appeal": rights.can_appeal,
        "appeal_blocker": blocker_of(rights.appeal_blocker),
        "can_request_maintien": rights.can_request_maintien,
        "maintien_blocker": blocker_of(rights.maintien_blocker),
        "can_record_disagreement": rights.can_record_disagreement,
        "disagreement_blocker": blocker_of(rights.disagreement_blocker),
    }

