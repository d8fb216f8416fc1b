"""When the database blinks (issue 17): every request answered SERVICE_UNAVAILABLE / 503 with
Retry-After during the cut, WebSocket clients told on the socket, everything back by itself
after it; a mutation retried with its idempotency key writes once; owed mails go out.

The cut is a TCP proxy between the server and PostgreSQL (tests/faults.py): the machine's
PostgreSQL is never stopped. SQLite is embedded (no connection to cut): those tests need
PostgreSQL and run in the PostgreSQL pass of .ci/run. The ambiguous-commit and idempotency
tests run on both backends."""
from __future__ import annotations

import asyncio
import dataclasses
import json
import time
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from graphql_api.app import create_app
from graphql_api.db import operation
from graphql_api.db.models import OutboxEvent, OutgoingMail
from graphql_api.graphql.base import encode_id
from tests.conftest import BACKEND, dispatch, running_server
from tests.delivery.helpers import gql, login
from tests.faults import TcpProxy

needs_postgresql = pytest.mark.skipif(BACKEND != "postgresql", reason="cutting connections needs a networked database")

VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) { validateIntentions(input: {pupilId: $id, intentions: $items}) {
  message errors { code } pupil { firstName } } }"""
ME = "{ me { children { id firstName } } }"
CUT_SECONDS = 2.0


def proxied(settings: Any, proxy: TcpProxy, **changes: Any) -> Any:
    url = make_url(settings.database_url).set(host="127.0.0.1", port=proxy.port)
    return dataclasses.replace(settings, database_url=url.render_as_string(hide_password=False), **changes)


async def post(http: httpx.AsyncClient, base: str, query: str, variables: dict | None = None, token: str | None = None, key: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if key:
        headers["Idempotency-Key"] = key
    return await http.post(f"http://{base}/graphql", json={"query": query, "variables": variables or {}}, headers=headers)


def classify(response: httpx.Response) -> str:
    """'ok', 'unavailable' (503 + Retry-After + SERVICE_UNAVAILABLE, nothing else), or the raw answer."""
    try:
        body = response.json()
    except ValueError:
        return f"not JSON: {response.status_code} {response.text[:200]}"
    if response.status_code == 200 and "errors" not in body:
        payload = next(iter((body.get("data") or {}).values()), None)
        if not (isinstance(payload, dict) and payload.get("errors")):
            return "ok"
    codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
    if response.status_code == 503 and codes == ["SERVICE_UNAVAILABLE"] and response.headers.get("retry-after"):
        return "unavailable"
    return f"{response.status_code} {json.dumps(body)[:300]}"


async def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return (await session.execute(select(func.count()).select_from(model).where(*where))).scalar_one()


@needs_postgresql
async def test_cut_under_load_answers_503_then_everything_succeeds_and_mails_go_out(settings, db, demo, smtp_server):
    target = make_url(settings.database_url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await proxy.start()
    server_settings = proxied(settings, proxy, smtp_port=smtp_server.port, write_rate_limit=100000, request_timeout_seconds=20.0)
    try:
        async with running_server(server_settings, create_app(server_settings)) as base:
            # bernard.mere's token is never used before the cut: no cached principal can answer for it.
            tokens = {name: await login(base, name) for name in ("martin.pere", "bernard.pere", "martin.mere", "bernard.mere")}
            lea = encode_id("Pupil", demo.pupils["martin"])
            hugo = encode_id("Pupil", demo.pupils["bernard"])
            outcomes: list[tuple[float, str, str, float]] = []  # (sent at, what, outcome, answered at)
            keys_done: list[tuple[str, str]] = []
            stop = asyncio.Event()

            async def reader(http: httpx.AsyncClient, token: str) -> None:
                while not stop.is_set():
                    sent = time.monotonic()
                    outcome = classify(await post(http, base, ME, token=token))
                    outcomes.append((sent, "query", outcome, time.monotonic()))
                    await asyncio.sleep(0.02)

            async def validator(http: httpx.AsyncClient, token: str, pupil: str, login_name: str) -> None:
                voies = ["2GT", "2PRO"]
                while not stop.is_set():
                    key = str(uuid.uuid4())
                    variables = {"id": pupil, "items": [{"voie": voies[len(keys_done) % 2]}]}
                    while True:  # a front-end retries a 503 with the same key
                        sent = time.monotonic()
                        outcome = classify(await post(http, base, VALIDATE, variables, token, key))
                        outcomes.append((sent, "validate", outcome, time.monotonic()))
                        if outcome != "unavailable":
                            break
                        await asyncio.sleep(0.2)
                    if outcome == "ok":
                        keys_done.append((login_name, key))
                    await asyncio.sleep(0.05)

            async with httpx.AsyncClient(timeout=30) as http:
                tasks = [
                    asyncio.create_task(reader(http, tokens["martin.mere"])),
                    asyncio.create_task(reader(http, tokens["bernard.pere"])),
                    asyncio.create_task(validator(http, tokens["martin.pere"], lea, "martin.pere")),
                    asyncio.create_task(validator(http, tokens["bernard.pere"], hugo, "bernard.pere")),
                ]
                await asyncio.sleep(0.8)
                await proxy.cut()
                cut_at = time.monotonic()
                await asyncio.sleep(CUT_SECONDS)
                # A WebSocket opened during the cut: told on the socket, not dropped.
                async with connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:  # type: ignore[list-item]
                    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {tokens['bernard.mere']}"}}))
                    with pytest.raises(ConnectionClosed) as closed:
                        await asyncio.wait_for(ws.recv(), 60)
                    assert closed.value.rcvd is not None and (closed.value.rcvd.code, closed.value.rcvd.reason) == (1013, "SERVICE_UNAVAILABLE")
                await proxy.restore()
                restored_at = time.monotonic()
                await asyncio.sleep(1.5)
                stop.set()
                await asyncio.gather(*tasks)

            bad = [o for o in outcomes if o[2] not in ("ok", "unavailable")]
            assert not bad, bad[:5]
            during = [o for o in outcomes if cut_at < o[0] and o[3] < restored_at]  # sent and answered within the cut
            assert during and all(o[2] == "unavailable" for o in during), during[:5]
            after = [o for o in outcomes if o[0] > restored_at]
            assert after and all(o[2] == "ok" for o in after), [o for o in after if o[2] != "ok"][:5]
            assert proxy.connections > 1  # the pool reconnected by itself through the restored proxy

            # Every validation acknowledged once wrote exactly one revision (retries included).
            for login_name, pupil_key in (("martin.pere", "martin"), ("bernard.pere", "bernard")):
                done = sum(1 for name, _ in keys_done if name == login_name)
                events = await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED", OutboxEvent.pupil_id == demo.pupils[pupil_key])
                assert done >= 1 and events == done, (login_name, done, events)

            # Every confirmation owed (one per revision) is delivered shortly after recovery, once.
            owed = len(keys_done)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                confirmations = [m for m in smtp_server.received if "intentions provisoires validées" in m.message["Subject"]]
                if len(confirmations) >= owed:
                    break
                await asyncio.sleep(0.2)
            ids = [m.message["Message-ID"] for m in confirmations]
            assert len(ids) == owed and len(set(ids)) == owed
    finally:
        await proxy.close()


@needs_postgresql
async def test_websocket_operation_during_a_cut_gets_an_error_message(settings, db, demo):
    target = make_url(settings.database_url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    await proxy.start()
    server_settings = proxied(settings, proxy)
    try:
        async with running_server(server_settings, create_app(server_settings)) as base:
            token = await login(base, "martin.mere")
            async with connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:  # type: ignore[list-item]
                await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
                assert json.loads(await asyncio.wait_for(ws.recv(), 60))["type"] == "connection_ack"
                await proxy.cut()
                await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": ME}}))
                message = json.loads(await asyncio.wait_for(ws.recv(), 60))
                errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
                assert [e["extensions"]["code"] for e in errors] == ["SERVICE_UNAVAILABLE"], message
                await proxy.restore()
                await ws.send(json.dumps({"id": "2", "type": "subscribe", "payload": {"query": ME}}))
                while True:  # the same socket works again
                    message = json.loads(await asyncio.wait_for(ws.recv(), 60))
                    if message.get("id") == "2" and message["type"] == "next":
                        break
                assert message["payload"]["data"]["me"]["children"][0]["firstName"] == "Léa"
            assert (await gql(base, ME, token=token))["me"]["children"]
    finally:
        await proxy.close()


# --- idempotent mutations (both backends) -------------------------------------------------------


class LostCommit:
    """The COMMIT reaches the database, its acknowledgement does not: the worst ambiguous case."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.armed = True
        real = operation.OperationTransaction.commit

        async def commit(scope, before=None):  # type: ignore[no-untyped-def]
            await real(scope, before)
            if self.armed:
                self.armed = False
                raise ConnectionResetError("connection lost after COMMIT")

        monkeypatch.setattr(operation.OperationTransaction, "commit", commit)


async def test_ambiguous_validation_retried_with_its_key_writes_one_revision_and_one_mail(client, runtime, db, demo, monkeypatch, smtp_server):
    runtime.mail_sender.settings = dataclasses.replace(runtime.settings, smtp_port=smtp_server.port)
    await client.sign_in("martin.pere")
    headers = {"Authorization": f"Bearer {client.tokens['martin.pere']}", "Idempotency-Key": "validation-lea-1"}
    body = {"query": VALIDATE, "variables": {"id": encode_id("Pupil", demo.pupils["martin"]), "items": [{"voie": "2GT"}]}}
    LostCommit(monkeypatch)

    first = await client.http.post("/graphql", json=body, headers=headers)
    assert first.status_code == 503 and first.headers["retry-after"] == "5"
    assert first.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"

    retry = await client.http.post("/graphql", json=body, headers=headers)
    assert retry.status_code == 200 and retry.headers["idempotent-replayed"] == "true"
    payload = retry.json()["data"]["validateIntentions"]
    assert payload["errors"] == [] and payload["pupil"]["firstName"] == "Léa" and payload["message"]
    again = await client.http.post("/graphql", json=body, headers=headers)
    assert again.json() == retry.json()

    martin = demo.pupils["martin"]
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED", OutboxEvent.pupil_id == martin) == 1
    await dispatch(runtime)
    assert await _count(db, OutgoingMail, OutgoingMail.kind == "CONFIRMATION", OutgoingMail.pupil_id == martin) == 1
    assert await runtime.mail_sender.send_due() >= 1
    assert [m.rcpt_tos for m in smtp_server.received if "validées" in m.message["Subject"]] == [["martin.pere@famille.localhost"]]

    # A new key is a new validation.
    fresh = await client.http.post("/graphql", json=body, headers={**headers, "Idempotency-Key": "validation-lea-2"})
    assert fresh.status_code == 200 and "idempotent-replayed" not in fresh.headers
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED", OutboxEvent.pupil_id == martin) == 2


async def test_a_failure_before_the_commit_saves_nothing_and_says_so(client, db, demo, monkeypatch):
    """The payload is built inside the transaction: if the database goes while it is reloaded,
    the change rolls back and the answer is 503 — never "failed" for something saved."""
    from graphql_api.graphql.procedure import payloads as mutations

    class Cut:
        def load(self, key):  # type: ignore[no-untyped-def]
            raise ConnectionResetError("connection reset while reloading")

    monkeypatch.setattr(mutations, "pupil_loader", lambda loaders: Cut())
    await client.sign_in("martin.pere")
    response = await client.http.post(
        "/graphql",
        json={"query": VALIDATE, "variables": {"id": encode_id("Pupil", demo.pupils["martin"]), "items": [{"voie": "2GT"}]}},
        headers={"Authorization": f"Bearer {client.tokens['martin.pere']}", "Idempotency-Key": "k-1"},
    )
    assert response.status_code == 503 and response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED") == 0
    monkeypatch.undo()
    retry = await client.http.post(
        "/graphql",
        json={"query": VALIDATE, "variables": {"id": encode_id("Pupil", demo.pupils["martin"]), "items": [{"voie": "2GT"}]}},
        headers={"Authorization": f"Bearer {client.tokens['martin.pere']}", "Idempotency-Key": "k-1"},
    )
    assert retry.status_code == 200 and "idempotent-replayed" not in retry.headers  # nothing was stored: it ran
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED") == 1


async def test_key_reused_for_another_operation_or_account(client, db, demo):
    await client.sign_in("martin.pere", "bernard.pere")
    lea, hugo = encode_id("Pupil", demo.pupils["martin"]), encode_id("Pupil", demo.pupils["bernard"])

    async def validate(login: str, pupil: str, voie: str, key: str) -> httpx.Response:
        return await client.http.post(
            "/graphql",
            json={"query": VALIDATE, "variables": {"id": pupil, "items": [{"voie": voie}]}},
            headers={"Authorization": f"Bearer {client.tokens[login]}", "Idempotency-Key": key},
        )

    assert (await validate("martin.pere", lea, "2GT", "same")).status_code == 200
    other = await validate("martin.pere", lea, "2PRO", "same")  # other variables, same key
    assert other.status_code == 422 and other.json()["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    # Keys belong to an account: another family's "same" is its own.
    assert (await validate("bernard.pere", hugo, "2GT", "same")).json()["data"]["validateIntentions"]["errors"] == []
    bad = await validate("martin.pere", lea, "2GT", "has space")
    assert bad.status_code == 400 and bad.json()["errors"][0]["extensions"]["code"] == "INVALID_IDEMPOTENCY_KEY"
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED") == 2


async def test_rejected_input_keeps_no_answer_and_key_in_body_extensions(client, db, demo):
    """A rejection wrote nothing, so nothing is stored: the corrected retry with the same key runs.
    The key may also come in the request's `extensions` (as over WebSocket)."""
    await client.sign_in("martin.pere")
    auth = {"Authorization": f"Bearer {client.tokens['martin.pere']}"}
    lea = encode_id("Pupil", demo.pupils["martin"])

    async def validate(voie: str) -> dict:
        response = await client.http.post(
            "/graphql",
            json={"query": VALIDATE, "variables": {"id": lea, "items": [{"voie": voie}]}, "extensions": {"idempotencyKey": "body-key"}},
            headers=auth,
        )
        assert response.json().get("data"), response.json()
        return response.json()["data"]["validateIntentions"]

    assert [e["code"] for e in (await validate("NOPE"))["errors"]]
    assert (await validate("2GT"))["errors"] == []
    assert (await validate("2GT"))["errors"] == []  # replayed
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED") == 1


async def test_idempotency_key_over_websocket(settings, db, demo):
    async with running_server(settings) as base:
        token = await login(base, "martin.pere")
        lea = encode_id("Pupil", demo.pupils["martin"])
        async with connect(f"ws://{base}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:  # type: ignore[list-item]
            await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
            assert json.loads(await asyncio.wait_for(ws.recv(), 60))["type"] == "connection_ack"
            answers = []
            for op in ("1", "2"):
                payload = {"query": VALIDATE, "variables": {"id": lea, "items": [{"voie": "2GT"}]}, "extensions": {"idempotencyKey": "ws-key"}}
                await ws.send(json.dumps({"id": op, "type": "subscribe", "payload": payload}))
                while True:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 60))
                    if message.get("id") == op and message["type"] == "next":
                        answers.append(message["payload"])
                        break
        assert answers[0] == answers[1] and answers[0]["data"]["validateIntentions"]["errors"] == []
    assert await _count(db, OutboxEvent, OutboxEvent.type == "INTENTIONS_VALIDATED") == 1


async def test_token_check_during_an_outage_is_a_503_not_a_500(client, demo, monkeypatch):
    """The issue's 500s: AuthenticatedGraphQL → authenticate → load_principal raised, uncaught."""
    from graphql_api.http import authentication

    await client.sign_in("martin.mere")

    async def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ConnectionRefusedError(111, "Connect call failed")

    monkeypatch.setattr(authentication, "load_principal", refused)
    response = await client.http.post("/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {client.tokens['martin.mere']}"})
    assert response.status_code == 503 and response.headers["retry-after"] == "5"
    assert response.json() == {"errors": [{"message": response.json()["errors"][0]["message"], "extensions": {"code": "SERVICE_UNAVAILABLE"}}]}
    monkeypatch.undo()
    back = await client.http.post("/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {client.tokens['martin.mere']}"})
    assert back.status_code == 200 and back.json()["data"]["me"]["children"]
