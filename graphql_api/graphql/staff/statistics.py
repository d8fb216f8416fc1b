"""Dashboard statistics: the service's plain values, exposed as is (counts only, no pupil)."""
from typing import Optional

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


async def resolve_statistics(
    info: Info,
    etablissement_id: Optional[strawberry.ID] = None,
    division_id: Optional[strawberry.ID] = None,
    palier: Optional[PalierEnum] = None,
) -> Statistics:
    """Head: their establishment (or a division). Académie: the académie, or one establishment."""
    async with info.context.runtime.db.read() as session:
        return await statistics.statistics(
            session,
            info.context.principal,
            etablissement_id=(decode_id("Etablissement", etablissement_id) or -1) if etablissement_id else None,
            division_id=(decode_id("Division", division_id) or -1) if division_id else None,
            palier=Palier(palier).value if palier is not None else None,
        )


@strawberry.type
class StatisticsQuery:
    statistics: Statistics = strawberry.field(resolver=resolve_statistics)
