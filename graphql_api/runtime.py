"""Everything a server process holds: settings, database, broker, hub, background workers."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from notifications.broker import make_broker
from notifications.dispatcher import Dispatcher
from notifications.hub import Hub
from notifications.mail import MailSender

from .auth import TokenVerifier
from .principal_cache import SESSION_ENDED, PrincipalCache
from .config import Settings
from .db import outage
from .db.engine import Database
from .db.operation import defer_until_commit
from .services.decision import appeal_reminders_due, remind_appeal_deadlines
from .services import retention
from .services.clock import utcnow
from .services.transaction import written
from .metrics import Metrics
from .http.client_address import parse_networks
from .ratelimit import make_login_limiter, make_rate_limiter
from .sessions import SESSION_ENDED as SOCKET_SESSION_ENDED, SessionWatch

log = logging.getLogger("graphql_api.runtime")


class Runtime:
    def __init__(self, settings: Settings, db: Database | None = None) -> None:
        self.settings = settings
        if settings.rehearsal_clock is not None:
            from .services import clock

            clock.shift_to(settings.rehearsal_clock)  # rehearsal only: load_settings refuses it in production
            log.warning("rehearsal clock: the server's clock starts at %s", settings.rehearsal_clock.isoformat())
        self.db = db or Database(settings.database_url, connect_timeout=settings.database_connect_timeout_seconds)
        self.broker = make_broker(settings.redis_url, settings.redis_channel)
        self.hub = Hub(self.broker, replay=self._published_since)
        self.verifier = TokenVerifier(settings)
        self.principals = PrincipalCache()
        self.hub.observers.append(self.principals.observe)
        self.dispatcher = Dispatcher(settings, self.db, self.broker)
        self.mail_sender = MailSender(settings, self.db)
        self.metrics = Metrics()
        self.rate_limiter = make_rate_limiter(settings, self.db)
        self.login_limiter = make_login_limiter(settings, self.db)
        self.trusted_proxies = parse_networks(settings.trusted_proxies)
        self.sessions = SessionWatch(self.db, settings.session_check_seconds)
        self.hub.controls[SOCKET_SESSION_ENDED] = self.sessions.on_message
        self.sessions.on_rights_changed = lambda account_id: self.principals.forget_accounts({account_id})
        self.hub.observers.append(self.sessions.on_event)
        self.hub.on_resubscribed.append(self.sessions.sweep_soon)
        self._outbox_signal = asyncio.Event()
        self._mail_signal = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._sink: Any = None

    async def _published_since(self, since):  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from notifications.dispatcher import render_messages

        from .db.models import OutboxEvent

        async with self.db.read() as session:
            rows = (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.published_at >= since).order_by(OutboxEvent.id).limit(5000)
                )
            ).scalars().all()
            return await render_messages(session, list(rows))

    def outbox_committed(self) -> None:
        """Wake the in-process dispatcher (other processes find the event by polling); inside a
        mutation's operation transaction, once it has committed."""
        if not defer_until_commit(self._outbox_signal.set):
            self._outbox_signal.set()

    async def session_ended(self, session_id: str) -> None:
        """After a logout committed: this process forgets the session now, the others when
        the broker brings them the message."""
        self.principals.forget_session(session_id)
        try:
            await self.broker.publish({"type": SESSION_ENDED, "sessionId": session_id})
        except Exception:  # noqa: BLE001 - the others still drop it after the cache's TTL
            log.exception("could not publish the end of a session")

    def mail_due(self) -> None:
        if not defer_until_commit(self._mail_signal.set):
            self._mail_signal.set()

    async def start(self, *, workers: bool | None = None, serving: bool = True) -> None:
        """`serving`: this process serves clients (hub for subscriptions, development SMTP sink);
        a `worker` process does not."""
        if self.settings.smtp_sink and serving:
            from notifications.sink import start_sink

            self._sink = await asyncio.to_thread(
                start_sink, self.settings.smtp_host, self.settings.smtp_port, self.settings.mail_spool_dir
            )
        if serving:
            self.hub.start()
            self.sessions.start()
        if self.settings.run_workers if workers is None else workers:
            self._tasks.append(asyncio.create_task(self._loop(self._dispatch, self._outbox_signal, self.settings.dispatch_interval)))
            self._tasks.append(asyncio.create_task(self._loop(self._send_mail, self._mail_signal, self.settings.mail_interval)))
            self._tasks.append(asyncio.create_task(self._loop(self._remind, asyncio.Event(), self.settings.reminder_interval)))
            self._tasks.append(asyncio.create_task(self._loop(self._purge, asyncio.Event(), self.settings.purge_interval_seconds)))

    async def _dispatch(self) -> None:
        await self._remind_appeal_deadlines()
        if await self.dispatcher.run_once():
            self.mail_due()
            self._outbox_signal.set()  # more may be waiting (a full batch, follow-up events)

    async def _remind_appeal_deadlines(self) -> None:
        """Reminders first, in the dispatcher's pass; a write transaction only when one is due."""
        now = utcnow()
        async with self.db.read() as session:
            if not await appeal_reminders_due(session, now):
                return
        await written(self.db, remind_appeal_deadlines, now)

    async def _send_mail(self) -> None:
        if await self.mail_sender.send_due():
            self._mail_signal.set()  # more may be due (a full batch, mails released by the relay's return)

    async def _remind(self) -> None:
        from notifications.reminders import remind_deadlines

        if await remind_deadlines(self.db):
            self.outbox_committed()

    async def _purge(self) -> None:
        """The retention job (services/retention.py): each purge in its own transaction."""
        from .sessions import purge_ended_external_sessions

        await written(self.db, retention.purge_read_audit, self.settings.read_audit_retention_days)
        await written(self.db, retention.purge_idempotency_records)
        await self.rate_limiter.purge()
        await self.login_limiter.purge()
        await written(self.db, purge_ended_external_sessions)
        await retention.purge_campaigns(self.db, self.settings.campaign_retention_years)

    async def _loop(self, step, signal: asyncio.Event, interval: float) -> None:  # type: ignore[no-untyped-def]
        while True:
            try:
                await step()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - a worker must survive a database or relay outage
                if outage.is_unavailable(exc):  # expected during an outage: one line, no traceback
                    log.warning("background step %s waits for the database: %s", getattr(step, "__name__", step), type(exc).__name__)
                else:
                    log.exception("background step failed; retrying")
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(signal.wait(), timeout=interval)
            signal.clear()

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        await self.sessions.stop()
        await self.hub.stop()
        await self.broker.close()
        await self.rate_limiter.close()
        if hasattr(self.login_limiter, "close"):
            await self.login_limiter.close()
        if self._sink is not None:
            await asyncio.to_thread(self._sink.stop)
            self._sink = None
        await self.db.dispose()
