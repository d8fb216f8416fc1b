"""Notification operations: failed mails (the school replaces a bad address), the delivery
backlog and the académie's notices attached to voies (académie only)."""
import datetime as dt
from functools import partial

from sqlalchemy import update

from graphql_api.db.models import OutgoingMail
from graphql_api.graphql.base import decode_id, encode_id
from graphql_api.services import intentions, notices

from .matrix import (
    ALLOWED,
    FORBIDDEN,
    NOT_FOUND,
    THREE_INTENTIONS,
    UNAUTHENTICATED,
    Case,
    World,
    row,
)

ACADEMIE_ONLY = row(anonymous=UNAUTHENTICATED, academie=ALLOWED, others=FORBIDDEN)


async def mails_failed(world: World) -> None:
    """Mails about Léa, Hugo (3A), Manon (3B) and Sacha (other school), all refused by the relay
    (the status mail.py sets after the last attempt)."""
    await world.as_("simon.mere", intentions.validate_intentions, world.pupil_pk("manon"), THREE_INTENTIONS)
    async with world.runtime.db.write() as session:
        await session.execute(update(OutgoingMail).values(status="FAILED", attempts=5, last_error="550 Mailbox unavailable"))


SEES_MAILS_OF = {
    "pp_of_division": {"lea", "bernard"},
    "pp_of_another_division": {"manon"},
    "secretary": {"lea", "bernard", "manon"},
    "head": {"lea", "bernard", "manon"},
    "head_of_another_school": {"sacha"},
}


def _failed_mails_in_scope(world, role, value):  # type: ignore[no-untyped-def]
    got = {decode_id("Pupil", e["node"]["pupil"]["id"]) for e in value["edges"]}
    assert got == {world.pupil_pk(t) for t in SEES_MAILS_OF[role]}, (role, got)


NOTICE: dict[str, int] = {}  # the notice the ``notice_published`` state created


async def notice_published(world: World) -> None:
    notice = await world.as_(
        "admin.academie",
        partial(
            notices.publish_notice,
            voie_code="2GT",
            serie_code=None,
            title="Journées portes ouvertes",
            body="Les lycées ouvrent leurs portes.",
            deadline=None,
            remind_days_before=3,
        ),
    )
    NOTICE["id"] = notice.id


def _lists_the_notice(world, role, value):  # type: ignore[no-untyped-def]
    assert value == [{"id": encode_id("AcademieNotice", NOTICE["id"]), "title": "Journées portes ouvertes", "active": True}], value


def _withdrawn(world, role, value):  # type: ignore[no-untyped-def]
    assert value["notice"] == {"id": encode_id("AcademieNotice", NOTICE["id"]), "active": False}, value


CASES = [
    Case(
        "query { failedMails(first: 50) { totalCount edges { node { pupil { id } } } } }",
        row(anonymous=UNAUTHENTICATED, **{r: ALLOWED for r in SEES_MAILS_OF}, others=FORBIDDEN),
        state=mails_failed,
        check=_failed_mails_in_scope,
    ),
    Case("query { notificationBacklog { pendingEvents failedMails } }", ACADEMIE_ONLY),
    Case("query { academieNotices { id title active } }", ACADEMIE_ONLY, state=notice_published, check=_lists_the_notice),
    Case(
        "mutation($on: Date) { publishAcademieNotice(input: {voie: \"2GT\", title: \"Inscriptions\", "
        "body: \"Les inscriptions ouvrent le lundi.\", deadline: $on}) { notice { id } errors { code } } }",
        ACADEMIE_ONLY,
        variables=lambda w: {"on": (dt.date.today() + dt.timedelta(days=20)).isoformat()},
    ),
    Case(
        "mutation($id: ID!) { withdrawAcademieNotice(id: $id) { notice { id active } errors { code } } }",
        ACADEMIE_ONLY,
        state=notice_published,
        variables=lambda w: {"id": encode_id("AcademieNotice", NOTICE["id"])},
        check=_withdrawn,
    ),
    Case(
        "mutation($id: ID!) { withdrawAcademieNotice(id: $id) { notice { id active } errors { code } } }",
        row(anonymous=UNAUTHENTICATED, academie=NOT_FOUND, others=FORBIDDEN),
        target="unknown notice",
        variables=lambda w: {"id": encode_id("AcademieNotice", 999_999)},
    ),
]
