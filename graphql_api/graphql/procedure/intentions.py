"""Intentions provisoires (phase 1): the guardian's validation and the office's paper form."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.family import MSG_INTENTIONS_VALIDATED
from ...domain.requests import RequestInput
from ...domain.texts.confirmations import MSG_PAPER_INTENTIONS_SAVED
from ...services import intentions
from .payloads import PupilPayload, pupil_mutation


@strawberry.input
class IntentionInput:
    voie: str = strawberry.field(description="Voie code, see Query.voies.")
    serie: Optional[str] = None
    serie_option: Optional[str] = None
    metier: Optional[str] = strawberry.field(default=None, description="Métier ou formation (2de pro, CAP).")
    statut_scolaire: bool = False
    statut_apprenti: bool = False
    specialites: Optional[list[str]] = None

    def to_domain(self) -> RequestInput:
        return RequestInput(
            voie=self.voie,
            serie=self.serie,
            serie_option=self.serie_option,
            metier=self.metier,
            statut_scolaire=self.statut_scolaire,
            statut_apprenti=self.statut_apprenti,
            specialites=tuple(self.specialites or ()),
        )


@strawberry.input
class ValidateIntentionsInput:
    pupil_id: strawberry.ID
    intentions: list[IntentionInput] = strawberry.field(description="In order of preference (rank 1 first).")


@strawberry.input
class EnterPaperIntentionsInput:
    pupil_id: strawberry.ID
    paper_form_received_on: dt.date = strawberry.field(description="Date the signed paper form was received.")
    intentions: list[IntentionInput]


@strawberry.type
class IntentionsMutation:
    @strawberry.mutation(description="A guardian validates the whole set of intentions provisoires (1 to 3, ranked).")
    async def validate_intentions(self, info: Info, input: ValidateIntentionsInput) -> PupilPayload:
        items = [i.to_domain() for i in input.intentions]
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: intentions.validate_intentions(s, p, pk, items),
            MSG_INTENTIONS_VALIDATED,
        )

    @strawberry.mutation(description="The school office enters a paper form on behalf of the family.")
    async def enter_paper_intentions(self, info: Info, input: EnterPaperIntentionsInput) -> PupilPayload:
        items = [i.to_domain() for i in input.intentions]
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: intentions.enter_paper_intentions(s, p, pk, items, input.paper_form_received_on),
            MSG_PAPER_INTENTIONS_SAVED,
        )
