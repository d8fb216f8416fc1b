"""Phase-2 mutations (choix définitifs → décision → appel) and the steps around them. Thin."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from ...domain.phase2 import MSG_AGREED, MSG_CHOICES_VALIDATED, MSG_DISAGREED
from ...domain.vocabulary import Phase
from ...services import phase2
from ..base import UserErrorType, run_mutation
from ..enums import PhaseEnum
from ..pupils.phase2 import PasserelleOpinion
from .mutations import IntentionInput, PupilPayload, _pupil_mutation


@strawberry.input
class ValidateChoicesInput:
    pupil_id: strawberry.ID
    choices: list[IntentionInput] = strawberry.field(description="1 to 3 choix définitifs, in order of preference.")


@strawberry.input
class EnterPaperChoicesInput:
    pupil_id: strawberry.ID
    paper_form_received_on: dt.date
    choices: list[IntentionInput] = strawberry.field(description="Spécialités in rank order (1 to 4, then the one not offered).")


@strawberry.input
class EnterPropositionInput:
    pupil_id: strawberry.ID
    voie: str
    serie: Optional[str] = None
    motivation: Optional[str] = strawberry.field(default=None, description="Required when it differs from the first choice.")
    specialite_recommendations: Optional[list[str]] = strawberry.field(
        default=None, description="2de GT: spécialités the council recommends (the décision never covers them)."
    )


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


@strawberry.input
class AnswerPropositionInput:
    pupil_id: strawberry.ID
    agrees: bool = strawberry.field(description="true: d'accord; false: pas d'accord.")


@strawberry.input
class RecordHeadInterviewInput:
    pupil_id: strawberry.ID
    date: dt.date


@strawberry.input
class TakeDecisionInput:
    pupil_id: strawberry.ID
    voie: str
    serie: Optional[str] = None
    motivation: str
    remise_a_niveau: bool = strawberry.field(default=False, description="The request is granted with a dispositif de remise à niveau.")


@strawberry.input
class FileAppealInput:
    pupil_id: strawberry.ID
    filed_on: Optional[dt.date] = strawberry.field(default=None, description="Staff recording a paper appeal: the date it was filed.")


@strawberry.input
class RecordAppealOutcomeInput:
    pupil_id: strawberry.ID
    voie: str = strawberry.field(description="The voie the commission d'appel decided.")
    serie: Optional[str] = None


@strawberry.input
class PupilOnlyInput:
    pupil_id: strawberry.ID


@strawberry.input
class RecordGuardianDisagreementInput:
    pupil_id: strawberry.ID
    message: str


@strawberry.input
class SetHorsProcedureInput:
    pupil_id: strawberry.ID
    reason: Optional[str] = strawberry.field(default=None, description="null lifts hors procédure.")


@strawberry.input
class SetPpInterviewInput:
    pupil_id: strawberry.ID
    date: Optional[dt.date] = None


@strawberry.type
class Phase2Mutation:
    @strawberry.mutation(
        description="The host establishment's head records their opinion on a 2de GT pupil's passerelle request "
        "(favorable / défavorable, dated). The pupil's school and family see it in the file."
    )
    async def record_passerelle_opinion(self, info: Info, input: RecordPasserelleOpinionInput) -> PasserelleOpinionPayload:
        runtime = info.context.runtime

        async def action():  # type: ignore[no-untyped-def]
            async with runtime.db.write() as session:
                data = await phase2.record_passerelle_opinion(
                    session, info.context.principal, input.ine, Phase(input.phase), input.favorable, input.on
                )
            runtime.outbox_committed()
            return data

        data, errors = await run_mutation(action)
        return PasserelleOpinionPayload(opinion=PasserelleOpinion.of(data, data["recordedAt"]) if data else None, errors=errors)

    @strawberry.mutation(description="The entering guardian validates the choix définitifs (after acknowledging the avis).")
    async def validate_choices(self, info: Info, input: ValidateChoicesInput) -> PupilPayload:
        items = [i.to_domain() for i in input.choices]
        return await _pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: phase2.validate_choices(s, p, pk, items), MSG_CHOICES_VALIDATED
        )

    @strawberry.mutation(description="The school office enters a paper form of choix définitifs.")
    async def enter_paper_choices(self, info: Info, input: EnterPaperChoicesInput) -> PupilPayload:
        items = [i.to_domain() for i in input.choices]
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.enter_paper_choices(s, p, pk, items, input.paper_form_received_on),
            "Les choix définitifs du formulaire papier ont été enregistrés.",
        )

    @strawberry.mutation(description="The PP or the head enters the conseil de classe's proposition (téléservice closed).")
    async def enter_proposition(self, info: Info, input: EnterPropositionInput) -> PupilPayload:
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.enter_proposition(
                s, p, pk, input.voie, input.serie, input.motivation, input.specialite_recommendations or ()
            ),
            "La proposition est enregistrée ; elle sera visible des familles à la réouverture du téléservice.",
        )

    @strawberry.mutation(
        description="The entering guardian answers the proposition (d'accord / pas d'accord); staff record a paper answer."
    )
    async def answer_proposition(self, info: Info, input: AnswerPropositionInput) -> PupilPayload:
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.answer_proposition(s, p, pk, input.agrees),
            MSG_AGREED if input.agrees else MSG_DISAGREED,
        )

    @strawberry.mutation(description="The head records the entretien held with the family after a disagreement.")
    async def record_head_interview(self, info: Info, input: RecordHeadInterviewInput) -> PupilPayload:
        return await _pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: phase2.record_head_interview(s, p, pk, input.date), "L'entretien est enregistré."
        )

    @strawberry.mutation(description="The head takes the motivated décision d'orientation (voie only) after the entretien.")
    async def take_decision(self, info: Info, input: TakeDecisionInput) -> PupilPayload:
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.take_decision(s, p, pk, input.voie, input.serie, input.motivation, input.remise_a_niveau),
            "La décision d'orientation est enregistrée et notifiée à la famille.",
        )

    @strawberry.mutation(description="The family appeals the décision (3 working days), or staff record a paper appeal.")
    async def file_appeal(self, info: Info, input: FileAppealInput) -> PupilPayload:
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.file_appeal(s, p, pk, input.filed_on),
            "L'appel est enregistré : il sera examiné par la commission d'appel.",
        )

    @strawberry.mutation(description="The head records the commission d'appel's outcome (final).")
    async def record_appeal_outcome(self, info: Info, input: RecordAppealOutcomeInput) -> PupilPayload:
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.record_appeal_outcome(s, p, pk, input.voie, input.serie),
            "La décision de la commission d'appel est enregistrée.",
        )

    @strawberry.mutation(description="The family (or staff for them) asks for maintien in the current class, as of right.")
    async def request_maintien(self, info: Info, input: PupilOnlyInput) -> PupilPayload:
        return await _pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: phase2.request_maintien(s, p, pk), "La demande de maintien est enregistrée."
        )

    @strawberry.mutation(description="A guardian without the hand records that they disagree; the head is alerted.")
    async def record_guardian_disagreement(self, info: Info, input: RecordGuardianDisagreementInput) -> PupilPayload:
        return await _pupil_mutation(
            info,
            input.pupil_id,
            lambda s, p, pk: phase2.record_guardian_disagreement(s, p, pk, input.message),
            "Votre désaccord est enregistré ; le chef d'établissement en est informé.",
        )

    @strawberry.mutation(description="The head records (reason) or lifts (null) hors procédure.")
    async def set_hors_procedure(self, info: Info, input: SetHorsProcedureInput) -> PupilPayload:
        return await _pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: phase2.set_hors_procedure(s, p, pk, input.reason), "La situation de l'élève est enregistrée."
        )

    @strawberry.mutation(description="The PP or the head sets the date of the entretien d'orientation with the PP.")
    async def set_pp_interview(self, info: Info, input: SetPpInterviewInput) -> PupilPayload:
        return await _pupil_mutation(
            info, input.pupil_id, lambda s, p, pk: phase2.set_pp_interview(s, p, pk, input.date), "La date de l'entretien est enregistrée."
        )
