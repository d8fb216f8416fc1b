"""The confirmation of each mutation (the payload's `message`)."""
from __future__ import annotations

MSG_PAPER_INTENTIONS_SAVED = "Les intentions du formulaire papier ont été enregistrées."
MSG_AVIS_SAVED = (
    "L'avis provisoire est enregistré ; il sera visible des familles à la réouverture du téléservice."
)
MSG_AVIS_ACKNOWLEDGED = (
    "Vous avez pris connaissance et accusé réception de l'avis provisoire du conseil de classe."
)
MSG_PAPER_ACKNOWLEDGEMENT_SAVED = "L'accusé de réception papier est enregistré."
MSG_PAPER_CHOICES_SAVED = "Les choix définitifs du formulaire papier ont été enregistrés."
MSG_HEAD_INTERVIEW_SAVED = "L'entretien est enregistré."
MSG_DECISION_SAVED = "La décision d'orientation est enregistrée et notifiée à la famille."
MSG_APPEAL_SAVED = "L'appel est enregistré : il sera examiné par la commission d'appel."
MSG_APPEAL_OUTCOME_SAVED = "La décision de la commission d'appel est enregistrée."
MSG_MAINTIEN_SAVED = "La demande de maintien est enregistrée."
MSG_DISAGREEMENT_SAVED = "Votre désaccord est enregistré ; le chef d'établissement en est informé."
MSG_HORS_PROCEDURE_SAVED = "La situation de l'élève est enregistrée."
MSG_PP_INTERVIEW_SAVED = "La date de l'entretien est enregistrée."
MSG_PROPOSITION_SAVED = (
    "La proposition est enregistrée ; elle sera visible des familles à la réouverture du téléservice."
)
