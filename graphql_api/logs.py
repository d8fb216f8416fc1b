"""Logging: one JSON object per line (or plain text in development), the request id on
every line, and no personal data.

What we write never includes names, e-mail addresses, tokens or GraphQL variables; the
filter below is the safety net for what libraries and exception texts may carry (an SMTP
error quoting an address, a token in a header echoed by a library).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from typing import IO, Any

from .http.request_id import REQUEST_ID

_PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "<email>"),
    (re.compile(r"eyJ[\w-]*\.[\w-]*\.[\w-]*"), "<token>"),  # JWTs
    (re.compile(r"(?i)(bearer\s+)\S+"), r"\1<token>"),
    (re.compile(r"(?i)((?:password|passwd|token|secret|authorization)\s*[=:]\s*)\S+"), r"\1<redacted>"),
]
# Libraries that write SQL, statement parameters or message content at INFO/DEBUG (or only
# noise): warnings only.
QUIET_LIBRARIES = ("aiosqlite", "sqlalchemy.engine", "sqlalchemy.pool", "asyncpg", "aiosmtplib", "mail.log", "websockets", "alembic.runtime.plugins")
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "request_id", "request_tag", "color_message"}


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Redacts the formatted message and exception text in place; adds the request id."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        record.request_id = REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if getattr(record, "request_id", None):
            entry["request_id"] = record.request_id
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s%(request_tag)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.request_tag = f" [{record.request_id}]" if getattr(record, "request_id", None) else ""
        return super().format(record)


def configure_logging(level: str, fmt: str, stream: IO[str] | None = None) -> logging.Handler:
    """Replace the root handlers; uvicorn's loggers propagate to it (its access log is off:
    ours never writes the query string)."""
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    return handler
