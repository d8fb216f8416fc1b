"""Reads committed events from the outbox and owes each concerned person their notice.

Stage 1 (one transaction per batch): inbox rows and queued mails, event marked processed.
Stage 2: publish to the broker, event marked published; retried while the broker is down.
Several dispatchers may run: PostgreSQL rows are claimed with FOR UPDATE SKIP LOCKED; on
SQLite every write transaction is exclusive (BEGIN IMMEDIATE), which serialises them.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from graphql_api.config import Settings
from graphql_api.db.engine import Database
from graphql_api.db.models import Account, Guardianship, Notification, OutboxEvent
from graphql_api.services.clock import utcnow

from . import mail
from .messages import describe

log = logging.getLogger("notifications.dispatcher")


def event_message(event: OutboxEvent) -> dict[str, Any]:
    """What travels on the broker: enough to route, filter and render without a query."""
    return {
        "id": event.id,
        "type": event.type,
        "occurredAt": event.occurred_at.isoformat(),
        "academieId": event.academie_id,
        "etablissementId": event.etablissement_id,
        "divisionId": event.division_id,
        "pupilId": event.pupil_id,
        "actorAccountId": event.actor_account_id,
        "channel": event.channel,
        "payload": event.payload,
    }


class Dispatcher:
    def __init__(self, settings: Settings, db: Database, broker: Any) -> None:
        self.settings = settings
        self.db = db
        self.broker = broker

    async def run_once(self, limit: int = 200) -> int:
        processed = await self.process(limit)
        await self.publish(limit)
        return processed

    async def process(self, limit: int = 200) -> int:
        async with self.db.write() as session:
            stmt = select(OutboxEvent).where(OutboxEvent.processed_at.is_(None)).order_by(OutboxEvent.id).limit(limit)
            if not self.db.is_sqlite:
                stmt = stmt.with_for_update(skip_locked=True)
            events = list((await session.execute(stmt)).scalars())
            now = utcnow()
            for event in events:
                await self._fan_out(session, event, now)
                event.processed_at = now
        return len(events)

    async def publish(self, limit: int = 200) -> int:
        published = 0
        async with self.db.write() as session:
            stmt = (
                select(OutboxEvent)
                .where(OutboxEvent.processed_at.is_not(None), OutboxEvent.published_at.is_(None))
                .order_by(OutboxEvent.id)
                .limit(limit)
            )
            if not self.db.is_sqlite:
                stmt = stmt.with_for_update(skip_locked=True)
            for event in (await session.execute(stmt)).scalars():
                try:
                    await self.broker.publish(event_message(event))
                except Exception as exc:  # noqa: BLE001 - broker down: retry later, keep order
                    event.publish_attempts += 1
                    log.warning("broker unavailable (%s); %s will be published later", type(exc).__name__, event.id)
                    break
                event.published_at = utcnow()
                published += 1
        return published

    async def _fan_out(self, session: AsyncSession, event: OutboxEvent, now: dt.datetime) -> None:
        if event.pupil_id is None:
            return
        notice = describe(event.type, event.payload, event.pupil_id)
        if notice is None:
            return
        family = list(
            (
                await session.execute(
                    select(Account)
                    .where(
                        Account.active.is_(True),
                        (Account.pupil_id == event.pupil_id)
                        | Account.id.in_(select(Guardianship.account_id).where(Guardianship.pupil_id == event.pupil_id)),
                    )
                    .order_by(Account.id)
                )
            ).scalars()
        )
        for account in family:
            if account.id == event.actor_account_id:
                continue  # the actor saw the confirmation on screen (and gets their own mails below)
            session.add(
                Notification(
                    account_id=account.id,
                    event_id=event.id,
                    pupil_id=event.pupil_id,
                    kind=notice.kind,
                    title=notice.title,
                    body=notice.body,
                    link_path=notice.link_path,
                    created_at=now,
                )
            )
        await self._queue_mails(session, event, [a for a in family if a.role == "GUARDIAN"], notice, now)

    async def _queue_mails(self, session: AsyncSession, event: OutboxEvent, guardians: list[Account], notice, now) -> None:  # type: ignore[no-untyped-def]
        base = self.settings.public_base_url
        payload = event.payload
        with_mail = [g for g in guardians if g.email and "@" in g.email]
        common = {"now": now, "event_id": event.id, "pupil_id": event.pupil_id}
        if event.type == "INTENTIONS_VALIDATED":
            idle = dt.timedelta(seconds=self.settings.recap_idle_seconds)
            for guardian in with_mail:
                is_actor = guardian.id == event.actor_account_id
                if is_actor:
                    await mail.queue_mail(
                        session,
                        kind="CONFIRMATION",
                        to_address=guardian.email,
                        composed=mail.compose_confirmation(payload, base),
                        account_id=guardian.id,
                        **common,
                    )
                # One recap per session and recipient, sent when the session ends or goes idle.
                await mail.queue_mail(
                    session,
                    kind="RECAP",
                    to_address=guardian.email,
                    composed=mail.compose_recap(payload, base, for_other_guardian=not is_actor),
                    account_id=guardian.id,
                    send_after=event.occurred_at + idle,
                    coalesce_key=f"recap:{event.pupil_id}:{event.session_id or event.id}:{guardian.id}",
                    session_id=event.session_id,
                    **common,
                )
        elif event.type == "PAPER_INTENTIONS_ENTERED":
            for guardian in with_mail:
                await mail.queue_mail(
                    session, kind="PAPER_RECAP", to_address=guardian.email, composed=mail.compose_paper(payload, base),
                    account_id=guardian.id, **common,
                )
        elif event.type in ("AVIS_PUBLISHED", "AVIS_ACKNOWLEDGED"):
            composed = mail.compose_notice(notice.title, notice.body, notice.link_path, base)
            for guardian in with_mail:
                if guardian.id == event.actor_account_id:
                    continue
                await mail.queue_mail(
                    session, kind=event.type, to_address=guardian.email, composed=composed, account_id=guardian.id, **common
                )
        elif event.type in PHASE2_MAILS:
            composed = mail.compose_notice(notice.title, notice.body, notice.link_path, base)
            for guardian in with_mail:
                if guardian.id == event.actor_account_id and event.type not in ("DECISION_TAKEN", "APPEAL_FILED"):
                    continue
                await mail.queue_mail(
                    session, kind=event.type, to_address=guardian.email, composed=composed, account_id=guardian.id, **common
                )
        if event.type == "GUARDIAN_DISAGREEMENT_RECORDED":
            await _alert_heads(session, event, notice, base, now)


# Phase-2 steps the guardians are told about by mail (the others by notice only).
PHASE2_MAILS = (
    "CHOICES_VALIDATED",
    "PAPER_CHOICES_ENTERED",
    "PROPOSITION_PUBLISHED",
    "PROPOSITION_ANSWERED",
    "DECISION_TAKEN",
    "APPEAL_DEADLINE_APPROACHING",
    "APPEAL_FILED",
    "APPEAL_OUTCOME_RECORDED",
    "MAINTIEN_REQUESTED",
    "GUARDIAN_DISAGREEMENT_RECORDED",
)


async def _alert_heads(session: AsyncSession, event: OutboxEvent, notice, base: str, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    """The other guardian's disagreement alerts the head (and delegated staff): inbox and mail."""
    heads = (
        await session.execute(
            select(Account).where(
                Account.active.is_(True),
                Account.role == "STAFF",
                Account.etablissement_id == event.etablissement_id,
                (Account.staff_function == "HEAD") | Account.delegated.is_(True),
            )
        )
    ).scalars()
    name = f"{event.payload.get('firstName', '')} {event.payload.get('lastName', '')}".strip()
    title = f"Désaccord d'un responsable de {name}"
    body = f"Un responsable de {name}, qui n'a pas la main sur la saisie, indique son désaccord : « {event.payload.get('message', '')} »"
    for head in heads:
        session.add(
            Notification(
                account_id=head.id, event_id=event.id, pupil_id=event.pupil_id, kind=event.type,
                title=title, body=body, link_path=notice.link_path, created_at=now,
            )
        )
        if head.email and "@" in head.email:
            await mail.queue_mail(
                session, kind="HEAD_ALERT", to_address=head.email, composed=mail.compose_notice(title, body, notice.link_path, base),
                account_id=head.id, now=now, event_id=event.id, pupil_id=event.pupil_id,
            )
