"""The passerelle's host head opinion. Thin: decode, call the service, build the payload."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.vocabulary import Phase
from ...services import passerelle
from ..base import UserErrorType, run_mutation
from ..enums import PhaseEnum
from ..pupils.decision import PasserelleOpinion


@strawberry.input
class RecordPasserelleOpinionInput:
    ine: str = strawberry.field(description="The pupil's INE, as on the passerelle dossier the host establishment received.")
    phase: PhaseEnum
    favorable: bool = strawberry.field(description="true: avis favorable; false: avis défavorable.")
    on: dt.date = strawberry.field(description="Date of the opinion (today or earlier).")


@strawberry.type
class PasserelleOpinionPayload:
    opinion: Optional[PasserelleOpinion]
    errors: list[UserErrorType]


@strawberry.type
class PasserelleMutation:
    @strawberry.mutation(
        description="The host establishment's head records their opinion on a 2de GT pupil's passerelle request "
        "(favorable / défavorable, dated). The pupil's school and family see it in the file."
    )
    async def record_passerelle_opinion(self, info: Info, input: RecordPasserelleOpinionInput) -> PasserelleOpinionPayload:
        runtime = info.context.runtime

        async def action():  # type: ignore[no-untyped-def]
            async with runtime.db.write() as session:
                data = await passerelle.record_passerelle_opinion(
                    session, info.context.principal, input.ine, Phase(input.phase), input.favorable, input.on
                )
            runtime.outbox_committed()
            return data

        data, errors = await run_mutation(action)
        return PasserelleOpinionPayload(opinion=PasserelleOpinion.of(data, data["recordedAt"]) if data else None, errors=errors)
