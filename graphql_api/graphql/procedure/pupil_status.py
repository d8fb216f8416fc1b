"""Around the procedure: the other guardian's disagreement, hors procédure, the PP interview. Thin."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.texts.confirmations import MSG_DISAGREEMENT_SAVED, MSG_HORS_PROCEDURE_SAVED, MSG_PP_INTERVIEW_SAVED
from ...services import pupil_status
from .payloads import PupilPayload, pupil_mutation


@strawberry.input
class RecordGuardianDisagreementInput:
    pupil_id: strawberry.ID
    message: str


@strawberry.input
class SetHorsProcedureInput:
    pupil_id: strawberry.ID
    reason: Optional[str] = strawberry.field(default=None, description="null lifts hors procédure.")


@strawberry.input
class SetPpInterviewInput:
    pupil_id: strawberry.ID
    date: Optional[dt.date] = None


@strawberry.type
class PupilStatusMutation:
    @strawberry.mutation(description="A guardian without the hand records that they disagree; the head is alerted.")
    async def record_guardian_disagreement(self, info: Info, input: RecordGuardianDisagreementInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: pupil_status.record_guardian_disagreement(s, p, pk, input.message),
            MSG_DISAGREEMENT_SAVED,
        )

    @strawberry.mutation(description="The head records (reason) or lifts (null) hors procédure.")
    async def set_hors_procedure(self, info: Info, input: SetHorsProcedureInput) -> PupilPayload:
        return await pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: pupil_status.set_hors_procedure(s, p, pk, input.reason), MSG_HORS_PROCEDURE_SAVED
        )

    @strawberry.mutation(description="The PP or the head sets the date of the entretien d'orientation with the PP.")
    async def set_pp_interview(self, info: Info, input: SetPpInterviewInput) -> PupilPayload:
        return await pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: pupil_status.set_pp_interview(s, p, pk, input.date), MSG_PP_INTERVIEW_SAVED
        )
