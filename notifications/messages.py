"""What each event means for the people it concerns, in French, with a link to act on it.

Family notices are registered per event type (``@family_notice("TYPE")``): a new step of the
procedure adds its type here (or from its own module) and the inbox, pushes and mails follow.
"""
from __future__ import annotations

import base64
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
}


def describe_for_staff(event_type: str, payload: dict[str, Any]) -> str:
    name = f"{payload.get('firstName', '')} {payload.get('lastName', '')}".strip()
    return STAFF_TEXTS.get(event_type, event_type).format(name=name)
