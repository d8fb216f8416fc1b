"""Live pushes. Authorization at subscribe time (policy), filtering per event in the hub.

Each push renders without a second query and carries a deep link. `since` (an event id
received earlier) replays what was missed from the outbox, then continues live without
duplicates: the live subscription is opened before the replay and skips replayed ids.
"""
import datetime as dt
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any, Optional

import strawberry
from strawberry.types import Info

from notifications.dispatcher import render_messages
from notifications.hub import ANY_ROUTE, academie_key, etablissement_key, pupil_key, school_wide_key
from graphql_api.domain.texts.notices import describe, describe_for_staff

from ..domain.errors import DomainError
from ..domain.events import Audience, EventType, delivery, types_where
from ..domain.vocabulary import Channel, DashboardScope, Role
from ..policy import Action, Principal, Target, family_pupils, not_found, require, require_authenticated, sees_event
from ..domain.texts import errors as texts
from ..services import feeds
from ..services.clock import utcnow
from ..services.counters import COUNTER_EVENTS, live_counters
from .base import decode_id, encode_id
from .notifications.types import Actor, AvisAvailable, DashboardCounters, FileEvent, PupilRef, StaffFeedItem, StaffPupilRef

REPLAY_LIMIT = 500
SCHOOL_PUSHES = types_where(lambda d: d.push is Audience.SCHOOL_FAMILIES)
Message = dict[str, Any]


def _family_pupils(principal: Principal, pupil_id: Optional[str]) -> set[int]:
    """The policy's family scope, narrowed to one of those pupils when asked."""
    own = family_pupils(principal)
    if pupil_id is None:
        return own
    pk = decode_id("Pupil", pupil_id)
    if pk is None or pk not in own:
        raise not_found()
    return {pk}


def _since(value: Optional[str]) -> Optional[int]:
    if value is None:
        return None
    pk = decode_id("Event", value)
    if pk is None:
        raise DomainError.of("INVALID_CURSOR", texts.INVALID_EVENT_CURSOR, "since")
    return pk


async def _stream(
    info: Info, concerns: Callable[[Message], bool], routes: list[str], since: Optional[int], replay_where: Any, live: Any = None
) -> AsyncIterator[Message]:
    """Replay committed events after `since` (same filter as live), then live ones (`live`: a
    hub subscription the caller registered earlier; messages are filtered again on the way out,
    since a subscription registered before its scope was known queued broadly)."""
    live = live if live is not None else info.context.runtime.hub.subscribe(concerns, routes)
    try:
        seen: set[int] = set()
        if since is not None:
            async with info.context.runtime.db.read() as session:
                rows = await feeds.events_after(session, since, replay_where, REPLAY_LIMIT)
                messages = await render_messages(session, rows)
            for message in messages:
                if concerns(message):
                    seen.add(message["id"])
                    yield message
            del rows, messages
        # Each loop below drops its last message before waiting for the next: a suspended
        # generator's locals live as long as the socket (thousands of sockets, ~2 KiB each).
        async for message in live:
            if message["id"] in seen or not concerns(message):
                continue
            yield message
            del message
    finally:
        live.close()


def _link(runtime: Any, path: Optional[str]) -> Optional[str]:
    return runtime.settings.public_base_url + path if path else None


def file_event(runtime: Any, message: Message, principal: Principal) -> FileEvent:
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
        next_step=notice.next_step if notice else "",
        link_path=notice.link_path if notice else None,
        link=_link(runtime, notice.link_path if notice else None),
        by_viewer=message.get("actorAccountId") == principal.account_id,
    )


def _staff_item(info: Info, message: Message) -> StaffFeedItem:
    payload = message.get("payload") or {}
    pupil_id = message.get("pupilId")
    actor = message.get("actor")
    path = f"/etablissement/eleves/{encode_id('Pupil', pupil_id)}" if pupil_id else None
    return StaffFeedItem(
        id=encode_id("Event", message["id"]),
        type=message["type"],
        occurred_at=dt.datetime.fromisoformat(message["occurredAt"]),
        actor=Actor(name=actor["name"], role=actor["role"]) if actor else None,
        channel=Channel(message["channel"]) if message.get("channel") in Channel._value2member_map_ else None,
        summary=describe_for_staff(message["type"], payload),
        pupil=StaffPupilRef(id=encode_id("Pupil", pupil_id), first_name=payload.get("firstName", ""), last_name=payload.get("lastName", ""))
        if pupil_id
        else None,
        division_code=message.get("divisionCode"),
        link_path=path,
        link=_link(info.context.runtime, path),
    )


class FamilyFilter:
    """Which events a family's `pupilFileUpdates` pushes: its children's pushed events, and the
    school-wide pushes (téléservice switch) of their schools. `etabs` None: the schools are not
    known yet (the subscription is registered on every route meanwhile, and filters again once
    they are)."""

    __slots__ = ("pupils", "etabs")

    def __init__(self, pupils: set[int], etabs: set[int] | None) -> None:
        self.pupils = pupils
        self.etabs = etabs

    def __call__(self, m: Message) -> bool:
        push = delivery(m.get("type", "")).push
        if push is Audience.NOBODY:
            return False
        if m.get("pupilId") in self.pupils:
            return True
        etabs = self.etabs
        return (
            push is Audience.SCHOOL_FAMILIES
            and m.get("pupilId") is None
            and (etabs is None or m.get("etablissementId") in etabs)  # unknown yet: kept, checked again on the way out
        )

    def routes(self) -> list[str]:
        keys = [pupil_key(p) for p in self.pupils]
        return keys + ([school_wide_key(e) for e in self.etabs] if self.etabs is not None else [ANY_ROUTE])


def file_updates_scope(principal: Principal, pupil_id: Optional[str]) -> FamilyFilter:
    """The policy's family scope (narrowed to one child when asked; not found otherwise) and,
    when the principal carries them (auth.principal_for), the children's schools."""
    pupils = _family_pupils(principal, pupil_id)
    schools = principal.family_schools
    return FamilyFilter(pupils, {e for p, e in schools if p in pupils} if schools is not None else None)


async def _schools_of(info: Info, pupils: set[int]) -> set[int]:
    """The children's schools (a function of its own: no session outlives it in the
    subscription's frame, which thousands of open sockets each hold)."""
    async with info.context.runtime.db.read() as session:
        return await feeds.schools_of(session, pupils)


@strawberry.type
class Subscription:
    @strawberry.subscription(description="The avis of the council became available for one of the viewer's children.")
    async def avis_available(self, info: Info, pupil_id: Optional[strawberry.ID] = None) -> AsyncGenerator[AvisAvailable, None]:
        principal = require_authenticated(info.context.principal)
        pupils = _family_pupils(principal, pupil_id)
        live = info.context.runtime.hub.subscribe(
            lambda m: m.get("type") == EventType.AVIS_PUBLISHED and m.get("pupilId") in pupils, [pupil_key(p) for p in pupils]
        )
        try:
            async for message in live:
                payload = message.get("payload") or {}
                notice = describe(message["type"], payload, message["pupilId"])
                assert notice is not None
                yield AvisAvailable(
                    pupil=PupilRef(id=encode_id("Pupil", message["pupilId"]), first_name=payload.get("firstName", "")),
                    message=f"{notice.body} {notice.next_step}",
                    link_path=notice.link_path,
                    occurred_at=dt.datetime.fromisoformat(message["occurredAt"]),
                )
                del message, payload, notice
        finally:
            live.close()

    @strawberry.subscription(
        description="Every step of the viewer's children's files and the téléservice switch. `since`: the id of the "
        "last event received, to replay what was missed before continuing live."
    )
    async def pupil_file_updates(
        self, info: Info, pupil_id: Optional[strawberry.ID] = None, since: Optional[strawberry.ID] = None
    ) -> AsyncGenerator[FileEvent, None]:
        principal = require_authenticated(info.context.principal)
        concerns = file_updates_scope(principal, pupil_id)
        after = _since(since)
        # Registered with the hub BEFORE any read: an event committed meanwhile is queued.
        live = info.context.runtime.hub.subscribe(concerns, concerns.routes())
        try:
            if concerns.etabs is None:  # a principal that does not carry the children's schools
                concerns.etabs = await _schools_of(info, concerns.pupils)
                live.add_routes(school_wide_key(e) for e in concerns.etabs)
                live.remove_routes([ANY_ROUTE])
            # Built only for a replay: this generator's frame lives as long as the socket.
            where = feeds.family_events(concerns.pupils, concerns.etabs, SCHOOL_PUSHES) if after is not None else None
            runtime = info.context.runtime
            async for message in _stream(info, concerns, [], after, where, live=live):
                yield file_event(runtime, message, principal)
                del message
        finally:
            live.close()

    @strawberry.subscription(
        description="Staff: live feed of changes in the divisions the viewer may see (head: the whole school; PP: "
        "their divisions). `since` replays what was missed."
    )
    async def staff_feed(self, info: Info, since: Optional[strawberry.ID] = None) -> AsyncGenerator[StaffFeedItem, None]:
        principal = require_authenticated(info.context.principal)
        require(principal, Action.FOLLOW_LIVE_FEED, Target(etablissement_id=principal.etablissement_id))
        after = _since(since)

        def concerns(m: Message) -> bool:
            return sees_event(principal, m.get("etablissementId"), m.get("divisionId"))

        routes = [etablissement_key(principal.etablissement_id)]  # type: ignore[arg-type]
        where = feeds.staff_events(principal)
        async for message in _stream(info, concerns, routes, after, where):
            yield _staff_item(info, message)
            del message

    @strawberry.subscription(
        description="Live counters of an establishment (head) or of the académie (académie; or one of its schools "
        "with etablissementId): pushed now, then whenever an event changes them."
    )
    async def dashboard_counters(
        self, info: Info, etablissement_id: Optional[strawberry.ID] = None
    ) -> AsyncGenerator[DashboardCounters, None]:
        principal = require_authenticated(info.context.principal)
        runtime = info.context.runtime
        etab_id: Optional[int] = None
        academie_id: Optional[int] = None
        if etablissement_id is None and principal.role is Role.ACADEMIE:
            academie_id = principal.academie_id
            require(principal, Action.READ_STATISTICS, Target(academie_id=academie_id))
            path = "/pilotage/academie"
        else:
            etab_id = decode_id("Etablissement", etablissement_id) if etablissement_id else principal.etablissement_id
            async with runtime.db.read() as session:
                etab = await feeds.etablissement(session, etab_id)
            require(principal, Action.READ_STATISTICS, Target(etablissement_id=etab_id, academie_id=etab.academie_id if etab else -1))
            path = f"/pilotage/etablissements/{encode_id('Etablissement', etab_id)}"  # type: ignore[arg-type]

        def concerns(m: Message) -> bool:
            if m.get("type") not in COUNTER_EVENTS:
                return False
            return m.get("etablissementId") == etab_id if etab_id is not None else m.get("academieId") == academie_id

        async def counters(cause: Optional[str]) -> DashboardCounters:
            async with runtime.db.read() as session:
                values = await live_counters(session, etablissement_id=etab_id, academie_id=academie_id)
            return DashboardCounters(
                scope=DashboardScope.ETABLISSEMENT if etab_id is not None else DashboardScope.ACADEMIE,
                cause_event_type=cause,
                computed_at=utcnow(),
                link_path=path,
                **values,
            )

        live = runtime.hub.subscribe(concerns, [etablissement_key(etab_id) if etab_id is not None else academie_key(academie_id)])  # type: ignore[arg-type]
        try:
            yield await counters(None)
            async for message in live:
                burst = [message, *live.drain()]  # one recount for a burst of events
                yield await counters(burst[-1]["type"])
                del message, burst
        finally:
            live.close()
