"""Choix définitifs: who may (re)validate them and when; the options a série needs."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from .calendar import CampaignStatus
from .decision import Phase2Facts, family_writer_error
from .errors import ErrorList, UserError
from .family import campaign_error
from .requests import CheckedRequest, SerieInfo
from .vocabulary import Phase, Role


MSG_CHOICES_OTHER_GUARDIAN = (
    "La saisie a été effectuée par un autre responsable de l'élève. Si vous souhaitez apporter des "
    "modifications aux choix définitifs, veuillez vous rapprocher de lui. En cas de désaccord, veuillez "
    "contacter le chef d'établissement."
)


MSG_NOT_ACKNOWLEDGED = (
    "Vous devez d'abord accuser réception de l'avis provisoire du conseil de classe avant de saisir vos "
    "choix définitifs."
)


MSG_NOT_DEFINITIVE = "La saisie des choix définitifs n'est pas ouverte."


MSG_CHOICES_LOCKED = (
    "Le conseil de classe a formulé sa proposition : les choix définitifs ne peuvent plus être modifiés."
)


MSG_CHOICES_VALIDATED = (
    "Vos choix définitifs ont bien été validés. Un e-mail de confirmation va vous être envoyé, si une "
    "adresse électronique valide est indiquée dans votre fiche de renseignements. Vous pouvez encore faire "
    "des modifications jusqu'à la fermeture du service."
)


def choices_blocker(role: Role, account_id: int, facts: Phase2Facts, campaign: CampaignStatus) -> UserError | None:
    """Why this family member may not (re)validate choix définitifs now, if they may not."""
    error = family_writer_error(role, account_id, facts, MSG_CHOICES_OTHER_GUARDIAN)
    if error:
        return error
    error = campaign_error(campaign)
    if error:
        return error
    if campaign.phase is not Phase.DEFINITIVE:
        return UserError("PHASE_NOT_OPEN", MSG_NOT_DEFINITIVE)
    if facts.provisional_answer and not facts.provisional_acknowledged:
        return UserError("AVIS_NOT_ACKNOWLEDGED", MSG_NOT_ACKNOWLEDGED)
    if facts.proposition_published:
        return UserError("CHOICES_LOCKED", MSG_CHOICES_LOCKED)
    return None


def staff_choices_error(facts: Phase2Facts, campaign: CampaignStatus) -> UserError | None:
    """The office enters a paper form of choix définitifs: same stages, no family rights."""
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", "Cet élève est hors procédure : aucune saisie n'est attendue.")
    if campaign.phase is not Phase.DEFINITIVE:
        return UserError("PHASE_NOT_OPEN", "La phase définitive n'est pas ouverte.")
    if facts.provisional_answer and not facts.provisional_acknowledged:
        return UserError("AVIS_NOT_ACKNOWLEDGED", "La famille n'a pas encore accusé réception de l'avis provisoire.")
    if facts.proposition_published:
        return UserError("CHOICES_LOCKED", MSG_CHOICES_LOCKED)
    return None


def check_serie_options(checked: Sequence[CheckedRequest], series: Mapping[str, SerieInfo]) -> None:
    """In the definitive phase a série with options (STL) needs its option (biotechnologies / SPCL)."""
    errors = ErrorList()
    for index, request in enumerate(checked):
        serie = series.get(request.serie or "")
        if serie and serie.options and not request.serie_option:
            errors.add(
                "SERIE_OPTION_REQUIRED",
                f"Vous devez choisir l'option de la série {serie.code} ({', '.join(serie.options)}).",
                "choices",
                index,
                "serieOption",
            )
    errors.raise_if_any()
