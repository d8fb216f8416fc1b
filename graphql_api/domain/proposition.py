"""The conseil de classe's proposition (phase définitive) and the family's answer to it."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .calendar import CampaignStatus
from .decision import MSG_ANSWER_OTHER_GUARDIAN, Phase2Facts, check_motivation, check_voie, family_writer_error
from .errors import ErrorList, UserError
from .family import campaign_error
from .requests import CheckedRequest, SerieInfo, VoieInfo
from .vocabulary import Role


MSG_AGREED = "Vous avez donné votre accord à la proposition du conseil de classe : elle devient la décision d'orientation."


MSG_DISAGREED = (
    "Vous avez indiqué ne pas être d'accord avec la proposition du conseil de classe. Le chef "
    "d'établissement va vous recevoir en entretien avant de prendre sa décision."
)


@dataclass(frozen=True)
class CheckedProposition:
    voie: str
    serie: str | None
    motivation: str | None
    differs_from_request: bool


def check_proposition(
    choices: Sequence[CheckedRequest],
    voie_code: str,
    serie_code: str | None,
    motivation: str | None,
    *,
    palier: str,
    voies: Mapping[str, VoieInfo],
    series: Mapping[str, SerieInfo],
) -> CheckedProposition:
    """The council proposes a voie, possibly not requested; motivated when it differs from the
    family's first choice."""
    errors = ErrorList()
    voie, serie = check_voie(voie_code, serie_code, palier=palier, voies=voies, series=series, errors=errors)
    errors.raise_if_any()
    assert voie is not None
    first = choices[0] if choices else None
    differs = first is not None and (first.voie, first.serie) != (voie.code, serie)
    text = check_motivation(
        motivation, differs, "La motivation est obligatoire lorsque la proposition diffère du premier choix de la famille.", errors
    )
    errors.raise_if_any()
    return CheckedProposition(voie.code, serie, text, differs)


def answer_blocker(role: Role, account_id: int, facts: Phase2Facts, campaign: CampaignStatus) -> UserError | None:
    """Why this family member may not answer the proposition now, if they may not."""
    error = family_writer_error(role, account_id, facts, MSG_ANSWER_OTHER_GUARDIAN)
    if error:
        return error
    if not facts.proposition_published:
        return UserError("PROPOSITION_NOT_AVAILABLE", "La proposition du conseil de classe n'est pas encore disponible.")
    if facts.agrees is not None:
        return UserError("ALREADY_ANSWERED", "Vous avez déjà répondu à la proposition du conseil de classe.")
    return campaign_error(campaign)


def paper_answer_error(facts: Phase2Facts) -> UserError | None:
    """The school records an answer signed on the paper fiche de dialogue."""
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", "Cet élève est hors procédure : aucune réponse n'est attendue.")
    if not facts.proposition_published:
        return UserError("PROPOSITION_NOT_AVAILABLE", "La proposition du conseil de classe n'a pas encore été publiée.")
    if facts.agrees is not None:
        return UserError("ALREADY_ANSWERED", "La famille a déjà répondu à la proposition du conseil de classe.")
    return None
