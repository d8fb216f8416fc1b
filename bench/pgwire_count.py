"""Statements and round trips a server sends to PostgreSQL, counted on the wire.

A TCP proxy between a server process and PostgreSQL that reads the client side of the
protocol: each Execute (extended protocol) or Query (simple protocol) message is a statement
(BEGIN / COMMIT / ROLLBACK counted apart), and each flight of client messages sent after the
server last spoke is a round trip (a Parse/Describe/Sync before a first Bind/Execute/Sync is
two; a pipeline of several statements sent at once is one). The same count for every server,
whatever its driver or ORM. Not part of the product.
"""
from __future__ import annotations

import asyncio
import struct
import threading
from dataclasses import dataclass, field

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
TRANSACTION_CONTROL = ("begin", "commit", "rollback", "start transaction", "savepoint", "release")


@dataclass
class Counts:
    statements: int = 0  # Execute + Query messages, transaction control excluded
    transaction_control: int = 0  # BEGIN, COMMIT, ROLLBACK…
    round_trips: int = 0  # client flights after the server answered
    texts: list[str] = field(default_factory=list)  # statement texts of the extended protocol, as parsed

    def snapshot(self) -> "Counts":
        return Counts(self.statements, self.transaction_control, self.round_trips, list(self.texts))

    def minus(self, before: "Counts") -> "Counts":
        return Counts(
            self.statements - before.statements,
            self.transaction_control - before.transaction_control,
            self.round_trips - before.round_trips,
            self.texts[len(before.texts):],
        )


class _Link:
    """One client connection: which side spoke last, and a buffer of unparsed client bytes."""

    def __init__(self, counts: Counts) -> None:
        self.counts = counts
        self.buffer = b""
        self.started = False  # the startup message is the only untyped one
        self.server_spoke = True

    def from_client(self, data: bytes) -> bytes | None:
        """Count the client's messages; returns a reply to send back instead of forwarding
        (the proxy refuses SSL so the stream stays readable)."""
        if self.server_spoke and self.started:
            self.counts.round_trips += 1
        self.server_spoke = False
        self.buffer += data
        while True:
            if not self.started:
                if len(self.buffer) < 8:
                    return None
                (length,) = struct.unpack("!i", self.buffer[:4])
                (code,) = struct.unpack("!i", self.buffer[4:8])
                if code in (SSL_REQUEST, GSSENC_REQUEST):
                    self.buffer = self.buffer[8:]
                    return b"N"
                if len(self.buffer) < length:
                    return None
                self.buffer = self.buffer[length:]
                self.started = True
                continue
            if len(self.buffer) < 5:
                return None
            kind = self.buffer[:1]
            (length,) = struct.unpack("!i", self.buffer[1:5])
            if len(self.buffer) < 1 + length:
                return None
            body, self.buffer = self.buffer[5 : 1 + length], self.buffer[1 + length :]
            if kind == b"Q":
                text = body.rstrip(b"\0").decode(errors="replace").strip().lower()
                if text.startswith(TRANSACTION_CONTROL):
                    self.counts.transaction_control += 1
                else:
                    self.counts.statements += 1
            elif kind == b"E":
                self.counts.statements += 1
            elif kind == b"P":
                name, _, rest = body.partition(b"\0")
                self.counts.texts.append(rest.split(b"\0", 1)[0].decode(errors="replace"))


class WireCounter:
    """Listens on a free loopback port in a thread of its own; forwards to PostgreSQL."""

    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432) -> None:
        self.target = (target_host, target_port)
        self.counts = Counts()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "WireCounter":
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        link = _Link(self.counts)
        try:
            upstream_r, upstream_w = await asyncio.open_connection(*self.target)
        except OSError:
            client_w.close()
            return

        async def client_to_server() -> None:
            while data := await client_r.read(65536):
                reply = link.from_client(data)
                if reply is not None:  # the SSL request, answered here and not forwarded
                    client_w.write(reply)
                    await client_w.drain()
                    continue
                upstream_w.write(data)
                await upstream_w.drain()
            upstream_w.close()

        async def server_to_client() -> None:
            while data := await upstream_r.read(65536):
                link.server_spoke = True
                client_w.write(data)
                await client_w.drain()
            client_w.close()

        await asyncio.gather(client_to_server(), server_to_client(), return_exceptions=True)
