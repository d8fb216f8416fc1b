"""The families' `pupilFileUpdates` on the lighter path (graphql/live.py) answers as Strawberry's
path does: the same `next` payloads for the same events, and what it does not serve (another
child's id, a replay, another document) goes through Strawberry as before."""
import asyncio
import json
from pathlib import Path

from graphql_api.app import create_app
from graphql_api.graphql import live as live_module
from tests.conftest import running_server
from tests.delivery.helpers import gql, login, subscriber
from tests.delivery.test_subscriptions import child, validate

MANIFEST = Path(__file__).resolve().parents[2] / "web" / "operations" / "manifest.json"
FIELDS = "id type occurredAt title message nextStep linkPath byViewer pupil { id firstName }"  # the web document's
# The same selection through an inline fragment: not a plain document, so Strawberry's path.
THROUGH_STRAWBERRY = "subscription($pupilId: ID) { pupilFileUpdates(pupilId: $pupilId) { ... on FileEvent { " + FIELDS + " } } }"


def web_document() -> str:
    """The front-end's own document (the trusted documents' manifest)."""
    text = MANIFEST.read_text()
    return next(d["body"] for d in _documents(json.loads(text)) if "pupilFileUpdates" in d["body"])


def _documents(manifest):  # type: ignore[no-untyped-def]
    if isinstance(manifest, dict):
        if isinstance(manifest.get("body"), str):
            yield manifest
        for value in manifest.values():
            yield from _documents(value)
    elif isinstance(manifest, list):
        for value in manifest:
            yield from _documents(value)


async def _registered(runtime, count: int) -> None:  # type: ignore[no-untyped-def]
    while runtime.hub.subscriber_count < count:  # graphql-transport-ws has no subscribe acknowledgement
        await asyncio.sleep(0.01)


async def test_the_light_path_pushes_what_strawberry_pushes(settings, db, demo, monkeypatch):
    served: list[str] = []
    real_run = live_module.LiveFileUpdates.run

    async def counted(self, live, context, operation_id, send):  # type: ignore[no-untyped-def]
        served.append(operation_id)
        await real_run(self, live, context, operation_id, send)

    monkeypatch.setattr(live_module.LiveFileUpdates, "run", counted)
    app = create_app(settings)
    runtime = app.state.runtime
    async with running_server(settings, app) as base:
        pere = await login(base, "martin.pere")
        chef = await login(base, "chef.aubrac")
        lea = await child(base, pere)
        async with subscriber(base, pere) as sub:
            light = await sub.subscribe(web_document(), {"pupilId": lea, "since": None})
            general = await sub.subscribe(THROUGH_STRAWBERRY, {"pupilId": lea})
            await asyncio.wait_for(_registered(runtime, 2), 30)
            await validate(base, pere)  # by the viewer
            await gql(base, "mutation { setTeleservice(input: {open: false}) { errors { code } } }", token=chef)  # school-wide
            received: dict[str, list[dict]] = {light: [], general: []}  # type: ignore[type-arg]
            for _ in range(4):
                message = await sub.receive()
                assert message["type"] == "next", message
                received[message["id"]].append(message["payload"])
    assert served == [light]
    assert received[light] == received[general], json.dumps([received[light], received[general]], ensure_ascii=False)
    events = [p["data"]["pupilFileUpdates"] for p in received[light]]
    assert [(e["type"], e["byViewer"]) for e in events] == [("INTENTIONS_VALIDATED", True), ("TELESERVICE_CLOSED", False)]
    assert events[0]["pupil"]["firstName"] == "Léa" and events[1]["pupil"] is None


async def test_what_the_light_path_does_not_serve_goes_through_strawberry(settings, db, demo, monkeypatch):
    served: list[str] = []
    real_run = live_module.LiveFileUpdates.run

    async def counted(self, live, context, operation_id, send):  # type: ignore[no-untyped-def]
        served.append(operation_id)
        await real_run(self, live, context, operation_id, send)

    monkeypatch.setattr(live_module.LiveFileUpdates, "run", counted)
    async with running_server(settings) as base:
        mere = await login(base, "martin.mere")
        bernard = await login(base, "bernard.mere")
        hugo = await child(base, bernard)
        async with subscriber(base, mere) as sub:
            foreign = await sub.subscribe(web_document(), {"pupilId": hugo})  # not her child: not found, as before
            message = await sub.receive()
            assert message["id"] == foreign and message["type"] == "next", message
            assert message["payload"]["data"] is None and message["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND", message
            assert (await sub.receive()) == {"id": foreign, "type": "complete"}
            bad = await sub.subscribe(web_document(), {"pupilId": True})  # not an ID: the variable's error
            message = await sub.receive()
            assert message["id"] == bad and message["type"] == "error", message
    assert served == []
