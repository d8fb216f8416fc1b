"""Load process of the campaign evening (bench/campaign_evening.py starts it): families log in,
open the page, subscribe to their child's file, validate their intentions (a share revalidate),
wait for the pushes of their own validations, and log out. Bounded by a family count and a
deadline; reads its spec as JSON on stdin, prints the figures as JSON.

spec: {ports: [..], logins: [..], concurrency, seconds, revalidate_share}
Family i sends its HTTP requests to ports[i % n] and keeps its WebSocket on ports[(i+1) % n],
so every push it expects crosses processes through Redis.
"""
from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import httpx
import websockets

PASSWORD = "orientation"
LOGIN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token errors { code } } }"
PAGE = "{ me { children { id orientation { intentions { revision } viewer { canEditIntentions } } } } unreadNotificationCount }"
VALIDATE = """mutation($id: ID!, $items: [IntentionInput!]!) { validateIntentions(input: {pupilId: $id, intentions: $items}) {
  errors { code message } pupil { orientation { intentions { revision } } } } }"""
LOGOUT = "mutation { logout { ok errors { code } } }"
SUBSCRIBE = "subscription($id: ID!) { pupilFileUpdates(pupilId: $id) { type byViewer } }"
CHOICES = [
    [{"voie": "2GT"}, {"voie": "2PRO", "metier": "Cuisine", "statutScolaire": True}, {"voie": "CAP1", "metier": "Boulangerie", "statutApprenti": True}],
    [{"voie": "2PRO", "metier": "Électricité", "statutScolaire": True}, {"voie": "2GT"}],
]
PUSH_WAIT = 60.0  # seconds a family waits for the pushes of its validations
SUBSCRIBE_SETTLE = 1.0  # graphql-transport-ws has no subscribe ack; the server resolves scope first


class Stats:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = {"login": [], "page": [], "validate": [], "logout": []}
        self.validations = 0
        self.families = 0
        self.errors: list[str] = []
        self.pushes_expected = 0
        self.pushes_received = 0
        self.validation_times: list[float] = []
        self.push_misses: list[str] = []


async def _post(http: httpx.AsyncClient, stats: Stats, kind: str, query: str, variables: dict, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    t0 = time.perf_counter()
    r = await http.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    stats.latency[kind].append(time.perf_counter() - t0)
    body = r.json()
    if r.status_code != 200 or body.get("errors"):
        raise RuntimeError(f"{kind}: HTTP {r.status_code} {str(body)[:300]}")
    return body["data"]


async def family(i: int, login: str, clients: list[httpx.AsyncClient], ports: list[int], stats: Stats, share: float) -> None:
    http = clients[i % len(clients)]
    ws_port = ports[(i + 1) % len(ports)]
    data = await _post(http, stats, "login", LOGIN, {"l": login, "p": PASSWORD})
    if data["login"]["errors"]:
        raise RuntimeError(f"login: {data['login']['errors']}")
    token = data["login"]["token"]
    page = await _post(http, stats, "page", PAGE, {}, token)
    pupil_id = page["me"]["children"][0]["id"]
    async with websockets.connect(f"ws://127.0.0.1:{ws_port}/graphql", subprotocols=["graphql-transport-ws"], open_timeout=30) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), 30))
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"websocket: {ack}")
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE, "variables": {"id": pupil_id}}}))
        await asyncio.sleep(SUBSCRIBE_SETTLE)  # an event published before the hub registers is not replayed
        rounds = 2 if random.random() < share else 1
        revisions = []
        for k in range(rounds):
            result = await _post(http, stats, "validate", VALIDATE, {"id": pupil_id, "items": CHOICES[k % 2]}, token)
            payload = result["validateIntentions"]
            if payload["errors"]:
                raise RuntimeError(f"validate: {payload['errors']}")
            revisions.append(payload["pupil"]["orientation"]["intentions"]["revision"])
            stats.validations += 1
            stats.validation_times.append(time.perf_counter())
        stats.pushes_expected += rounds
        deadline = time.perf_counter() + PUSH_WAIT
        received = 0
        while received < rounds and time.perf_counter() < deadline:
            try:
                message = json.loads(await asyncio.wait_for(ws.recv(), deadline - time.perf_counter()))
            except asyncio.TimeoutError:
                break
            if message.get("type") == "next" and message["payload"]["data"]["pupilFileUpdates"]["type"] == "INTENTIONS_VALIDATED":
                received += 1
            elif message.get("type") == "error":
                raise RuntimeError(f"subscription: {message}")
        stats.pushes_received += received
        if received < rounds:
            stats.push_misses.append(f"{login}: {received}/{rounds} after {PUSH_WAIT:.0f} s")
        await ws.send(json.dumps({"id": "1", "type": "complete"}))
    data = await _post(http, stats, "logout", LOGOUT, {}, token)
    if not data["logout"]["ok"]:
        raise RuntimeError("logout refused")
    stats.families += 1


async def main(spec: dict) -> dict:
    ports = spec["ports"]
    logins = spec["logins"]
    stats = Stats()
    deadline = time.perf_counter() + spec["seconds"]
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for item in enumerate(logins):
        queue.put_nowait(item)
    # Idle connections are dropped before uvicorn's 5 s keep-alive timeout closes them under us.
    limits = httpx.Limits(
        max_connections=spec["concurrency"], max_keepalive_connections=spec["concurrency"], keepalive_expiry=2.0
    )
    clients = [httpx.AsyncClient(base_url=f"http://127.0.0.1:{p}", timeout=60, limits=limits) for p in ports]
    started = time.perf_counter()

    async def worker() -> None:
        while time.perf_counter() < deadline:
            try:
                i, login = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                await family(i, login, clients, ports, stats, spec["revalidate_share"])
            except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
                stats.errors.append(f"{login}: {type(exc).__name__}: {exc}"[:400])

    try:
        await asyncio.gather(*(worker() for _ in range(spec["concurrency"])))
    finally:
        for c in clients:
            await c.aclose()
    elapsed = time.perf_counter() - started

    def pct(values: list[float], p: float) -> float:
        values = sorted(values)
        return round(values[min(len(values) - 1, int(p * len(values)))] * 1000, 1) if values else 0.0

    # Sustained rate: validations in the steady middle (first and last 10% of the run left out).
    times = sorted(stats.validation_times)
    steady = times[len(times) // 10 : len(times) - len(times) // 10] if len(times) > 20 else times
    sustained = (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 1 and steady[-1] > steady[0] else 0.0
    return {
        "families_done": stats.families,
        "families_left": queue.qsize(),
        "validations": stats.validations,
        "seconds": round(elapsed, 1),
        "validations_per_s_overall": round(stats.validations / elapsed, 2) if elapsed else 0.0,
        "validations_per_s_sustained": round(sustained, 2),
        "latency_ms": {k: {"p50": pct(v, 0.5), "p99": pct(v, 0.99), "n": len(v)} for k, v in stats.latency.items()},
        "errors": len(stats.errors),
        "error_samples": stats.errors[:5],
        "pushes_expected": stats.pushes_expected,
        "pushes_received": stats.pushes_received,
        "push_miss_samples": stats.push_misses[:5],
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(json.load(sys.stdin)))))
