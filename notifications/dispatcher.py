"""Reads committed events from the outbox and owes each concerned person their notice.

Stage 1 (one transaction per batch): inbox rows, queued mails and follow-up events (académie
notices), event marked processed. Stage 2: publish to the broker, event marked published;
retried in order while the broker is down. Several dispatchers may run: PostgreSQL rows are
claimed with FOR UPDATE SKIP LOCKED; on SQLite every write transaction is exclusive (BEGIN
IMMEDIATE), which serialises them. The unique (account, event) constraint of the inbox is the
last guard against a double fan-out.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from graphql_api.config import Settings
from graphql_api.db import outage
from graphql_api.db.engine import Database
from graphql_api.db.models import Academie, Account, Division, Etablissement, Guardianship, Notification, OutboxEvent, Pupil, Voie
from graphql_api.db.models_notices import AcademieNotice, AcademieNoticeDelivery
from graphql_api.domain.events import AcademieNoticeOwed, Audience, EventType, Mail, PupilEvent, delivery, payload_of, read
from graphql_api.domain.notices import NoticeTarget, concerned
from graphql_api.domain.territory import PARIS_TZ
from graphql_api.policy import current_year_clause
from graphql_api.services.clock import utcnow

from . import mail
from graphql_api.domain.texts import notices as texts
from graphql_api.domain.texts.notices import Notice, describe

log = logging.getLogger("notifications.dispatcher")
PUBLISH_TIMEOUT = 5.0


def event_message(event: OutboxEvent, actor: dict[str, str] | None = None, division_code: str | None = None) -> dict[str, Any]:
    """What travels on the broker: enough to route, filter and render without a query."""
    return {
        "id": event.id,
        "type": event.type,
        "occurredAt": event.occurred_at.isoformat(),
        "academieId": event.academie_id,
        "etablissementId": event.etablissement_id,
        "divisionId": event.division_id,
        "divisionCode": division_code,
        "pupilId": event.pupil_id,
        "actorAccountId": event.actor_account_id,
        "actor": actor,
        "channel": event.channel,
        "payload": event.payload,
    }


def actor_of(account: Account) -> dict[str, str]:
    if account.role == "STAFF":
        label = texts.STAFF_ROLE_LABELS.get(account.staff_function or "", texts.STAFF_DEFAULT_LABEL)
    else:
        label = texts.ROLE_LABELS.get(account.role, account.role)
    return {"name": f"{account.first_name} {account.last_name}".strip(), "role": label}


async def render_context(
    session: AsyncSession, events: list[OutboxEvent]
) -> tuple[dict[int, dict[str, str]], dict[int, str]]:
    """Who acted and which division, for the whole batch in two queries."""
    actor_ids = {e.actor_account_id for e in events if e.actor_account_id}
    division_ids = {e.division_id for e in events if e.division_id}
    actors: dict[int, dict[str, str]] = {}
    if actor_ids:
        for account in (await session.execute(select(Account).where(Account.id.in_(actor_ids)))).scalars():
            actors[account.id] = actor_of(account)
    divisions: dict[int, str] = {}
    if division_ids:
        rows = await session.execute(select(Division.id, Division.code).where(Division.id.in_(division_ids)))
        divisions = {i: code for i, code in rows.all()}
    return actors, divisions


async def render_messages(session: AsyncSession, events: list[OutboxEvent]) -> list[dict[str, Any]]:
    actors, divisions = await render_context(session, events)
    return [event_message(e, actors.get(e.actor_account_id or 0), divisions.get(e.division_id or 0)) for e in events]


class Dispatcher:
    def __init__(self, settings: Settings, db: Database, broker: Any) -> None:
        self.settings = settings
        self.db = db
        self.broker = broker

    async def run_once(self, limit: int = 200) -> int:
        """Process then publish one batch; returns how many events were handled."""
        processed = await self.process(limit)
        published = await self.publish(limit)
        return processed + published

    async def process(self, limit: int = 200) -> int:
        async with self.db.write() as session:
            stmt = select(OutboxEvent).where(OutboxEvent.processed_at.is_(None)).order_by(OutboxEvent.id).limit(limit)
            if not self.db.is_sqlite:
                stmt = stmt.with_for_update(skip_locked=True)
            events = list((await session.execute(stmt)).scalars())
            now = utcnow()
            families = await _families(session, {e.pupil_id for e in events if e.pupil_id is not None})
            zones = await _time_zones(session, {e.etablissement_id for e in events if e.etablissement_id is not None})
            try:
                async with session.begin_nested():
                    for event in events:
                        await self._fan_out(session, event, now, families, zones)
                handled = events
            except Exception as exc:  # noqa: BLE001 - isolate the bad event, the others go on
                if outage.is_unavailable(exc):
                    raise  # no event is at fault: the whole batch waits for the database
                handled = []
                for event in events:
                    try:
                        async with session.begin_nested():
                            await self._fan_out(session, event, now, families, zones)
                    except Exception:  # noqa: BLE001 - left unprocessed, retried, visible in the backlog
                        log.exception("fan-out of event %s failed; it stays pending", event.id)
                        continue
                    handled.append(event)
            for event in handled:
                event.processed_at = now
        return len(handled)

    async def publish(self, limit: int = 200) -> int:
        """Publish in order, stopping at the first failure (retried on the next pass).

        PostgreSQL: rows stay locked (SKIP LOCKED) while they are published, so two dispatchers
        never publish the same event. SQLite: the database lock is not held while the broker is
        called (a slow or dead Redis must not stall every mutation); two dispatchers may then
        publish an event twice, which the hubs drop by event id.
        """
        stmt = (
            select(OutboxEvent)
            .where(OutboxEvent.processed_at.is_not(None), OutboxEvent.published_at.is_(None))
            .order_by(OutboxEvent.id)
            .limit(limit)
        )
        if self.db.is_sqlite:
            async with self.db.read() as session:
                events = list((await session.execute(stmt)).scalars())
                messages = await render_messages(session, events)
            done, failed = await self._send(messages)
            if done or failed is not None:
                async with self.db.write() as session:
                    if done:
                        await session.execute(
                            update(OutboxEvent)
                            .where(OutboxEvent.id.in_(done), OutboxEvent.published_at.is_(None))
                            .values(published_at=utcnow())
                        )
                    if failed is not None:
                        await session.execute(
                            update(OutboxEvent).where(OutboxEvent.id == failed).values(publish_attempts=OutboxEvent.publish_attempts + 1)
                        )
            return len(done)
        async with self.db.write() as session:
            events = list((await session.execute(stmt.with_for_update(skip_locked=True))).scalars())
            done, failed = await self._send(await render_messages(session, events))
            now = utcnow()
            for event in events:
                if event.id in done:
                    event.published_at = now
                elif event.id == failed:
                    event.publish_attempts += 1
        return len(done)

    async def _send(self, messages: list[dict[str, Any]]) -> tuple[list[int], int | None]:
        done: list[int] = []
        for message in messages:
            try:
                await asyncio.wait_for(self.broker.publish(message), PUBLISH_TIMEOUT)
            except Exception as exc:  # noqa: BLE001 - broker down: retry later, keep order
                log.warning("broker unavailable (%s); event %s will be published later", type(exc).__name__, message["id"])
                return done, message["id"]
            done.append(message["id"])
        return done, None

    async def _fan_out(
        self,
        session: AsyncSession,
        event: OutboxEvent,
        now: dt.datetime,
        families: dict[int, list[Account]],
        zones: dict[int, str],
    ) -> None:
        decided = delivery(event.type)
        if decided.notice is Audience.SCHOOL_FAMILIES and event.pupil_id is None and event.etablissement_id:
            await self._etablissement_notices(session, event, now)
            return
        if event.pupil_id is None:
            return
        if decided.academie_notices:
            await self._academie_notices(session, event, now)
        notice = describe(event.type, event.payload, event.pupil_id)
        if notice is None:
            return
        family = families.get(event.pupil_id, [])
        for account in family:
            if account.id == event.actor_account_id:
                continue  # the actor saw the confirmation on screen (and gets their own mails below)
            session.add(_notification(account.id, event, event.pupil_id, notice, now))
        zone = zones.get(event.etablissement_id or 0, PARIS_TZ)  # dates and times as the académie lives them
        await self._queue_mails(session, event, [a for a in family if a.role == "GUARDIAN"], notice, now, zone)

    async def _etablissement_notices(self, session: AsyncSession, event: OutboxEvent, now: dt.datetime) -> None:
        """Every family of the school is told the téléservice opened or closed (inbox and push)."""
        notice = describe(event.type, event.payload, None)
        assert notice is not None
        in_school = select(Pupil.id).where(
            Pupil.etablissement_id == event.etablissement_id, Pupil.left_on.is_(None), current_year_clause()
        )
        accounts = (
            await session.execute(
                select(Account.id)
                .where(
                    Account.active.is_(True),
                    Account.pupil_id.in_(in_school)
                    | Account.id.in_(select(Guardianship.account_id).where(Guardianship.pupil_id.in_(in_school))),
                )
                .order_by(Account.id)
            )
        ).scalars()
        for account_id in accounts:
            session.add(_notification(account_id, event, None, notice, now))

    async def _academie_notices(self, session: AsyncSession, event: OutboxEvent, now: dt.datetime) -> None:
        """Validated requests that fall under an académie notice: one ACADEMIE_NOTICE event each, once."""
        if event.academie_id is None:
            return
        typed = read(event.type, event.payload)
        requests = [{"voie": r.voie, "serie": r.serie} for r in getattr(typed, "requests", None) or ()]
        notices = (
            await session.execute(
                select(AcademieNotice).where(AcademieNotice.academie_id == event.academie_id, AcademieNotice.active.is_(True))
            )
        ).scalars()
        for notice in notices:
            if not concerned(NoticeTarget(notice.voie_code, notice.serie_code), requests):
                continue
            already = await session.execute(
                select(AcademieNoticeDelivery.id).where(
                    AcademieNoticeDelivery.notice_id == notice.id,
                    AcademieNoticeDelivery.pupil_id == event.pupil_id,
                    AcademieNoticeDelivery.occasion == "VALIDATED",
                )
            )
            if already.first() is not None:
                continue
            assert isinstance(typed, PupilEvent)
            await deliver_notice(
                session, notice, (event.pupil_id, event.etablissement_id, event.division_id), typed, occasion="VALIDATED", now=now
            )

    async def _queue_mails(
        self, session: AsyncSession, event: OutboxEvent, guardians: list[Account], notice: Notice, now: dt.datetime, zone: str
    ) -> None:
        base = self.settings.public_base_url
        payload: Any = read(event.type, event.payload)
        with_mail = [g for g in guardians if g.email and "@" in g.email]
        common = {"now": now, "event_id": event.id, "pupil_id": event.pupil_id}
        decided = delivery(event.type)
        if decided.mail is Mail.CONFIRMATION_AND_RECAP:
            idle = dt.timedelta(seconds=self.settings.recap_idle_seconds)
            for guardian in with_mail:
                is_actor = guardian.id == event.actor_account_id
                if is_actor:
                    await mail.queue_mail(
                        session,
                        kind="CONFIRMATION",
                        to_address=guardian.email,
                        composed=mail.compose_confirmation(payload, base, zone),
                        account_id=guardian.id,
                        **common,
                    )
                # One recap per session and recipient, sent when the session ends or goes idle.
                await mail.queue_mail(
                    session,
                    kind="RECAP",
                    to_address=guardian.email,
                    composed=mail.compose_recap(payload, base, zone, for_other_guardian=not is_actor),
                    account_id=guardian.id,
                    send_after=event.occurred_at + idle,
                    coalesce_key=f"recap:{event.pupil_id}:{event.session_id or event.id}:{guardian.id}",
                    session_id=event.session_id,
                    **common,
                )
        elif decided.mail is Mail.PAPER_RECAP:
            for guardian in with_mail:
                await mail.queue_mail(
                    session, kind="PAPER_RECAP", to_address=guardian.email, composed=mail.compose_paper(payload, base),
                    account_id=guardian.id, **common,
                )
        elif decided.mail in (Mail.NOTICE, Mail.NOTICE_TO_ALL):
            composed = mail.compose_notice(notice.title, notice.body, notice.link_path, base, notice.next_step)
            for guardian in with_mail:
                if guardian.id == event.actor_account_id and decided.mail is Mail.NOTICE:
                    continue  # the actor saw it on screen; a décision or an appeal is kept by mail all the same
                await mail.queue_mail(
                    session, kind=event.type, to_address=guardian.email, composed=composed, account_id=guardian.id, **common
                )
        if decided.alert_heads:
            await _alert_heads(session, event, notice, base, now)


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
    typed = read(event.type, event.payload)
    name = f"{getattr(typed, 'first_name', None) or ''} {getattr(typed, 'last_name', None) or ''}".strip()
    title = texts.disagreement_alert_title(name)
    body = texts.disagreement_alert_body(name, getattr(typed, "message", None) or "")
    for head in heads:
        session.add(
            Notification(
                account_id=head.id, event_id=event.id, pupil_id=event.pupil_id, kind=event.type,
                title=title, body=body, link_path=notice.link_path, created_at=now,
            )
        )
        if head.email and "@" in head.email:
            await mail.queue_mail(
                session, kind="HEAD_ALERT", to_address=head.email, composed=mail.compose_notice(title, body, notice.link_path, base, texts.HEAD_ALERT_NEXT_STEP),
                account_id=head.id, now=now, event_id=event.id, pupil_id=event.pupil_id,
            )


async def _time_zones(session: AsyncSession, etablissement_ids: set[int]) -> dict[int, str]:
    """Each establishment's académie time zone, for the whole batch in one query: the mails print
    the moment of a step in the pupil's académie (a family in La Réunion reads its own time)."""
    if not etablissement_ids:
        return {}
    rows = await session.execute(
        select(Etablissement.id, Academie.time_zone)
        .join(Academie, Academie.id == Etablissement.academie_id)
        .where(Etablissement.id.in_(etablissement_ids))
    )
    return {etab_id: time_zone or PARIS_TZ for etab_id, time_zone in rows.all()}


async def _families(session: AsyncSession, pupil_ids: set[int]) -> dict[int, list[Account]]:
    """Active guardians and pupil accounts of a batch's pupils, in two queries."""
    families: dict[int, list[Account]] = {}
    if not pupil_ids:
        return families
    guardians = await session.execute(
        select(Guardianship.pupil_id, Account)
        .join(Account, Account.id == Guardianship.account_id)
        .where(Guardianship.pupil_id.in_(pupil_ids), Account.active.is_(True))
    )
    for pupil_id, account in guardians.all():
        families.setdefault(pupil_id, []).append(account)
    pupils = await session.execute(select(Account).where(Account.pupil_id.in_(pupil_ids), Account.active.is_(True)))
    for account in pupils.scalars():
        families.setdefault(account.pupil_id, []).append(account)  # type: ignore[arg-type]
    for members in families.values():
        members.sort(key=lambda a: a.id)
    return families


def _notification(account_id: int, event: OutboxEvent, pupil_id: int | None, notice: Notice, now: dt.datetime) -> Notification:
    return Notification(
        account_id=account_id,
        event_id=event.id,
        pupil_id=pupil_id,
        kind=notice.kind,
        title=notice.title[:200],
        body=f"{notice.body} {notice.next_step}".strip(),
        link_path=notice.link_path,
        created_at=now,
    )


async def deliver_notice(
    session: AsyncSession,
    notice: AcademieNotice,
    place: tuple[int, int | None, int | None],
    pupil: PupilEvent,
    *,
    occasion: str,
    now: dt.datetime,
) -> None:
    """Record that a pupil's family is owed an académie notice (on validation or as a reminder):
    the delivery row keeps it to once per occasion, the outbox event carries it to them.
    `place` is the pupil's (id, établissement, division)."""
    pupil_id, etablissement_id, division_id = place
    session.add(AcademieNoticeDelivery(notice_id=notice.id, pupil_id=pupil_id, occasion=occasion, at=now))
    session.add(
        OutboxEvent(
            occurred_at=now,
            type=EventType.ACADEMIE_NOTICE.value,
            academie_id=notice.academie_id,
            etablissement_id=etablissement_id,
            division_id=division_id,
            pupil_id=pupil_id,
            channel="ACADEMIE",
            payload=payload_of(await notice_payload(session, notice, pupil, reminder=occasion == "REMINDER")),
        )
    )


async def notice_payload(session: AsyncSession, notice: AcademieNotice, pupil: PupilEvent, *, reminder: bool) -> AcademieNoticeOwed:
    """Frozen at the time it is owed, like every event payload."""
    voie = await session.get(Voie, notice.voie_code)
    target = texts.notice_target(voie.label if voie else notice.voie_code, notice.serie_code)
    return AcademieNoticeOwed(
        pupil_id=pupil.pupil_id,
        first_name=pupil.first_name,
        last_name=pupil.last_name,
        notice_id=notice.id,
        title=notice.title,
        body=notice.body,
        target=target,
        deadline=notice.deadline,
        reminder=reminder,
    )
