"""Sentences of a pupil's file as families and staff read it (graphql/pupils builds the file)."""
from __future__ import annotations

import datetime as dt

from ..working_days import APPEAL_DELAY_TEXT

MSG_APPEAL_OUTCOME_FINAL = "La décision de la commission d'appel est définitive."
MSG_MAINTIEN_OF_RIGHT = "Le maintien dans la classe d'origine a été demandé : il est de droit."


def appeal_message(deadline: dt.date) -> str:
    """Under a décision the family may appeal: until when, and the other way out."""
    return (
        f"Vous pouvez faire appel de cette décision jusqu'au {deadline:%d/%m/%Y} inclus ({APPEAL_DELAY_TEXT}), "
        "ou demander le maintien dans la classe d'origine."
    )


def passerelle_opinion_label(favorable: bool, host_name: str, on: dt.date) -> str:
    """« Avis favorable de … le … »: the host establishment's opinion on a passerelle request."""
    word = "favorable" if favorable else "défavorable"
    return f"Avis {word} de {host_name} le {on:%d/%m/%Y}"
