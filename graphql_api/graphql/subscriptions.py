"""Live pushes. Authorization at subscribe time (policy scope), filtering per event in the hub."""
import datetime as dt
from collections.abc import AsyncGenerator
from typing import Any, Optional

import strawberry
from strawberry.types import Info

from notifications.messages import describe, describe_for_staff

from ..domain.errors import DomainError
from ..domain.vocabulary import Role
from ..policy import Principal, require_authenticated
from .base import decode_id, encode_id
from .notifications.types import AvisAvailable, FileEvent, PupilRef

FAMILY_ETABLISSEMENT_EVENTS = {"TELESERVICE_OPENED", "TELESERVICE_CLOSED"}


def _family_pupils(principal: Principal, pupil_id: Optional[str]) -> set[int]:
    if principal.role is Role.GUARDIAN:
        own = set(principal.child_ids)
    elif principal.role is Role.PUPIL and principal.pupil_id:
        own = {principal.pupil_id}
    else:
        raise DomainError.of("FORBIDDEN", "Cet abonnement est réservé aux familles.")
    if pupil_id is None:
        return own
    pk = decode_id("Pupil", pupil_id)
    if pk is None or pk not in own:
        raise DomainError.of("NOT_FOUND", "Élève introuvable ou non accessible avec ce compte.")
    return {pk}


async def _family_etablissements(info: Info, pupils: set[int]) -> set[int]:
    from sqlalchemy import select

    from ..db.models import Pupil

    async with info.context.runtime.db.read() as session:
        return set((await session.execute(select(Pupil.etablissement_id).where(Pupil.id.in_(pupils)))).scalars())


def _file_event(message: dict[str, Any], principal: Principal) -> FileEvent:
    payload = message.get("payload") or {}
    pupil_id = message.get("pupilId")
    notice = describe(message["type"], payload, pupil_id)
    return FileEvent(
        id=encode_id("Event", message["id"]),
        type=message["type"],
        occurred_at=dt.datetime.fromisoformat(message["occurredAt"]),
        pupil=PupilRef(id=encode_id("Pupil", pupil_id), first_name=payload.get("firstName", "")) if pupil_id else None,
        title=notice.title if notice else describe_for_staff(message["type"], payload),
        message=notice.body if notice else describe_for_staff(message["type"], payload),
        link_path=notice.link_path if notice else None,
        by_viewer=message.get("actorAccountId") == principal.account_id,
    )


@strawberry.type
class Subscription:
    @strawberry.subscription(description="The avis of the council became available for one of the viewer's children.")
    async def avis_available(self, info: Info, pupil_id: Optional[strawberry.ID] = None) -> AsyncGenerator[AvisAvailable, None]:
        principal = require_authenticated(info.context.principal)
        pupils = _family_pupils(principal, pupil_id)
        stream = info.context.runtime.hub.subscribe(
            lambda m: m.get("type") == "AVIS_PUBLISHED" and m.get("pupilId") in pupils
        )
        async for message in stream:
            payload = message.get("payload") or {}
            notice = describe(message["type"], payload, message["pupilId"])
            assert notice is not None
            yield AvisAvailable(
                pupil=PupilRef(id=encode_id("Pupil", message["pupilId"]), first_name=payload.get("firstName", "")),
                message=notice.body,
                link_path=notice.link_path,
                occurred_at=dt.datetime.fromisoformat(message["occurredAt"]),
            )

    @strawberry.subscription(description="Every step of the viewer's children's files, and the téléservice switch.")
    async def pupil_file_updates(self, info: Info, pupil_id: Optional[strawberry.ID] = None) -> AsyncGenerator[FileEvent, None]:
        principal = require_authenticated(info.context.principal)
        pupils = _family_pupils(principal, pupil_id)
        etabs = await _family_etablissements(info, pupils)

        def concerns(m: dict[str, Any]) -> bool:
            if m.get("pupilId") in pupils:
                # Drafts (avis, proposition) are not the family's until published.
                return m.get("type") not in ("AVIS_ENTERED", "PROPOSITION_ENTERED")
            return m.get("type") in FAMILY_ETABLISSEMENT_EVENTS and m.get("etablissementId") in etabs

        async for message in info.context.runtime.hub.subscribe(concerns):
            yield _file_event(message, principal)
