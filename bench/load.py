"""Closed-loop HTTP/1.1 load generator (keep-alive, raw asyncio streams: cheap on the client
side, so the server is what is measured). Reads its spec as JSON on stdin, prints figures as
JSON. Bounded by a request count and a duration; stops by itself.

spec: {host, port, requests: [{method, path, headers, body}], concurrency, seconds, max_requests}
Requests are used round-robin (one list per run, e.g. one per family).
"""
from __future__ import annotations

import asyncio
import json
import sys
import time


def _encode(host: str, port: int, r: dict) -> bytes:
    body = r.get("body", "").encode()
    lines = [f"{r.get('method', 'POST')} {r['path']} HTTP/1.1", f"host: {host}:{port}", f"content-length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in r.get("headers", {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> tuple[int, bytes]:
    writer.write(raw)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = None
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if length is not None:
        return status, await reader.readexactly(length)
    if chunked:
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                return status, b"".join(parts)
            parts.append(chunk[:-2])
    raise RuntimeError("response without length")


async def main(spec: dict) -> dict:
    host, port = spec["host"], spec["port"]
    raws = [_encode(host, port, r) for r in spec["requests"]]
    deadline = time.perf_counter() + spec["seconds"]
    budget = spec["max_requests"]
    latencies: list[float] = []
    errors = 0
    first_error = None
    counter = 0

    async def worker(offset: int) -> None:
        nonlocal errors, first_error, counter
        reader, writer = await asyncio.open_connection(host, port)
        i = offset
        try:
            while time.perf_counter() < deadline and counter < budget:
                counter += 1
                raw = raws[i % len(raws)]
                i += spec["concurrency"]
                t0 = time.perf_counter()
                status, body = await _one(reader, writer, raw)
                latencies.append(time.perf_counter() - t0)
                if status != 200 or body.startswith(b'{"errors"') or b'"errors": [{"message"' in body or b'"errors":[{"message"' in body:
                    errors += 1
                    first_error = first_error or (status, body[:300].decode(errors="replace"))
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(spec["concurrency"])))
    elapsed = time.perf_counter() - started
    latencies.sort()
    n = len(latencies)

    def pct(p: float) -> float:
        return round(latencies[min(n - 1, int(p * n))] * 1000, 2) if n else 0.0

    return {
        "count": n,
        "errors": errors,
        "first_error": first_error,
        "seconds": round(elapsed, 2),
        "rps": n / elapsed if elapsed else 0.0,
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
        "max_ms": pct(1.0),
    }


if __name__ == "__main__":
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    print(json.dumps(asyncio.run(main(json.load(sys.stdin)))))
