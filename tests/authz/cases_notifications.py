"""The inbox: notices belong to one account; nobody reads or marks another's."""
from sqlalchemy import select

from graphql_api.db.models import Notification
from graphql_api.graphql.base import decode_id

from .matrix import ALLOWED, EMPTY, ROLES, UNAUTHENTICATED, Case, row


def _own_notices(world, role, value):  # type: ignore[no-untyped-def]
    ids = {decode_id("Notice", edge["node"]["id"]) for edge in value["edges"]}
    assert ids == set(world.notices[ROLES[role]]), (ids, world.notices[ROLES[role]])


async def _others_notices_untouched(world, role, value):  # type: ignore[no-untyped-def]
    ids = world.notices["bernard.pere"]
    assert ids, "bernard.pere should have a notice (his co-guardian validated Hugo's intentions)"
    async with world.runtime.db.read() as session:
        read = (await session.execute(select(Notification.read_at).where(Notification.id.in_(ids)))).scalars().all()
    assert not any(read), "another account's notices were marked read"


# Notices after the baseline state (Léa's and Hugo's intentions validated by one guardian each):
# Léa's other guardian and Léa herself got one; the guardians who acted, staff and the académie none.
HAS_NOTICES = ("pupil", "other_guardian")

CASES = [
    Case(
        "query { notifications(first: 50) { totalCount edges { node { id pupilId } } } }",
        row(anonymous=UNAUTHENTICATED, **{r: ALLOWED for r in HAS_NOTICES}, others=EMPTY),
        check=_own_notices,
    ),
    Case(
        "query { unreadNotificationCount }",
        row(anonymous=UNAUTHENTICATED, others=ALLOWED),
    ),
    Case(
        "mutation { markNotificationsRead { unreadCount errors { code } } }",
        row(anonymous=UNAUTHENTICATED, others=ALLOWED),
        target="own",
    ),
    Case(
        "mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount errors { code } } }",
        row(anonymous=UNAUTHENTICATED, others=ALLOWED),
        target="another account's notices",
        variables=lambda world: {"ids": world.notice_ids("bernard.pere")},
        check=_others_notices_untouched,
    ),
]
