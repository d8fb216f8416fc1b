"""What the pupil mutations of every concept share: the payload (the reloaded file and the
confirmation) and the thin wrapper that runs a service in its transaction."""
from typing import Optional

import strawberry
from strawberry.types import Info

from ...services.transaction import committed
from ..base import UserErrorType, require_id, run_mutation
from ..pupils.resolvers import pupil_loader
from ..pupils.types import Pupil


@strawberry.type
class PupilPayload:
    pupil: Optional[Pupil]
    message: Optional[str] = strawberry.field(description="Confirmation to show, in French.")
    errors: list[UserErrorType]


async def pupil_mutation(info: Info, pupil_id: str, use_case, message: Optional[str] = None) -> PupilPayload:  # type: ignore[no-untyped-def]
    context = info.context
    runtime = context.runtime

    async def action() -> int:
        pk = require_id("Pupil", pupil_id, "pupilId")
        pupil = await committed(runtime, use_case, context.principal, pk)
        return pupil.id

    pk, errors = await run_mutation(action)
    if errors:
        return PupilPayload(pupil=None, message=None, errors=errors)
    context.loaders.clear()
    return PupilPayload(pupil=await pupil_loader(context.loaders).load(pk), message=message, errors=[])
