"""The report of a past campaign's purge (``python -m graphql_api purge``), for the académie's
administrators: what each table lost."""
from __future__ import annotations

SPECIALITES = "spécialités demandées"
REQUESTS = "vœux"
REQUEST_SETS = "saisies de vœux"
AVIS = "avis"
COUNCIL_ANSWERS = "avis et propositions du conseil"
STEPS = "étapes (réponses, entretiens, décisions, appels)"
NOTICE_DELIVERIES = "informations de l'académie transmises"
NOTIFICATIONS = "notifications"
MAILS = "e-mails"
READ_AUDIT = "journal des consultations"
SIECLE_LINKS = "liens SIECLE"
GUARDIANSHIPS = "rattachements des responsables"
SESSIONS = "sessions"
EVENT_CONTENTS = "contenus des événements (journal des écritures)"
FAMILY_ACCOUNTS = "comptes des familles sans autre dossier"
PUPIL_FILES = "dossiers d'élèves"


def report_heading(academie_code: str, school_year: str, dry_run: bool) -> str:
    head = "[simulation] " if dry_run else ""
    verb = "seraient supprimés" if dry_run else "supprimés"
    return f"{head}académie {academie_code}, année {school_year} : {verb}"


def aggregates_kept(count: int) -> str:
    return f"  statistiques anonymes conservées : {count}"


def nothing_to_purge(retention_years: int) -> str:
    return f"aucune année à purger (conservation : {retention_years} années après l'année en cours)."
