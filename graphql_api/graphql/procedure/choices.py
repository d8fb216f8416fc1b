"""Choix définitifs: the entering guardian validates them; the office enters the paper form. Thin."""
import datetime as dt

import strawberry
from strawberry.types import Info

from ...domain.texts.confirmations import MSG_PAPER_CHOICES_SAVED
from ...domain.choices import MSG_CHOICES_VALIDATED
from ...services import choices
from .intentions import IntentionInput
from .payloads import PupilPayload, pupil_mutation


@strawberry.input
class ValidateChoicesInput:
    pupil_id: strawberry.ID
    choices: list[IntentionInput] = strawberry.field(description="1 to 3 choix définitifs, in order of preference.")


@strawberry.input
class EnterPaperChoicesInput:
    pupil_id: strawberry.ID
    paper_form_received_on: dt.date
    choices: list[IntentionInput] = strawberry.field(description="Spécialités in rank order (1 to 4, then the one not offered).")


@strawberry.type
class ChoicesMutation:
    @strawberry.mutation(description="The entering guardian validates the choix définitifs (after acknowledging the avis).")
    async def validate_choices(self, info: Info, input: ValidateChoicesInput) -> PupilPayload:
        items = [i.to_domain() for i in input.choices]
        return await pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: choices.validate_choices(s, p, pk, items), MSG_CHOICES_VALIDATED
        )

    @strawberry.mutation(description="The school office enters a paper form of choix définitifs.")
    async def enter_paper_choices(self, info: Info, input: EnterPaperChoicesInput) -> PupilPayload:
        items = [i.to_domain() for i in input.choices]
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: choices.enter_paper_choices(s, p, pk, items, input.paper_form_received_on),
            MSG_PAPER_CHOICES_SAVED,
        )
