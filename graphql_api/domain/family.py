"""What a family member may do on a pupil's file, and the guide's messages for each case."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendar import CampaignState, CampaignStatus, local_day
from .territory import PARIS_TZ
from .errors import DomainError, UserError
from .vocabulary import Phase, Role

MSG_PUPIL_CANNOT_WRITE = "La saisie doit être effectuée par un responsable légal."
MSG_OTHER_GUARDIAN = (
    "La saisie a été effectuée par un autre responsable de l'élève. Si vous souhaitez apporter "
    "des modifications à cette saisie, veuillez vous rapprocher de lui. En cas de désaccord, "
    "veuillez contacter le chef d'établissement."
)
MSG_ACK_OTHER_GUARDIAN = (
    "La saisie a été effectuée par un autre responsable de l'élève. Seul le parent ayant fait la "
    "saisie peut accuser réception de l'avis provisoire du conseil de classe."
)
MSG_ACK_PUPIL = "Seul un responsable légal peut accuser réception des avis provisoires."
MSG_HORS_PROCEDURE = (
    "Votre enfant ne suit pas la procédure d'orientation dans le téléservice : aucune saisie "
    "n'est attendue. Pour toute question, contactez l'établissement."
)
MSG_INTENTIONS_VALIDATED = (
    "Vos intentions ont bien été validées. Un e-mail de confirmation va vous être envoyé, si une "
    "adresse électronique valide est indiquée dans votre fiche de renseignements. Si ce n'est pas "
    "le cas, vous pouvez la compléter à partir du portail Scolarité Services. Vous pouvez encore "
    "faire des modifications jusqu'à la fermeture du service."
)
MSG_AVIS_NOTICE = (
    "Cet avis ne constitue en aucun cas une décision d'orientation. Il doit vous permettre de "
    "poursuivre la réflexion sur le projet de formation de votre enfant avant de formuler des "
    "choix définitifs au 3e trimestre / 2d semestre."
)
MSG_ACK_REQUIRED = "Vous devez en accuser réception en cochant la case prévue à cet effet puis en validant."
MSG_ACK_LEAVE_WARNING = (
    "Vous n'avez pas validé l'accusé de réception, êtes-vous sûr de vouloir quitter cette page ?"
)
MSG_ACK_CHECKBOX = "J'ai bien pris connaissance de l'avis provisoire d'orientation du conseil de classe."
MSG_ACK_CONTACT = (
    "Si je souhaite discuter de cet avis provisoire, je prends contact avec le professeur "
    "principal ou le chef d'établissement."
)
MSG_INTENTIONS_LOCKED = (
    "Le conseil de classe a répondu à vos intentions provisoires : elles ne peuvent plus être modifiées."
)
MSG_PHASE_OVER = "La saisie des intentions provisoires est terminée."


@dataclass(frozen=True)
class FileFacts:
    """What the rules need to know about one pupil's file."""

    hors_procedure: bool
    entering_guardian_id: int | None
    avis_published: bool
    acknowledged_at: dt.datetime | None
    acknowledged_by_id: int | None = None
    time_zone: str = PARIS_TZ  # the académie's: the day of the acknowledgement as the family lived it


def campaign_error(campaign: CampaignStatus) -> UserError | None:
    if campaign.state is CampaignState.NOT_OPEN:
        return UserError("CAMPAIGN_NOT_OPEN", campaign.message)
    if campaign.state is CampaignState.CLOSED_BY_SCHOOL:
        return UserError("TELESERVICE_CLOSED", campaign.message)
    return None


def intentions_blocker(
    role: Role, account_id: int, facts: FileFacts, campaign: CampaignStatus
) -> UserError | None:
    """Why this family member may not (re)validate intentions provisoires now, if they may not."""
    if role is Role.PUPIL:
        return UserError("PUPIL_CANNOT_WRITE", MSG_PUPIL_CANNOT_WRITE)
    if role is not Role.GUARDIAN:
        return UserError("FORBIDDEN", "Seul un responsable légal peut saisir des intentions dans le téléservice.")
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", MSG_HORS_PROCEDURE)
    if facts.entering_guardian_id not in (None, account_id):
        return UserError("NOT_ENTERING_GUARDIAN", MSG_OTHER_GUARDIAN)
    blocked = campaign_error(campaign)
    if blocked:
        return blocked
    if campaign.phase is not Phase.PROVISOIRE:
        return UserError("PHASE_OVER", MSG_PHASE_OVER)
    if facts.avis_published:
        return UserError("INTENTIONS_LOCKED", MSG_INTENTIONS_LOCKED)
    return None


def acknowledgement_blocker(
    role: Role, account_id: int, facts: FileFacts, campaign: CampaignStatus
) -> UserError | None:
    if role is Role.PUPIL:
        return UserError("PUPIL_CANNOT_WRITE", MSG_ACK_PUPIL)
    if role is not Role.GUARDIAN:
        return UserError("FORBIDDEN", "Seul un responsable légal peut accuser réception de l'avis.")
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", MSG_HORS_PROCEDURE)
    if not facts.avis_published:
        return UserError("AVIS_NOT_AVAILABLE", "L'avis provisoire du conseil de classe n'est pas encore disponible.")
    if facts.entering_guardian_id not in (None, account_id):
        return UserError("NOT_ENTERING_GUARDIAN", MSG_ACK_OTHER_GUARDIAN)
    if facts.acknowledged_at is not None:
        return UserError(
            "ALREADY_ACKNOWLEDGED",
            f"Vous avez déjà accusé réception de l'avis provisoire le {local_day(facts.acknowledged_at, facts.time_zone)}.",
        )
    return campaign_error(campaign)


def check(blocker: UserError | None) -> None:
    if blocker is not None:
        raise DomainError(blocker)


def acknowledgement_message(
    viewer_role: Role, viewer_id: int, facts: FileFacts, channel: str | None = None
) -> str | None:
    """The sentence the guide shows once the avis was acknowledged, from the viewer's side
    (the day as it was in the académie's time zone, ``facts.time_zone``)."""
    if facts.acknowledged_at is None:
        return None
    day = local_day(facts.acknowledged_at, facts.time_zone)
    if channel == "PAPER":
        return f"L'accusé de réception de l'avis provisoire a été enregistré par l'établissement le {day}."
    if viewer_role is Role.GUARDIAN and facts.acknowledged_by_id == viewer_id:
        return f"Vous avez pris connaissance et accusé réception de l'avis provisoire du conseil de classe le {day}."
    if viewer_role is Role.GUARDIAN:
        return (
            "Un autre responsable de l'élève a pris connaissance et accusé réception de l'avis "
            f"provisoire du conseil de classe le {day}."
        )
    return f"Un responsable a pris connaissance et accusé réception de l'avis provisoire du conseil de classe le {day}."

# Texts of the intentions form (guide, section 2), for front-ends that render them from the API.
MSG_INTENTIONS_INSTRUCTIONS = (
    "Vous devez obligatoirement saisir une intention. Vous pouvez en saisir jusqu'à trois. "
    "Leur ordre d'affichage correspond à votre ordre de préférence."
)
MSG_INTENTIONS_HEADING = "Nous souhaitons pour la rentrée prochaine :"
MSG_FORM_HAS_ERRORS = "Veuillez corriger le formulaire avant de valider vos choix."
MSG_METIER_PROMPT = "Vous pouvez préciser le métier ou la formation qui intéresse votre enfant :"
MSG_METIER_HELP = (
    "Vous trouverez des informations sur les métiers et les formations sur le site de l'Onisep "
    "(http://www.onisep.fr), et dans le guide « Après la 3e » distribué par votre établissement."
)
MSG_STATUT_SCOLAIRE_HELP = (
    "Votre enfant reste élève ; il suit des enseignements généraux et professionnels au lycée "
    "professionnel ; il effectue des périodes de formation (stages) en entreprise de plusieurs "
    "semaines durant son cursus de formation."
)
MSG_STATUT_APPRENTI_HELP = (
    "Votre enfant devient apprenti et est considéré comme un salarié, avec un contrat de travail. "
    "Il devra rechercher un employeur pour signer un contrat ; il pourra être accompagné dans cette "
    "démarche par le CFA (centre de formation d'apprentis). Son temps de formation est partagé entre "
    "le CFA et l'entreprise."
)
