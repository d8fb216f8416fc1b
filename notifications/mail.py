"""Mails: French text and HTML composed from the event, sent through aiosmtplib.

Delivery is at least once: a mail is marked sent only after the relay accepted it, and keeps
one Message-ID across retries so a duplicate can be recognised. 4xx replies, timeouts and
dropped connections are retried with backoff; a 5xx refusal marks the mail failed with its
reason, visible to the school.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import time
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import aiosmtplib
from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from graphql_api.config import Settings
from graphql_api.db import outage
from graphql_api.db.engine import Database
from graphql_api.db.models import AuthSession, OutgoingMail
from graphql_api.domain.calendar import local_datetime
from graphql_api.domain.territory import PARIS_TZ
from graphql_api.domain.events import IntentionsValidated, PaperIntentionsEntered
from graphql_api.domain.texts import mails as texts
from graphql_api.services.clock import utcnow

from graphql_api.domain.texts.notices import pupil_link

log = logging.getLogger("notifications.mail")
CLAIM_LEASE = dt.timedelta(minutes=2)
FOOTER = texts.FOOTER


@dataclass(frozen=True)
class Composed:
    subject: str
    text: str
    html: str


def new_message_id(domain: str = "orientation.localhost") -> str:
    return f"<{uuid.uuid4().hex}@{domain}>"


def _html(paragraphs: list[str], link: str | None) -> str:
    body = []
    for p in paragraphs:
        if p.startswith("- ") or p.startswith("  "):
            body.append(f"<p style=\"margin:0 0 0 1em\">{html.escape(p.strip())}</p>")
        else:
            body.append(f"<p>{html.escape(p)}</p>")
    if link:
        body.append(f'<p><a href="{html.escape(link)}">{html.escape(texts.LINK_LABEL)}</a></p>')
    body.append(f'<p style="color:#555;font-size:small">{html.escape(FOOTER)}</p>')
    return '<!doctype html><html lang="fr"><body>' + "".join(body) + "</body></html>"


def _finish(subject: str, lines: list[str], link: str | None) -> Composed:
    # One space between words whatever the names carry (a SIECLE first name may come padded).
    subject = " ".join(subject.split())
    text = "\n".join(lines + ([texts.link_line(link)] if link else []) + ["", FOOTER])
    return Composed(subject, text, _html(lines, link))


def compose_confirmation(event: IntentionsValidated, base_url: str, time_zone: str = PARIS_TZ) -> Composed:
    """``time_zone``: the pupil's académie's (the moment is printed as the family lives it)."""
    name = event.first_name
    when = local_datetime(event.validated_at, time_zone)
    link = base_url + pupil_link(event.pupil_id, "intentions")
    lines = [texts.GREETING, "", texts.confirmation_sentence(name, when), texts.RECAP_MAIL_COMING, texts.STILL_EDITABLE]
    return _finish(texts.confirmation_subject(name), lines, link)


def compose_recap(
    event: IntentionsValidated, base_url: str, time_zone: str = PARIS_TZ, *, for_other_guardian: bool
) -> Composed:
    """The guide's recap mail: 'Suite à la démarche que vous avez effectuée en ligne le … à …'
    (in the académie's ``time_zone``)."""
    name = event.first_name
    when = local_datetime(event.validated_at, time_zone)
    link = base_url + pupil_link(event.pupil_id, "intentions")
    if for_other_guardian:
        opening = texts.recap_opening_for_other_guardian(name, when)
        closing = texts.ONLY_THE_ENTERING_GUARDIAN
    else:
        opening = texts.recap_opening(name, when)
        closing = texts.STILL_EDITABLE
    lines = [texts.GREETING, "", opening, "", texts.RECAP_HEADING, *texts.request_lines(event.requests, texts.INTENTION), "", closing]
    return _finish(texts.recap_subject(name), lines, link)


def compose_paper(event: PaperIntentionsEntered, base_url: str) -> Composed:
    name = event.first_name
    received = event.paper_form_received_on
    link = base_url + pupil_link(event.pupil_id, "intentions")
    lines = [
        texts.GREETING,
        "",
        texts.paper_sentence(event.etablissement_name or "", name, received),
        "",
        texts.RECAP_HEADING,
        *texts.request_lines(event.requests, texts.INTENTION),
        "",
        texts.PAPER_CHECK,
    ]
    return _finish(texts.paper_subject(name), lines, link)


def compose_notice(title: str, body: str, link_path: str | None, base_url: str, next_step: str = "") -> Composed:
    """A step of the child's file: what happened, then what to do next, then the link."""
    lines = [texts.GREETING, "", body] + (["", next_step] if next_step else [])
    return _finish(texts.notice_subject(title), lines, base_url + link_path if link_path else None)


# --- sending ----------------------------------------------------------------------------------


def build_message(settings: Settings, mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Message-ID"] = mail.message_id
    message["Date"] = format_datetime(mail.created_at)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(mail.body_text)
    message.add_alternative(mail.body_html, subtype="html")
    return message


def backoff(attempts: int, base_seconds: float = 15.0) -> dt.timedelta:
    return dt.timedelta(seconds=min(base_seconds * 2 ** max(attempts - 1, 0), 3600))


UNREACHABLE = texts.RELAY_UNREACHABLE


class RelayCircuit:
    """The relay's state as this sender saw it. While the relay cannot be reached, it is probed
    again after 1, 2, 4… seconds (at most `max_seconds`) — per outage, not per batch: the batches
    that every dispatch and logout trigger in between do not touch it, nor push the next probe
    back. The first send that succeeds closes the circuit, and the mails held back are due at once."""

    def __init__(self, max_seconds: float) -> None:
        self.max_seconds = max(max_seconds, 0.1)
        self.failures = 0
        self.next_probe = 0.0

    def waiting(self) -> bool:
        return self.failures > 0 and time.monotonic() < self.next_probe

    def delay(self) -> float:
        return min(2.0 ** max(self.failures - 1, 0), self.max_seconds)

    def failed(self) -> None:
        self.failures += 1
        self.next_probe = time.monotonic() + self.delay()

    def succeeded(self) -> bool:
        """Close the circuit; True when it was open (mails are waiting on the relay)."""
        was_open, self.failures = self.failures > 0, 0
        return was_open


class MailSender:
    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db
        self.circuit = RelayCircuit(settings.mail_relay_probe_max_seconds)

    async def _claim(self, now: dt.datetime, limit: int) -> list[OutgoingMail]:
        async with self.db.write() as session:
            stmt = (
                select(OutgoingMail)
                .outerjoin(AuthSession, AuthSession.id == OutgoingMail.session_id)
                .where(
                    OutgoingMail.status == "PENDING",
                    or_(OutgoingMail.retry_at.is_(None), OutgoingMail.retry_at <= now),
                    or_(OutgoingMail.claimed_until.is_(None), OutgoingMail.claimed_until <= now),
                    or_(OutgoingMail.send_after <= now, AuthSession.ended_at.is_not(None)),
                )
                .order_by(OutgoingMail.id)
                .limit(limit)
            )
            if not self.db.is_sqlite:
                stmt = stmt.with_for_update(skip_locked=True, of=OutgoingMail)
            mails = list((await session.execute(stmt)).scalars())
            for mail in mails:
                mail.claimed_until = now + CLAIM_LEASE  # a crashed sender's claim expires
        return mails

    async def _release_waiting(self) -> int:
        """The relay is back: every mail held back by a failure is due now (not claimed ones)."""
        now = utcnow()
        async with self.db.write() as session:
            done = await session.execute(
                update(OutgoingMail)
                .where(
                    OutgoingMail.status == "PENDING",
                    OutgoingMail.retry_at > now,
                    or_(OutgoingMail.claimed_until.is_(None), OutgoingMail.claimed_until <= now),
                )
                .values(retry_at=None)
            )
        return done.rowcount or 0

    async def send_due(self, limit: int = 100) -> int:
        """Send what is due over one SMTP connection; return how many were accepted."""
        if self.circuit.waiting():
            return 0  # the relay is down and its next probe is not due: leave the queue alone
        now = utcnow()
        mails = await self._claim(now, limit)
        if not mails:
            return 0
        results: dict[int, tuple[str, str | None]] = {}
        client: aiosmtplib.SMTP | None = None
        try:
            client = aiosmtplib.SMTP(
                hostname=self.settings.smtp_host,
                port=self.settings.smtp_port,
                timeout=self.settings.smtp_timeout,
                start_tls=self.settings.smtp_starttls,
            )
            await client.connect()
            if self.settings.smtp_username:
                await client.login(self.settings.smtp_username, self.settings.smtp_password)
            for mail in mails:
                results[mail.id] = await self._send_one(client, mail)
                if results[mail.id][0] == "TRANSIENT" and not client.is_connected:
                    break
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            log.warning("SMTP relay unavailable: %s", type(exc).__name__)
        finally:
            if client is not None and client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                    client.close()
        reopened = False
        if any(outcome == "SENT" for outcome, _ in results.values()):
            reopened = self.circuit.succeeded()
        elif not results or all(outcome == "TRANSIENT" for outcome, _ in results.values()) and len(results) < len(mails):
            self.circuit.failed()  # never reached, or the connection dropped before the end
        sent = await self._record_until_recorded(mails, results)
        if reopened:
            released = await self._release_waiting()
            log.info("SMTP relay reachable again: %s waiting mails due now", released)
        return sent

    async def _record_until_recorded(self, mails: list[OutgoingMail], results: dict[int, tuple[str, str | None]]) -> int:
        """What the relay accepted must be recorded, or it is sent again when the lease expires:
        if the database is cut now, retry until it is back (well within the lease)."""
        deadline = time.monotonic() + CLAIM_LEASE.total_seconds() / 2
        pause = 0.2
        while True:
            try:
                return await self._record(mails, results)
            except Exception as exc:
                if not outage.is_unavailable(exc) or time.monotonic() > deadline:
                    raise
                log.warning("database unavailable while recording %s mails; retrying", len(mails))
                await asyncio.sleep(pause)
                pause = min(pause * 2, 2.0)

    async def _send_one(self, client: aiosmtplib.SMTP, mail: OutgoingMail) -> tuple[str, str | None]:
        try:
            refused, _ = await client.send_message(build_message(self.settings, mail))
        except aiosmtplib.SMTPRecipientsRefused as exc:
            return _classify(exc.recipients[0].code if exc.recipients else 550, str(exc))
        except aiosmtplib.SMTPResponseException as exc:
            return _classify(exc.code, exc.message)
        except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
            return "TRANSIENT", type(exc).__name__
        if refused:  # a partial refusal does not raise: read the errors dict
            code, message = next(iter(refused.values()))
            return _classify(code, message)
        return "SENT", None

    async def _record(self, mails: list[OutgoingMail], results: dict[int, tuple[str, str | None]]) -> int:
        now = utcnow()
        sent = 0
        async with self.db.write() as session:
            for mail in mails:
                values: dict[str, Any]
                if mail.id not in results:
                    # Never handed to the relay: not the mail's fault, so no attempt is spent; the
                    # relay's own backoff spaces the retries.
                    values = {
                        "retry_at": now + dt.timedelta(seconds=self.circuit.delay()),
                        "claimed_until": None,
                        "last_error": UNREACHABLE,
                    }
                    await session.execute(update(OutgoingMail).where(OutgoingMail.id == mail.id).values(**values))
                    continue
                outcome, reason = results[mail.id]
                attempts = mail.attempts + 1
                if outcome == "SENT":
                    sent += 1
                    values = {
                        "status": "SENT", "sent_at": now, "attempts": attempts, "coalesce_key": None, "last_error": None, "claimed_until": None,
                    }
                    done = await session.execute(
                        update(OutgoingMail)
                        .where(OutgoingMail.id == mail.id, OutgoingMail.body_text == mail.body_text)
                        .values(**values)
                    )
                    if done.rowcount == 0:
                        # A recap coalesced into this row while it was being sent: the new content
                        # is a new message, due now.
                        await session.execute(
                            update(OutgoingMail)
                            .where(OutgoingMail.id == mail.id)
                            .values(retry_at=None, claimed_until=None, message_id=new_message_id(), attempts=0)
                        )
                    continue
                elif outcome == "PERMANENT" or attempts >= self.settings.mail_max_attempts:
                    values = {
                        "status": "FAILED",
                        "claimed_until": None,
                        "attempts": attempts,
                        "coalesce_key": None,
                        "last_error": (reason or texts.REFUSED_FOR_GOOD)[:500],
                    }
                else:
                    values = {
                        "attempts": attempts,
                        "claimed_until": None,
                        "retry_at": now + backoff(attempts, self.settings.mail_retry_seconds),
                        "last_error": (reason or "")[:500],
                    }
                await session.execute(update(OutgoingMail).where(OutgoingMail.id == mail.id).values(**values))
        return sent


def _classify(code: int, message: str) -> tuple[str, str]:
    reason = f"{code} {message}".strip()[:500]
    return ("PERMANENT", reason) if 500 <= code < 600 else ("TRANSIENT", reason)


async def queue_mail(
    session: AsyncSession,
    *,
    kind: str,
    to_address: str,
    composed: Composed,
    now: dt.datetime,
    event_id: int | None,
    account_id: int | None,
    pupil_id: int | None,
    send_after: dt.datetime | None = None,
    coalesce_key: str | None = None,
    session_id: str | None = None,
) -> None:
    """Queue a mail; a recap with the same coalesce key replaces the pending one in place.

    Several dispatchers may handle two events of one session at once: the recap row is taken
    under a row lock (or, if both insert it, the loser updates the winner's row), and an older
    event never overwrites the recap of a newer one.
    """
    if coalesce_key:
        if await _update_recap(session, coalesce_key, composed, send_after or now, event_id):
            return
    row = OutgoingMail(
        event_id=event_id,
        kind=kind,
        account_id=account_id,
        pupil_id=pupil_id,
        to_address=to_address,
        subject=composed.subject,
        body_text=composed.text,
        body_html=composed.html,
        message_id=new_message_id(),
        coalesce_key=coalesce_key,
        session_id=session_id,
        status="PENDING",
        attempts=0,
        send_after=send_after or now,
        created_at=now,
    )
    if not coalesce_key:
        session.add(row)
        return
    try:
        async with session.begin_nested():
            session.add(row)
    except IntegrityError:  # another dispatcher inserted this recap meanwhile
        if not await _update_recap(session, coalesce_key, composed, send_after or now, event_id):
            raise


async def _update_recap(
    session: AsyncSession, coalesce_key: str, composed: Composed, send_after: dt.datetime, event_id: int | None
) -> bool:
    """Update the recap with this key if it exists (False if it does not)."""
    pending = (
        await session.execute(
            select(OutgoingMail)
            .where(OutgoingMail.coalesce_key == coalesce_key)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()
    if pending is None:
        return False
    if pending.event_id is not None and event_id is not None and pending.event_id > event_id:
        return True  # a newer event of the same session already wrote it
    pending.subject, pending.body_text, pending.body_html = composed.subject, composed.text, composed.html
    pending.send_after = send_after
    pending.event_id = event_id
    return True
