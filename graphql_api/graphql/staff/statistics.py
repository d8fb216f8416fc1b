"""Dashboard statistics: the service's plain values, exposed as is (counts only, no pupil)."""
from typing import Annotated, Optional

import strawberry
from strawberry.types import Info

from ...domain.vocabulary import Palier
from ...services import statistics
from ..base import decode_id
from ..enums import PalierEnum

VoieCount = strawberry.type(statistics.VoieCount, name="VoieCount", description="Requests per voie and série.")
PhaseValueCount = strawberry.type(statistics.PhaseValueCount, name="PhaseValueCount")
Combination = strawberry.type(statistics.Combination, name="SpecialiteCombination")
Breakdown = strawberry.type(statistics.Breakdown, name="StatisticsBreakdown")
Statistics = strawberry.type(
    statistics.Statistics,
    name="Statistics",
    description="Counts computed in SQL. Shares are of the pupils following the procedure (0 to 1).",
)


@strawberry.type(description="A campaign year's statistics next to the previous year's, on the same scope.")
class StatisticsComparison:
    current: Statistics
    previous: Optional[Statistics] = strawberry.field(description="None when the académie had no campaign the year before.")


def _arguments(etablissement_id, division_id, palier, school_year) -> dict:  # type: ignore[no-untyped-def]
    return {
        "etablissement_id": (decode_id("Etablissement", etablissement_id) or -1) if etablissement_id else None,
        "division_id": (decode_id("Division", division_id) or -1) if division_id else None,
        "palier": Palier(palier).value if palier is not None else None,
        "school_year": school_year,
    }


async def resolve_statistics(
    info: Info,
    etablissement_id: Optional[strawberry.ID] = None,
    division_id: Optional[strawberry.ID] = None,
    palier: Optional[PalierEnum] = None,
    school_year: Annotated[Optional[str], strawberry.argument(description="A campaign year (2025-2026); default: the current one.")] = None,
) -> Statistics:
    """Head: their establishment (or a division). Académie: the académie, or one establishment."""
    async with info.context.runtime.db.read() as session:
        return await statistics.statistics(
            session, info.context.principal, **_arguments(etablissement_id, division_id, palier, school_year)
        )


async def resolve_statistics_comparison(
    info: Info,
    etablissement_id: Optional[strawberry.ID] = None,
    division_id: Optional[strawberry.ID] = None,
    palier: Optional[PalierEnum] = None,
    school_year: Annotated[Optional[str], strawberry.argument(description="A campaign year (2025-2026); default: the current one.")] = None,
) -> StatisticsComparison:
    """The same scope as `statistics`, this year against the previous one."""
    async with info.context.runtime.db.read() as session:
        current, previous = await statistics.comparison(
            session, info.context.principal, **_arguments(etablissement_id, division_id, palier, school_year)
        )
    return StatisticsComparison(current=current, previous=previous)


@strawberry.type
class StatisticsQuery:
    statistics: Statistics = strawberry.field(resolver=resolve_statistics)
    statistics_comparison: StatisticsComparison = strawberry.field(resolver=resolve_statistics_comparison)
