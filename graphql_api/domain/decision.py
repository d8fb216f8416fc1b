"""Phase 2: choix définitifs, proposition, the family's answer, entretien, décision, appel, maintien.

Each function answers "why not?" (a UserError) or checks an input (raising DomainError), so the
services and the file's ViewerRights give the same reasons with the same words.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from .avis import MOTIVATION_MAX_LENGTH
from . import hand
from .errors import DomainError, ErrorList, UserError
from .family import MSG_HORS_PROCEDURE, MSG_PUPIL_CANNOT_WRITE
from .requests import SerieInfo, VoieInfo
from .vocabulary import Role

DISAGREEMENT_MAX_LENGTH = 1000

MSG_ANSWER_OTHER_GUARDIAN = (
    "La saisie a été effectuée par un autre responsable de l'élève. Seul le parent ayant fait la saisie "
    "peut répondre à la proposition du conseil de classe. En cas de désaccord, veuillez contacter le chef "
    "d'établissement."
)
MSG_DECISION_NOTICE = (
    "La décision d'orientation porte sur la voie uniquement : les enseignements de spécialité restent "
    "le choix de la famille."
)


@dataclass(frozen=True)
class Phase2Facts:
    """What the phase-2 rules need to know about one pupil's file."""

    hors_procedure: bool
    entering_guardian_id: int | None
    provisional_answer: bool = False  # the council answered phase 1
    provisional_acknowledged: bool = False
    proposition_published: bool = False
    agrees: bool | None = None  # the family's answer, None before it
    head_interview_on: dt.date | None = None
    decided: bool = False
    decided_by_head: bool = False
    appeal_deadline: dt.date | None = None
    appealed: bool = False
    appeal_outcome: bool = False
    maintien: bool = False


def family_writer_error(role: Role, account_id: int, facts: Phase2Facts, other_guardian_message: str) -> UserError | None:
    if role is Role.PUPIL:
        return UserError("PUPIL_CANNOT_WRITE", MSG_PUPIL_CANNOT_WRITE)
    if role is not Role.GUARDIAN:
        return UserError("FORBIDDEN", "Seul un responsable légal peut effectuer cette saisie dans le téléservice.")
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", MSG_HORS_PROCEDURE)
    if hand.other_guardian_has_it(facts.entering_guardian_id, account_id):
        return UserError("NOT_ENTERING_GUARDIAN", other_guardian_message)
    return None


def check_voie(
    voie_code: str, serie_code: str | None, *, palier: str, voies: Mapping[str, VoieInfo], series: Mapping[str, SerieInfo], errors: ErrorList
) -> tuple[VoieInfo | None, str | None]:
    voie = voies.get(voie_code)
    if voie is None or not voie.active or voie.palier != palier:
        errors.add("UNKNOWN_VOIE", "Cette voie n'existe pas à ce niveau.", "voie")
        return None, None
    if not voie.requires_serie:
        if serie_code:
            errors.add("SERIE_NOT_ALLOWED", "Cette voie ne comporte pas de série.", "serie")
        return voie, None
    serie = series.get(serie_code or "")
    if serie is None or serie.voie_code != voie.code:
        errors.add("SERIE_REQUIRED", "Vous devez préciser une série de cette voie.", "serie")
        return voie, None
    return voie, serie.code


def check_motivation(text: str | None, required: bool, message: str, errors: ErrorList) -> str | None:
    text = (text or "").strip() or None
    if required and not text:
        errors.add("MOTIVATION_REQUIRED", message, "motivation")
    if text and len(text) > MOTIVATION_MAX_LENGTH:
        errors.add("MOTIVATION_TOO_LONG", f"La motivation ne doit pas dépasser {MOTIVATION_MAX_LENGTH} caractères.", "motivation")
    return text


def head_interview_error(facts: Phase2Facts, on: dt.date, today: dt.date) -> UserError | None:
    if facts.agrees is not False:
        return UserError(
            "NO_DISAGREEMENT", "L'entretien avec le chef d'établissement suit un désaccord de la famille avec la proposition."
        )
    if facts.decided:
        return UserError("ALREADY_DECIDED", "La décision d'orientation a déjà été prise.")
    if on > today:
        return UserError("INVALID_DATE", "Enregistrez l'entretien une fois qu'il a eu lieu (date passée ou du jour).")
    return None


@dataclass(frozen=True)
class CheckedDecision:
    voie: str
    serie: str | None
    remise_a_niveau: bool
    motivation: str


def check_decision(
    facts: Phase2Facts,
    voie_code: str,
    serie_code: str | None,
    motivation: str | None,
    remise_a_niveau: bool,
    *,
    palier: str,
    voies: Mapping[str, VoieInfo],
    series: Mapping[str, SerieInfo],
) -> CheckedDecision:
    """The head decides after a disagreement: only once the entretien took place, motivated,
    on the voie only (spécialités stay the family's choice)."""
    if facts.decided:
        raise DomainError.of("ALREADY_DECIDED", "La décision d'orientation a déjà été prise.")
    if facts.agrees is None:
        raise DomainError.of("ANSWER_PENDING", "La famille n'a pas encore répondu à la proposition du conseil de classe.")
    if facts.agrees:
        raise DomainError.of(
            "FAMILY_AGREED", "La famille a donné son accord : la proposition est devenue la décision d'orientation."
        )
    if facts.head_interview_on is None:
        raise DomainError.of(
            "INTERVIEW_REQUIRED",
            "En cas de désaccord, le chef d'établissement doit recevoir la famille en entretien avant de prendre sa décision.",
        )
    errors = ErrorList()
    voie, serie = check_voie(voie_code, serie_code, palier=palier, voies=voies, series=series, errors=errors)
    text = check_motivation(motivation, True, "La décision prise après un désaccord doit être motivée.", errors)
    errors.raise_if_any()
    assert voie is not None and text is not None
    return CheckedDecision(voie.code, serie, remise_a_niveau, text)


def appeal_error(facts: Phase2Facts, today: dt.date) -> UserError | None:
    """Whether an appeal may be filed now (by the family, or recorded by the school)."""
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", MSG_HORS_PROCEDURE)
    if not facts.decided:
        return UserError("NO_DECISION", "Aucune décision d'orientation n'a encore été notifiée.")
    if not facts.decided_by_head:
        return UserError(
            "APPEAL_NOT_OPEN", "La famille a donné son accord à la proposition : la décision ne peut pas faire l'objet d'un appel."
        )
    if facts.appealed:
        return UserError("ALREADY_APPEALED", "Un appel a déjà été formé contre cette décision.")
    if facts.maintien:
        return UserError("MAINTIEN_REQUESTED", "La famille a demandé le maintien dans la classe d'origine.")
    if facts.appeal_deadline is not None and today > facts.appeal_deadline:
        return UserError(
            "APPEAL_DEADLINE_PASSED",
            f"Le délai d'appel est dépassé : il fallait faire appel au plus tard le {facts.appeal_deadline:%d/%m/%Y}.",
        )
    return None


def family_appeal_blocker(role: Role, account_id: int, facts: Phase2Facts, today: dt.date) -> UserError | None:
    return family_writer_error(role, account_id, facts, MSG_ANSWER_OTHER_GUARDIAN) or appeal_error(facts, today)


def appeal_outcome_error(facts: Phase2Facts) -> UserError | None:
    if not facts.appealed:
        return UserError("NO_APPEAL", "Aucun appel n'a été formé contre la décision.")
    if facts.appeal_outcome:
        return UserError("OUTCOME_FINAL", "La décision de la commission d'appel est définitive : elle ne peut pas être modifiée.")
    return None


def maintien_error(facts: Phase2Facts) -> UserError | None:
    """Maintien is of right once a décision is notified, unless an appeal was chosen instead."""
    if facts.hors_procedure:
        return UserError("HORS_PROCEDURE", MSG_HORS_PROCEDURE)
    if not facts.decided:
        return UserError("NO_DECISION", "Aucune décision d'orientation n'a encore été notifiée.")
    if facts.maintien:
        return UserError("MAINTIEN_REQUESTED", "Le maintien dans la classe d'origine a déjà été demandé.")
    if facts.appealed:
        return UserError("ALREADY_APPEALED", "Un appel a été formé contre la décision : le maintien n'est plus demandé à ce stade.")
    return None


def family_maintien_blocker(role: Role, account_id: int, facts: Phase2Facts) -> UserError | None:
    return family_writer_error(role, account_id, facts, MSG_ANSWER_OTHER_GUARDIAN) or maintien_error(facts)


def disagreement_blocker(role: Role, account_id: int, facts: Phase2Facts) -> UserError | None:
    """Only a guardian who does not have the hand records that they disagree (the head is alerted)."""
    if role is Role.PUPIL:
        return UserError("PUPIL_CANNOT_WRITE", MSG_PUPIL_CANNOT_WRITE)
    if role is not Role.GUARDIAN:
        return UserError("FORBIDDEN", "Seul un responsable légal peut indiquer un désaccord.")
    if facts.entering_guardian_id is None:
        return UserError("NOTHING_ENTERED", "Aucune saisie n'a encore été faite pour cet élève.")
    if facts.entering_guardian_id == account_id:
        return UserError(
            "IS_ENTERING_GUARDIAN", "Vous avez la main sur la saisie : modifiez-la directement plutôt que d'indiquer un désaccord."
        )
    return None


def check_disagreement_message(message: str | None) -> str:
    text = (message or "").strip()
    if not text:
        raise DomainError.of("MESSAGE_REQUIRED", "Précisez en quelques mots l'objet de votre désaccord.", "message")
    if len(text) > DISAGREEMENT_MAX_LENGTH:
        raise DomainError.of("MESSAGE_TOO_LONG", f"Le message ne doit pas dépasser {DISAGREEMENT_MAX_LENGTH} caractères.", "message")
    return text
