"""Benchmark 2 — the campaign evening: `python bench/campaign_evening.py [--processes 2] [--families 600]`.

N server processes (each with its outbox dispatcher and mail sender, as deployed) on one fresh
PostgreSQL database, Redis db 7 between them, and a local aiosmtpd relay that logs every
accepted message. A separate load process (bench/campaign_load.py) plays the families; then
the run waits for the outbox and the mail queue to drain (bounded) and counts: every
validation written, every notice, every push, every mail in the database and in the SMTP log.
Writes bench/results/campaign_evening[-Np].json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiosmtpd.controller import Controller  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from bench import harness  # noqa: E402
from graphql_api.db.engine import Database  # noqa: E402
from graphql_api.db.models import Notification, OutboxEvent, OutgoingMail, RequestSet  # noqa: E402

DB_NAME = "orientation_h6b_bench"
DRAIN_SECONDS = 240


class LoggingRelay:
    """An SMTP relay that accepts everything and writes one log line per message."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.lock = threading.Lock()
        log_path.write_text("")

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        from email import message_from_bytes

        message = message_from_bytes(envelope.original_content or envelope.content)
        line = f"{message['Message-ID']}\t{','.join(envelope.rcpt_tos)}\n"
        with self.lock, self.log_path.open("a") as log:
            log.write(line)
        return "250 Message accepted for delivery"


async def counts(url: str) -> dict[str, int]:
    db = Database(url)
    try:
        async with db.read() as s:
            async def scalar(stmt):  # type: ignore[no-untyped-def]
                return int((await s.execute(stmt)).scalar_one() or 0)

            return {
                "request_sets": await scalar(select(func.count()).select_from(RequestSet)),
                "revisions": await scalar(select(func.sum(RequestSet.revision))),
                "events_validated": await scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.type == "INTENTIONS_VALIDATED")),
                "events_unprocessed": await scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.processed_at.is_(None))),
                "events_unpublished": await scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.published_at.is_(None))),
                "notices": await scalar(select(func.count()).select_from(Notification).where(Notification.kind == "INTENTIONS_VALIDATED")),
                "mails_confirmation": await scalar(select(func.count()).select_from(OutgoingMail).where(OutgoingMail.kind == "CONFIRMATION")),
                "mails_recap": await scalar(select(func.count()).select_from(OutgoingMail).where(OutgoingMail.kind == "RECAP")),
                "mails_sent": await scalar(select(func.count()).select_from(OutgoingMail).where(OutgoingMail.status == "SENT")),
                "mails_pending": await scalar(select(func.count()).select_from(OutgoingMail).where(OutgoingMail.status == "PENDING")),
                "mails_failed": await scalar(select(func.count()).select_from(OutgoingMail).where(OutgoingMail.status == "FAILED")),
            }
    finally:
        await db.dispose()


async def table_sizes(url: str) -> dict[str, int]:
    """Bytes on disk (with indexes and TOAST) of the tables the evening writes to."""
    from sqlalchemy import text

    db = Database(url)
    try:
        async with db.read() as s:
            rows = await s.execute(
                text(
                    "SELECT relname, pg_total_relation_size(relid) FROM pg_catalog.pg_statio_user_tables "
                    "WHERE relname IN ('request_set', 'request', 'outbox_event', 'audit_entry', 'notification', "
                    "'outgoing_mail', 'auth_session', 'pupil', 'account', 'guardianship')"
                )
            )
            return {name: int(size) for name, size in rows}
    finally:
        await db.dispose()


async def sent_message_ids(url: str) -> set[str]:
    db = Database(url)
    try:
        async with db.read() as s:
            return set((await s.execute(select(OutgoingMail.message_id).where(OutgoingMail.status == "SENT"))).scalars())
    finally:
        await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--families", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=40, help="families active at once (each with a WebSocket)")
    parser.add_argument("--seconds", type=float, default=300, help="no family starts after this")
    parser.add_argument("--revalidate", type=float, default=0.3, help="share of families who validate twice")
    args = parser.parse_args()

    async def database() -> dict:
        async with harness.bench_database(DB_NAME) as url:
            seeded = await harness.seed(url, pupils=args.families, with_files=False, guardians=2)
            return await asyncio.to_thread(run, url, seeded.guardian_logins, args)

    result = asyncio.run(database())
    print(json.dumps(result, indent=2, ensure_ascii=False))


def run(url: str, logins: list[str], args: argparse.Namespace) -> dict:
    harness.RESULTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.processes == 2 else f"-{args.processes}p"
    smtp_log = harness.RESULTS / f"campaign_smtp{suffix}.log"
    relay = LoggingRelay(smtp_log)
    smtp_port = harness.free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    env = harness.server_env(
        url,
        REDIS_URL=harness.REDIS_URL,
        REDIS_CHANNEL=f"orientation:bench:{uuid.uuid4().hex}",
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(smtp_port),
        RUN_WORKERS="1",
        DISPATCH_INTERVAL="0.2",
        MAIL_INTERVAL="0.2",
        RECAP_IDLE_SECONDS="3600",  # recaps leave at logout, as for a family that logs out
    )
    try:
        specs = [(f"server{k}", "graphql_api.app:create_app", env) for k in range(args.processes)]
        with harness.servers(*specs) as started:
            spec = {
                "ports": [s.port for s in started],
                "logins": logins,
                "concurrency": args.concurrency,
                "seconds": args.seconds,
                "revalidate_share": args.revalidate,
            }
            load_avg = harness.load_average()
            out = subprocess.run(
                [harness.PYTHON, str(harness.ROOT / "bench" / "campaign_load.py")],
                input=json.dumps(spec), capture_output=True, text=True, timeout=args.seconds + 600,
            )
            if out.returncode != 0:
                raise RuntimeError(out.stderr[-3000:])
            load = json.loads(out.stdout)
            t0 = time.monotonic()
            while True:
                db_counts = harness.run(counts(url))
                drained = not db_counts["events_unprocessed"] and not db_counts["events_unpublished"] and not db_counts["mails_pending"]
                if drained or time.monotonic() - t0 > DRAIN_SECONDS:
                    break
                time.sleep(1)
            drain_seconds = round(time.monotonic() - t0, 1)
    finally:
        controller.stop()
    logged = [line.split("\t")[0] for line in smtp_log.read_text().splitlines() if line]
    sent_ids = harness.run(sent_message_ids(url))
    sizes = harness.run(table_sizes(url))
    v, fam = load["validations"], load["families_done"]
    checks = {
        "no request errors": load["errors"] == 0,
        "every validation written (sum of revisions)": db_counts["revisions"] == v,
        "one request set per family": db_counts["request_sets"] == fam,
        "one outbox event per validation": db_counts["events_validated"] == v,
        "outbox drained (processed and published)": not db_counts["events_unprocessed"] and not db_counts["events_unpublished"],
        "one notice to the other guardian per validation": db_counts["notices"] == v,
        "one confirmation mail per validation": db_counts["mails_confirmation"] == v,
        "one recap per guardian per session": db_counts["mails_recap"] == 2 * fam,
        "every mail sent, none failed": db_counts["mails_pending"] == 0 and db_counts["mails_failed"] == 0,
        "SMTP log = mails sent, no duplicate": len(logged) == len(set(logged)) == db_counts["mails_sent"] and set(logged) == sent_ids,
        "every push received": load["pushes_received"] == load["pushes_expected"],
    }
    payload = {
        "benchmark": "campaign_evening",
        "command": f"python bench/campaign_evening.py --processes {args.processes} --families {args.families} --concurrency {args.concurrency}",
        "settings": vars(args),
        "loadavg_before": load_avg,
        "load": load,
        "database": db_counts,
        "smtp_log_lines": len(logged),
        "table_bytes": sizes,
        "drain_seconds": drain_seconds,
        "checks": checks,
        "all_checks_pass": all(checks.values()),
    }
    harness.write_result(f"campaign_evening{suffix}", payload)
    return payload


if __name__ == "__main__":
    main()
