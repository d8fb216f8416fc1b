"""Subscriptions over a real uvicorn and graphql-transport-ws: who gets which push, replay, limits."""
import dataclasses

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.conftest import running_server
from tests.delivery.helpers import gql, login, subscriber

FILE_UPDATES = """subscription($since: ID) { pupilFileUpdates(since: $since) {
  id type title message nextStep linkPath link byViewer pupil { id firstName } } }"""
STAFF_FEED = """subscription { staffFeed { id type summary channel divisionCode link
  actor { name role } pupil { firstName lastName } } }"""
COUNTERS = """subscription($e: ID) { dashboardCounters(etablissementId: $e) {
  scope pupils familiesValidated avisPending acknowledgements causeEventType linkPath } }"""
VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) { validateIntentions(input: {pupilId: $id, intentions: $items}) {
  errors { code } } }"""
CHILD = "{ me { children { id } } }"


async def child(base: str, token: str) -> str:
    return (await gql(base, CHILD, token=token))["me"]["children"][0]["id"]


async def validate(base: str, token: str, voie: str = "2GT") -> None:
    pid = await child(base, token)
    result = await gql(base, VALIDATE, {"id": pid, "items": [{"voie": voie}]}, token)
    assert result["validateIntentions"]["errors"] == []


async def test_family_gets_every_step_and_others_nothing(settings, db, demo):
    async with running_server(settings) as base:
        pere = await login(base, "martin.pere")
        mere = await login(base, "martin.mere")
        bernard = await login(base, "bernard.mere")
        async with subscriber(base, mere) as martin_sub, subscriber(base, bernard) as bernard_sub:
            await martin_sub.subscribe(FILE_UPDATES)
            await bernard_sub.subscribe(FILE_UPDATES)
            await validate(base, pere)  # Léa MARTIN: only the Martins hear of it
            first = (await martin_sub.next_data())["pupilFileUpdates"]
            assert first["type"] == "INTENTIONS_VALIDATED"
            assert first["pupil"]["firstName"] == "Léa"
            assert "Léa" in first["title"] and first["nextStep"]
            assert first["link"] == "https://orientation.example.test" + first["linkPath"]
            assert first["byViewer"] is False
            await validate(base, bernard)  # Bernard's own step: the next thing Bernard's subscriber sees
            own = (await bernard_sub.next_data())["pupilFileUpdates"]
            assert own["type"] == "INTENTIONS_VALIDATED" and own["pupil"]["firstName"] == "Hugo" and own["byViewer"] is True


async def test_replay_since_cursor_then_live_without_duplicates(settings, db, demo):
    async with running_server(settings) as base:
        pere = await login(base, "martin.pere")
        mere = await login(base, "martin.mere")
        chef = await login(base, "chef.aubrac")
        async with subscriber(base, mere) as sub:
            await sub.subscribe(FILE_UPDATES)
            await validate(base, pere, "2GT")
            cursor = (await sub.next_data())["pupilFileUpdates"]["id"]
        # Disconnected: two steps are missed.
        await validate(base, pere, "2PRO")
        await gql(base, "mutation { setTeleservice(input: {open: false}) { errors { code } } }", token=chef)
        async with subscriber(base, mere) as sub:
            await sub.subscribe(FILE_UPDATES, {"since": cursor})
            replayed = [(await sub.next_data())["pupilFileUpdates"] for _ in range(2)]
            assert [e["type"] for e in replayed] == ["INTENTIONS_VALIDATED", "TELESERVICE_CLOSED"]
            assert cursor not in [e["id"] for e in replayed]
            await gql(base, "mutation { setTeleservice(input: {open: true}) { errors { code } } }", token=chef)
            live = (await sub.next_data())["pupilFileUpdates"]
            assert live["type"] == "TELESERVICE_OPENED"  # not the replayed ones again


async def test_staff_feed_follows_policy_scope(settings, db, demo):
    async with running_server(settings) as base:
        tokens = {n: await login(base, n) for n in ("martin.pere", "simon.mere", "pp.3a", "pp.3b", "chef.aubrac", "chef.moulin", "admin.academie")}
        async with subscriber(base, tokens["pp.3a"]) as pp3a, subscriber(base, tokens["pp.3b"]) as pp3b, subscriber(
            base, tokens["chef.aubrac"]
        ) as head, subscriber(base, tokens["chef.moulin"]) as other_head, subscriber(base, tokens["admin.academie"]) as academie:
            for sub in (pp3a, pp3b, head, other_head):
                await sub.subscribe(STAFF_FEED)
            await academie.subscribe(STAFF_FEED)
            refused = await academie.receive()
            assert refused["type"] == "next" and refused["payload"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"

            await validate(base, tokens["martin.pere"])  # 3A
            item = (await pp3a.next_data())["staffFeed"]
            assert item["type"] == "INTENTIONS_VALIDATED" and item["divisionCode"] == "3A"
            assert item["actor"] == {"name": "Julien MARTIN", "role": "responsable légal"}
            assert item["pupil"] == {"firstName": "Léa", "lastName": "MARTIN"}
            assert item["link"].startswith("https://orientation.example.test/etablissement/eleves/")
            assert (await head.next_data())["staffFeed"]["divisionCode"] == "3A"

            await validate(base, tokens["simon.mere"])  # 3B: the first thing pp.3b sees
            assert (await pp3b.next_data())["staffFeed"]["pupil"]["lastName"] == "SIMON"
            assert (await head.next_data())["staffFeed"]["pupil"]["lastName"] == "SIMON"
            # Another school's head saw neither: its first push is its own school's switch.
            await gql(base, "mutation { setTeleservice(input: {open: false}) { errors { code } } }", token=tokens["chef.moulin"])
            assert (await other_head.next_data())["staffFeed"]["type"] == "TELESERVICE_CLOSED"
            # And pp.3a never got the 3B change: its next push is the next 3A one.
            await gql(base, "mutation { setTeleservice(input: {open: false}) { errors { code } } }", token=tokens["chef.aubrac"])
            assert (await pp3a.next_data())["staffFeed"]["type"] == "TELESERVICE_CLOSED"


async def test_dashboard_counters_pushed_when_concerned(settings, db, demo):
    async with running_server(settings) as base:
        pere = await login(base, "martin.pere")
        chef = await login(base, "chef.aubrac")
        admin = await login(base, "admin.academie")
        robert = await login(base, "robert.mere")
        pp = await login(base, "pp.3a")
        async with subscriber(base, chef) as school, subscriber(base, admin) as academie, subscriber(base, pp) as teacher:
            await school.subscribe(COUNTERS)
            await academie.subscribe(COUNTERS)
            await teacher.subscribe(COUNTERS)
            assert (await teacher.receive())["payload"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            start = (await school.next_data())["dashboardCounters"]
            start_academie = (await academie.next_data())["dashboardCounters"]
            assert start["scope"] == "ETABLISSEMENT" and start["familiesValidated"] == 0 and start["causeEventType"] is None
            assert start_academie["scope"] == "ACADEMIE" and start_academie["pupils"] > start["pupils"]
            await validate(base, robert)  # the other school: only the académie's counters move
            moved = (await academie.next_data())["dashboardCounters"]
            assert moved["familiesValidated"] == 1 and moved["causeEventType"] == "INTENTIONS_VALIDATED"
            await validate(base, pere)
            after = (await school.next_data())["dashboardCounters"]
            assert after["familiesValidated"] == 1 and after["avisPending"] == 1  # Robert's validation was not pushed here
            assert (await academie.next_data())["dashboardCounters"]["familiesValidated"] == 2


async def test_connection_init_authenticates_and_subscriptions_are_capped(settings, db, demo):
    capped = dataclasses.replace(settings, max_subscriptions_per_connection=2)
    async with running_server(capped) as base:
        mere = await login(base, "martin.mere")
        async with connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
            await ws.send('{"type": "connection_init", "payload": {}}')
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd.code == 4403  # anonymous: refused at connection_init
        async with subscriber(base, mere) as sub:
            for _ in range(3):
                await sub.subscribe(FILE_UPDATES)
            refused = await sub.receive()
            assert refused["type"] == "error" and refused["id"] == "3"
            assert refused["payload"][0]["message"] == "Subscription limit reached"


async def test_staff_feed_replay_keeps_the_policy_scope(settings, db, demo):
    async with running_server(settings) as base:
        tokens = {n: await login(base, n) for n in ("martin.pere", "simon.mere", "bernard.mere", "pp.3a")}
        async with subscriber(base, tokens["pp.3a"]) as sub:
            await sub.subscribe(STAFF_FEED)
            await validate(base, tokens["martin.pere"])
            cursor = (await sub.next_data())["staffFeed"]["id"]
        await validate(base, tokens["simon.mere"])  # 3B: not pp.3a's
        await validate(base, tokens["bernard.mere"])  # 3A
        async with subscriber(base, tokens["pp.3a"]) as sub:
            await sub.subscribe("subscription($s: ID) { staffFeed(since: $s) { id pupil { lastName } } }", {"s": cursor})
            replayed = (await sub.next_data())["staffFeed"]
            assert replayed["pupil"]["lastName"] == "BERNARD"
