"""Login (local accounts), logout (ends the session: the recap mail goes out), viewer."""
from typing import Optional

import strawberry
from strawberry.types import Info

from ... import auth, sessions
from ...domain.errors import DomainError
from ...http.client_address import client_address
from ...ratelimit import CODE as RATE_LIMITED, LOGIN_MESSAGE
from ...policy import Action, require
from ..base import UserErrorType, run_mutation
from .types import LoginPayload, Viewer


@strawberry.type
class LogoutPayload:
    ok: bool
    errors: list[UserErrorType]


async def resolve_me(info: Info) -> Optional[Viewer]:
    """From the principal that the token check loaded in this request (over a WebSocket: at
    connection), so opening a page does not read the account twice."""
    principal = info.context.principal
    if principal is None:
        return None
    return Viewer.of_principal(principal)


@strawberry.type
class AccountMutation:
    @strawberry.mutation(description="Log in with a local account; returns a signed, expiring bearer token.")
    async def login(self, info: Info, login: str, password: str) -> LoginPayload:
        runtime = info.context.runtime
        address = client_address(info.context.request, runtime.trusted_proxies)

        async def action():  # type: ignore[no-untyped-def]
            if await runtime.login_limiter.blocked(address):
                response = info.context.response
                if response is not None and hasattr(response, "status_code"):
                    response.status_code = 429
                    response.headers["Retry-After"] = str(int(runtime.settings.login_address_window_seconds))
                raise DomainError.of(RATE_LIMITED, LOGIN_MESSAGE, "login")
            try:
                if len(login) > 120 or len(password) > 200:
                    raise auth.bad_credentials()
                account, token = await auth.login(runtime.db, runtime.settings, login.strip(), password)
            except DomainError:
                await runtime.login_limiter.failed(address)
                raise
            async with runtime.db.read() as session:
                principal = await auth.principal_for(session, account, token.session_id, expires_at=token.expires_at)
            return principal, token

        result, errors = await run_mutation(action)
        if errors:
            return LoginPayload(token=None, expires_at=None, viewer=None, errors=errors)
        principal, token = result
        if info.context.principal is None:
            # The payload's viewer is the account that just logged in: a front-end's first request
            # asks for `viewer { children { … } }`, resolved with the new session's rights.
            info.context.principal = principal
            info.context.fresh_loaders()
        return LoginPayload(token=token.token, expires_at=token.expires_at, viewer=Viewer.of_principal(principal), errors=[])

    @strawberry.mutation(
        description="End the session. The token stops working at once, over HTTP and WebSocket (its open sockets are "
        "closed with 4401), in every server process. A local token: its session ends and the session's recap mail is "
        "sent. An external (OpenID Connect) token: it is refused until its own expiry, and so is every other token of "
        "the same identity-provider session (same `sid`); the session at the identity provider itself is not ended."
    )
    async def logout(self, info: Info) -> LogoutPayload:
        context = info.context

        async def action() -> bool:
            principal = require(context.principal, Action.END_OWN_SESSION)
            await sessions.end_session(context.runtime, principal)
            return True

        ok, errors = await run_mutation(action)
        return LogoutPayload(ok=bool(ok), errors=errors)
