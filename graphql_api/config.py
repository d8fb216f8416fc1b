"""Settings read once from the environment; every variable is listed in the README."""
from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from .domain.texts.mails import DEFAULT_SENDER


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(value: str | None, default: int) -> int:
    return int(value) if value not in (None, "") else default


def _float(value: str | None, default: float) -> float:
    return float(value) if value not in (None, "") else default


@dataclass(frozen=True)
class Settings:
    environment: str = "development"
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Path("var")
    database_url: str = ""
    redis_url: str = ""
    redis_channel: str = "orientation:events"
    # Local accounts (development, demo, paper-only staff).
    token_secret: str = ""
    token_ttl_seconds: int = 8 * 3600
    # External identity provider (OpenID Connect, RS256).
    oidc_issuer: str = ""
    oidc_audience: str = ""
    oidc_jwks_url: str = ""
    # Mail.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    smtp_timeout: float = 10.0
    mail_from: str = DEFAULT_SENDER
    smtp_sink: bool = True
    mail_spool_dir: Path = Path("var/mail")
    recap_idle_seconds: int = 20 * 60
    mail_max_attempts: int = 8
    mail_retry_seconds: float = 15.0  # first backoff step; doubles per attempt, capped at an hour
    # While the relay cannot be reached, it is probed again after 1, 2, 4… s, at most this often.
    mail_relay_probe_max_seconds: float = 10.0
    # Front-end deep links.
    public_base_url: str = "http://127.0.0.1:8000"
    # Background work inside the server process.
    run_workers: bool = True
    dispatch_interval: float = 1.0
    mail_interval: float = 2.0
    reminder_interval: float = 300.0
    # GraphQL limits.
    max_subscriptions_per_connection: int = 10
    max_query_depth: int = 12
    max_aliases: int = 30
    max_page_size: int = 100
    graphiql: bool = True
    load_demo_data: bool = True
    log_level: str = "INFO"
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    # Operations and hardening (docs/OPERATIONS.md).
    log_format: str = "text"
    metrics_token: str = ""
    request_timeout_seconds: float = 30.0
    max_tokens: int = 2000
    max_query_cost: int = 20000
    write_rate_limit: int = 30
    write_rate_window_seconds: float = 60.0
    max_mutation_fields: int = 10
    # Sizes (graphql/documents.py, http/request_limits.py).
    max_request_bytes: int = 1_000_000  # HTTP body, WebSocket message
    max_query_bytes: int = 32_768  # the query text
    document_cache_max_bytes: int = 8_192  # larger documents are not cached
    max_json_depth: int = 32  # nesting of arrays/objects in a request's JSON
    read_audit_retention_days: int = 365
    purge_interval_seconds: float = 3600.0
    # Campaign years whose personal data is kept (services/retention.py, docs/OPERATIONS.md):
    # a year is purged once it is more than this many years behind the current one.
    campaign_retention_years: int = 2
    # Rehearsal clock (services/clock.py): the moment the server's clock starts from. Refused
    # in production.
    rehearsal_clock: dt.datetime | None = None
    # Database outages and retries (docs/OPERATIONS.md, "When the database blinks").
    idempotency_ttl_seconds: float = 24 * 3600.0
    database_connect_timeout_seconds: float = 5.0
    # graphql/compiled.py: "on", "off" (graphql-core alone) or "check" (both, compared).
    compiled_execution: str = "on"
    # Sessions over WebSocket (sessions.py): how often each process re-checks its open sockets.
    session_check_seconds: float = 60.0
    # Failed logins per client address (password spraying), and the proxies whose
    # X-Forwarded-For is believed (addresses or networks).
    login_address_limit: int = 10
    login_address_window_seconds: float = 600.0
    trusted_proxies: tuple[str, ...] = field(default_factory=tuple)
    # Trusted documents (trusted_documents.py): only the manifest's operations, GraphiQL off.
    trusted_documents_only: bool = False
    trusted_documents_manifest: Path = Path("web/operations/manifest.json")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def production(self) -> bool:
        return self.environment == "production"


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    environment = env.get("ENVIRONMENT", "development")
    data_dir = Path(env.get("DATA_DIR", "var"))
    database_url = env.get("DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'orientation.db'}"
    if database_url.startswith("postgresql://") or database_url.startswith("postgres://"):
        database_url = "postgresql+asyncpg://" + database_url.split("://", 1)[1]
    production = environment == "production"
    token_secret = env.get("TOKEN_SECRET", "")
    if not token_secret:
        if production:
            raise RuntimeError("TOKEN_SECRET must be set in production")
        token_secret = _dev_secret(data_dir)
    return Settings(
        environment=environment,
        host=env.get("HOST", "127.0.0.1"),
        port=_int(env.get("PORT"), 8000),
        data_dir=data_dir,
        database_url=database_url,
        redis_url=env.get("REDIS_URL", ""),
        redis_channel=env.get("REDIS_CHANNEL", "orientation:events"),
        token_secret=token_secret,
        token_ttl_seconds=_int(env.get("TOKEN_TTL_SECONDS"), 8 * 3600),
        oidc_issuer=env.get("OIDC_ISSUER", ""),
        oidc_audience=env.get("OIDC_AUDIENCE", ""),
        oidc_jwks_url=env.get("OIDC_JWKS_URL", ""),
        smtp_host=env.get("SMTP_HOST", "127.0.0.1"),
        smtp_port=_int(env.get("SMTP_PORT"), 8025),
        smtp_username=env.get("SMTP_USERNAME", ""),
        smtp_password=env.get("SMTP_PASSWORD", ""),
        smtp_starttls=_bool(env.get("SMTP_STARTTLS"), False),
        smtp_timeout=_float(env.get("SMTP_TIMEOUT"), 10.0),
        mail_from=env.get("MAIL_FROM", DEFAULT_SENDER),
        smtp_sink=_bool(env.get("SMTP_SINK"), not production and "SMTP_HOST" not in env),
        mail_spool_dir=Path(env.get("MAIL_SPOOL_DIR", str(data_dir / "mail"))),
        recap_idle_seconds=_int(env.get("RECAP_IDLE_SECONDS"), 20 * 60),
        mail_max_attempts=_int(env.get("MAIL_MAX_ATTEMPTS"), 8),
        mail_retry_seconds=_float(env.get("MAIL_RETRY_SECONDS"), 15.0),
        public_base_url=env.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/"),
        run_workers=_bool(env.get("RUN_WORKERS"), True),
        dispatch_interval=_float(env.get("DISPATCH_INTERVAL"), 1.0),
        mail_interval=_float(env.get("MAIL_INTERVAL"), 2.0),
        reminder_interval=_float(env.get("REMINDER_INTERVAL"), 300.0),
        max_subscriptions_per_connection=_int(env.get("MAX_SUBSCRIPTIONS_PER_CONNECTION"), 10),
        max_query_depth=_int(env.get("MAX_QUERY_DEPTH"), 12),
        max_aliases=_int(env.get("MAX_ALIASES"), 30),
        max_page_size=_int(env.get("MAX_PAGE_SIZE"), 100),
        graphiql=_bool(env.get("GRAPHIQL"), not production),
        load_demo_data=_bool(env.get("LOAD_DEMO_DATA"), not production),
        log_level=env.get("LOG_LEVEL", "INFO"),
        cors_origins=tuple(o.strip() for o in env.get("CORS_ORIGINS", "").split(",") if o.strip()),
        log_format=env.get("LOG_FORMAT") or ("json" if production else "text"),
        metrics_token=env.get("METRICS_TOKEN", ""),
        request_timeout_seconds=_float(env.get("REQUEST_TIMEOUT_SECONDS"), 30.0),
        max_tokens=_int(env.get("MAX_TOKENS"), 2000),
        max_query_cost=_int(env.get("MAX_QUERY_COST"), 20000),
        write_rate_limit=_int(env.get("WRITE_RATE_LIMIT"), 30),
        write_rate_window_seconds=_float(env.get("WRITE_RATE_WINDOW_SECONDS"), 60.0),
        max_mutation_fields=_int(env.get("MAX_MUTATION_FIELDS"), 10),
        max_request_bytes=_int(env.get("MAX_REQUEST_BYTES"), 1_000_000),
        max_query_bytes=_int(env.get("MAX_QUERY_BYTES"), 32_768),
        document_cache_max_bytes=_int(env.get("DOCUMENT_CACHE_MAX_BYTES"), 8_192),
        max_json_depth=_int(env.get("MAX_JSON_DEPTH"), 32),
        read_audit_retention_days=_int(env.get("READ_AUDIT_RETENTION_DAYS"), 365),
        purge_interval_seconds=_float(env.get("PURGE_INTERVAL_SECONDS"), 3600.0),
        campaign_retention_years=_retention_years(env.get("CAMPAIGN_RETENTION_YEARS")),
        rehearsal_clock=_rehearsal_clock(env.get("REHEARSAL_CLOCK"), production),
        idempotency_ttl_seconds=_float(env.get("IDEMPOTENCY_TTL_SECONDS"), 24 * 3600.0),
        database_connect_timeout_seconds=_float(env.get("DATABASE_CONNECT_TIMEOUT_SECONDS"), 5.0),
        mail_relay_probe_max_seconds=_float(env.get("MAIL_RELAY_PROBE_MAX_SECONDS"), 10.0),
        compiled_execution=env.get("COMPILED_EXECUTION", "on"),
        session_check_seconds=_float(env.get("SESSION_CHECK_SECONDS"), 60.0),
        login_address_limit=_int(env.get("LOGIN_ADDRESS_LIMIT"), 10),
        login_address_window_seconds=_float(env.get("LOGIN_ADDRESS_WINDOW_SECONDS"), 600.0),
        trusted_proxies=tuple(p.strip() for p in env.get("TRUSTED_PROXIES", "").split(",") if p.strip()),
        trusted_documents_only=_bool(env.get("TRUSTED_DOCUMENTS_ONLY"), False),
        trusted_documents_manifest=Path(env["TRUSTED_DOCUMENTS_MANIFEST"]) if env.get("TRUSTED_DOCUMENTS_MANIFEST") else _default_manifest(),
    )


def _retention_years(value: str | None) -> int:
    years = _int(value, 2)
    if years < 1:
        raise RuntimeError("CAMPAIGN_RETENTION_YEARS must be at least 1 (the year just frozen is still read)")
    return years


def _rehearsal_clock(value: str | None, production: bool) -> dt.datetime | None:
    """REHEARSAL_CLOCK=2027-05-03T08:00:00+02:00: rehearsals only, never in production."""
    if not value:
        return None
    if production:
        raise RuntimeError("REHEARSAL_CLOCK is refused in production: the procedure's dates must be real")
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise RuntimeError("REHEARSAL_CLOCK must give its time zone, e.g. 2027-05-03T08:00:00+02:00")
    return moment


def _default_manifest() -> Path:
    from .trusted_documents import MANIFEST_PATH

    return MANIFEST_PATH


def _dev_secret(data_dir: Path) -> str:
    """A per-installation secret kept in the data folder, so demo tokens survive restarts."""
    path = data_dir / "token-secret"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        data_dir.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(48)
        path.write_text(value)
        return value
