"""Who is calling: the bearer token of an HTTP request (GraphQL or a file download) or of a
WebSocket connection, verified and turned into a Principal. Shared by app.py and http/exports.py."""
from __future__ import annotations

from ..auth import load_principal
from ..db.engine import retrying_once
from ..policy import Principal
from ..runtime import Runtime


async def authenticate(runtime: Runtime, token: str | None) -> Principal | None:
    """None for anonymous; AuthError for a token that cannot be trusted."""
    return (await authenticate_fresh(runtime, token))[0]


async def authenticate_fresh(runtime: Runtime, token: str | None) -> tuple[Principal | None, bool]:
    """The principal, and whether it was just read from the database (not from the cache):
    a WebSocket need not check that session again for the operation that follows at once."""
    if not token:
        return None, False
    verified = await runtime.verifier.verify_token(token)
    kind, key, session_id = verified.kind, verified.key, verified.session_id
    # External tokens are not cached: logout revokes each by its own keys (sessions.py).
    principal = None if verified.ended_keys else runtime.principals.get(kind, key, session_id)  # see principal_cache.py
    if principal is not None:
        return principal, False

    async def load() -> Principal:
        async with runtime.db.read() as session:
            return await load_principal(session, kind, key, session_id, verified.ended_keys, verified.expires_at)

    principal = await retrying_once(load)
    if not verified.ended_keys:
        runtime.principals.put(kind, key, session_id, principal)
    return principal, True


def bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else value.strip()
