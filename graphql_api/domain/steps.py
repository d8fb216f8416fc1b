"""Dated steps of a pupil's file after the council's answers, stored as ``PupilStep`` rows.

Shared vocabulary between the procedure (who writes them) and the staff tools (who list and
export them). ``data`` shapes are JSON objects with camelCase keys, dates as ISO strings.

The council's proposition (phase 2) is a ``CouncilAnswer`` with phase DEFINITIVE:
``recommendation_voie_code`` / ``recommendation_serie_code`` hold the proposed voie, with
``motivation``; its publication and the family's acknowledgement work as for the avis.
Choix définitifs are a ``RequestSet`` with phase DEFINITIVE.

Written by ``services/decision.py and friends`` (issue 3), with these additions (keys added, none renamed):
- the proposition's ``details`` is ``{"differsFromRequest": bool}`` (differs from the first
  choice, hence motivated); the family's answer also sets its ``acknowledged_at`` / ``_by_id`` /
  ``acknowledgement_channel`` (TELESERVICE, or PAPER when the school records a signed answer);
- DECISION also carries ``"source"``: ``"AGREEMENT"`` (the family agreed: the proposition became
  the décision; ``appealDeadline`` is null, no appeal) or ``"HEAD"`` (after disagreement and
  entretien), and ``"notifiedOn"`` (Paris date); ``appealDeadline`` is 3 working days later
  (``domain/working_days.py``);
- APPEAL_OUTCOME's ``upheld`` is true when the commission kept the head's voie and série;
- the PP interview date is ``Pupil.pp_interview_on``; hors procédure is ``Pupil.hors_procedure_reason``.
Step rows carry the channel: TELESERVICE (family online), PAPER (school for the family), STAFF.
"""
from __future__ import annotations

FAMILY_ANSWER = "FAMILY_ANSWER"  # {"agrees": bool}
HEAD_INTERVIEW = "HEAD_INTERVIEW"  # {"date": "YYYY-MM-DD"} entretien with the chef d'établissement
DECISION = "DECISION"  # {"voie", "serie", "remiseANiveau": bool, "motivation", "appealDeadline": "YYYY-MM-DD"}
APPEAL = "APPEAL"  # {"filedOn": "YYYY-MM-DD"}
APPEAL_OUTCOME = "APPEAL_OUTCOME"  # {"voie", "serie", "upheld": bool} the commission d'appel's final word
MAINTIEN_REQUEST = "MAINTIEN_REQUEST"  # {"filedOn": "YYYY-MM-DD"} staying one more year, as of right
GUARDIAN_DISAGREEMENT = "GUARDIAN_DISAGREEMENT"  # {"message": str} the other guardian disagrees
