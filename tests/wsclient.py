"""A minimal graphql-transport-ws client over the `websockets` library, for tests."""
from __future__ import annotations

import asyncio
import json
from typing import Any

import websockets


class WsClient:
    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.messages: dict[str, asyncio.Queue[dict[str, Any]]] = {}
        self._reader = asyncio.create_task(self._read())
        self._seq = 0

    @classmethod
    async def connect(cls, base: str, token: str | None, subprotocol: str = "graphql-transport-ws") -> "WsClient":
        connection = await websockets.connect(f"ws://{base}/graphql", subprotocols=[subprotocol])
        await connection.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"} if token else {}}))
        reply = json.loads(await asyncio.wait_for(connection.recv(), 10))
        if reply.get("type") != "connection_ack":
            raise ConnectionRefusedError(reply)
        return cls(connection)

    async def _read(self) -> None:
        try:
            async for raw in self.connection:
                message = json.loads(raw)
                if "id" in message:
                    self.messages.setdefault(message["id"], asyncio.Queue()).put_nowait(message)
        except websockets.ConnectionClosed:
            pass

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        self._seq += 1
        sid = str(self._seq)
        self.messages.setdefault(sid, asyncio.Queue())
        await self.connection.send(json.dumps({"id": sid, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}}))
        return sid

    async def next(self, sid: str, timeout: float = 15) -> dict[str, Any]:
        return await asyncio.wait_for(self.messages[sid].get(), timeout)

    def pending(self, sid: str) -> int:
        return self.messages[sid].qsize()

    async def close(self) -> None:
        await self.connection.close()
        self._reader.cancel()
