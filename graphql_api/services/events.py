"""The transactional outbox: an event is added to the session of the change it describes."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import AuditEntry, OutboxEvent, Pupil
from ..policy import Principal

# Event types (stable: front-ends and dashboards switch on them).
INTENTIONS_VALIDATED = "INTENTIONS_VALIDATED"
PAPER_INTENTIONS_ENTERED = "PAPER_INTENTIONS_ENTERED"
TELESERVICE_OPENED = "TELESERVICE_OPENED"
TELESERVICE_CLOSED = "TELESERVICE_CLOSED"
AVIS_ENTERED = "AVIS_ENTERED"
AVIS_PUBLISHED = "AVIS_PUBLISHED"
AVIS_ACKNOWLEDGED = "AVIS_ACKNOWLEDGED"
CALENDAR_CHANGED = "CALENDAR_CHANGED"


def record_event(
    session: AsyncSession,
    type_: str,
    *,
    now: dt.datetime,
    principal: Principal | None,
    payload: dict[str, Any],
    pupil: Pupil | None = None,
    etablissement_id: int | None = None,
    academie_id: int | None = None,
    channel: str = "TELESERVICE",
) -> OutboxEvent:
    event = OutboxEvent(
        occurred_at=now,
        type=type_,
        academie_id=academie_id,
        etablissement_id=pupil.etablissement_id if pupil else etablissement_id,
        division_id=pupil.division_id if pupil else None,
        pupil_id=pupil.id if pupil else None,
        actor_account_id=principal.account_id if principal else None,
        session_id=principal.session_id if principal else None,
        channel=channel,
        payload=payload,
    )
    session.add(event)
    session.add(
        AuditEntry(
            at=now,
            account_id=principal.account_id if principal else None,
            pupil_id=pupil.id if pupil else None,
            etablissement_id=event.etablissement_id,
            channel=channel,
            action=type_,
            event=event,
        )
    )
    return event

# Phase 2 and the rest of the procedure (services/decision.py and friends, services/parameters.py).
CHOICES_VALIDATED = "CHOICES_VALIDATED"
PAPER_CHOICES_ENTERED = "PAPER_CHOICES_ENTERED"
PROPOSITION_ENTERED = "PROPOSITION_ENTERED"
PROPOSITION_PUBLISHED = "PROPOSITION_PUBLISHED"
PROPOSITION_ANSWERED = "PROPOSITION_ANSWERED"
HEAD_INTERVIEW_RECORDED = "HEAD_INTERVIEW_RECORDED"
DECISION_TAKEN = "DECISION_TAKEN"
APPEAL_FILED = "APPEAL_FILED"
APPEAL_OUTCOME_RECORDED = "APPEAL_OUTCOME_RECORDED"
MAINTIEN_REQUESTED = "MAINTIEN_REQUESTED"
APPEAL_DEADLINE_APPROACHING = "APPEAL_DEADLINE_APPROACHING"
GUARDIAN_DISAGREEMENT_RECORDED = "GUARDIAN_DISAGREEMENT_RECORDED"
HORS_PROCEDURE_CHANGED = "HORS_PROCEDURE_CHANGED"
PP_INTERVIEW_SET = "PP_INTERVIEW_SET"
NOMENCLATURE_CHANGED = "NOMENCLATURE_CHANGED"
OFFERED_SPECIALITES_CHANGED = "OFFERED_SPECIALITES_CHANGED"


def pupil_payload(pupil: Pupil) -> dict[str, Any]:
    return {"pupilId": pupil.id, "firstName": pupil.first_name, "lastName": pupil.last_name, "palier": pupil.palier}
