"""Two ASGI idioms our middlewares share: replaying a body already read, and knowing whether
the response has started (after which an error can no longer become a clean answer)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import Message, Receive, Send


def replay_body(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the app the whole body once, then defers to the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def tracking_start(send: Send) -> tuple[Send, Callable[[], bool]]:
    """`send` wrapped to remember whether `http.response.start` went out, and how to ask."""
    started = False

    async def tracking_send(message: Message) -> None:
        nonlocal started
        started = started or message["type"] == "http.response.start"
        await send(message)

    return tracking_send, lambda: started
