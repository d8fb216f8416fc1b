"""Phase 2 and the rest of a pupil's procedure: choix définitifs, proposition, answer, entretien,
décision, appel, maintien, the other guardian's disagreement, hors procédure, PP interview, audit.

Each write runs in the state where it is possible (built through the services, one step after
the other, for Léa and for Sacha in the other school), so a refusal comes from the policy, or
from the rule that names the family member (pupil, guardian without the hand), never from the
file's state.
"""
import datetime as dt

from graphql_api.domain.working_days import paris_date
from graphql_api.services import avis, choices, decision, proposition, teleservice
from graphql_api.services.clock import utcnow
from tests.procedure.helpers import move_to_definitive

from .cases_phase1 import SEES_LEA, _only
from .matrix import (
    ALLOWED,
    FORBIDDEN,
    NOT_FOUND,
    THREE_INTENTIONS,
    UNAUTHENTICATED,
    Case,
    World,
    published,
    refused,
    row,
)

# Who acts for each pupil of the states below: entering guardian, PP, head.
ACTORS = {"lea": ("martin.pere", "pp.3a", "chef.aubrac"), "sacha": ("robert.mere", "chef.moulin", "chef.moulin")}
SCHOOLS = {"lea": "etablissement", "sacha": "other_etablissement"}


def _today() -> str:
    return paris_date(utcnow()).isoformat()


def _yesterday() -> str:
    return (paris_date(utcnow()) - dt.timedelta(days=1)).isoformat()


async def _each(world: World, who: int, use_case, *args) -> None:  # type: ignore[no-untyped-def]
    for target, actors in ACTORS.items():
        await world.as_(actors[who], use_case, world.pupil_pk(target), *args)


async def _switch(world: World, open_: bool) -> None:
    for target, (_, _, head) in ACTORS.items():
        await world.as_(head, teleservice.set_teleservice, getattr(world.demo, SCHOOLS[target]), open_, None, None)


# --- states, each the one before plus one step -------------------------------------------------


async def definitive(world: World) -> None:
    """Avis published and acknowledged; "now" in the definitive phase, téléservice open."""
    await published(world)
    await _each(world, 0, avis.acknowledge_avis, True)
    await move_to_definitive(world.runtime.db, world.demo.academie)


async def choices_closed(world: World) -> None:
    """Choix définitifs validated, téléservice closed (conseils de classe)."""
    await definitive(world)
    await _each(world, 0, choices.validate_choices, THREE_INTENTIONS)
    await _switch(world, False)


async def proposition_published(world: World) -> None:
    await choices_closed(world)
    await _each(world, 1, proposition.enter_proposition, "2GT", None, None)
    await _switch(world, True)


async def disagreed(world: World) -> None:
    await proposition_published(world)
    await _each(world, 0, proposition.answer_proposition, False)


async def interviewed(world: World) -> None:
    await disagreed(world)
    await _each(world, 2, decision.record_head_interview, paris_date(utcnow()))


async def decided(world: World) -> None:
    await interviewed(world)
    await _each(world, 2, decision.take_decision, "2PRO", None, "Projet professionnel construit avec la famille.", False)


async def appealed(world: World) -> None:
    await decided(world)
    await _each(world, 0, decision.file_appeal, None)


# --- rows ---------------------------------------------------------------------------------------

FAMILY_WRITE = {"pupil": refused("PUPIL_CANNOT_WRITE"), "other_guardian": refused("NOT_ENTERING_GUARDIAN")}


def _on_sacha(allowed: bool):  # type: ignore[no-untyped-def]
    """Sacha (other school): only its head may see the file; everyone else, not found."""
    return row(anonymous=UNAUTHENTICATED, head_of_another_school=ALLOWED if allowed else FORBIDDEN, others=NOT_FOUND)


def mutation(name: str, fields: str = "") -> str:
    """A write on the pupil ``$id``; ``$today`` and ``$yesterday`` (Paris) when ``fields`` use them."""
    dates = "".join(f", ${d}: Date!" for d in ("today", "yesterday") if f"${d}" in fields)
    return f"mutation($id: ID!{dates}) {{ {name}(input: {{pupilId: $id{fields}}}) {{ pupil {{ id }} errors {{ code }} }} }}"


def _vars(document, target):  # type: ignore[no-untyped-def]
    dates = {"today": _today, "yesterday": _yesterday}
    return lambda w: {"id": w.pupil_id(target), **{d: day() for d, day in dates.items() if f"${d}" in document}}


def _on(target):  # type: ignore[no-untyped-def]
    def check(world, role, value):  # type: ignore[no-untyped-def]
        assert value == {"pupil": {"id": world.pupil_id(target)}, "errors": []}, (role, value)

    return check


# (document, state, row on Léa, whether Sacha's head may, isolate: a second allowed call is refused)
WRITES = [
    (
        mutation("validateChoices", ', choices: [{voie: "2GT"}]'),
        definitive,
        _only(["entering_guardian"], in_scope=SEES_LEA, **FAMILY_WRITE),
        False,
        False,
    ),
    (
        mutation("enterPaperChoices", ', paperFormReceivedOn: $yesterday, choices: [{voie: "CAP1"}]'),
        definitive,
        _only(["secretary", "head"], in_scope=SEES_LEA),
        True,
        False,
    ),
    (
        mutation("enterProposition", ', voie: "2GT"'),
        choices_closed,
        _only(["pp_of_division", "head"], in_scope=SEES_LEA),
        True,
        False,
    ),
    (
        # The school records the answer signed on the paper fiche de dialogue.
        mutation("answerProposition", ", agrees: false"),
        proposition_published,
        _only(["entering_guardian", "secretary", "head"], in_scope=SEES_LEA, **FAMILY_WRITE),
        True,
        True,  # ALREADY_ANSWERED
    ),
    (
        mutation("recordHeadInterview", ", date: $today"),
        disagreed,
        _only(["head"], in_scope=SEES_LEA),
        True,
        False,
    ),
    (
        mutation("takeDecision", ', voie: "2PRO", motivation: "Projet professionnel."'),
        interviewed,
        _only(["head"], in_scope=SEES_LEA),
        True,
        True,  # ALREADY_DECIDED
    ),
    (
        mutation("fileAppeal", ", filedOn: $today"),
        decided,
        _only(["entering_guardian", "secretary", "head"], in_scope=SEES_LEA, **FAMILY_WRITE),
        True,
        True,  # ALREADY_APPEALED
    ),
    (
        mutation("recordAppealOutcome", ', voie: "2GT"'),
        appealed,
        _only(["head"], in_scope=SEES_LEA),
        True,
        False,
    ),
    (
        mutation("requestMaintien"),
        decided,
        _only(["entering_guardian", "secretary", "head"], in_scope=SEES_LEA, **FAMILY_WRITE),
        True,
        True,  # MAINTIEN_REQUESTED
    ),
    (
        # The guardian without the hand says they disagree; the one with it edits instead.
        mutation("recordGuardianDisagreement", ', message: "Je ne suis pas d\'accord avec ces intentions."'),
        None,
        _only(
            ["other_guardian"],
            in_scope=SEES_LEA,
            pupil=refused("PUPIL_CANNOT_WRITE"),
            entering_guardian=refused("IS_ENTERING_GUARDIAN"),
        ),
        False,
        False,
    ),
    (
        mutation("setHorsProcedure", ', reason: "Départ à l\'étranger"'),
        None,
        _only(["head"], in_scope=SEES_LEA),
        True,
        False,
    ),
    (
        mutation("setPpInterview", ", date: $yesterday"),
        None,
        _only(["pp_of_division", "head"], in_scope=SEES_LEA),
        True,
        False,
    ),
]

CASES = [
    case
    for document, state, on_lea, sacha_head, isolate in WRITES
    for case in (
        Case(document, on_lea, target="lea", state=state, variables=_vars(document, "lea"), isolate=isolate, check=_on("lea")),
        Case(
            document, _on_sacha(sacha_head), target="sacha", state=state, variables=_vars(document, "sacha"), check=_on("sacha")
        ),
    )
]

CASES.append(
    Case(  # a PP's rights follow their own division (Manon: 3B)
        mutation("setPpInterview", ", date: $yesterday"),
        row(
            anonymous=UNAUTHENTICATED,
            pp_of_another_division=ALLOWED,
            head=ALLOWED,
            secretary=FORBIDDEN,
            others=NOT_FOUND,
        ),
        target="manon",
        variables=_vars(", date: $yesterday", "manon"),
        check=_on("manon"),
    )
)

AUDIT = "query($id: ID!) { auditTrail(pupilId: $id, first: 5) { totalCount edges { node { action } } } }"


def _has_entries(world, role, value):  # type: ignore[no-untyped-def]
    assert value["totalCount"] >= 1 and value["edges"][-1]["node"]["action"] == "INTENTIONS_VALIDATED", value


CASES += [
    Case(
        AUDIT,
        # Staff who follow the pupil; the family sees the file, not its audit trail.
        _only(["pp_of_division", "secretary", "head"], in_scope=SEES_LEA),
        target="lea",
        variables=lambda w: {"id": w.pupil_id("lea")},
        check=_has_entries,
    ),
    Case(AUDIT, _on_sacha(True), target="sacha", variables=lambda w: {"id": w.pupil_id("sacha")}, check=_has_entries),
]
