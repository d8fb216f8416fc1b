"""The client's address, for per-address limits: the peer, or — when the peer is one of
TRUSTED_PROXIES — the last address of X-Forwarded-For that is not a trusted proxy (the one the
proxy itself saw; addresses further left are whatever the client claimed)."""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any


def parse_networks(values: Iterable[str]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values if v.strip())


def _trusted(address: str, networks: tuple[Any, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: Any, trusted: tuple[Any, ...]) -> str:
    """`request`: a Starlette Request or WebSocket."""
    client = getattr(request, "client", None)
    peer = client.host if client else "unknown"
    if not trusted or not _trusted(peer, trusted):
        return peer
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
    for address in reversed(forwarded):
        if not _trusted(address, trusted):
            return address[:64]
    return peer
