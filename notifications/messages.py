"""What each event means for the people it concerns, in French, with a link to act on it."""
from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Notice:
    kind: str
    title: str
    body: str
    link_path: str


def pupil_link(pupil_id: int, section: str = "") -> str:
    gid = base64.urlsafe_b64encode(f"Pupil:{pupil_id}".encode()).decode().rstrip("=")
    return f"/orientation/eleves/{gid}" + (f"/{section}" if section else "")


def _requests_line(payload: dict[str, Any]) -> str:
    return " ; ".join(f"{r['rank']}. {r['voieLabel']}" + (f" — {r['metier']}" if r.get("metier") else "") for r in payload.get("requests", []))


def describe(event_type: str, payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    """The notice a family member gets for an event about their child (None: nothing to say)."""
    name = payload.get("firstName", "votre enfant")
    if pupil_id is None:
        return None
    if event_type == "INTENTIONS_VALIDATED":
        return Notice(
            event_type,
            f"Intentions provisoires de {name} validées",
            f"Les intentions provisoires de {name} ont été validées en ligne : {_requests_line(payload)}. "
            "Elles restent modifiables par le responsable qui les a saisies jusqu'à la fermeture du téléservice.",
            pupil_link(pupil_id, "intentions"),
        )
    if event_type == "PAPER_INTENTIONS_ENTERED":
        return Notice(
            event_type,
            f"Intentions provisoires de {name} enregistrées par l'établissement",
            f"L'établissement a enregistré le formulaire papier des intentions provisoires de {name} : "
            f"{_requests_line(payload)}.",
            pupil_link(pupil_id, "intentions"),
        )
    if event_type == "AVIS_PUBLISHED":
        return Notice(
            event_type,
            f"Avis provisoire du conseil de classe disponible pour {name}",
            f"Le conseil de classe a répondu aux intentions provisoires de {name}. Consultez son avis dans le "
            "téléservice Orientation ; le responsable qui a saisi les intentions doit en accuser réception.",
            pupil_link(pupil_id, "avis"),
        )
    if event_type == "AVIS_ACKNOWLEDGED":
        return Notice(
            event_type,
            f"Accusé de réception de l'avis provisoire pour {name}",
            f"Un responsable de {name} a pris connaissance et accusé réception de l'avis provisoire du conseil de classe.",
            pupil_link(pupil_id, "avis"),
        )
    return _describe_phase2(event_type, payload, pupil_id, name)


def _day(value: str | None) -> str:
    """'2027-05-20' → '20/05/2027'."""
    return "/".join(reversed(value.split("-"))) if value else ""


def _describe_phase2(event_type: str, payload: dict[str, Any], pupil_id: int, name: str) -> Notice | None:
    voie = payload.get("voieLabel") or ""
    if event_type in ("CHOICES_VALIDATED", "PAPER_CHOICES_ENTERED"):
        how = "validés en ligne" if event_type == "CHOICES_VALIDATED" else "enregistrés par l'établissement (formulaire papier)"
        return Notice(
            event_type,
            f"Choix définitifs de {name} {how.split(' (')[0]}",
            f"Les choix définitifs de {name} ont été {how} : {_requests_line(payload)}.",
            pupil_link(pupil_id, "choix"),
        )
    if event_type == "PROPOSITION_PUBLISHED":
        return Notice(
            event_type,
            f"Proposition du conseil de classe disponible pour {name}",
            f"Le conseil de classe a formulé sa proposition d'orientation pour {name}. Le responsable qui a saisi les "
            "choix doit y répondre dans le téléservice Orientation : d'accord ou pas d'accord.",
            pupil_link(pupil_id, "proposition"),
        )
    if event_type == "PROPOSITION_ANSWERED":
        answer = "a donné son accord à" if payload.get("agrees") else "n'est pas d'accord avec"
        return Notice(
            event_type,
            f"Réponse à la proposition du conseil de classe pour {name}",
            f"Un responsable de {name} {answer} la proposition du conseil de classe ({voie}).",
            pupil_link(pupil_id, "proposition"),
        )
    if event_type == "HEAD_INTERVIEW_RECORDED":
        return Notice(
            event_type,
            f"Entretien avec le chef d'établissement pour {name}",
            f"L'entretien du {_day(payload.get('date'))} avec le chef d'établissement est enregistré ; "
            "sa décision d'orientation vous sera notifiée dans le téléservice.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == "DECISION_TAKEN":
        body = f"La décision d'orientation de {name} est : {voie}."
        if payload.get("remiseANiveau"):
            body += " Elle est assortie d'un dispositif de remise à niveau."
        if payload.get("appealDeadline"):
            body += (
                f" Vous pouvez en faire appel jusqu'au {_day(payload['appealDeadline'])} inclus (3 jours ouvrables), "
                "ou demander le maintien dans la classe d'origine."
            )
        return Notice(event_type, f"Décision d'orientation pour {name}", body, pupil_link(pupil_id, "decision"))
    if event_type == "APPEAL_DEADLINE_APPROACHING":
        return Notice(
            event_type,
            f"Délai d'appel bientôt écoulé pour {name}",
            f"Le délai pour faire appel de la décision d'orientation de {name} se termine le "
            f"{_day(payload.get('appealDeadline'))}. Passé cette date, la décision sera définitive.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == "APPEAL_FILED":
        return Notice(
            event_type,
            f"Appel enregistré pour {name}",
            f"L'appel de la décision d'orientation de {name} est enregistré ; il sera examiné par la commission d'appel.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == "APPEAL_OUTCOME_RECORDED":
        return Notice(
            event_type,
            f"Décision de la commission d'appel pour {name}",
            f"La commission d'appel a rendu sa décision pour {name} : {voie}. Cette décision est définitive.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == "MAINTIEN_REQUESTED":
        return Notice(
            event_type,
            f"Demande de maintien pour {name}",
            f"Le maintien de {name} dans sa classe d'origine a été demandé ; il est de droit.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == "GUARDIAN_DISAGREEMENT_RECORDED":
        return Notice(
            event_type,
            f"Désaccord exprimé par un responsable de {name}",
            f"Un autre responsable de {name} a indiqué son désaccord avec la saisie ; le chef d'établissement en est informé.",
            pupil_link(pupil_id),
        )
    return None


def describe_for_staff(event_type: str, payload: dict[str, Any]) -> str:
    name = f"{payload.get('firstName', '')} {payload.get('lastName', '')}".strip()
    return {
        "INTENTIONS_VALIDATED": f"Intentions provisoires validées en ligne pour {name}",
        "PAPER_INTENTIONS_ENTERED": f"Formulaire papier enregistré pour {name}",
        "AVIS_ENTERED": f"Avis provisoire saisi pour {name}",
        "AVIS_PUBLISHED": f"Avis provisoire publié pour {name}",
        "AVIS_ACKNOWLEDGED": f"Accusé de réception de l'avis pour {name}",
        "TELESERVICE_OPENED": "Téléservice ouvert",
        "TELESERVICE_CLOSED": "Téléservice fermé",
        "CALENDAR_CHANGED": "Calendrier académique modifié",
        "CHOICES_VALIDATED": f"Choix définitifs validés en ligne pour {name}",
        "PAPER_CHOICES_ENTERED": f"Choix définitifs (formulaire papier) enregistrés pour {name}",
        "PROPOSITION_ENTERED": f"Proposition du conseil de classe saisie pour {name}",
        "PROPOSITION_PUBLISHED": f"Proposition du conseil de classe publiée pour {name}",
        "PROPOSITION_ANSWERED": f"Réponse de la famille à la proposition pour {name}"
        + (" : d'accord" if payload.get("agrees") else " : pas d'accord" if "agrees" in payload else ""),
        "HEAD_INTERVIEW_RECORDED": f"Entretien avec le chef d'établissement enregistré pour {name}",
        "DECISION_TAKEN": f"Décision d'orientation pour {name}" + (f" : {payload['voieLabel']}" if payload.get("voieLabel") else ""),
        "APPEAL_FILED": f"Appel formé pour {name}",
        "APPEAL_OUTCOME_RECORDED": f"Décision de la commission d'appel enregistrée pour {name}",
        "MAINTIEN_REQUESTED": f"Demande de maintien pour {name}",
        "APPEAL_DEADLINE_APPROACHING": f"Délai d'appel bientôt écoulé pour {name}",
        "GUARDIAN_DISAGREEMENT_RECORDED": f"Désaccord d'un responsable de {name}",
        "HORS_PROCEDURE_CHANGED": f"Situation hors procédure modifiée pour {name}",
        "PP_INTERVIEW_SET": f"Date de l'entretien avec le professeur principal pour {name}",
        "NOMENCLATURE_CHANGED": "Nomenclature modifiée",
        "OFFERED_SPECIALITES_CHANGED": "Enseignements de spécialité offerts modifiés",
    }.get(event_type, event_type)
