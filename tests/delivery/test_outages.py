"""Outages with real servers: Redis stopped during mutations, a server killed between commit and
dispatch, the worker command, and fan-out across two server processes."""
import asyncio
import dataclasses

import pytest
import redis
from sqlalchemy import func, select

from graphql_api.db.models import Notification, OutboxEvent
from tests.conftest import BACKEND, REDIS_URL, running_server
from tests.delivery.helpers import gql, login, process_env, subscriber

FILE_UPDATES = "subscription { pupilFileUpdates { id type pupil { firstName } title } }"
VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) { validateIntentions(input: {pupilId: $id, intentions: $items}) {
  errors { code } } }"""
UNREAD = "{ unreadNotificationCount }"


async def validate(base: str, token: str, voie: str = "2GT") -> None:
    pid = (await gql(base, "{ me { children { id } } }", token=token))["me"]["children"][0]["id"]
    result = await gql(base, VALIDATE, {"id": pid, "items": [{"voie": voie}]}, token)
    assert result["validateIntentions"]["errors"] == []


async def eventually(check, rounds: int = 600):  # type: ignore[no-untyped-def]
    """Poll a condition (bounded: the test fails rather than hangs)."""
    for _ in range(rounds):
        value = await check()
        if value:
            return value
        await asyncio.sleep(0.1)
    raise AssertionError("condition not reached")


async def test_redis_stopped_during_mutations(settings, db, demo, private_redis):
    with_redis = dataclasses.replace(settings, redis_url=private_redis.url, redis_channel="orientation:outage")
    async with running_server(with_redis) as base:
        pere, mere, chef = [await login(base, n) for n in ("martin.pere", "martin.mere", "chef.aubrac")]
        async with subscriber(base, mere) as sub:
            await sub.subscribe(FILE_UPDATES)
            await validate(base, pere)
            assert (await sub.next_data())["pupilFileUpdates"]["type"] == "INTENTIONS_VALIDATED"

            private_redis.stop()
            await validate(base, pere, "2PRO")  # mutations still succeed
            closed = await gql(base, "mutation { setTeleservice(input: {open: false}) { errors { code } } }", token=chef)
            assert closed["setTeleservice"]["errors"] == []

            async def inbox_complete() -> bool:
                return (await gql(base, UNREAD, token=mere))["unreadNotificationCount"] == 3

            await eventually(inbox_complete)  # the inbox holds every notice while Redis is down
            private_redis.start()  # same port
            missed = [(await sub.next_data(timeout=60))["pupilFileUpdates"]["type"] for _ in range(2)]
            assert missed == ["INTENTIONS_VALIDATED", "TELESERVICE_CLOSED"]
            await gql(base, "mutation { setTeleservice(input: {open: true}) { errors { code } } }", token=chef)
            assert (await sub.next_data())["pupilFileUpdates"]["type"] == "TELESERVICE_OPENED"  # live again, no duplicate


async def _counts(db, event_type: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        event = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == event_type))).scalar_one()
        notices = (await session.execute(select(func.count()).where(Notification.event_id == event.id))).scalar_one()
        return (event.processed_at is not None) + (event.published_at is not None), notices, event.id


async def test_killed_between_commit_and_dispatch_then_restarted(settings, db, demo, processes):
    first = await processes(process_env(settings, RUN_WORKERS="0")).start()
    pere = await login(first.base, "martin.pere")
    await validate(first.base, pere)
    first.kill()  # SIGKILL: committed, never dispatched
    assert (await _counts(db, "INTENTIONS_VALIDATED"))[:2] == (0, 0)

    restarted = await processes(process_env(settings, RUN_WORKERS="1")).start()

    async def dispatched():  # type: ignore[no-untyped-def]
        stages, notices, _ = await _counts(db, "INTENTIONS_VALIDATED")
        return stages == 2 and notices

    assert await eventually(dispatched) == 2  # the other guardian and the pupil
    mere = await login(restarted.base, "martin.mere")
    assert (await gql(restarted.base, UNREAD, token=mere))["unreadNotificationCount"] == 1


async def test_worker_command_dispatches_and_sends(settings, db, demo, processes, smtp_server):
    env = process_env(settings, RUN_WORKERS="0", SMTP_PORT=str(smtp_server.port))
    server = await processes(env).start()
    await validate(server.base, await login(server.base, "martin.pere"))
    worker = await processes(env, "worker").start()

    async def confirmation_sent():  # type: ignore[no-untyped-def]
        return [m for m in smtp_server.received if m.rcpt_tos == ["martin.pere@famille.localhost"]]

    sent = await eventually(confirmation_sent)
    assert "Léa" in sent[0].message["Subject"]

    async def processed_and_published():  # type: ignore[no-untyped-def]
        # The mail loop may send between the fan-out's commit and the publication's.
        return (await _counts(db, "INTENTIONS_VALIDATED"))[:2] == (2, 2)

    await eventually(processed_and_published)
    worker.stop()
    assert worker.proc.returncode == 0  # clean shutdown on SIGTERM


def _redis_reachable(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


async def test_mutation_on_one_process_reaches_subscriber_on_another(settings, db, demo, processes):
    """Two processes on PostgreSQL + Redis; on the embedded default, one process and its in-process broker."""
    if REDIS_URL and not _redis_reachable(REDIS_URL):
        pytest.fail(f"REDIS_URL is set but Redis is unreachable at {REDIS_URL}")
    two = BACKEND == "postgresql" and bool(REDIS_URL)
    a = await processes(process_env(settings, RUN_WORKERS="1")).start()
    b = await processes(process_env(settings, RUN_WORKERS="0")).start() if two else a
    assert (a.port != b.port) is two
    pere = await login(a.base, "martin.pere")
    bernard_pere = await login(a.base, "bernard.pere")
    mere = await login(b.base, "martin.mere")
    bernard = await login(b.base, "bernard.mere")
    async with subscriber(b.base, mere) as martin_sub, subscriber(b.base, bernard) as bernard_sub:
        await martin_sub.subscribe(FILE_UPDATES)
        await bernard_sub.subscribe(FILE_UPDATES)
        await asyncio.sleep(0.5)  # let B's hub subscription settle before the first publish
        await validate(a.base, pere)  # handled by A
        pushed = (await martin_sub.next_data())["pupilFileUpdates"]
        assert pushed["type"] == "INTENTIONS_VALIDATED" and pushed["pupil"]["firstName"] == "Léa"
        await validate(a.base, bernard_pere)
        # Bernard's subscriber was not allowed to see Léa's step: its first push is Hugo's.
        assert (await bernard_sub.next_data())["pupilFileUpdates"]["pupil"]["firstName"] == "Hugo"
