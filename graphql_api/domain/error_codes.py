"""Every error code the API may answer, in one place: `UserError.code`, `Blocker.code` and
`extensions.code` are the GraphQL enum `ErrorCode` built from this catalog, and the README's
table is generated from it (`python -m graphql_api.domain.error_codes`).

To add a code: add a member to `ErrorCode` (name = value) and put it in one `GROUPS` row; then
re-export schema.graphql and regenerate the README table (tests/structure/test_error_codes.py
fails until both are done, and fails on any code raised in the source that is not declared here).
"""
from __future__ import annotations

import enum


class ErrorCode(str, enum.Enum):
    """Stable machine codes for front-ends (the French message is for people)."""

    # Access
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # Authentication
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    INVALID_TOKEN = "INVALID_TOKEN"
    UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"
    # Calendar and téléservice
    CAMPAIGN_NOT_OPEN = "CAMPAIGN_NOT_OPEN"
    TELESERVICE_CLOSED = "TELESERVICE_CLOSED"
    PHASE_OVER = "PHASE_OVER"
    PHASE_NOT_OPEN = "PHASE_NOT_OPEN"
    TELESERVICE_OPEN = "TELESERVICE_OPEN"
    # Campaign years
    CAMPAIGN_YEAR_FROZEN = "CAMPAIGN_YEAR_FROZEN"
    INVALID_SCHOOL_YEAR = "INVALID_SCHOOL_YEAR"
    NO_CURRENT_CAMPAIGN = "NO_CURRENT_CAMPAIGN"
    ROLLOVER_NOT_NEXT_YEAR = "ROLLOVER_NOT_NEXT_YEAR"
    INVALID_TIME_ZONE = "INVALID_TIME_ZONE"
    INVALID_HOLIDAY = "INVALID_HOLIDAY"
    # The hand and the guide's read-only cases
    PUPIL_CANNOT_WRITE = "PUPIL_CANNOT_WRITE"
    NOT_ENTERING_GUARDIAN = "NOT_ENTERING_GUARDIAN"
    IS_ENTERING_GUARDIAN = "IS_ENTERING_GUARDIAN"
    HORS_PROCEDURE = "HORS_PROCEDURE"
    # A set of requests (intentions or choix définitifs)
    REQUESTS_EMPTY = "REQUESTS_EMPTY"
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    UNKNOWN_VOIE = "UNKNOWN_VOIE"
    VOIE_NOT_FOR_PALIER = "VOIE_NOT_FOR_PALIER"
    DUPLICATE_VOIE = "DUPLICATE_VOIE"
    METIER_NOT_ALLOWED = "METIER_NOT_ALLOWED"
    METIER_TOO_LONG = "METIER_TOO_LONG"
    STATUT_NOT_ALLOWED = "STATUT_NOT_ALLOWED"
    SERIE_REQUIRED = "SERIE_REQUIRED"
    UNKNOWN_SERIE = "UNKNOWN_SERIE"
    SERIE_NOT_ALLOWED = "SERIE_NOT_ALLOWED"
    SERIE_OPTION_NOT_ASKED = "SERIE_OPTION_NOT_ASKED"
    SERIE_OPTION_REQUIRED = "SERIE_OPTION_REQUIRED"
    UNKNOWN_SERIE_OPTION = "UNKNOWN_SERIE_OPTION"
    SPECIALITES_NOT_ALLOWED = "SPECIALITES_NOT_ALLOWED"
    PASSERELLE_NOT_ALLOWED = "PASSERELLE_NOT_ALLOWED"
    NO_PASSERELLE_REQUEST = "NO_PASSERELLE_REQUEST"
    INTENTIONS_LOCKED = "INTENTIONS_LOCKED"
    CHOICES_LOCKED = "CHOICES_LOCKED"
    AVIS_NOT_ACKNOWLEDGED = "AVIS_NOT_ACKNOWLEDGED"
    # Spécialités
    UNKNOWN_SPECIALITE = "UNKNOWN_SPECIALITE"
    DUPLICATE_SPECIALITE = "DUPLICATE_SPECIALITE"
    SPECIALITES_COUNT = "SPECIALITES_COUNT"
    TOO_MANY_SPECIALITES = "TOO_MANY_SPECIALITES"
    TOO_MANY_NOT_OFFERED = "TOO_MANY_NOT_OFFERED"
    # Avis provisoires
    NO_REQUESTS = "NO_REQUESTS"
    AVIS_MISSING = "AVIS_MISSING"
    UNKNOWN_RANK = "UNKNOWN_RANK"
    DUPLICATE_AVIS = "DUPLICATE_AVIS"
    RECOMMENDATION_ALREADY_REQUESTED = "RECOMMENDATION_ALREADY_REQUESTED"
    MOTIVATION_REQUIRED = "MOTIVATION_REQUIRED"
    MOTIVATION_TOO_LONG = "MOTIVATION_TOO_LONG"
    # Acknowledgement
    AVIS_NOT_AVAILABLE = "AVIS_NOT_AVAILABLE"
    CONFIRMATION_REQUIRED = "CONFIRMATION_REQUIRED"
    ALREADY_ACKNOWLEDGED = "ALREADY_ACKNOWLEDGED"
    # Proposition, answer, décision, appel, maintien
    PROPOSITION_NOT_AVAILABLE = "PROPOSITION_NOT_AVAILABLE"
    ALREADY_ANSWERED = "ALREADY_ANSWERED"
    ANSWER_PENDING = "ANSWER_PENDING"
    FAMILY_AGREED = "FAMILY_AGREED"
    INTERVIEW_REQUIRED = "INTERVIEW_REQUIRED"
    ALREADY_DECIDED = "ALREADY_DECIDED"
    NO_DECISION = "NO_DECISION"
    APPEAL_NOT_OPEN = "APPEAL_NOT_OPEN"
    APPEAL_DEADLINE_PASSED = "APPEAL_DEADLINE_PASSED"
    ALREADY_APPEALED = "ALREADY_APPEALED"
    NO_APPEAL = "NO_APPEAL"
    OUTCOME_FINAL = "OUTCOME_FINAL"
    MAINTIEN_REQUESTED = "MAINTIEN_REQUESTED"
    # Around the procedure
    NOTHING_ENTERED = "NOTHING_ENTERED"
    NO_DISAGREEMENT = "NO_DISAGREEMENT"
    MESSAGE_REQUIRED = "MESSAGE_REQUIRED"
    MESSAGE_TOO_LONG = "MESSAGE_TOO_LONG"
    REASON_TOO_LONG = "REASON_TOO_LONG"
    # Académie notices
    INVALID_TITLE = "INVALID_TITLE"
    INVALID_BODY = "INVALID_BODY"
    INVALID_REMINDER = "INVALID_REMINDER"
    # Nomenclatures and staff tools
    INVALID_CODE = "INVALID_CODE"
    INVALID_LABEL = "INVALID_LABEL"
    INVALID_KIND = "INVALID_KIND"
    CODE_EXISTS = "CODE_EXISTS"
    ALREADY_HEAD = "ALREADY_HEAD"
    INVALID_FILTER = "INVALID_FILTER"
    SIGNATURE_EMPTY = "SIGNATURE_EMPTY"
    SIGNATURE_TOO_LARGE = "SIGNATURE_TOO_LARGE"
    SIGNATURE_TYPE = "SIGNATURE_TYPE"
    SIGNATURE_UNREADABLE = "SIGNATURE_UNREADABLE"
    # Other
    INVALID_DATE = "INVALID_DATE"
    WINDOWS_OVERLAP = "WINDOWS_OVERLAP"
    WINDOWS_ORDER = "WINDOWS_ORDER"
    INVALID_CURSOR = "INVALID_CURSOR"
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    TOO_MANY_IDS = "TOO_MANY_IDS"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    # Trusted documents (persisted queries)
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
    TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED"
    # Outages and retries
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    # Limits
    RATE_LIMITED = "RATE_LIMITED"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    TOO_MANY_MUTATIONS = "TOO_MANY_MUTATIONS"
    INVALID_CHARACTER = "INVALID_CHARACTER"
    REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
    DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE"
    JSON_TOO_DEEP = "JSON_TOO_DEEP"
    TIMEOUT = "TIMEOUT"


C = ErrorCode

# (codes, meaning): the README's table, one row each; every code is in exactly one row.
GROUPS: tuple[tuple[tuple[ErrorCode, ...], str], ...] = (
    (
        (C.UNAUTHENTICATED, C.FORBIDDEN, C.NOT_FOUND),
        "no token; role may not do this; pupil unknown or outside the viewer's scope (the two are not distinguished)",
    ),
    (
        (C.INVALID_CREDENTIALS, C.ACCOUNT_LOCKED, C.TOKEN_EXPIRED, C.INVALID_TOKEN, C.UNKNOWN_ACCOUNT),
        "authentication (a locked account also gets `INVALID_CREDENTIALS`: the answer does not tell which logins "
        "exist; `ACCOUNT_LOCKED` is no longer answered)",
    ),
    (
        (C.CAMPAIGN_NOT_OPEN, C.TELESERVICE_CLOSED, C.PHASE_OVER, C.PHASE_NOT_OPEN, C.TELESERVICE_OPEN),
        "outside the académie's calendar; téléservice FERMÉ by the school; phase finished; phase not open yet; "
        "close the téléservice before the conseil de classe enters its answers",
    ),
    ((C.CAMPAIGN_YEAR_FROZEN,), "the file belongs to a past (frozen) campaign year: read-only, nothing changed"),
    (
        (C.INVALID_SCHOOL_YEAR, C.NO_CURRENT_CAMPAIGN, C.ROLLOVER_NOT_NEXT_YEAR),
        "school year not written 2026-2027; the académie has no campaign open; the rollover must open the year after the current one",
    ),
    (
        (C.INVALID_TIME_ZONE, C.INVALID_HOLIDAY),
        "an académie's territory (`python -m graphql_api territory set`): not an IANA time zone; a local holiday not written MM-DD or GOOD_FRIDAY",
    ),
    (
        (C.PUPIL_CANNOT_WRITE, C.NOT_ENTERING_GUARDIAN, C.IS_ENTERING_GUARDIAN, C.HORS_PROCEDURE),
        "the guide's read-only cases (the other guardian has the hand; the one with the hand cannot record a disagreement)",
    ),
    (
        (
            C.REQUESTS_EMPTY, C.TOO_MANY_REQUESTS, C.UNKNOWN_VOIE, C.VOIE_NOT_FOR_PALIER, C.DUPLICATE_VOIE,
            C.METIER_NOT_ALLOWED, C.METIER_TOO_LONG, C.STATUT_NOT_ALLOWED, C.SERIE_REQUIRED, C.UNKNOWN_SERIE,
            C.SERIE_NOT_ALLOWED, C.SERIE_OPTION_NOT_ASKED, C.SERIE_OPTION_REQUIRED, C.UNKNOWN_SERIE_OPTION,
            C.SPECIALITES_NOT_ALLOWED, C.PASSERELLE_NOT_ALLOWED,
        ),
        "invalid set of intentions or choix définitifs",
    ),
    ((C.NO_PASSERELLE_REQUEST,), "the host's opinion on a passerelle: the pupil asked for none in that phase"),
    (
        (C.INTENTIONS_LOCKED, C.CHOICES_LOCKED, C.AVIS_NOT_ACKNOWLEDGED),
        "the council answered: requests can no longer change; acknowledge the avis provisoires before the choix définitifs",
    ),
    (
        (C.UNKNOWN_SPECIALITE, C.DUPLICATE_SPECIALITE, C.SPECIALITES_COUNT, C.TOO_MANY_SPECIALITES, C.TOO_MANY_NOT_OFFERED),
        "spécialités of 1re générale",
    ),
    (
        (
            C.NO_REQUESTS, C.AVIS_MISSING, C.UNKNOWN_RANK, C.DUPLICATE_AVIS, C.RECOMMENDATION_ALREADY_REQUESTED,
            C.MOTIVATION_REQUIRED, C.MOTIVATION_TOO_LONG,
        ),
        "avis and proposition entry",
    ),
    ((C.AVIS_NOT_AVAILABLE, C.CONFIRMATION_REQUIRED, C.ALREADY_ACKNOWLEDGED), "acknowledgement"),
    (
        (
            C.PROPOSITION_NOT_AVAILABLE, C.ALREADY_ANSWERED, C.ANSWER_PENDING, C.FAMILY_AGREED, C.INTERVIEW_REQUIRED,
            C.ALREADY_DECIDED, C.NO_DECISION, C.APPEAL_NOT_OPEN, C.APPEAL_DEADLINE_PASSED, C.ALREADY_APPEALED,
            C.NO_APPEAL, C.OUTCOME_FINAL, C.MAINTIEN_REQUESTED,
        ),
        "proposition, answer, entretien, décision, appel, maintien",
    ),
    (
        (C.NOTHING_ENTERED, C.NO_DISAGREEMENT, C.MESSAGE_REQUIRED, C.MESSAGE_TOO_LONG, C.REASON_TOO_LONG),
        "the other guardian's disagreement, hors procédure",
    ),
    ((C.INVALID_TITLE, C.INVALID_BODY, C.INVALID_REMINDER), "académie notice (`publishAcademieNotice`)"),
    (
        (
            C.INVALID_CODE, C.INVALID_LABEL, C.INVALID_KIND, C.CODE_EXISTS, C.ALREADY_HEAD, C.INVALID_FILTER,
            C.SIGNATURE_EMPTY, C.SIGNATURE_TOO_LARGE, C.SIGNATURE_TYPE, C.SIGNATURE_UNREADABLE,
        ),
        "nomenclatures, staff rights, exports, the scanned signature",
    ),
    (
        (C.INVALID_DATE, C.WINDOWS_OVERLAP, C.WINDOWS_ORDER, C.INVALID_CURSOR, C.INVALID_PAGE_SIZE, C.TOO_MANY_IDS, C.INTERNAL_ERROR),
        "other",
    ),
    (
        (C.PERSISTED_QUERY_NOT_FOUND, C.PERSISTED_QUERY_HASH_MISMATCH, C.TRUSTED_DOCUMENT_REQUIRED),
        "a `documentId` not in the manifest; a text that is not that document's; with `TRUSTED_DOCUMENTS_ONLY`, any "
        "operation that is not one of the manifest's (HTTP 400; a WebSocket `error` message)",
    ),
    (
        (C.SERVICE_UNAVAILABLE,),
        "the database is momentarily unreachable (HTTP 503, `Retry-After`): retry, with the same idempotency key for a "
        "mutation",
    ),
    (
        (C.INVALID_IDEMPOTENCY_KEY, C.IDEMPOTENCY_KEY_REUSED),
        "malformed key (HTTP 400); key already used for another operation or other variables (HTTP 422)",
    ),
    (
        (C.RATE_LIMITED, C.QUERY_TOO_COMPLEX, C.TIMEOUT),
        "too many writes in a short time, or too many failed logins from one address (HTTP 429); query over "
        "`MAX_QUERY_COST`; request over `REQUEST_TIMEOUT_SECONDS` (HTTP 504)",
    ),
    (
        (C.TOO_MANY_MUTATIONS, C.INVALID_CHARACTER),
        "more than `MAX_MUTATION_FIELDS` mutation fields in one request; a NUL character in a string",
    ),
    (
        (C.REQUEST_TOO_LARGE, C.DOCUMENT_TOO_LARGE, C.JSON_TOO_DEEP),
        "body or WebSocket message over `MAX_REQUEST_BYTES` (HTTP 413); query text over `MAX_QUERY_BYTES`; JSON nested "
        "deeper than `MAX_JSON_DEPTH` (HTTP 400; over a WebSocket: closed 4400 with the code as reason)",
    ),
)


def is_declared(code: str) -> bool:
    return code in ErrorCode._value2member_map_


def markdown_table() -> str:
    """The README's error-code table."""
    lines = ["| code | meaning |", "|---|---|"]
    for codes, meaning in GROUPS:
        lines.append("| " + ", ".join(f"`{c.value}`" for c in codes) + f" | {meaning} |")
    return "\n".join(lines) + "\n"


README_START = "<!-- error-codes: generated by `python -m graphql_api.domain.error_codes --write README.md` -->\n"
README_END = "<!-- /error-codes -->\n"


def with_table(readme: str) -> str:
    """The README text with its generated table replaced by the current one."""
    head, _, rest = readme.partition(README_START)
    _, _, tail = rest.partition(README_END)
    return head + README_START + markdown_table() + README_END + tail


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--write"]:
        path = sys.argv[2]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(with_table(text))
    else:
        print(markdown_table(), end="")
