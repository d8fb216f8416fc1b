"""The décision d'orientation and what follows: entretien, décision, appel, maintien. Thin."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.texts.confirmations import MSG_APPEAL_OUTCOME_SAVED, MSG_APPEAL_SAVED, MSG_DECISION_SAVED, MSG_HEAD_INTERVIEW_SAVED, MSG_MAINTIEN_SAVED
from ...services import decision
from .payloads import PupilPayload, pupil_mutation


@strawberry.input
class RecordHeadInterviewInput:
    pupil_id: strawberry.ID
    date: dt.date


@strawberry.input
class TakeDecisionInput:
    pupil_id: strawberry.ID
    voie: str
    serie: Optional[str] = None
    motivation: str
    remise_a_niveau: bool = strawberry.field(default=False, description="The request is granted with a dispositif de remise à niveau.")


@strawberry.input
class FileAppealInput:
    pupil_id: strawberry.ID
    filed_on: Optional[dt.date] = strawberry.field(default=None, description="Staff recording a paper appeal: the date it was filed.")


@strawberry.input
class RecordAppealOutcomeInput:
    pupil_id: strawberry.ID
    voie: str = strawberry.field(description="The voie the commission d'appel decided.")
    serie: Optional[str] = None


@strawberry.input
class PupilOnlyInput:
    pupil_id: strawberry.ID


@strawberry.type
class DecisionMutation:
    @strawberry.mutation(description="The head records the entretien held with the family after a disagreement.")
    async def record_head_interview(self, info: Info, input: RecordHeadInterviewInput) -> PupilPayload:
        return await pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: decision.record_head_interview(s, p, pk, input.date), MSG_HEAD_INTERVIEW_SAVED
        )

    @strawberry.mutation(description="The head takes the motivated décision d'orientation (voie only) after the entretien.")
    async def take_decision(self, info: Info, input: TakeDecisionInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: decision.take_decision(s, p, pk, input.voie, input.serie, input.motivation, input.remise_a_niveau),
            MSG_DECISION_SAVED,
        )

    @strawberry.mutation(description="The family appeals the décision (3 working days), or staff record a paper appeal.")
    async def file_appeal(self, info: Info, input: FileAppealInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: decision.file_appeal(s, p, pk, input.filed_on),
            MSG_APPEAL_SAVED,
        )

    @strawberry.mutation(description="The head records the commission d'appel's outcome (final).")
    async def record_appeal_outcome(self, info: Info, input: RecordAppealOutcomeInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: decision.record_appeal_outcome(s, p, pk, input.voie, input.serie),
            MSG_APPEAL_OUTCOME_SAVED,
        )

    @strawberry.mutation(description="The family (or staff for them) asks for maintien in the current class, as of right.")
    async def request_maintien(self, info: Info, input: PupilOnlyInput) -> PupilPayload:
        return await pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: decision.request_maintien(s, p, pk), MSG_MAINTIEN_SAVED
        )

