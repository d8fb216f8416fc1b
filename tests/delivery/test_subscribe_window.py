"""A subscription is registered with the hub before its scope query: an event routed while
that query runs reaches the subscriber (it used to be lost: graphql-transport-ws has no
subscribe acknowledgement, so a client cannot wait for the registration).

A principal read by auth.principal_for carries its children's schools, so the subscription
reads nothing: it registers with its whole scope at once (last test). The scope query remains
for a principal that does not carry them; the first tests take that path on purpose."""
import asyncio
import contextlib
import dataclasses

from sqlalchemy import select

from graphql_api.db.models import Account
from graphql_api.auth import principal_for
from graphql_api.graphql.base import encode_id
from graphql_api.graphql.context import Context
from graphql_api.graphql.schema import schema

FILE_UPDATES = "subscription { pupilFileUpdates { id type pupil { firstName } } }"


async def _subscribe_with_events_during_the_scope_query(runtime, demo, *messages):  # type: ignore[no-untyped-def]
    async with runtime.db.read() as session:
        account = (await session.execute(select(Account).where(Account.login == "martin.mere"))).scalar_one()
        principal = await principal_for(session, account)
    assert principal.family_schools  # read with the children; dropped here to take the scope query's path
    principal = dataclasses.replace(principal, family_schools=None)
    real_read = runtime.db.read
    calls = []

    @contextlib.asynccontextmanager
    async def read_with_an_event():  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # the scope query: an event arrives from the broker meanwhile
            for message in messages:
                runtime.hub._route(message)
        async with real_read() as session:
            yield session

    runtime.db.read = read_with_an_event
    try:
        stream = await schema.subscribe(FILE_UPDATES, context_value=Context(runtime=runtime, principal=principal))
        first = await asyncio.wait_for(stream.__anext__(), 30)  # a bound for a lost push, not a timing
        await stream.aclose()
    finally:
        runtime.db.read = real_read
    assert calls, "the subscription made no scope query"
    return first


async def test_a_pupil_event_during_the_scope_query_is_pushed(runtime, demo):
    lea = demo.pupils["martin"]
    message = {"id": 9001, "type": "INTENTIONS_VALIDATED", "pupilId": lea, "etablissementId": demo.etablissement,
               "academieId": demo.academie, "occurredAt": "2027-03-01T18:00:00+00:00", "payload": {"firstName": "Léa"}}  # fmt: skip
    first = await _subscribe_with_events_during_the_scope_query(runtime, demo, message)
    assert first.errors is None
    assert first.data["pupilFileUpdates"]["id"] == encode_id("Event", 9001)


async def test_a_school_wide_event_during_the_scope_query_is_pushed_only_to_that_school(runtime, demo):
    def closed(event_id: int, etab: int) -> dict:  # type: ignore[type-arg]
        return {"id": event_id, "type": "TELESERVICE_CLOSED", "pupilId": None, "etablissementId": etab,
                "academieId": demo.academie, "occurredAt": "2027-03-01T18:00:00+00:00", "payload": {}}  # fmt: skip

    # The other school's switch, queued while the scope was unknown, is filtered out once known.
    first = await _subscribe_with_events_during_the_scope_query(runtime, demo, closed(9002, demo.other_etablissement), closed(9003, demo.etablissement))
    assert first.data["pupilFileUpdates"]["id"] == encode_id("Event", 9003)
    assert "*" not in runtime.hub._routes and runtime.hub.subscriber_count == 0


async def test_a_principal_with_its_childrens_schools_subscribes_with_its_whole_scope_and_no_read(runtime, demo):
    async with runtime.db.read() as session:
        account = (await session.execute(select(Account).where(Account.login == "martin.mere"))).scalar_one()
        principal = await principal_for(session, account)
    real_read = runtime.db.read

    def no_read():  # type: ignore[no-untyped-def]
        raise AssertionError("the subscription read the database")

    def closed(event_id: int, etab: int) -> dict:  # type: ignore[type-arg]
        return {"id": event_id, "type": "TELESERVICE_CLOSED", "pupilId": None, "etablissementId": etab,
                "academieId": demo.academie, "occurredAt": "2027-03-01T18:00:00+00:00", "payload": {}}  # fmt: skip

    runtime.db.read = no_read
    try:
        stream = await schema.subscribe(FILE_UPDATES, context_value=Context(runtime=runtime, principal=principal))
        first = asyncio.ensure_future(stream.__anext__())
        while runtime.hub.subscriber_count == 0:  # registered by the resolver's first step
            await asyncio.sleep(0)
        assert "*" not in runtime.hub._routes  # never registered on every route
        for message in (closed(9004, demo.other_etablissement), closed(9005, demo.etablissement)):
            runtime.hub._route(message)
        result = await asyncio.wait_for(first, 30)  # a bound for a lost push, not a timing
        await stream.aclose()
    finally:
        runtime.db.read = real_read
    assert result.errors is None
    assert result.data["pupilFileUpdates"]["id"] == encode_id("Event", 9005)
    assert runtime.hub.subscriber_count == 0
