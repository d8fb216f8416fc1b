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
    }.get(event_type, event_type)
