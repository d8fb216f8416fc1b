"""The décision d'orientation and what follows: entretien, décision, appel, maintien. Thin."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...services import decision
from .mutations import PupilPayload, pupil_mutation


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
            info, input.pupil_id, lambda s, p, pk: decision.record_head_interview(s, p, pk, input.date), "L'entretien est enregistré."
        )

    @strawberry.mutation(description="The head takes the motivated décision d'orientation (voie only) after the entretien.")
    async def take_decision(self, info: Info, input: TakeDecisionInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: decision.take_decision(s, p, pk, input.voie, input.serie, input.motivation, input.remise_a_niveau),
            "La décision d'orientation est enregistrée et notifiée à la famille.",
        )

    @strawberry.mutation(description="The family appeals the décision (3 working days), or staff record a paper appeal.")
    async def file_appeal(self, info: Info, input: FileAppealInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: decision.file_appeal(s, p, pk, input.filed_on),
            "L'appel est enregistré : il sera examiné par la commission d'appel.",
        )

    @strawberry.mutation(description="The head records the commission d'appel's outcome (final).")
    async def record_appeal_outcome(self, info: Info, input: RecordAppealOutcomeInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: decision.record_appeal_outcome(s, p, pk, input.voie, input.serie),
            "La décision de la commission d'appel est enregistrée.",
        )

    @strawberry.mutation(description="The family (or staff for them) asks for maintien in the current class, as of right.")
    async def request_maintien(self, info: Info, input: PupilOnlyInput) -> PupilPayload:
        return await pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: decision.request_maintien(s, p, pk), "La demande de maintien est enregistrée."
        )

