"""What each event means for the people it concerns, in French, with a link to act on it.

Family notices are registered per event type (``@family_notice("TYPE")``): a new step of the
procedure adds its type here (or from its own module) and the inbox, pushes and mails follow.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Notice:
    kind: str
    title: str
    body: str
    link_path: str
    next_step: str = ""  # what the family should do now (mails and pushes show it)


NoticeFactory = Callable[[dict[str, Any], int | None], Notice | None]
FAMILY_NOTICES: dict[str, NoticeFactory] = {}
# Events about a whole establishment that every family of it is told about (inbox, push).
ETABLISSEMENT_FAMILY_EVENTS = {"TELESERVICE_OPENED", "TELESERVICE_CLOSED"}
# Events that only staff see (a draft avis is not the family's until published).
STAFF_ONLY_EVENTS = {"AVIS_ENTERED"}


def family_notice(event_type: str) -> Callable[[NoticeFactory], NoticeFactory]:
    def register(factory: NoticeFactory) -> NoticeFactory:
        FAMILY_NOTICES[event_type] = factory
        return factory

    return register


def pupil_link(pupil_id: int, section: str = "") -> str:
    gid = base64.urlsafe_b64encode(f"Pupil:{pupil_id}".encode()).decode().rstrip("=")
    return f"/orientation/eleves/{gid}" + (f"/{section}" if section else "")


def _requests_line(payload: dict[str, Any]) -> str:
    return " ; ".join(f"{r['rank']}. {r['voieLabel']}" + (f" — {r['metier']}" if r.get("metier") else "") for r in payload.get("requests", []))


def describe(event_type: str, payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    """The notice a family member gets for an event (None: nothing to say to families)."""
    factory = FAMILY_NOTICES.get(event_type)
    return factory(payload, pupil_id) if factory else None


def _name(payload: dict[str, Any]) -> str:
    return payload.get("firstName") or "votre enfant"


@family_notice("INTENTIONS_VALIDATED")
def _validated(payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        "INTENTIONS_VALIDATED",
        f"Intentions provisoires de {name} validées",
        f"Les intentions provisoires de {name} ont été validées en ligne : {_requests_line(payload)}.",
        pupil_link(pupil_id, "intentions"),
        "Elles restent modifiables par le responsable qui les a saisies jusqu'à la fermeture du téléservice ; "
        "le conseil de classe y répondra par un avis provisoire.",
    )


@family_notice("PAPER_INTENTIONS_ENTERED")
def _paper(payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        "PAPER_INTENTIONS_ENTERED",
        f"Intentions provisoires de {name} enregistrées par l'établissement",
        f"L'établissement a enregistré le formulaire papier des intentions provisoires de {name} : "
        f"{_requests_line(payload)}.",
        pupil_link(pupil_id, "intentions"),
        "Vérifiez que ce récapitulatif correspond au formulaire signé ; sinon, contactez l'établissement.",
    )


@family_notice("AVIS_PUBLISHED")
def _avis(payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        "AVIS_PUBLISHED",
        f"Avis provisoire du conseil de classe disponible pour {name}",
        f"Le conseil de classe a répondu aux intentions provisoires de {name}.",
        pupil_link(pupil_id, "avis"),
        "Consultez son avis dans le téléservice Orientation ; le responsable qui a saisi les intentions doit en "
        "accuser réception.",
    )


@family_notice("AVIS_ACKNOWLEDGED")
def _acknowledged(payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        "AVIS_ACKNOWLEDGED",
        f"Accusé de réception de l'avis provisoire pour {name}",
        f"Un responsable de {name} a pris connaissance et accusé réception de l'avis provisoire du conseil de classe.",
        pupil_link(pupil_id, "avis"),
        "Les choix définitifs se feront au troisième trimestre, dans le même téléservice.",
    )


@family_notice("TELESERVICE_OPENED")
def _opened(payload: dict[str, Any], pupil_id: int | None) -> Notice:
    school = payload.get("etablissementName", "L'établissement")
    return Notice(
        "TELESERVICE_OPENED",
        "Le téléservice Orientation est ouvert",
        f"{school} a ouvert le téléservice Orientation.",
        pupil_link(pupil_id) if pupil_id else "/orientation",
        "Vous pouvez saisir ou consulter les intentions et les réponses du conseil de classe.",
    )


@family_notice("TELESERVICE_CLOSED")
def _closed(payload: dict[str, Any], pupil_id: int | None) -> Notice:
    school = payload.get("etablissementName", "L'établissement")
    reopening = payload.get("expectedReopeningOn")
    when = f" Réouverture prévue le {dt.date.fromisoformat(reopening):%d/%m/%Y}." if reopening else ""
    return Notice(
        "TELESERVICE_CLOSED",
        "Le téléservice Orientation est fermé",
        f"{school} a fermé le téléservice Orientation le temps du conseil de classe.{when}",
        pupil_link(pupil_id) if pupil_id else "/orientation",
        "Vous serez prévenu dès que l'avis du conseil de classe sera disponible.",
    )


@family_notice("ACADEMIE_NOTICE")
def _academie_notice(payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    """An académie's notice about a voie or série the family requested (at validation or as a reminder)."""
    if pupil_id is None:
        return None
    name = _name(payload)
    deadline = payload.get("deadline")
    due = f" Date limite : {dt.date.fromisoformat(deadline):%d/%m/%Y}." if deadline else ""
    reminder = payload.get("reminder")
    title = ("Rappel — " if reminder else "") + f"{payload['title']} ({name})"
    return Notice(
        "ACADEMIE_NOTICE",
        title,
        f"Information de l'académie concernant la demande « {payload['target']} » de {name} : {payload['body']}{due}",
        pupil_link(pupil_id, "intentions"),
        "Suivez les consignes ci-dessus" + (" avant la date limite." if deadline else "."),
    )


STAFF_TEXTS = {
    "INTENTIONS_VALIDATED": "Intentions provisoires validées en ligne pour {name}",
    "PAPER_INTENTIONS_ENTERED": "Formulaire papier enregistré pour {name}",
    "AVIS_ENTERED": "Avis provisoire saisi pour {name}",
    "AVIS_PUBLISHED": "Avis provisoire publié pour {name}",
    "AVIS_ACKNOWLEDGED": "Accusé de réception de l'avis pour {name}",
    "TELESERVICE_OPENED": "Téléservice ouvert",
    "TELESERVICE_CLOSED": "Téléservice fermé",
    "CALENDAR_CHANGED": "Calendrier académique modifié",
    "ACADEMIE_NOTICE": "Information de l'académie envoyée à la famille de {name}",
    "CHOICES_VALIDATED": "Choix définitifs validés en ligne pour {name}",
    "PAPER_CHOICES_ENTERED": "Choix définitifs (formulaire papier) enregistrés pour {name}",
    "PROPOSITION_ENTERED": "Proposition du conseil de classe saisie pour {name}",
    "PROPOSITION_PUBLISHED": "Proposition du conseil de classe publiée pour {name}",
    "HEAD_INTERVIEW_RECORDED": "Entretien avec le chef d'établissement enregistré pour {name}",
    "APPEAL_FILED": "Appel formé pour {name}",
    "APPEAL_OUTCOME_RECORDED": "Décision de la commission d'appel enregistrée pour {name}",
    "MAINTIEN_REQUESTED": "Demande de maintien pour {name}",
    "APPEAL_DEADLINE_APPROACHING": "Délai d'appel bientôt écoulé pour {name}",
    "GUARDIAN_DISAGREEMENT_RECORDED": "Désaccord d'un responsable de {name}",
    "HORS_PROCEDURE_CHANGED": "Situation hors procédure modifiée pour {name}",
    "PP_INTERVIEW_SET": "Date de l'entretien avec le professeur principal pour {name}",
    "NOMENCLATURE_CHANGED": "Nomenclature modifiée",
    "OFFERED_SPECIALITES_CHANGED": "Enseignements de spécialité offerts modifiés",
    "CAMPAIGN_YEAR_OPENED": "Nouvelle campagne d'orientation ouverte",
    "CAMPAIGN_DATA_PURGED": "Données personnelles d'une campagne passée supprimées",
}


def describe_for_staff(event_type: str, payload: dict[str, Any]) -> str:
    name = f"{payload.get('firstName', '')} {payload.get('lastName', '')}".strip()
    text = STAFF_TEXTS.get(event_type, event_type).format(name=name)
    if event_type == "PROPOSITION_ANSWERED":
        text = f"Réponse de la famille à la proposition pour {name}" + (
            " : d'accord" if payload.get("agrees") else " : pas d'accord" if "agrees" in payload else ""
        )
    elif event_type == "DECISION_TAKEN":
        text = f"Décision d'orientation pour {name}" + (f" : {payload['voieLabel']}" if payload.get("voieLabel") else "")
    return text


# --- phase 2 (choix définitifs → décision → appel) ---------------------------------------------


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


PHASE2_FAMILY_EVENTS = (
    "CHOICES_VALIDATED",
    "PAPER_CHOICES_ENTERED",
    "PROPOSITION_PUBLISHED",
    "PROPOSITION_ANSWERED",
    "HEAD_INTERVIEW_RECORDED",
    "DECISION_TAKEN",
    "APPEAL_DEADLINE_APPROACHING",
    "APPEAL_FILED",
    "APPEAL_OUTCOME_RECORDED",
    "MAINTIEN_REQUESTED",
    "GUARDIAN_DISAGREEMENT_RECORDED",
)
STAFF_ONLY_EVENTS.add("PROPOSITION_ENTERED")


def _phase2_next_step(event_type: str, payload: dict[str, Any]) -> str:
    if event_type == "PROPOSITION_ANSWERED":
        return (
            "La proposition devient la décision d'orientation ; elle vous sera notifiée dans le téléservice."
            if payload.get("agrees")
            else "Le chef d'établissement vous recevra en entretien avant de prendre sa décision."
        )
    if event_type == "DECISION_TAKEN" and not payload.get("appealDeadline"):
        return "Consultez la décision dans le téléservice Orientation."
    return PHASE2_NEXT_STEPS[event_type]


PHASE2_NEXT_STEPS = {
    "CHOICES_VALIDATED": "Le conseil de classe du troisième trimestre y répondra par une proposition d'orientation, "
    "que vous retrouverez dans le téléservice.",
    "PAPER_CHOICES_ENTERED": "Vérifiez que ce récapitulatif correspond au formulaire signé ; sinon, contactez l'établissement.",
    "PROPOSITION_PUBLISHED": "Répondez dans le téléservice Orientation : d'accord ou pas d'accord.",
    "HEAD_INTERVIEW_RECORDED": "La décision d'orientation vous sera notifiée dans le téléservice.",
    "DECISION_TAKEN": "En cas de désaccord, faites appel ou demandez le maintien avant la date indiquée, dans le "
    "téléservice ou auprès de l'établissement.",
    "APPEAL_DEADLINE_APPROACHING": "Pour faire appel, utilisez le téléservice ou contactez l'établissement avant cette date.",
    "APPEAL_FILED": "Vous serez informé de la décision de la commission d'appel dans le téléservice.",
    "APPEAL_OUTCOME_RECORDED": "Pour la suite (affectation, inscription), suivez les indications de l'établissement.",
    "MAINTIEN_REQUESTED": "L'établissement vous contactera pour préparer la rentrée.",
    "GUARDIAN_DISAGREEMENT_RECORDED": "Le chef d'établissement pourra vous contacter ; vous pouvez aussi prendre rendez-vous avec lui.",
}


def _phase2_notice(event_type: str, payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    notice = _describe_phase2(event_type, payload, pupil_id, _name(payload))
    return dataclasses.replace(notice, next_step=_phase2_next_step(event_type, payload)) if notice else None


for _type in PHASE2_FAMILY_EVENTS:
    FAMILY_NOTICES[_type] = functools.partial(_phase2_notice, _type)
