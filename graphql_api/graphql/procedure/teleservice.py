"""The téléservice switch: the head opens or closes it for the families of the school."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...services import teleservice
from ...services.transaction import committed
from ..base import UserErrorType, require_id, run_mutation
from ..pupils.types import Etablissement


@strawberry.input
class SetTeleserviceInput:
    etablissement_id: Optional[strawberry.ID] = strawberry.field(default=None, description="Defaults to the viewer's.")
    open: bool
    expected_reopening_on: Optional[dt.date] = strawberry.field(default=None, description="When closing: shown to families.")
    closure_message: Optional[str] = None


@strawberry.type
class EtablissementPayload:
    etablissement: Optional[Etablissement]
    errors: list[UserErrorType]


@strawberry.type
class TeleserviceMutation:
    @strawberry.mutation(description="The head opens (OUVERT) or closes (FERMÉ) the téléservice; reopening publishes the avis.")
    async def set_teleservice(self, info: Info, input: SetTeleserviceInput) -> EtablissementPayload:
        context = info.context
        runtime = context.runtime

        async def action():  # type: ignore[no-untyped-def]
            principal = context.principal
            if input.etablissement_id is not None:
                etab_id = require_id("Etablissement", input.etablissement_id, "etablissementId")
            else:
                etab_id = principal.etablissement_id if principal is not None else None
            etab = await committed(
                runtime, teleservice.set_teleservice, principal, etab_id, input.open, input.expected_reopening_on,
                input.closure_message,
            )
            return Etablissement.of(etab)

        etab, errors = await run_mutation(action)
        return EtablissementPayload(etablissement=etab, errors=errors)
