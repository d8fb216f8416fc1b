"""Staff and académie side of notifications: failed mails, backlog, académie notices."""
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from notifications.backlog import backlog

from ...services.transaction import committed

from ...policy import Action, Target, require, require_authenticated
from ...services import failed_mails, notices
from ..base import Connection, Edge, page_of, UserErrorType, decode_cursor, decode_id, encode_cursor, encode_id, page_size, require_id, run_mutation
from .types import AcademieNotice, FailedMail, NotificationBacklog, StaffPupilRef


async def resolve_failed_mails(info: Info, first: Optional[int] = None, after: Optional[str] = None) -> Connection[FailedMail]:
    """Failed mails of the pupils the viewer may see (PP: their divisions), newest first."""
    context = info.context
    principal = require_authenticated(context.principal)
    require(principal, Action.READ_FAILED_MAILS, Target(etablissement_id=principal.etablissement_id))
    limit = page_size(first, context.runtime.settings.max_page_size)
    after_id = decode_cursor(after)
    async with context.runtime.db.read() as session:
        total, rows = await failed_mails.failed_mails(session, principal, after_id, limit)
    edges = [
        Edge(
            cursor=encode_cursor(m.id),
            node=FailedMail(
                id=encode_id("Mail", m.id),
                pupil=StaffPupilRef(id=encode_id("Pupil", p.id), first_name=p.first_name, last_name=p.last_name),
                to_address=m.to_address,
                subject=m.subject,
                kind=m.kind,
                reason=m.last_error or "",
                attempts=m.attempts,
                created_at=m.created_at,
            ),
        )
        for m, p in rows[:limit]
    ]
    return page_of(edges, has_next=len(rows) > limit, has_previous=after_id is not None, total=total)


async def resolve_backlog(info: Info) -> NotificationBacklog:
    principal = require_authenticated(info.context.principal)
    require(principal, Action.READ_NOTIFICATION_BACKLOG)
    return NotificationBacklog(**(await backlog(info.context.runtime.db)))


async def resolve_academie_notices(info: Info, pupil_id: Optional[strawberry.ID] = None) -> list[AcademieNotice]:
    """The académie: all its notices. Families: the active ones concerning their child's requests
    (``pupilId``: one child)."""
    pk = (decode_id("Pupil", pupil_id) or -1) if pupil_id is not None else None
    async with info.context.runtime.db.read() as session:
        return [AcademieNotice.of(n) for n in await notices.list_notices(session, info.context.principal, pk)]


@strawberry.input
class PublishAcademieNoticeInput:
    voie: str
    serie: Optional[str] = None
    title: str
    body: str
    deadline: Optional[dt.date] = None
    remind_days_before: int = 3


@strawberry.type
class AcademieNoticePayload:
    notice: Optional[AcademieNotice]
    errors: list[UserErrorType]


@strawberry.type
class AcademieNoticeMutation:
    @strawberry.mutation(description="The académie attaches a notice (and an optional deadline) to a voie or série.")
    async def publish_academie_notice(self, info: Info, input: PublishAcademieNoticeInput) -> AcademieNoticePayload:
        runtime = info.context.runtime

        async def action() -> AcademieNotice:
            row = await committed(
                runtime, notices.publish_notice, info.context.principal, voie_code=input.voie, serie_code=input.serie,
                title=input.title, body=input.body, deadline=input.deadline, remind_days_before=input.remind_days_before,
            )
            return AcademieNotice.of(row)

        notice, errors = await run_mutation(action)
        return AcademieNoticePayload(notice=notice, errors=errors)

    @strawberry.mutation(description="Withdraw a notice: no more reminders, later validations are not told.")
    async def withdraw_academie_notice(self, info: Info, id: strawberry.ID) -> AcademieNoticePayload:
        runtime = info.context.runtime

        async def action() -> AcademieNotice:
            pk = require_id("AcademieNotice", id)
            row = await committed(runtime, notices.withdraw_notice, info.context.principal, pk)
            return AcademieNotice.of(row)

        notice, errors = await run_mutation(action)
        return AcademieNoticePayload(notice=notice, errors=errors)
