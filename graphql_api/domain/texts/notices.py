"""What each event means for the people it concerns, in French, with a link to act on it.

Family notices are registered per event type (``@family_notice(EventType.X)``) and read the
typed payload of the event catalog (graphql_api/domain/events.py); whether families are told at
all, by mail and by push, is the catalog's DELIVERY row, checked against this registry by
tests/structure/test_event_catalog.py.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..events import (
    EventPayload,
    EventType,
    read,
)
from ..french import de
from ..working_days import APPEAL_DELAY_TEXT


@dataclass(frozen=True)
class Notice:
    kind: str
    title: str
    body: str
    link_path: str
    next_step: str = ""  # what the family should do now (mails and pushes show it)


NoticeFactory = Callable[[Any, int | None], Notice | None]
FAMILY_NOTICES: dict[EventType, NoticeFactory] = {}


def family_notice(event_type: EventType) -> Callable[[NoticeFactory], NoticeFactory]:
    def register(factory: NoticeFactory) -> NoticeFactory:
        FAMILY_NOTICES[event_type] = factory
        return factory

    return register


def pupil_link(pupil_id: int, section: str = "") -> str:
    gid = base64.urlsafe_b64encode(f"Pupil:{pupil_id}".encode()).decode().rstrip("=")
    return f"/orientation/eleves/{gid}" + (f"/{section}" if section else "")


def _request_text(r: Any) -> str:
    """« 1. 1re technologique — série STL (SPCL) — spécialités : … »: the série says which 1re."""
    text = f"{r.rank}. {r.voie_label}"
    if r.serie:
        text += f" — série {r.serie}" + (f" ({r.serie_option})" if r.serie_option else "")
    if r.metier:
        text += f" — {r.metier}"
    if r.specialites:
        text += " — spécialités : " + ", ".join(r.specialites)
    return text


def _requests_line(event: Any) -> str:
    return " ; ".join(_request_text(r) for r in getattr(event, "requests", None) or ())


def describe(event_type: str, payload: dict[str, Any], pupil_id: int | None) -> Notice | None:
    """The notice a family member gets for an event (None: nothing to say to families)."""
    factory = FAMILY_NOTICES.get(event_type)  # type: ignore[call-overload]
    return factory(read(event_type, payload), pupil_id) if factory else None


def _name(event: EventPayload | None) -> str:
    return getattr(event, "first_name", None) or "votre enfant"


@family_notice(EventType.INTENTIONS_VALIDATED)
def _validated(payload: Any, pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        EventType.INTENTIONS_VALIDATED,
        f"Intentions provisoires {de(name)} validées",
        f"Les intentions provisoires {de(name)} ont été validées en ligne : {_requests_line(payload)}.",
        pupil_link(pupil_id, "intentions"),
        "Elles restent modifiables par le responsable qui les a saisies jusqu'à la fermeture du téléservice ; "
        "le conseil de classe y répondra par un avis provisoire.",
    )


@family_notice(EventType.PAPER_INTENTIONS_ENTERED)
def _paper(payload: Any, pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        EventType.PAPER_INTENTIONS_ENTERED,
        f"Intentions provisoires {de(name)} enregistrées par l'établissement",
        f"L'établissement a enregistré le formulaire papier des intentions provisoires {de(name)} : "
        f"{_requests_line(payload)}.",
        pupil_link(pupil_id, "intentions"),
        "Vérifiez que ce récapitulatif correspond au formulaire signé ; sinon, contactez l'établissement.",
    )


@family_notice(EventType.AVIS_PUBLISHED)
def _avis(payload: Any, pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        EventType.AVIS_PUBLISHED,
        f"Avis provisoire du conseil de classe disponible pour {name}",
        f"Le conseil de classe a répondu aux intentions provisoires {de(name)}.",
        pupil_link(pupil_id, "avis"),
        "Consultez son avis dans le téléservice Orientation ; le responsable qui a saisi les intentions doit en "
        "accuser réception.",
    )


@family_notice(EventType.AVIS_ACKNOWLEDGED)
def _acknowledged(payload: Any, pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    name = _name(payload)
    return Notice(
        EventType.AVIS_ACKNOWLEDGED,
        f"Accusé de réception de l'avis provisoire pour {name}",
        f"Un responsable {de(name)} a pris connaissance et accusé réception de l'avis provisoire du conseil de classe.",
        pupil_link(pupil_id, "avis"),
        "Les choix définitifs se feront au troisième trimestre, dans le même téléservice.",
    )


@family_notice(EventType.TELESERVICE_OPENED)
def _opened(payload: Any, pupil_id: int | None) -> Notice:
    school = payload.etablissement_name or "L'établissement"
    return Notice(
        EventType.TELESERVICE_OPENED,
        "Le téléservice Orientation est ouvert",
        f"{school} a ouvert le téléservice Orientation.",
        pupil_link(pupil_id) if pupil_id else "/orientation",
        "Vous pouvez saisir ou consulter les intentions et les réponses du conseil de classe.",
    )


@family_notice(EventType.TELESERVICE_CLOSED)
def _closed(payload: Any, pupil_id: int | None) -> Notice:
    school = payload.etablissement_name or "L'établissement"
    reopening = payload.expected_reopening_on
    when = f" Réouverture prévue le {reopening:%d/%m/%Y}." if reopening else ""
    return Notice(
        EventType.TELESERVICE_CLOSED,
        "Le téléservice Orientation est fermé",
        f"{school} a fermé le téléservice Orientation le temps du conseil de classe.{when}",
        pupil_link(pupil_id) if pupil_id else "/orientation",
        "Vous serez prévenu dès que l'avis du conseil de classe sera disponible.",
    )


@family_notice(EventType.ACADEMIE_NOTICE)
def _academie_notice(payload: Any, pupil_id: int | None) -> Notice | None:
    """An académie's notice about a voie or série the family requested (at validation or as a reminder)."""
    if pupil_id is None:
        return None
    name = _name(payload)
    deadline = payload.deadline
    due = f" Date limite : {deadline:%d/%m/%Y}." if deadline else ""
    reminder = payload.reminder
    title = ("Rappel — " if reminder else "") + f"{payload.title} ({name})"
    return Notice(
        EventType.ACADEMIE_NOTICE,
        title,
        f"Information de l'académie concernant la demande « {payload.target} » {de(name)} : {payload.body}{due}",
        pupil_link(pupil_id, "intentions"),
        "Suivez les consignes ci-dessus" + (" avant la date limite." if deadline else "."),
    )


STAFF_TEXTS: dict[EventType, str] = {
    EventType.INTENTIONS_VALIDATED: "Intentions provisoires validées en ligne pour {name}",
    EventType.PAPER_INTENTIONS_ENTERED: "Formulaire papier enregistré pour {name}",
    EventType.AVIS_ENTERED: "Avis provisoire saisi pour {name}",
    EventType.AVIS_PUBLISHED: "Avis provisoire publié pour {name}",
    EventType.AVIS_ACKNOWLEDGED: "Accusé de réception de l'avis pour {name}",
    EventType.TELESERVICE_OPENED: "Téléservice ouvert",
    EventType.TELESERVICE_CLOSED: "Téléservice fermé",
    EventType.CALENDAR_CHANGED: "Calendrier académique modifié",
    EventType.ACADEMIE_NOTICE: "Information de l'académie envoyée à la famille {de_name}",
    EventType.CHOICES_VALIDATED: "Choix définitifs validés en ligne pour {name}",
    EventType.PAPER_CHOICES_ENTERED: "Choix définitifs (formulaire papier) enregistrés pour {name}",
    EventType.PROPOSITION_ENTERED: "Proposition du conseil de classe saisie pour {name}",
    EventType.PROPOSITION_PUBLISHED: "Proposition du conseil de classe publiée pour {name}",
    EventType.HEAD_INTERVIEW_RECORDED: "Entretien avec le chef d'établissement enregistré pour {name}",
    EventType.APPEAL_FILED: "Appel formé pour {name}",
    EventType.APPEAL_OUTCOME_RECORDED: "Décision de la commission d'appel enregistrée pour {name}",
    EventType.MAINTIEN_REQUESTED: "Demande de maintien pour {name}",
    EventType.APPEAL_DEADLINE_APPROACHING: "Délai d'appel bientôt écoulé pour {name}",
    EventType.GUARDIAN_DISAGREEMENT_RECORDED: "Désaccord d'un responsable {de_name}",
    EventType.HORS_PROCEDURE_CHANGED: "Situation hors procédure modifiée pour {name}",
    EventType.PP_INTERVIEW_SET: "Date de l'entretien avec le professeur principal pour {name}",
    EventType.NOMENCLATURE_CHANGED: "Nomenclature modifiée",
    EventType.OFFERED_SPECIALITES_CHANGED: "Enseignements de spécialité offerts modifiés",
    EventType.ACADEMIE_PARAMETERS_CHANGED: "Paramètres académiques modifiés",
    EventType.PASSERELLE_OPINION_RECORDED: "Avis de l'établissement d'accueil sur la passerelle demandée pour {name}",
    EventType.CAMPAIGN_YEAR_OPENED: "Nouvelle campagne d'orientation ouverte",
    EventType.CAMPAIGN_DATA_PURGED: "Données personnelles d'une campagne passée supprimées",
    EventType.TERRITORY_CHANGED: "Fuseau horaire ou jours fériés locaux de l'académie modifiés",
}


PARAMETER_LABELS = {
    "allowMetierText": "saisie d'un métier ou d'une formation",
    "allowPasserellePro": "passerelle vers la voie professionnelle",
    "familiesRankSpecialites": "classement des spécialités par les familles",
}



def describe_for_staff(event_type: str, payload: dict[str, Any]) -> str:
    event = read(event_type, payload)
    name = f"{getattr(event, 'first_name', None) or ''} {getattr(event, 'last_name', None) or ''}".strip()
    text: str = STAFF_TEXTS.get(event_type, event_type).format(name=name, de_name=de(name))  # type: ignore[call-overload]
    if event_type == EventType.PROPOSITION_ANSWERED:
        agrees = getattr(event, "agrees", None)
        text = f"Réponse de la famille à la proposition pour {name}" + (
            " : d'accord" if agrees else " : pas d'accord" if agrees is not None else ""
        )
    elif event_type == EventType.ACADEMIE_PARAMETERS_CHANGED:
        text += " : " + " ; ".join(
            f"{PARAMETER_LABELS.get(k, k)} : {'oui' if v else 'non'}" for k, v in (getattr(event, "changes", None) or {}).items()
        )
    elif event_type == EventType.DECISION_TAKEN:
        label = getattr(event, "voie_label", None)
        text = f"Décision d'orientation pour {name}" + (f" : {label}" if label else "")
    return text


# --- phase définitive (choix définitifs → décision → appel) --------------------------------------


def _day(value: dt.date | None) -> str:
    """2027-05-20 → '20/05/2027'."""
    return f"{value:%d/%m/%Y}" if value else ""


def _describe_definitive(event_type: EventType, event: Any, pupil_id: int, name: str) -> Notice | None:
    voie = getattr(event, "voie_label", None) or ""
    if event_type in (EventType.CHOICES_VALIDATED, EventType.PAPER_CHOICES_ENTERED):
        how = "validés en ligne" if event_type == EventType.CHOICES_VALIDATED else "enregistrés par l'établissement (formulaire papier)"
        return Notice(
            event_type,
            f"Choix définitifs {de(name)} {how.split(' (')[0]}",
            f"Les choix définitifs {de(name)} ont été {how} : {_requests_line(event)}.",
            pupil_link(pupil_id, "choix"),
        )
    if event_type == EventType.PROPOSITION_PUBLISHED:
        return Notice(
            event_type,
            f"Proposition du conseil de classe disponible pour {name}",
            f"Le conseil de classe a formulé sa proposition d'orientation pour {name}. Le responsable qui a saisi les "
            "choix doit y répondre dans le téléservice Orientation : d'accord ou pas d'accord.",
            pupil_link(pupil_id, "proposition"),
        )
    if event_type == EventType.PROPOSITION_ANSWERED:
        answer = "a donné son accord à" if event.agrees else "n'est pas d'accord avec"
        return Notice(
            event_type,
            f"Réponse à la proposition du conseil de classe pour {name}",
            f"Un responsable {de(name)} {answer} la proposition du conseil de classe ({voie}).",
            pupil_link(pupil_id, "proposition"),
        )
    if event_type == EventType.HEAD_INTERVIEW_RECORDED:
        return Notice(
            event_type,
            f"Entretien avec le chef d'établissement pour {name}",
            f"L'entretien du {_day(event.date)} avec le chef d'établissement est enregistré ; "
            "sa décision d'orientation vous sera notifiée dans le téléservice.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == EventType.DECISION_TAKEN:
        body = f"La décision d'orientation {de(name)} est : {voie}."
        if event.remise_a_niveau:
            body += " Elle est assortie d'un dispositif de remise à niveau."
        if event.appeal_deadline:
            body += (
                f" Vous pouvez en faire appel jusqu'au {_day(event.appeal_deadline)} inclus ({APPEAL_DELAY_TEXT}), "
                "ou demander le maintien dans la classe d'origine."
            )
        return Notice(event_type, f"Décision d'orientation pour {name}", body, pupil_link(pupil_id, "decision"))
    if event_type == EventType.APPEAL_DEADLINE_APPROACHING:
        return Notice(
            event_type,
            f"Délai d'appel bientôt écoulé pour {name}",
            f"Le délai pour faire appel de la décision d'orientation {de(name)} se termine le "
            f"{_day(event.appeal_deadline)}. Passé cette date, la décision sera définitive.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == EventType.APPEAL_FILED:
        return Notice(
            event_type,
            f"Appel enregistré pour {name}",
            f"L'appel de la décision d'orientation {de(name)} est enregistré ; il sera examiné par la commission d'appel.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == EventType.APPEAL_OUTCOME_RECORDED:
        return Notice(
            event_type,
            f"Décision de la commission d'appel pour {name}",
            f"La commission d'appel a rendu sa décision pour {name} : {voie}. Cette décision est définitive.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == EventType.MAINTIEN_REQUESTED:
        return Notice(
            event_type,
            f"Demande de maintien pour {name}",
            f"Le maintien {de(name)} dans sa classe d'origine a été demandé ; il est de droit.",
            pupil_link(pupil_id, "decision"),
        )
    if event_type == EventType.GUARDIAN_DISAGREEMENT_RECORDED:
        return Notice(
            event_type,
            f"Désaccord exprimé par un responsable {de(name)}",
            f"Un autre responsable {de(name)} a indiqué son désaccord avec la saisie ; le chef d'établissement en est informé.",
            pupil_link(pupil_id),
        )
    return None


def _definitive_next_step(event_type: EventType, event: Any) -> str:
    if event_type == EventType.PROPOSITION_ANSWERED:
        return (
            "La proposition devient la décision d'orientation ; elle vous sera notifiée dans le téléservice."
            if event.agrees
            else "Le chef d'établissement vous recevra en entretien avant de prendre sa décision."
        )
    if event_type == EventType.DECISION_TAKEN and not event.appeal_deadline:
        return "Consultez la décision dans le téléservice Orientation."
    return DEFINITIVE_NEXT_STEPS[event_type]


DEFINITIVE_NEXT_STEPS: dict[EventType, str] = {
    EventType.CHOICES_VALIDATED: "Le conseil de classe du troisième trimestre y répondra par une proposition d'orientation, "
    "que vous retrouverez dans le téléservice.",
    EventType.PAPER_CHOICES_ENTERED: "Vérifiez que ce récapitulatif correspond au formulaire signé ; sinon, contactez l'établissement.",
    EventType.PROPOSITION_PUBLISHED: "Répondez dans le téléservice Orientation : d'accord ou pas d'accord.",
    EventType.HEAD_INTERVIEW_RECORDED: "La décision d'orientation vous sera notifiée dans le téléservice.",
    EventType.DECISION_TAKEN: "En cas de désaccord, faites appel ou demandez le maintien avant la date indiquée, dans le "
    "téléservice ou auprès de l'établissement.",
    EventType.APPEAL_DEADLINE_APPROACHING: "Pour faire appel, utilisez le téléservice ou contactez l'établissement avant cette date.",
    EventType.APPEAL_FILED: "Vous serez informé de la décision de la commission d'appel dans le téléservice.",
    EventType.APPEAL_OUTCOME_RECORDED: "Pour la suite (affectation, inscription), suivez les indications de l'établissement.",
    EventType.MAINTIEN_REQUESTED: "L'établissement vous contactera pour préparer la rentrée.",
    EventType.GUARDIAN_DISAGREEMENT_RECORDED: "Le chef d'établissement pourra vous contacter ; vous pouvez aussi prendre "
    "rendez-vous avec lui.",
}


def _definitive_notice(event_type: EventType, event: Any, pupil_id: int | None) -> Notice | None:
    if pupil_id is None:
        return None
    notice = _describe_definitive(event_type, event, pupil_id, _name(event))
    return dataclasses.replace(notice, next_step=_definitive_next_step(event_type, event)) if notice else None


for _type in (*DEFINITIVE_NEXT_STEPS, EventType.PROPOSITION_ANSWERED):
    FAMILY_NOTICES[_type] = functools.partial(_definitive_notice, _type)


# --- staff: who acted, and the head's alert ---------------------------------------------------

STAFF_ROLE_LABELS = {"HEAD": "chef d'établissement", "TEACHER": "professeur principal", "SECRETARY": "secrétariat"}
ROLE_LABELS = {"GUARDIAN": "responsable légal", "PUPIL": "élève", "ACADEMIE": "académie"}
STAFF_DEFAULT_LABEL = "personnel"
HEAD_ALERT_NEXT_STEP = (
    "Prenez contact avec les deux responsables de l'élève pour en parler ; la saisie reste celle du responsable qui a la main."
)


def disagreement_alert_title(name: str) -> str:
    return f"Désaccord d'un responsable {de(name)}"


def disagreement_alert_body(name: str, message: str) -> str:
    return f"Un responsable {de(name)}, qui n'a pas la main sur la saisie, indique son désaccord : « {message} »"


def notice_target(voie_label: str, serie_code: str | None) -> str:
    """What an académie's notice is about: « 1re technologique — série STL »."""
    return voie_label + (f" — série {serie_code}" if serie_code else "")
