"""Phase 1 of the 3e procedure: pupils' files, intentions, avis, acknowledgement, switch, calendar.

Role names are relative to Léa MARTIN (3A, CLG LUCIE AUBRAC); targets "manon" (3B, same school)
and "sacha" (3C, CLG JEAN MOULIN) are other people's data for most roles.
"""
import datetime as dt

from graphql_api.graphql.base import decode_id, encode_id
from graphql_api.seed import PUPILS_3A, PUPILS_3B
from graphql_api.services import intentions, teleservice

from .matrix import (
    ALLOWED,
    EMPTY,
    FORBIDDEN,
    NOT_FOUND,
    NULL,
    REJECTED,
    ROLES,
    THREE_INTENTIONS,
    UNAUTHENTICATED,
    Case,
    World,
    avis_entered,
    closed,
    published,
    receives,
    refused,
    row,
)

# --- reads --------------------------------------------------------------------------------------

PUPIL = "query($id: ID!) { pupil(id: $id) { id orientation { provisionalAvis { items { value } } } } }"


def _is(target):  # type: ignore[no-untyped-def]
    def check(world, role, value):  # type: ignore[no-untyped-def]
        assert value["id"] == world.pupil_id(target), value

    return check


def _draft_avis_for_staff_only(world, role, value):  # type: ignore[no-untyped-def]
    assert value["id"] == world.pupil_id("lea")
    staff = role in ("pp_of_division", "secretary", "head")
    assert (value["orientation"]["provisionalAvis"] is not None) == staff, (role, value["orientation"])


_names_3a = [last.lower() for last, *_ in PUPILS_3A]
_names_3b = [last.lower() for last, *_ in PUPILS_3B]
VISIBLE_PUPILS = {
    "pupil": ["martin"],
    "entering_guardian": ["martin"],
    "other_guardian": ["martin"],
    "guardian_of_another_pupil": ["bernard"],
    "pp_of_division": _names_3a,
    "pp_of_another_division": _names_3b,
    "secretary": _names_3a + _names_3b,
    "head": _names_3a + _names_3b,
    "head_of_another_school": ["robert"],
}


def _exactly_own_pupils(world, role, value):  # type: ignore[no-untyped-def]
    got = sorted(decode_id("Pupil", e["node"]["id"]) for e in value["edges"])
    assert got == sorted(world.pupil_pk(n) for n in VISIBLE_PUPILS[role]), (role, got)
    assert value["totalCount"] == len(got)


READS = [
    Case(
        PUPIL,
        row(
            anonymous=UNAUTHENTICATED,
            pupil=ALLOWED,
            entering_guardian=ALLOWED,
            other_guardian=ALLOWED,
            pp_of_division=ALLOWED,
            secretary=ALLOWED,
            head=ALLOWED,
            others=NULL,
        ),
        target="lea",
        variables=lambda w: {"id": w.pupil_id("lea")},
        check=_is("lea"),
    ),
    Case(
        PUPIL,
        row(anonymous=UNAUTHENTICATED, pp_of_another_division=ALLOWED, secretary=ALLOWED, head=ALLOWED, others=NULL),
        target="manon",
        variables=lambda w: {"id": w.pupil_id("manon")},
        check=_is("manon"),
    ),
    Case(
        PUPIL,
        row(anonymous=UNAUTHENTICATED, head_of_another_school=ALLOWED, others=NULL),
        target="sacha",
        variables=lambda w: {"id": w.pupil_id("sacha")},
        check=_is("sacha"),
    ),
    Case(
        PUPIL,
        row(
            anonymous=UNAUTHENTICATED,
            pupil=ALLOWED,
            entering_guardian=ALLOWED,
            other_guardian=ALLOWED,
            pp_of_division=ALLOWED,
            secretary=ALLOWED,
            head=ALLOWED,
            others=NULL,
        ),
        target="lea, draft avis",
        state=avis_entered,
        variables=lambda w: {"id": w.pupil_id("lea")},
        check=_draft_avis_for_staff_only,
    ),
    Case(
        "query { pupils(first: 50) { totalCount edges { node { id } } } }",
        row(anonymous=UNAUTHENTICATED, academie=EMPTY, others=ALLOWED),
        check=_exactly_own_pupils,
    ),
    Case(
        "query { voies(palier: TROISIEME) { code label } }",
        row(others=ALLOWED),  # the national nomenclature is public
    ),
]

# --- writes -------------------------------------------------------------------------------------


def _revision(n):  # type: ignore[no-untyped-def]
    def check(world, role, value):  # type: ignore[no-untyped-def]
        assert value["pupil"]["orientation"]["intentions"]["revision"] == n, value

    return check


PUPIL_PAYLOAD = "pupil { id orientation { intentions { revision channel } } } errors { code }"


def _paper(world, role, value):  # type: ignore[no-untyped-def]
    assert value["pupil"]["orientation"]["intentions"]["channel"] == "PAPER", value
VALIDATE = "mutation($id: ID!) { validateIntentions(input: {pupilId: $id, intentions: [{voie: \"2GT\"}]}) { %s } }" % PUPIL_PAYLOAD
PAPER = (
    "mutation($id: ID!, $on: Date!) { enterPaperIntentions(input: {pupilId: $id, paperFormReceivedOn: $on, "
    'intentions: [{voie: "CAP1"}]}) { %s } }' % PUPIL_PAYLOAD
)
AVIS = (
    "mutation($id: ID!) { enterProvisionalAvis(input: {pupilId: $id, avis: [{rank: 1, value: FAVORABLE}, "
    "{rank: 2, value: FAVORABLE}, {rank: 3, value: FAVORABLE}]}) { %s } }" % PUPIL_PAYLOAD
)
ACK = "mutation($id: ID!) { acknowledgeAvis(input: {pupilId: $id, confirm: true}) { %s } }" % PUPIL_PAYLOAD
PAPER_ACK = "mutation($id: ID!, $on: Date!) { recordPaperAcknowledgement(input: {pupilId: $id, receivedOn: $on}) { %s } }" % PUPIL_PAYLOAD
SWITCH = (
    "mutation($etab: ID) { setTeleservice(input: {etablissementId: $etab, open: false, closureMessage: \"Conseils\"}) "
    "{ etablissement { id teleserviceOpen } errors { code } } }"
)
WINDOW = (
    "mutation($from: DateTime!, $to: DateTime!) { setPhaseWindow(input: {palier: TROISIEME, phase: DEFINITIVE, "
    "startsAt: $from, endsAt: $to}) { window { phase startsAt } errors { code } } }"
)


def _yesterday() -> str:
    return (dt.datetime.now(dt.timezone.utc).date() - dt.timedelta(days=1)).isoformat()


def _pupil_vars(target):  # type: ignore[no-untyped-def]
    return lambda w: {"id": w.pupil_id(target), "on": _yesterday()}


def _only(allowed_role, *, in_scope, scope_code=FORBIDDEN, **special):  # type: ignore[no-untyped-def]
    """A write on Léa: allowed roles succeed, roles that see her get ``scope_code``, the rest NOT_FOUND."""
    by_role = {r: scope_code for r in in_scope}
    by_role.update({r: ALLOWED for r in allowed_role})
    by_role.update(special)
    return row(anonymous=UNAUTHENTICATED, **by_role, others=NOT_FOUND)


SEES_LEA = ("pupil", "entering_guardian", "other_guardian", "pp_of_division", "secretary", "head")


def _closed_for(etab):  # type: ignore[no-untyped-def]
    def check(world, role, value):  # type: ignore[no-untyped-def]
        assert value["etablissement"] == {"id": world.etablissement_id(etab), "teleserviceOpen": False}, value

    return check


WRITES = [
    Case(
        VALIDATE,
        _only(
            ["entering_guardian"],
            in_scope=SEES_LEA,
            pupil=refused("PUPIL_CANNOT_WRITE"),
            other_guardian=refused("NOT_ENTERING_GUARDIAN"),
        ),
        target="lea",
        variables=lambda w: {"id": w.pupil_id("lea")},
        check=_revision(2),
    ),
    Case(
        VALIDATE,
        row(anonymous=UNAUTHENTICATED, head_of_another_school=FORBIDDEN, others=NOT_FOUND),
        target="sacha",
        variables=lambda w: {"id": w.pupil_id("sacha")},
    ),
    Case(PAPER, _only(["secretary", "head"], in_scope=SEES_LEA), target="lea", variables=_pupil_vars("lea"), check=_paper),
    Case(
        PAPER,
        row(anonymous=UNAUTHENTICATED, head_of_another_school=ALLOWED, others=NOT_FOUND),
        target="sacha",
        variables=_pupil_vars("sacha"),
        check=_paper,
    ),
    Case(AVIS, _only(["pp_of_division", "head"], in_scope=SEES_LEA), target="lea", state=closed, variables=_pupil_vars("lea")),
    Case(
        AVIS,
        row(anonymous=UNAUTHENTICATED, head_of_another_school=ALLOWED, others=NOT_FOUND),
        target="sacha",
        state=closed,
        variables=_pupil_vars("sacha"),
    ),
    Case(
        ACK,
        _only(
            ["entering_guardian"],
            in_scope=SEES_LEA,
            pupil=refused("PUPIL_CANNOT_WRITE"),
            other_guardian=refused("NOT_ENTERING_GUARDIAN"),
        ),
        target="lea",
        state=published,
        variables=_pupil_vars("lea"),
    ),
    Case(
        PAPER_ACK,
        _only(["secretary", "head"], in_scope=SEES_LEA),
        target="lea",
        state=published,
        variables=_pupil_vars("lea"),
        isolate=True,  # a second acknowledgement is ALREADY_ACKNOWLEDGED
    ),
    Case(
        PAPER_ACK,
        row(anonymous=UNAUTHENTICATED, head_of_another_school=ALLOWED, others=NOT_FOUND),
        target="sacha",
        state=published,
        variables=_pupil_vars("sacha"),
    ),
    Case(
        SWITCH,
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, others=FORBIDDEN),
        target="aubrac",
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
        check=_closed_for("aubrac"),
    ),
    Case(
        SWITCH,
        row(anonymous=UNAUTHENTICATED, head_of_another_school=ALLOWED, others=FORBIDDEN),
        target="moulin",
        variables=lambda w: {"etab": w.etablissement_id("moulin")},
        check=_closed_for("moulin"),
    ),
    Case(
        SWITCH,
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, head_of_another_school=ALLOWED, others=FORBIDDEN),
        target="own school",
    ),
    Case(  # was an INTERNAL_ERROR (unchecked lookup) that told existing ids from unknown ones
        SWITCH,
        row(anonymous=UNAUTHENTICATED, others=NOT_FOUND),
        target="unknown establishment",
        variables=lambda w: {"etab": encode_id("Etablissement", 999_999)},
    ),
    Case(
        WINDOW,
        row(anonymous=UNAUTHENTICATED, academie=ALLOWED, others=FORBIDDEN),
        variables=lambda w: {
            "from": (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=95)).isoformat(),
            "to": (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=155)).isoformat(),
        },
    ),
]

# --- subscriptions ------------------------------------------------------------------------------


async def _reopen_aubrac(world: World) -> None:
    """Publishes the avis of Léa, then of Hugo BERNARD (pupil id order)."""
    await world.as_("chef.aubrac", teleservice.set_teleservice, world.demo.etablissement, True, None, None)


async def _revalidate_lea_then_hugo(world: World) -> None:
    await world.as_("martin.pere", intentions.validate_intentions, world.pupil_pk("lea"), THREE_INTENTIONS)
    await world.as_("bernard.mere", intentions.validate_intentions, world.pupil_pk("bernard"), THREE_INTENTIONS)


def _subscription_row(*, own: bool):  # type: ignore[no-untyped-def]
    lea = receives("lea")
    return row(
        anonymous=REJECTED,
        pupil=lea,
        entering_guardian=lea,
        other_guardian=lea,
        # With Léa's id: not found. Without: their own child's event, and not Léa's (sent first).
        guardian_of_another_pupil=receives("bernard") if own else NOT_FOUND,
        others=FORBIDDEN,
    )


SUBSCRIPTIONS = [
    Case(
        "subscription($id: ID) { avisAvailable(pupilId: $id) { pupil { id } message } }",
        _subscription_row(own=own),
        target="own children" if own else "lea",
        state=avis_entered,
        variables=(lambda w: {}) if own else (lambda w: {"id": w.pupil_id("lea")}),
        trigger=_reopen_aubrac,
    )
    for own in (False, True)
] + [
    Case(
        "subscription($id: ID) { pupilFileUpdates(pupilId: $id) { type pupil { id } } }",
        _subscription_row(own=own),
        target="own children" if own else "lea",
        variables=(lambda w: {}) if own else (lambda w: {"id": w.pupil_id("lea")}),
        trigger=_revalidate_lea_then_hugo,
    )
    for own in (False, True)
]

CASES = READS + WRITES + SUBSCRIPTIONS
assert set(VISIBLE_PUPILS) | {"anonymous", "academie"} == set(ROLES)
