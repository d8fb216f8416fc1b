import datetime as dt
from typing import Optional

import strawberry

from ..base import encode_id
from ..enums import ChannelEnum, DashboardScopeEnum


@strawberry.type
class Notice:
    """A notice in the inbox."""

    id: strawberry.ID
    kind: str
    title: str
    body: str
    link_path: Optional[str] = strawberry.field(description="Deep link for the front-end (prefix with its base URL).")
    pupil_id: Optional[strawberry.ID]
    created_at: dt.datetime
    read_at: Optional[dt.datetime]

    @classmethod
    def of(cls, row) -> "Notice":  # type: ignore[no-untyped-def]
        return cls(
            id=encode_id("Notice", row.id),
            kind=row.kind,
            title=row.title,
            body=row.body,
            link_path=row.link_path,
            pupil_id=encode_id("Pupil", row.pupil_id) if row.pupil_id else None,
            created_at=row.created_at,
            read_at=row.read_at,
        )


@strawberry.type
class PupilRef:
    id: strawberry.ID
    first_name: str


@strawberry.type
class FileEvent:
    """A step of a pupil's file, pushed live; renders without a second query."""

    id: strawberry.ID
    type: str
    occurred_at: dt.datetime
    pupil: Optional[PupilRef]
    title: str
    message: str
    next_step: str = strawberry.field(description="What the family should do now, in French (may be empty).")
    link_path: Optional[str]
    link: Optional[str] = strawberry.field(description="PUBLIC_BASE_URL + linkPath.")
    by_viewer: bool


@strawberry.type
class AvisAvailable:
    pupil: PupilRef
    message: str
    link_path: str
    occurred_at: dt.datetime


@strawberry.type
class Actor:
    name: str
    role: str = strawberry.field(description="In French: responsable légal, professeur principal, secrétariat…")


@strawberry.type
class StaffFeedItem:
    """A change in a division the viewer follows: who did what, when, to whom."""

    id: strawberry.ID = strawberry.field(description="Event id, usable as a `since` cursor.")
    type: str
    occurred_at: dt.datetime
    actor: Optional[Actor]
    channel: Optional[ChannelEnum] = strawberry.field(description="Through which channel it happened (null if unknown).")
    summary: str = strawberry.field(description="What happened, in French.")
    pupil: Optional["StaffPupilRef"]
    division_code: Optional[str]
    link_path: Optional[str]
    link: Optional[str]


@strawberry.type
class StaffPupilRef:
    id: strawberry.ID
    first_name: str
    last_name: str


@strawberry.type
class DashboardCounters:
    """Pushed at subscription, then each time an event changes them."""

    scope: DashboardScopeEnum
    pupils: int
    families_validated: int
    avis_pending: int = strawberry.field(description="Intentions validated, no avis entered yet.")
    acknowledgements: int
    acknowledgements_pending: int
    cause_event_type: Optional[str] = strawberry.field(description="The event that triggered this push (null for the first).")
    computed_at: dt.datetime
    link_path: str


@strawberry.type
class FailedMail:
    """A mail the relay refused for good: the school should reach the family another way."""

    id: strawberry.ID
    pupil: StaffPupilRef
    to_address: str
    subject: str
    kind: str
    reason: str
    attempts: int
    created_at: dt.datetime


@strawberry.type
class NotificationBacklog:
    pending_events: int
    unpublished_events: int
    pending_mails: int
    failed_mails: int
    oldest_pending_event_at: Optional[dt.datetime]


@strawberry.type
class AcademieNotice:
    id: strawberry.ID
    voie: str
    serie: Optional[str]
    title: str
    body: str
    deadline: Optional[dt.date]
    remind_days_before: int
    active: bool
    created_at: dt.datetime

    @classmethod
    def of(cls, row) -> "AcademieNotice":  # type: ignore[no-untyped-def]
        return cls(
            id=encode_id("AcademieNotice", row.id),
            voie=row.voie_code,
            serie=row.serie_code,
            title=row.title,
            body=row.body,
            deadline=row.deadline,
            remind_days_before=row.remind_days_before,
            active=row.active,
            created_at=row.created_at,
        )
