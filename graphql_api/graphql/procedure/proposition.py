"""The conseil de classe's proposition and the family's answer. Thin."""
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.texts.confirmations import MSG_PROPOSITION_SAVED
from ...domain.proposition import MSG_AGREED, MSG_DISAGREED
from ...services import proposition
from .payloads import PupilPayload, pupil_mutation


@strawberry.input
class EnterPropositionInput:
    pupil_id: strawberry.ID
    voie: str
    serie: Optional[str] = None
    motivation: Optional[str] = strawberry.field(default=None, description="Required when it differs from the first choice.")
    specialite_recommendations: Optional[list[str]] = strawberry.field(
        default=None, description="2de GT: spécialités the council recommends (the décision never covers them)."
    )


@strawberry.input
class AnswerPropositionInput:
    pupil_id: strawberry.ID
    agrees: bool = strawberry.field(description="true: d'accord; false: pas d'accord.")


@strawberry.type
class PropositionMutation:
    @strawberry.mutation(description="The PP or the head enters the conseil de classe's proposition (téléservice closed).")
    async def enter_proposition(self, info: Info, input: EnterPropositionInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: proposition.enter_proposition(
                s, p, pk, input.voie, input.serie, input.motivation, input.specialite_recommendations or ()
            ),
            MSG_PROPOSITION_SAVED,
        )

    @strawberry.mutation(
        description="The entering guardian answers the proposition (d'accord / pas d'accord); staff record a paper answer."
    )
    async def answer_proposition(self, info: Info, input: AnswerPropositionInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: proposition.answer_proposition(s, p, pk, input.agrees),
            MSG_AGREED if input.agrees else MSG_DISAGREED,
        )
