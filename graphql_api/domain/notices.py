"""Académie notices: which requests a notice concerns, and when its reminder is due."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import DomainError

TITLE_MAX = 150
BODY_MAX = 4000
REMIND_DAYS_MIN = 0  # a reminder on the day of the deadline
REMIND_DAYS_MAX = 30


@dataclass(frozen=True)
class NoticeTarget:
    voie_code: str
    serie_code: str | None = None

    def matches(self, request: Mapping[str, Any]) -> bool:
        """A request (as in an event payload: voie, serie) falls under this notice."""
        if request.get("voie") != self.voie_code:
            return False
        return self.serie_code is None or request.get("serie") == self.serie_code


def concerned(target: NoticeTarget, requests: Iterable[Mapping[str, Any]]) -> bool:
    return any(target.matches(r) for r in requests)


def reminder_due(deadline: dt.date | None, remind_days_before: int, today: dt.date) -> bool:
    """Within the reminder window, deadline day included; never after the deadline."""
    if deadline is None:
        return False
    return deadline - dt.timedelta(days=remind_days_before) <= today <= deadline


def check_notice(title: str, body: str, deadline: dt.date | None, remind_days_before: int, today: dt.date) -> None:
    if not title.strip() or len(title) > TITLE_MAX:
        raise DomainError.of("INVALID_TITLE", f"Le titre est obligatoire et ne doit pas dépasser {TITLE_MAX} caractères.", "title")
    if not body.strip() or len(body) > BODY_MAX:
        raise DomainError.of("INVALID_BODY", f"Le texte est obligatoire et ne doit pas dépasser {BODY_MAX} caractères.", "body")
    if deadline is not None and deadline < today:
        raise DomainError.of("INVALID_DATE", "La date limite est déjà passée.", "deadline")
    if not REMIND_DAYS_MIN <= remind_days_before <= REMIND_DAYS_MAX:
        raise DomainError.of(
            "INVALID_REMINDER", f"Le rappel se fait entre {REMIND_DAYS_MIN} et {REMIND_DAYS_MAX} jours avant la date limite.", "remindDaysBefore"
        )
