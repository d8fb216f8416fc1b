"""Staff tools: the head's staff list and delegation, statistics, and the live staff feed and
dashboard counters (subscriptions)."""
from graphql_api.graphql.base import encode_id
from graphql_api.seed import PUPILS_3A, PUPILS_3B
from graphql_api.services import intentions

from .matrix import (
    ALLOWED,
    FORBIDDEN,
    NOT_FOUND,
    REJECTED,
    THREE_INTENTIONS,
    UNAUTHENTICATED,
    Case,
    World,
    receives,
    row,
)

HEAD_ONLY = row(anonymous=UNAUTHENTICATED, head=ALLOWED, head_of_another_school=ALLOWED, others=FORBIDDEN)
AUBRAC_STAFF = ("chef.aubrac", "pp.3a", "pp.3b", "secretariat.aubrac")


def _own_staff(world, role, value):  # type: ignore[no-untyped-def]
    logins = ("chef.moulin", "pp.3c") if role == "head_of_another_school" else AUBRAC_STAFF
    assert sorted(m["id"] for m in value) == sorted(encode_id("Account", world.demo.accounts[a]) for a in logins), (role, value)


def _delegated(world, role, value):  # type: ignore[no-untyped-def]
    assert value["member"] == {"id": encode_id("Account", world.demo.accounts["pp.3b"]), "delegated": True}, value


def _pupils(n):  # type: ignore[no-untyped-def]
    def check(world, role, value):  # type: ignore[no-untyped-def]
        assert value["pupils"] == n, (role, value)

    return check


DELEGATE = (
    "mutation($id: ID!) { setDelegation(input: {accountId: $id, delegated: true}) "
    "{ member { id delegated } errors { code } } }"
)
STATISTICS = "query($etab: ID) { statistics(etablissementId: $etab) { pupils validatedIntentions } }"
AUBRAC_PUPILS = len(PUPILS_3A) + len(PUPILS_3B)

ACADEMIE_ONLY = row(anonymous=UNAUTHENTICATED, academie=ALLOWED, others=FORBIDDEN)


def _paris_establishments(world, role, value):  # type: ignore[no-untyped-def]
    assert sorted(e["uai"] for e in value) == ["0750001U", "0750002V", "0750003W"], value


HTTP = [
    Case("query { academieEtablissements { uai name } }", ACADEMIE_ONLY, check=_paris_establishments),
    Case("query { staffMembers { id delegated ppDivisions } }", HEAD_ONLY, check=_own_staff),
    Case(
        DELEGATE,
        # Another school's head: that person is not on their staff (not found).
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, head_of_another_school=NOT_FOUND, others=FORBIDDEN),
        target="pp.3b",
        variables=lambda w: {"id": encode_id("Account", w.demo.accounts["pp.3b"])},
        check=_delegated,
    ),
    Case(
        DELEGATE,
        row(anonymous=UNAUTHENTICATED, head=NOT_FOUND, head_of_another_school=ALLOWED, others=FORBIDDEN),
        target="pp.3c",
        variables=lambda w: {"id": encode_id("Account", w.demo.accounts["pp.3c"])},
    ),
    Case(
        STATISTICS,
        # The head: their school; the académie: the whole académie (collèges and the demo lycée).
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, head_of_another_school=ALLOWED, academie=ALLOWED, others=FORBIDDEN),
        target="own scope",
    ),
    Case(
        STATISTICS,
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, academie=ALLOWED, others=FORBIDDEN),
        target="aubrac",
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
        check=_pupils(AUBRAC_PUPILS),
    ),
    Case(
        "query($etab: ID) { statisticsComparison(etablissementId: $etab) { current { schoolYear pupils } previous { pupils } } }",
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, academie=ALLOWED, others=FORBIDDEN),
        target="aubrac",
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
        check=lambda w, role, value: value["current"]["pupils"] == AUBRAC_PUPILS and value["previous"] is None,
    ),
]


async def _revalidate_lea_manon_sacha(world: World) -> None:
    """Events of 3A, then 3B, then the other school: each staff member's first one is their own."""
    for login, target in (("martin.pere", "lea"), ("simon.mere", "manon"), ("robert.mere", "sacha")):
        await world.as_(login, intentions.validate_intentions, world.pupil_pk(target), THREE_INTENTIONS)


async def _revalidate_manon(world: World) -> None:
    await world.as_("simon.mere", intentions.validate_intentions, world.pupil_pk("manon"), THREE_INTENTIONS)


SUBSCRIPTIONS = [
    Case(
        "subscription { staffFeed { type pupil { id } } }",
        row(
            anonymous=REJECTED,
            pp_of_division=receives("lea"),
            pp_of_another_division=receives("manon"),
            secretary=receives("lea"),
            head=receives("lea"),
            head_of_another_school=receives("sacha"),
            others=FORBIDDEN,
        ),
        trigger=_revalidate_lea_manon_sacha,
    ),
    Case(
        # Replayed from the start: the baseline's events (Léa, Hugo, Sacha), filtered in SQL; only
        # PP 3B, with nothing to replay, waits for the live event (Manon's).
        "subscription($since: ID) { staffFeed(since: $since) { type pupil { id } } }",
        row(
            anonymous=REJECTED,
            pp_of_division=receives("lea"),
            pp_of_another_division=receives("manon"),  # nothing in 3B before the trigger
            secretary=receives("lea"),
            head=receives("lea"),
            head_of_another_school=receives("sacha"),
            others=FORBIDDEN,
        ),
        target="replay",
        variables=lambda w: {"since": encode_id("Event", 0)},
        trigger=_revalidate_manon,
    ),
    Case(
        "subscription { dashboardCounters { scope pupils } }",
        row(anonymous=REJECTED, head=ALLOWED, head_of_another_school=ALLOWED, academie=ALLOWED, others=FORBIDDEN),
        target="own scope",
        trigger=_revalidate_lea_manon_sacha,
    ),
    Case(
        "subscription($etab: ID) { dashboardCounters(etablissementId: $etab) { scope pupils } }",
        row(anonymous=REJECTED, head=ALLOWED, academie=ALLOWED, others=FORBIDDEN),
        target="aubrac",
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
        trigger=_revalidate_lea_manon_sacha,
    ),
]

CASES = HTTP + SUBSCRIPTIONS
