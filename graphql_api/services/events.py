"""The transactional outbox: an event is added to the session of the change it describes, with
its audit row. Payloads are the typed classes of domain/events.py (the catalog)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ..db.models import AuditEntry, OutboxEvent, Pupil
from ..domain.events import EventPayload, payload_of, type_of
from ..policy import Principal


def record_event(
    session: AsyncSession,
    event: EventPayload,
    *,
    now: dt.datetime,
    principal: Principal | None,
    pupil: Pupil | None = None,
    etablissement_id: int | None = None,
    academie_id: int | None = None,
    channel: str = "TELESERVICE",
) -> OutboxEvent:
    type_ = type_of(event)
    row = OutboxEvent(
        occurred_at=now,
        type=type_.value,
        academie_id=academie_id,
        etablissement_id=pupil.etablissement_id if pupil else etablissement_id,
        division_id=pupil.division_id if pupil else None,
        pupil_id=pupil.id if pupil else None,
        actor_account_id=principal.account_id if principal else None,
        session_id=principal.session_id if principal else None,
        channel=channel,
        payload=payload_of(event),
    )
    session.add(row)
    session.add(
        AuditEntry(
            at=now,
            account_id=principal.account_id if principal else None,
            pupil_id=pupil.id if pupil else None,
            etablissement_id=row.etablissement_id,
            channel=channel,
            action=type_.value,
            event=row,
        )
    )
    return row

def about(pupil: Pupil) -> dict[str, Any]:
    """The pupil fields of a PupilEvent payload: ``IntentionsValidated(**about(pupil), ...)``."""
    return {"pupil_id": pupil.id, "first_name": pupil.first_name, "last_name": pupil.last_name, "palier": pupil.palier}

