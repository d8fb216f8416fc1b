"""Pupils and their orientation file, as families and staff read them.

Types are plain values built once per pupil from the batch read model (services/files.py):
no per-field resolvers on lists, which is what keeps a page of N pupils cheap.
"""
import datetime as dt
from typing import TYPE_CHECKING, Annotated, Optional

import strawberry

from ...domain.calendar import CampaignStatus
from ...domain.requests import SerieInfo, VoieInfo
from ...policy import Principal
from ...services.files import RequestSetView
from .list_row import PupilListRow
from ..base import encode_id, error_code
from ..enums import AvisValueEnum, CampaignStateEnum, ChannelEnum, ErrorCodeEnum, PalierEnum, PhaseEnum

if TYPE_CHECKING:
    from .decision import Appeal, Decision, FamilyAnswer, GuardianDisagreement, HeadInterview, Maintien, Proposition

_P2 = "graphql_api.graphql.pupils.decision"


@strawberry.type
class Voie:
    code: str
    label: str
    kind: str
    allows_metier: bool = strawberry.field(description="A métier or formation and the statut may be given (2de pro, CAP).")
    requires_serie: bool
    has_specialites: bool

    @classmethod
    def of(cls, info: VoieInfo) -> "Voie":
        return cls(
            code=info.code,
            label=info.label,
            kind=info.kind,
            allows_metier=info.allows_metier,
            requires_serie=info.requires_serie,
            has_specialites=info.has_specialites,
        )


@strawberry.type
class Serie:
    code: str
    label: str
    options: list[str]


@strawberry.type
class PhaseWindow:
    phase: PhaseEnum
    starts_at: dt.datetime
    ends_at: dt.datetime


@strawberry.type
class Blocker:
    """Why an action is not possible now, with the guide's message."""

    code: ErrorCodeEnum
    message: str


@strawberry.type
class Campaign:
    state: CampaignStateEnum
    phase: Optional[PhaseEnum]
    message: str
    calendar: list[PhaseWindow]
    expected_reopening_on: Optional[dt.date]

    @classmethod
    def of(cls, status: CampaignStatus) -> "Campaign":
        return cls(
            state=status.state,
            phase=status.phase,
            message=status.message,
            calendar=[PhaseWindow(phase=w.phase, starts_at=w.starts_at, ends_at=w.ends_at) for w in status.windows],
            expected_reopening_on=status.expected_reopening_on,
        )


@strawberry.type
class RequestedSpecialite:
    code: str
    rank: Optional[int] = strawberry.field(description="1 to 4 when ranked; null when checked (unordered).")
    offered: bool = strawberry.field(description="Offered by the pupil's establishment.")
    label: Optional[str] = None


@strawberry.type
class OrientationRequest:
    """An intention provisoire or a choix définitif."""

    rank: int
    voie: Voie
    serie: Optional[Serie]
    serie_option: Optional[str]
    metier: Optional[str] = strawberry.field(description="Métier ou formation (free text).")
    statut_scolaire: bool
    statut_apprenti: bool
    specialites: list[RequestedSpecialite]


@strawberry.type
class RequestSet:
    phase: PhaseEnum
    validated_at: dt.datetime
    channel: ChannelEnum
    paper_form_received_on: Optional[dt.date]
    revision: int
    validated_by_viewer: bool
    requests: list[OrientationRequest]


@strawberry.type
class AvisItem:
    rank: int
    request: Optional[OrientationRequest]
    value: AvisValueEnum
    label: str = strawberry.field(description="'Avis favorable', 'Avis réservé' or 'Avis défavorable'.")
    advised_metier: Optional[str] = strawberry.field(description="Métier ou formation conseillé par le conseil de classe.")


@strawberry.type
class Recommendation:
    """The council's recommendation for a voie the family did not ask for."""

    voie: Voie
    serie: Optional[Serie]
    metier: Optional[str]


@strawberry.type
class CouncilAvis:
    phase: PhaseEnum
    published: bool
    published_at: Optional[dt.datetime]
    entered_at: dt.datetime
    items: list[AvisItem]
    recommendation: Optional[Recommendation]
    motivation: Optional[str]
    notice: str = strawberry.field(description="'Cet avis ne constitue en aucun cas une décision d'orientation…'")
    specialite_recommendations: list["RecommendedSpecialite"] = strawberry.field(
        default_factory=list, description="2de GT: spécialités the council recommends."
    )


@strawberry.type
class RecommendedSpecialite:
    code: str
    label: str


@strawberry.type
class Acknowledgement:
    acknowledged_at: dt.datetime
    channel: ChannelEnum
    by_viewer: bool
    message: str = strawberry.field(description="The guide's sentence, from the viewer's side.")


@strawberry.type
class AcknowledgementPrompt:
    """Texts of the acknowledgement form, for the guardian who must acknowledge."""

    instruction: str
    checkbox_label: str
    contact_hint: str
    leave_warning: str = strawberry.field(description="To show if the page is left without acknowledging.")


@strawberry.type
class ViewerRights:
    """What the viewer may do on this file now, and why not."""

    is_entering_guardian: bool
    someone_has_the_hand: bool
    can_edit_intentions: bool
    edit_blocker: Optional[Blocker]
    can_acknowledge: bool
    acknowledge_blocker: Optional[Blocker]
    read_only_message: Optional[str] = strawberry.field(
        description="Message shown to a guardian or pupil who can only read (as in the guide)."
    )
    # Phase 2 (see pupils/decision.py).
    can_enter_choices: bool = False
    choices_blocker: Optional[Blocker] = None
    can_answer_proposition: bool = False
    answer_blocker: Optional[Blocker] = strawberry.field(default=None, description="Set once the proposition is published.")
    can_appeal: bool = False
    appeal_blocker: Optional[Blocker] = strawberry.field(default=None, description="Set once a décision is notified.")
    can_request_maintien: bool = False
    maintien_blocker: Optional[Blocker] = None
    can_record_disagreement: bool = strawberry.field(default=False, description="A guardian without the hand may say they disagree.")
    disagreement_blocker: Optional[Blocker] = None


@strawberry.type
class OrientationFile:
    campaign: Campaign
    hors_procedure: bool
    hors_procedure_message: Optional[str]
    intentions: Optional[RequestSet]
    provisional_avis: Optional[CouncilAvis]
    acknowledgement: Optional[Acknowledgement]
    acknowledgement_pending: bool = strawberry.field(
        description="Avis published and not yet acknowledged: the front-end warns before leaving."
    )
    acknowledgement_prompt: Optional[AcknowledgementPrompt]
    viewer: ViewerRights
    # Phase 2 (see pupils/decision.py).
    choices: Optional[RequestSet] = strawberry.field(default=None, description="Choix définitifs.")
    proposition: Optional[Annotated["Proposition", strawberry.lazy(_P2)]] = None
    family_answer: Optional[Annotated["FamilyAnswer", strawberry.lazy(_P2)]] = None
    head_interview: Optional[Annotated["HeadInterview", strawberry.lazy(_P2)]] = None
    decision: Optional[Annotated["Decision", strawberry.lazy(_P2)]] = None
    appeal: Optional[Annotated["Appeal", strawberry.lazy(_P2)]] = None
    maintien: Optional[Annotated["Maintien", strawberry.lazy(_P2)]] = None
    disagreements: list[Annotated["GuardianDisagreement", strawberry.lazy(_P2)]] = strawberry.field(
        default_factory=list, description="The other guardian's recorded disagreements (staff, and their author)."
    )
    pp_interview_on: Optional[dt.date] = strawberry.field(default=None, description="Entretien d'orientation with the PP.")
    passerelle_opinions: list[Annotated["PasserelleOpinion", strawberry.lazy(_P2)]] = strawberry.field(
        default_factory=list, description="The host establishment head's opinion on a passerelle request, per phase."
    )


@strawberry.type
class Division:
    id: strawberry.ID
    code: str
    palier: PalierEnum


@strawberry.type
class Academie:
    id: strawberry.ID
    code: str
    name: str
    allow_metier_text: bool
    allow_passerelle_pro: bool
    families_rank_specialites: bool


@strawberry.type
class Etablissement:
    id: strawberry.ID
    uai: str
    name: str
    teleservice_open: bool
    teleservice_changed_at: Optional[dt.datetime]
    expected_reopening_on: Optional[dt.date]
    closure_message: Optional[str]

    @classmethod
    def of(cls, row) -> "Etablissement":  # type: ignore[no-untyped-def]
        return cls(
            id=encode_id("Etablissement", row.id),
            uai=row.uai,
            name=row.name,
            teleservice_open=row.teleservice_open,
            teleservice_changed_at=row.teleservice_changed_at,
            expected_reopening_on=row.expected_reopening_on,
            closure_message=row.closure_message,
        )


@strawberry.type
class Pupil:
    """A pupil's file for one school year (the INE is the pupil across years)."""

    id: strawberry.ID
    ine: str
    school_year: str = strawberry.field(description="The campaign year of this file, e.g. 2026-2027.")
    first_name: str
    last_name: str
    birth_date: dt.date
    palier: PalierEnum
    mef: str
    segpa: bool
    ulis: bool
    prepa_metiers: bool
    division: Optional[Division]
    etablissement: Etablissement
    orientation: OrientationFile
    hors_procedure_reason: Optional[str] = strawberry.field(description="Staff only.")
    list_row: Optional[PupilListRow] = strawberry.field(
        default=None, description="Columns of the staff list, from the one read model (staff only)."
    )


# --- building the values ----------------------------------------------------------------------


class Nomenclature:
    def __init__(self, voies: dict[str, VoieInfo], series: dict[str, SerieInfo], specialites: Optional[dict] = None) -> None:  # type: ignore[type-arg]
        self.voies = voies
        self.series = series
        self.specialites = specialites or {}

    def specialite_label(self, code: str) -> str:
        info = self.specialites.get(code)
        return info.label if info else code

    def recommended(self, details: Optional[dict]) -> list["RecommendedSpecialite"]:  # type: ignore[type-arg]
        codes = (details or {}).get("specialiteRecommendations") or []
        return [RecommendedSpecialite(code=c, label=self.specialite_label(c)) for c in codes]

    def voie(self, code: str) -> Voie:
        info = self.voies.get(code) or VoieInfo(code, "", code, "")
        return Voie.of(info)

    def serie(self, code: str | None) -> Serie | None:
        if not code:
            return None
        info = self.series.get(code)
        return Serie(code=code, label=info.label if info else code, options=list(info.options) if info else [])


def request_set_of(view: RequestSetView, nomenclature: Nomenclature, principal: Principal) -> RequestSet:
    return RequestSet(
        phase=view.phase,
        validated_at=view.validated_at,
        channel=view.channel,
        paper_form_received_on=view.paper_form_received_on,
        revision=view.revision,
        validated_by_viewer=view.validated_by_id == principal.account_id,
        requests=[
            OrientationRequest(
                rank=r.rank,
                voie=nomenclature.voie(r.voie),
                serie=nomenclature.serie(r.serie),
                serie_option=r.serie_option,
                metier=r.metier,
                statut_scolaire=r.statut_scolaire,
                statut_apprenti=r.statut_apprenti,
                # The four offered ones (by rank), then the one not offered.
                specialites=[
                    RequestedSpecialite(code=c, rank=k, offered=o, label=nomenclature.specialite_label(c))
                    for c, k, o in r.specialites  # already in the read model's order
                ],
            )
            for r in view.requests
        ],
    )


def blocker_of(error) -> Blocker | None:  # type: ignore[no-untyped-def]
    return Blocker(code=error_code(error.code), message=error.message) if error else None


