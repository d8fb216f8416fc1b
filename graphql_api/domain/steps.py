"""Dated steps of a pupil's file after the council's answers, stored as ``PupilStep`` rows.

Shared vocabulary between the procedure (who writes them) and the staff tools (who list and
export them). ``data`` shapes are JSON objects with camelCase keys, dates as ISO strings.

The council's proposition (phase 2) is a ``CouncilAnswer`` with phase DEFINITIVE:
``recommendation_voie_code`` / ``recommendation_serie_code`` hold the proposed voie, with
``motivation``; its publication and the family's acknowledgement work as for the avis.
Choix définitifs are a ``RequestSet`` with phase DEFINITIVE.
"""
from __future__ import annotations

FAMILY_ANSWER = "FAMILY_ANSWER"  # {"agrees": bool}
HEAD_INTERVIEW = "HEAD_INTERVIEW"  # {"date": "YYYY-MM-DD"} entretien with the chef d'établissement
DECISION = "DECISION"  # {"voie", "serie", "remiseANiveau": bool, "motivation", "appealDeadline": "YYYY-MM-DD"}
APPEAL = "APPEAL"  # {"filedOn": "YYYY-MM-DD"}
APPEAL_OUTCOME = "APPEAL_OUTCOME"  # {"voie", "serie", "upheld": bool} the commission d'appel's final word
MAINTIEN_REQUEST = "MAINTIEN_REQUEST"  # {"filedOn": "YYYY-MM-DD"} staying one more year, as of right
GUARDIAN_DISAGREEMENT = "GUARDIAN_DISAGREEMENT"  # {"message": str} the other guardian disagrees
