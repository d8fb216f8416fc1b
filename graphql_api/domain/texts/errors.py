"""Rejections answered by the API and the services (the ``message`` of a ``UserError`` or of a
GraphQL error). Limits in a sentence are passed in by the code that enforces them."""
from __future__ import annotations

# The API itself (graphql/, http/)
ITEM_NOT_FOUND = "Élément introuvable."
INVALID_CURSOR = "Curseur de pagination invalide."
INVALID_EVENT_CURSOR = "Curseur invalide."
INTERNAL_ERROR = "Une erreur technique est survenue. Veuillez réessayer."
INTERNAL_ERROR_NOTHING_SAVED = (
    "Une erreur technique est survenue : votre saisie n'a pas été enregistrée. Veuillez réessayer."
)
INVALID_CHARACTER = "Une valeur envoyée contient un caractère non autorisé (caractère nul) : corrigez la saisie."
IDEMPOTENCY_KEY_REUSED = (
    "Cette clé d'idempotence a déjà servi pour une autre opération : utilisez une nouvelle clé pour chaque action."
)
TIMEOUT = "La requête a pris trop de temps et a été interrompue. Veuillez réessayer."
SERVICE_UNAVAILABLE = "Le service est momentanément indisponible. Veuillez réessayer dans quelques instants."
TOO_MANY_WRITES = "Trop de modifications en peu de temps : patientez une minute avant de réessayer."
TOO_MANY_LOGINS = "Trop de tentatives de connexion manquées depuis votre adresse : réessayez dans quelques minutes."


def invalid_page_size(minimum: int, maximum: int) -> str:
    return f"La taille de page doit être comprise entre {minimum} et {maximum}."


def invalid_idempotency_key(min_length: int, max_length: int) -> str:
    return f"Clé d'idempotence invalide : {min_length} à {max_length} caractères imprimables, sans espace."


def document_too_large(max_bytes: int) -> str:
    return f"Requête trop longue (plus de {max_bytes} octets)."


def query_too_complex(cost: int, max_cost: int) -> str:
    return f"Requête trop coûteuse ({cost} > {max_cost}) : demandez moins d'éléments par page ou moins de champs."


def too_many_mutations(count: int, max_count: int) -> str:
    return f"Trop de modifications dans une seule requête ({count} > {max_count}) : envoyez-les séparément."


# The services' rejections
ACADEMIE_NOT_FOUND = "Académie introuvable."
NOTIFICATION_NOT_FOUND = "Notification introuvable."
NOTICE_NOT_FOUND = "Information introuvable."
UNKNOWN_VOIE = "Voie inconnue."
ETABLISSEMENT_NOT_FOUND = "Établissement introuvable."
DIVISION_NOT_FOUND_HERE = "Division introuvable dans cet établissement."
DIVISION_NOT_FOUND_IN_YOURS = "Division introuvable dans votre établissement."
NOMENCLATURE_NOT_FOUND = "Élément de nomenclature introuvable."
STAFF_NOT_IN_YOUR_SCHOOL = "Ce personnel n'appartient pas à votre établissement."
ALREADY_HEAD = "Ce compte a déjà les droits du chef d'établissement."
HORS_PROCEDURE_NO_AVIS = "Cet élève est hors procédure : aucun avis n'est attendu."
HORS_PROCEDURE_NO_ENTRY = "Cet élève est hors procédure : aucune saisie n'est attendue."
HORS_PROCEDURE_NO_PROPOSITION = "Cet élève est hors procédure : aucune proposition n'est attendue."
PROVISIONAL_PHASE_NOT_OPEN = "La phase provisoire n'est pas ouverte."
DEFINITIVE_PHASE_NOT_OPEN = "La phase définitive n'est pas ouverte."
CLOSE_BEFORE_AVIS = (
    "Fermez le téléservice avant de saisir les avis : le conseil de classe travaille sur des intentions stables."
)
CLOSE_BEFORE_PROPOSITIONS = (
    "Fermez le téléservice avant de saisir les propositions : le conseil de classe travaille sur des choix stables."
)
ALREADY_ANSWERED = "La famille a déjà répondu à la proposition : elle ne peut plus être modifiée."
RECEIVED_IN_FUTURE = "La date de réception ne peut pas être dans le futur."
FORM_RECEIVED_IN_FUTURE = "La date de réception du formulaire ne peut pas être dans le futur."
OPINION_IN_FUTURE = "La date de l'avis ne peut pas être dans le futur."
APPEAL_FILED_ON = "Indiquez la date de dépôt de l'appel (passée ou du jour)."
AVIS_NOT_PUBLISHED = "L'avis provisoire n'a pas encore été publié."
ALREADY_ACKNOWLEDGED = "L'avis a déjà fait l'objet d'un accusé de réception."
DATES_NEED_TIME_ZONE = "Les dates doivent préciser leur fuseau horaire."
PHASE_END_BEFORE_START = "La fin de la phase doit suivre son début."
PHASES_OVERLAP = "Les phases provisoire et définitive ne peuvent pas se chevaucher."
PHASES_ORDER = "La phase provisoire précède la phase définitive."
VALIDITY_END_BEFORE_START = "La fin de validité doit suivre son début."
UNKNOWN_SERIE = "Série inconnue pour cette voie."
VOIE_WITHOUT_SERIES = "Cette voie ne comporte pas de séries."
CODE_EXISTS = "Ce code existe déjà (un élément retiré se rétablit plutôt qu'il ne se recrée)."
NO_PASSERELLE_REQUEST = "Cet élève n'a pas demandé de passerelle vers la voie professionnelle pour cette phase."
REOPENING_ONLY_WHEN_CLOSING = "Une date de réouverture ne s'indique qu'à la fermeture."
REOPENING_IN_PAST = "La date de réouverture prévue est déjà passée."


def tick_the_box(checkbox_label: str) -> str:
    return f"Cochez la case « {checkbox_label} » puis validez."


def too_many_ids(maximum: int) -> str:
    return f"Au plus {maximum} notifications à la fois."


def reason_too_long(max_length: int) -> str:
    return f"Le motif ne doit pas dépasser {max_length} caractères."


def message_too_long(max_length: int) -> str:
    return f"Le message ne doit pas dépasser {max_length} caractères."


def unknown_voie_kind(kinds: list[str] | tuple[str, ...]) -> str:
    return f"Nature de voie inconnue (attendu : {', '.join(kinds)})."


def unknown_specialite(code: str) -> str:
    return f"L'enseignement de spécialité {code} ne figure pas dans la liste académique."


# Authentication (auth.py, policy.py)
BAD_CREDENTIALS = (
    "Identifiant ou mot de passe incorrect. Après plusieurs essais manqués, la connexion à ce compte est "
    "suspendue quelques minutes."
)
TOKEN_UNREADABLE = "Jeton d'authentification illisible."
TOKEN_INVALID = "Jeton d'authentification invalide."
TOKEN_EXPIRED = "Votre session a expiré : veuillez vous reconnecter."
SESSION_ENDED = "Votre session est terminée : veuillez vous reconnecter."
UNKNOWN_ACCOUNT = "Ce compte n'est pas reconnu par le téléservice Orientation."
FAMILIES_ONLY = "Cet abonnement est réservé aux familles."

# HTTP (http/)
REQUEST_TOO_LARGE = "Requête trop volumineuse."
JSON_TOO_DEEP = "Requête refusée : données JSON trop imbriquées."
GRAPHQL_TOO_LONG = "Requête GraphQL trop longue."
PERSISTED_QUERY_NOT_FOUND = "Cette opération n'est pas enregistrée sur ce serveur (identifiant de document inconnu)."
PERSISTED_QUERY_HASH_MISMATCH = "Le texte envoyé ne correspond pas à l'identifiant de document."
TRUSTED_DOCUMENT_REQUIRED = "Ce serveur n'accepte que les opérations enregistrées du téléservice, envoyées par leur identifiant."
UNKNOWN_FILTER = "Filtre ou tri inconnu."
UNKNOWN_FORMAT = "Format inconnu : csv ou xlsx."
DIVISION_NOT_FOUND = "Division introuvable."


def signature_too_large(max_kilobytes: int) -> str:
    return f"La signature ne doit pas dépasser {max_kilobytes} Ko."


def no_academie_with_code(code: str) -> str:
    return f"Aucune académie de code {code}."
