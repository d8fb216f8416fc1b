import datetime as dt
from typing import Optional

import strawberry

from ..base import encode_id


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
    link_path: Optional[str]
    by_viewer: bool


@strawberry.type
class AvisAvailable:
    pupil: PupilRef
    message: str
    link_path: str
    occurred_at: dt.datetime
