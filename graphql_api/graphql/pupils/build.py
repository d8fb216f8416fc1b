"""Build a pupil's GraphQL value from the batch read model: the file of both phases, the viewer's rights."""
import datetime as dt

from ...domain import family, hand, viewer
from ...domain.vocabulary import AVIS_LABELS, AvisValue, Phase
from ...policy import Action, Principal, Target, allowed
from ...services import listing
from ...services.files import AnswerView, FileView
from ..base import encode_id
from .decision import decision_file, decision_rights
from .types import (
    Acknowledgement,
    AcknowledgementPrompt,
    AvisItem,
    Campaign,
    CouncilAvis,
    Division,
    Etablissement,
    Nomenclature,
    OrientationFile,
    Pupil,
    Recommendation,
    RequestSet,
    ViewerRights,
    blocker_of,
    request_set_of,
)


def _avis(answer: AnswerView, requests: RequestSet | None, nomenclature: Nomenclature) -> CouncilAvis:
    by_rank = {r.rank: r for r in requests.requests} if requests else {}
    recommendation = None
    if answer.recommendation_voie:
        recommendation = Recommendation(
            voie=nomenclature.voie(answer.recommendation_voie),
            serie=nomenclature.serie(answer.recommendation_serie),
            metier=answer.recommendation_metier,
        )
    return CouncilAvis(
        phase=answer.phase,
        published=answer.published_at is not None,
        published_at=answer.published_at,
        entered_at=answer.entered_at,
        items=[
            AvisItem(
                rank=a.rank,
                request=by_rank.get(a.rank),
                value=AvisValue(a.value),
                label=AVIS_LABELS[AvisValue(a.value)],
                advised_metier=a.advised_metier,
            )
            for a in answer.avis
        ],
        recommendation=recommendation,
        motivation=answer.motivation,
        notice=family.MSG_AVIS_NOTICE,
        specialite_recommendations=nomenclature.recommended(answer.details),
    )


def build_pupil(view: FileView, principal: Principal, nomenclature: Nomenclature, now: dt.datetime) -> Pupil:

    pupil = view.pupil
    target = Target.of_pupil(pupil, view.academie.id)
    staff = allowed(principal, Action.READ_DRAFT_AVIS, target)
    campaign = view.campaign(now)
    requests = view.sets.get(Phase.PROVISOIRE)
    intentions = request_set_of(requests, nomenclature, principal) if requests else None
    answer = view.answers.get(Phase.PROVISOIRE)
    visible_answer = answer if answer and viewer.council_answer_visible(answer.published_at is not None, staff) else None
    facts = family.FileFacts(
        hors_procedure=pupil.hors_procedure_reason is not None,
        entering_guardian_id=pupil.entering_guardian_id,
        avis_published=bool(answer and answer.published_at),
        acknowledged_at=answer.acknowledged_at if answer else None,
        acknowledged_by_id=answer.acknowledged_by_id if answer else None,
        time_zone=view.territory.time_zone,
    )
    role = principal.role
    rights = viewer.provisional_rights(role, principal.account_id, facts, campaign)
    acknowledgement = None
    if answer and answer.acknowledged_at:
        acknowledgement = Acknowledgement(
            acknowledged_at=answer.acknowledged_at,
            channel=answer.acknowledgement_channel or "TELESERVICE",
            by_viewer=answer.acknowledged_by_id == principal.account_id,
            message=family.acknowledgement_message(role, principal.account_id, facts, answer.acknowledgement_channel) or "",
        )
    is_entering = hand.has_it(facts.entering_guardian_id, principal.account_id)
    read_only = hand.read_only_message(role, principal.account_id, facts.entering_guardian_id)
    return Pupil(
        id=encode_id("Pupil", pupil.id),
        ine=pupil.ine,
        school_year=pupil.school_year,
        first_name=pupil.first_name,
        last_name=pupil.last_name,
        birth_date=pupil.birth_date,
        palier=pupil.palier,
        mef=pupil.mef,
        segpa=pupil.segpa,
        ulis=pupil.ulis,
        prepa_metiers=pupil.prepa_metiers,
        division=Division(id=encode_id("Division", view.division.id), code=view.division.code, palier=view.division.palier)
        if view.division
        else None,
        etablissement=Etablissement.of(view.etablissement),
        hors_procedure_reason=pupil.hors_procedure_reason if staff else None,
        # The read model's columns (plain values, no query): staff, wherever the node comes from.
        list_row=listing.build_row(view, nomenclature.voies) if staff else None,
        orientation=OrientationFile(
            campaign=Campaign.of(campaign),
            hors_procedure=facts.hors_procedure,
            hors_procedure_message=family.MSG_HORS_PROCEDURE if facts.hors_procedure else None,
            intentions=intentions,
            provisional_avis=_avis(visible_answer, intentions, nomenclature) if visible_answer else None,
            acknowledgement=acknowledgement,
            acknowledgement_pending=rights.acknowledgement_pending,
            acknowledgement_prompt=AcknowledgementPrompt(
                instruction=family.MSG_ACK_REQUIRED,
                checkbox_label=family.MSG_ACK_CHECKBOX,
                contact_hint=family.MSG_ACK_CONTACT,
                leave_warning=family.MSG_ACK_LEAVE_WARNING,
            )
            if rights.shows_acknowledgement_prompt
            else None,
            viewer=ViewerRights(
                is_entering_guardian=is_entering,
                someone_has_the_hand=hand.someone_has_it(facts.entering_guardian_id),
                can_edit_intentions=rights.can_edit_intentions,
                edit_blocker=blocker_of(rights.edit_blocker),
                can_acknowledge=rights.can_acknowledge,
                acknowledge_blocker=blocker_of(rights.acknowledge_blocker),
                read_only_message=read_only,
                **decision_rights(view, principal, campaign, view.today(now)),
            ),
            **decision_file(view, principal, nomenclature, staff),
        ),
    )
