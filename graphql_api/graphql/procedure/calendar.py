"""The académie's calendar: the dates of a phase for a palier."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.vocabulary import Palier, Phase
from ...services import calendar
from ...services.transaction import committed
from ..base import UserErrorType, run_mutation
from ..enums import PalierEnum, PhaseEnum
from ..pupils.types import PhaseWindow


@strawberry.input
class SetPhaseWindowInput:
    palier: PalierEnum
    phase: PhaseEnum
    starts_at: dt.datetime
    ends_at: dt.datetime


@strawberry.type
class PhaseWindowPayload:
    window: Optional[PhaseWindow]
    errors: list[UserErrorType]


@strawberry.type
class CalendarMutation:
    @strawberry.mutation(description="The académie sets the dates of a phase for a palier.")
    async def set_phase_window(self, info: Info, input: SetPhaseWindowInput) -> PhaseWindowPayload:
        context = info.context
        runtime = context.runtime

        async def action():  # type: ignore[no-untyped-def]
            window = await committed(
                runtime, calendar.set_phase_window, context.principal, Palier(input.palier), Phase(input.phase),
                input.starts_at, input.ends_at,
            )
            return PhaseWindow(phase=Phase(window.phase), starts_at=window.starts_at, ends_at=window.ends_at)

        window, errors = await run_mutation(action)
        return PhaseWindowPayload(window=window, errors=errors)
