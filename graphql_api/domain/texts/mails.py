"""The mails' sentences (notifications/mail.py lays them out as text and HTML). Dates come
already written in the académie's time (``paris_datetime``) or as dates."""
from __future__ import annotations

import datetime as dt

from ..events import RequestLine
from ..french import de

GREETING = "Bonjour,"
# The default sender (MAIL_FROM): the name families see in their mailbox.
DEFAULT_SENDER = "Téléservice Orientation <no-reply@orientation.localhost>"
FOOTER = (
    "Ce message vous est adressé automatiquement par le téléservice Orientation ; merci de ne pas y répondre. "
    "Pour toute question, contactez le professeur principal ou le chef d'établissement."
)
LINK_LABEL = "Accéder au téléservice Orientation"
RECAP_HEADING = "En voici le récapitulatif :"
INTENTION = "Intention"
RECAP_MAIL_COMING = "Vous recevrez à la fin de votre session un e-mail récapitulatif."
STILL_EDITABLE = "Vous pouvez encore faire des modifications jusqu'à la fermeture du service Orientation."
ONLY_THE_ENTERING_GUARDIAN = (
    "Seul le responsable qui a effectué la saisie peut la modifier. Si vous souhaitez y apporter des "
    "modifications, veuillez vous rapprocher de lui. En cas de désaccord, veuillez contacter le chef "
    "d'établissement."
)
PAPER_CHECK = "Si ce récapitulatif ne correspond pas au formulaire signé, contactez l'établissement."
# Why a mail was not sent (shown to the school)
RELAY_UNREACHABLE = "relais SMTP injoignable"
REFUSED_FOR_GOOD = "refus définitif"


def link_line(link: str) -> str:
    return f"\n{LINK_LABEL} : {link}"


def request_lines(requests: tuple[RequestLine, ...], label: str) -> list[str]:
    """A recap's requests, one line each, then their métier, statut and spécialités."""
    lines: list[str] = []
    for r in requests:
        lines.append(f"- {label} {r.rank} : {r.voie_label}" + (f" — série {r.serie}" if r.serie else ""))
        if r.metier:
            lines.append(f"  Métier ou formation : {r.metier}")
        if r.statut_scolaire and r.statut_apprenti:
            lines.append("  Sous statut scolaire et sous statut d'apprenti")
        elif r.statut_scolaire:
            lines.append("  Sous statut scolaire")
        elif r.statut_apprenti:
            lines.append("  Sous statut d'apprenti")
        if r.specialites:
            lines.append("  Enseignements de spécialité : " + ", ".join(r.specialites))
    return lines


def confirmation_subject(name: str) -> str:
    return f"Orientation {de(name)} : intentions provisoires validées"


def confirmation_sentence(name: str, when: str) -> str:
    return f"Les intentions provisoires {de(name)} ont bien été validées le {when}."


def recap_subject(name: str) -> str:
    return f"Orientation {de(name)} : récapitulatif des intentions provisoires"


def recap_opening_for_other_guardian(name: str, when: str) -> str:
    return (
        f"Suite à la démarche effectuée en ligne le {when} par un autre responsable {de(name)}, nous vous "
        "informons que les intentions provisoires ont bien été enregistrées."
    )


def recap_opening(name: str, when: str) -> str:
    return (
        f"Suite à la démarche que vous avez effectuée en ligne le {when}, nous vous confirmons par cet email "
        f"que vos intentions provisoires pour {name} ont bien été enregistrées."
    )


def paper_subject(name: str) -> str:
    return f"Orientation {de(name)} : formulaire papier enregistré"


def paper_sentence(etablissement_name: str, name: str, received: dt.date) -> str:
    return (
        f"L'établissement {etablissement_name} a enregistré le formulaire papier des intentions "
        f"provisoires {de(name)}, reçu le {received:%d/%m/%Y}."
    )


def notice_subject(title: str) -> str:
    return f"Orientation : {title}"
