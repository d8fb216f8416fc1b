"""Avis provisoires: the council's entry, the family's acknowledgement, the paper acknowledgement."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.avis import AvisInput, RecommendationInput
from ...domain.texts.confirmations import MSG_AVIS_ACKNOWLEDGED, MSG_AVIS_SAVED, MSG_PAPER_ACKNOWLEDGEMENT_SAVED
from ...services import avis
from ..enums import AvisValueEnum
from .payloads import PupilPayload, pupil_mutation


@strawberry.input
class AvisEntry:
    rank: int = strawberry.field(description="Rank of the family's intention this avis answers.")
    value: AvisValueEnum
    advised_metier: Optional[str] = None


@strawberry.input
class RecommendationEntry:
    voie: str
    serie: Optional[str] = None
    metier: Optional[str] = None


@strawberry.input
class EnterProvisionalAvisInput:
    pupil_id: strawberry.ID
    avis: list[AvisEntry]
    recommendation: Optional[RecommendationEntry] = None
    motivation: Optional[str] = None
    specialite_recommendations: Optional[list[str]] = strawberry.field(
        default=None, description="2de GT: spécialités the council recommends (the family keeps the choice)."
    )


@strawberry.input
class AcknowledgeAvisInput:
    pupil_id: strawberry.ID
    confirm: bool = strawberry.field(description="The checkbox 'J'ai bien pris connaissance…': must be true.")


@strawberry.input
class RecordPaperAcknowledgementInput:
    pupil_id: strawberry.ID
    received_on: dt.date


@strawberry.type
class AvisMutation:
    @strawberry.mutation(description="The PP or the head enters the conseil de classe's avis provisoires.")
    async def enter_provisional_avis(self, info: Info, input: EnterProvisionalAvisInput) -> PupilPayload:
        entries = [AvisInput(a.rank, a.value, a.advised_metier) for a in input.avis]
        rec = input.recommendation
        recommendation = RecommendationInput(rec.voie, rec.serie, rec.metier) if rec else None
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: avis.enter_avis(
                s, p, pk, entries, recommendation, input.motivation, input.specialite_recommendations or ()
            ),
            MSG_AVIS_SAVED,
        )

    @strawberry.mutation(description="The entering guardian acknowledges the avis provisoires.")
    async def acknowledge_avis(self, info: Info, input: AcknowledgeAvisInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: avis.acknowledge_avis(s, p, pk, input.confirm),
            MSG_AVIS_ACKNOWLEDGED,
        )

    @strawberry.mutation(description="The office records an acknowledgement signed on paper.")
    async def record_paper_acknowledgement(self, info: Info, input: RecordPaperAcknowledgementInput) -> PupilPayload:
        return await pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: avis.record_paper_acknowledgement(s, p, pk, input.received_on),
            MSG_PAPER_ACKNOWLEDGEMENT_SAVED,
        )
