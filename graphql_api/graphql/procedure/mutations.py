"""Phase-1 mutations: thin wrappers that decode input, call a service, build a payload."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.texts.confirmations import MSG_AVIS_ACKNOWLEDGED, MSG_AVIS_SAVED, MSG_PAPER_ACKNOWLEDGEMENT_SAVED, MSG_PAPER_INTENTIONS_SAVED
from ...domain.avis import AvisInput, RecommendationInput
from ...domain.family import MSG_INTENTIONS_VALIDATED
from ...domain.requests import RequestInput
from ...domain.vocabulary import Palier, Phase
from ...services import avis, calendar, intentions, teleservice
from ...services.transaction import committed
from ..base import UserErrorType, require_id, run_mutation
from ..enums import AvisValueEnum, PalierEnum, PhaseEnum
from ..pupils.resolvers import pupil_loader
from ..pupils.types import Etablissement, Pupil, PhaseWindow


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


@strawberry.input
class SetTeleserviceInput:
    etablissement_id: Optional[strawberry.ID] = strawberry.field(default=None, description="Defaults to the viewer's.")
    open: bool
    expected_reopening_on: Optional[dt.date] = strawberry.field(default=None, description="When closing: shown to families.")
    closure_message: Optional[str] = None


@strawberry.input
class SetPhaseWindowInput:
    palier: PalierEnum
    phase: PhaseEnum
    starts_at: dt.datetime
    ends_at: dt.datetime


@strawberry.type
class PupilPayload:
    pupil: Optional[Pupil]
    message: Optional[str] = strawberry.field(description="Confirmation to show, in French.")
    errors: list[UserErrorType]


@strawberry.type
class EtablissementPayload:
    etablissement: Optional[Etablissement]
    errors: list[UserErrorType]


@strawberry.type
class PhaseWindowPayload:
    window: Optional[PhaseWindow]
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


@strawberry.type
class ProcedureMutation:
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
