"""Campaign years: the académie's years, the rollover, a pupil's files across years."""
import datetime as dt
from typing import Annotated, Optional

import strawberry
from strawberry.types import Info

from ...services import campaigns, files
from ..base import UserErrorType, run_mutation
from ..pupils.build import build_pupil
from ..pupils.resolvers import nomenclature_of, record_reads
from ..pupils.types import Pupil


@strawberry.type(description="An académie's orientation campaign for one school year.")
class CampaignYear:
    school_year: str = strawberry.field(description="e.g. 2026-2027")
    state: str = strawberry.field(description="CURRENT (files take writes) or FROZEN (past year, read-only).")
    opened_at: dt.datetime
    frozen_at: Optional[dt.datetime]
    purged_at: Optional[dt.datetime] = strawberry.field(description="When its personal data was deleted (retention).")

    @classmethod
    def of(cls, row) -> "CampaignYear":  # type: ignore[no-untyped-def]
        return cls(
            school_year=row.school_year, state=row.state, opened_at=row.opened_at, frozen_at=row.frozen_at, purged_at=row.purged_at
        )


@strawberry.input
class OpenNextCampaignYearInput:
    school_year: Optional[str] = strawberry.field(
        default=None, description="The year opened, as a check (it must follow the current one), e.g. 2027-2028."
    )


@strawberry.type
class CampaignRolloverPayload:
    school_year: Optional[str] = strawberry.field(description="The year now current.")
    previous_year: Optional[str] = strawberry.field(description="The year just frozen.")
    windows_copied: Optional[int] = None
    etablissements_closed: Optional[int] = None
    errors: list[UserErrorType]


async def resolve_campaign_years(info: Info) -> list[CampaignYear]:
    async with info.context.runtime.db.read() as session:
        rows = await campaigns.list_years(session, info.context.principal)
    return [CampaignYear.of(r) for r in rows]


async def resolve_pupil_files(
    info: Info, ine: Annotated[str, strawberry.argument(description="The pupil's INE.")]
) -> list[Pupil]:
    """A pupil's files across campaign years (newest first), as far as the viewer may read them."""
    context = info.context
    loaders = context.loaders
    nomenclature = await nomenclature_of(loaders)
    async with loaders.read() as session:
        rows = await campaigns.pupil_files(session, context.principal, ine)
        views = await files.load_files(session, rows)
    record_reads(loaders, rows)
    return [build_pupil(views[r.id], context.principal, nomenclature, loaders.now) for r in rows]


@strawberry.type
class CampaignQuery:
    campaign_years: list[CampaignYear] = strawberry.field(
        resolver=resolve_campaign_years, description="The académie's campaign years, newest first (académie, staff)."
    )
    pupil_files: list[Pupil] = strawberry.field(resolver=resolve_pupil_files)


@strawberry.type
class CampaignMutation:
    @strawberry.mutation(
        description="Académie administrator: open next year's campaign. This year is frozen (read-only), the calendar "
        "is copied one year later (same weekdays) and every téléservice starts closed; import the pupils next."
    )
    async def open_next_campaign_year(self, info: Info, input: OpenNextCampaignYearInput) -> CampaignRolloverPayload:
        context = info.context
        runtime = context.runtime

        async def action():  # type: ignore[no-untyped-def]
            async with runtime.db.write() as session:
                done = await campaigns.open_next_year(session, context.principal, school_year=input.school_year)
            runtime.outbox_committed()
            return done

        done, errors = await run_mutation(action)
        if done is None:
            return CampaignRolloverPayload(school_year=None, previous_year=None, errors=errors)
        return CampaignRolloverPayload(
            school_year=done.school_year,
            previous_year=done.previous_year,
            windows_copied=done.windows,
            etablissements_closed=done.etablissements_closed,
            errors=errors,
        )
