"""A local SMTP server for the embedded default: mails are really sent, and land in a folder."""
from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller

log = logging.getLogger("notifications.sink")


class SpoolHandler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
        path = self.folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml"
        path.write_bytes(envelope.original_content or envelope.content)
        log.info("mail delivered to the spool folder: %s", path.name)
        return "250 Message accepted for delivery"


def start_sink(host: str, port: int, folder: Path) -> Controller:
    controller = Controller(SpoolHandler(folder), hostname=host, port=port)
    controller.start()
    return controller
