"""What a pupil's file says, defined once: its states, how a proposition matches a request, what
an appeal's outcome means, and every statistic of the dashboards.

The staff list's filters (SQL), the exports, the fiches, the API and the statistics (SQL
aggregates) all follow these definitions; the differential tests evaluate them in Python over
generated files and compare. ``STATE_DEFINITIONS`` and ``STATISTIC_DEFINITIONS`` are the table
printed in docs/STAFF-TOOLS.md and docs/PROCEDURE.md.
"""
from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple


class PupilState(str, enum.Enum):
    NOTHING_VALIDATED = "NOTHING_VALIDATED"
    AVIS_PENDING = "AVIS_PENDING"
    ACKNOWLEDGEMENT_PENDING = "ACKNOWLEDGEMENT_PENDING"
    DISAGREEMENT = "DISAGREEMENT"
    APPEAL = "APPEAL"
    HORS_PROCEDURE = "HORS_PROCEDURE"


class SpecialiteChoice(NamedTuple):
    code: str
    rank: int | None  # ranked by staff on paper (or families where the académie allows)
    offered: bool  # by the pupil's establishment


def specialites_in_order(items: Iterable[SpecialiteChoice]) -> list[SpecialiteChoice]:
    """The order everyone shows: the offered ones (by rank, unranked ones after by code), then the
    one the establishment does not offer — as the téléservice and the FAQ present them."""
    return sorted(items, key=lambda s: (not s.offered, s.rank is None, s.rank or 0, s.code))


@dataclass(frozen=True)
class RequestFacts:
    rank: int
    voie: str
    serie: str | None = None


@dataclass(frozen=True)
class FileFacts:
    """The facts of one file the definitions below need (built from the read model)."""

    hors_procedure: bool = False
    intentions: tuple[RequestFacts, ...] | None = None  # None: nothing validated
    choices: tuple[RequestFacts, ...] | None = None
    avis_entered: bool = False
    avis_published: bool = False
    avis_acknowledged: bool = False
    avis_values: tuple[str, ...] = ()
    proposition_voie: str | None = None  # the council's phase-2 proposition
    proposition_serie: str | None = None
    family_agrees: bool | None = None  # the family's LATEST answer to the proposition
    head_interview: bool = False
    decided: bool = False
    appealed: bool = False
    appeal_upheld: bool | None = None  # the commission's outcome, None before it
    maintien: bool = False
    guardian_disagreement: bool = False
    intention_specialites: tuple[str, ...] = ()  # every spécialité code of every intention
    choice_specialites: tuple[str, ...] = ()


# --- the outcome of an appeal ---------------------------------------------------------------------


def appeal_upheld(decision_voie: str | None, decision_serie: str | None, outcome_voie: str, outcome_serie: str | None) -> bool:
    """The commission d'appel upheld the head's décision when it kept its voie and série."""
    return (decision_voie, decision_serie) == (outcome_voie, outcome_serie)


def appeal_granted(upheld: bool) -> bool:
    """The family's appeal is granted when the commission's outcome differs from the décision."""
    return not upheld


def appeal_outcome_text(upheld: bool | None) -> str:
    """The outcome in the staff's words (export, fiche, file): one wording for everyone."""
    if upheld is None:
        return "en attente de la commission d'appel"
    return "demande de la famille accordée" if appeal_granted(upheld) else "décision maintenue"


# --- agreement between the council's proposition and the family's choices -----------------------


def proposition_matches(proposition_voie: str, proposition_serie: str | None, request: RequestFacts) -> bool:
    """Same voie, and same série where the proposition names one (1T STMG does not match 1T STD2A)."""
    return request.voie == proposition_voie and (proposition_serie is None or request.serie == proposition_serie)


def _first_choice(facts: FileFacts) -> RequestFacts | None:
    return next((r for r in facts.choices or () if r.rank == 1), None)


def proposition_compared(facts: FileFacts) -> bool:
    """A proposition was entered and the family has a first choix définitif to compare it with."""
    return facts.proposition_voie is not None and _first_choice(facts) is not None


def proposition_matches_first_choice(facts: FileFacts) -> bool:
    first = _first_choice(facts)
    return proposition_compared(facts) and first is not None and proposition_matches(facts.proposition_voie or "", facts.proposition_serie, first)


def proposition_matches_a_choice(facts: FileFacts) -> bool:
    return proposition_compared(facts) and any(
        proposition_matches(facts.proposition_voie or "", facts.proposition_serie, r) for r in facts.choices or ()
    )


# --- states of the staff list ---------------------------------------------------------------------


def in_state(facts: FileFacts, state: PupilState) -> bool:
    """Whether the file is in ``state`` (the staff list's ``states`` filter selects exactly these)."""
    in_procedure = not facts.hors_procedure
    if state is PupilState.NOTHING_VALIDATED:
        return in_procedure and facts.intentions is None
    if state is PupilState.AVIS_PENDING:
        return in_procedure and facts.intentions is not None and not facts.avis_entered
    if state is PupilState.ACKNOWLEDGEMENT_PENDING:
        return in_procedure and facts.avis_published and not facts.avis_acknowledged
    if state is PupilState.DISAGREEMENT:
        return facts.family_agrees is False
    if state is PupilState.APPEAL:
        return facts.appealed
    return facts.hors_procedure


def states_of(facts: FileFacts) -> frozenset[PupilState]:
    return frozenset(s for s in PupilState if in_state(facts, s))


STATE_DEFINITIONS: dict[PupilState, str] = {
    PupilState.NOTHING_VALIDATED: "in the procedure, no intentions provisoires validated (online or on paper)",
    PupilState.AVIS_PENDING: "in the procedure, intentions validated, the council's avis provisoire not entered yet",
    PupilState.ACKNOWLEDGEMENT_PENDING: "in the procedure, avis provisoire published, not acknowledged",
    PupilState.DISAGREEMENT: "the family's latest answer to the proposition is « pas d'accord » (a later « d'accord » ends it)",
    PupilState.APPEAL: "an appeal was filed (online or recorded by the school), whatever its outcome",
    PupilState.HORS_PROCEDURE: "the pupil is recorded hors procédure (with a reason)",
}


# --- statistics -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatisticDefinition:
    name: str  # the field of ``Statistics`` (snake_case)
    meaning: str
    counts: object = field(repr=False, compare=False)  # FileFacts -> bool


def _has_intentions(f: FileFacts) -> bool:
    return not f.hors_procedure and f.intentions is not None


def _has_choices(f: FileFacts) -> bool:
    return not f.hors_procedure and f.choices is not None


STATISTIC_DEFINITIONS: tuple[StatisticDefinition, ...] = (
    StatisticDefinition("pupils", "pupils of the scope who have not left (DATE_SORTIE)", lambda f: True),
    StatisticDefinition("hors_procedure", "pupils recorded hors procédure", lambda f: f.hors_procedure),
    StatisticDefinition("validated_intentions", "pupils in the procedure whose family validated intentions (share: of the pupils in the procedure)", _has_intentions),
    StatisticDefinition("validated_choices", "pupils in the procedure whose family validated choix définitifs (share: of the pupils in the procedure)", _has_choices),
    StatisticDefinition("propositions_compared", "pupils with a council proposition and a first choix définitif", proposition_compared),
    StatisticDefinition("propositions_matching_first_choice", "compared pupils whose proposition matches their first choice: same voie, and same série where the proposition names one (1T STMG does not match 1T STD2A)", proposition_matches_first_choice),
    StatisticDefinition("propositions_matching_a_choice", "compared pupils whose proposition matches one of their choix définitifs (same rule)", proposition_matches_a_choice),
    StatisticDefinition("family_agrees", "pupils whose family's latest answer is « d'accord »", lambda f: f.family_agrees is True),
    StatisticDefinition("family_disagrees", "pupils whose family's latest answer is « pas d'accord » (the DISAGREEMENT state)", lambda f: f.family_agrees is False),
    StatisticDefinition("head_interviews", "pupils with an entretien with the head recorded", lambda f: f.head_interview),
    StatisticDefinition("decisions", "pupils with a décision d'orientation (agreement or head's décision)", lambda f: f.decided),
    StatisticDefinition("appeals", "pupils whose family appealed (the APPEAL state)", lambda f: f.appealed),
    StatisticDefinition("appeals_granted", "appeals whose commission outcome differs from the head's décision (upheld = false)", lambda f: f.appeal_upheld is False),
    StatisticDefinition("appeals_refused", "appeals whose commission kept the head's voie and série (upheld = true); also appealsUpheld / appealsRejected", lambda f: f.appeal_upheld is True),
    StatisticDefinition("maintien_requests", "pupils for whom a maintien was requested", lambda f: f.maintien),
    StatisticDefinition("guardian_disagreements", "pupils with at least one guardian's disagreement recorded", lambda f: f.guardian_disagreement),
)
STATISTICS = {d.name: d for d in STATISTIC_DEFINITIONS}

# Distributions (GROUP BY in SQL): their definitions, for the same table.
DISTRIBUTION_DEFINITIONS = {
    "requests": "requests per phase, voie and série, of every pupil of the scope (all ranks; firstChoices: rank 1)",
    "avis": "avis per phase and value",
    "specialites": "spécialité requests per phase and code (offered or not)",
    "combinations": "the 10 most frequent sets of spécialités of a request (choix définitifs when any exist in the scope, else intentions)",
}


def tally(files: Sequence[FileFacts]) -> dict[str, object]:
    """Every statistic counted in Python over files: the reference the SQL aggregates must equal."""
    counts: dict[str, object] = {d.name: sum(1 for f in files if d.counts(f)) for d in STATISTIC_DEFINITIONS}  # type: ignore[operator, misc]
    requests: Counter[tuple[str, str, str | None]] = Counter()
    firsts: Counter[tuple[str, str, str | None]] = Counter()
    specialites: Counter[tuple[str, str]] = Counter()
    avis: Counter[tuple[str, str]] = Counter()
    for f in files:
        for phase, items, codes in (("PROVISOIRE", f.intentions, f.intention_specialites), ("DEFINITIVE", f.choices, f.choice_specialites)):
            for r in items or ():
                requests[(phase, r.voie, r.serie)] += 1
                firsts[(phase, r.voie, r.serie)] += r.rank == 1
            for code in codes:
                specialites[(phase, code)] += 1
        for value in f.avis_values:
            avis[("PROVISOIRE", value)] += 1
    counts["requests"] = {k: (n, firsts[k]) for k, n in requests.items()}
    counts["specialites"] = dict(specialites)
    counts["avis"] = dict(avis)
    return counts


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def definitions_table() -> str:
    """The one table of the docs (docs/STAFF-TOOLS.md, docs/PROCEDURE.md), generated from here."""
    lines = ["| kind | name (API) | definition |", "|---|---|---|"]
    lines += [f"| state | `{s.value}` | {STATE_DEFINITIONS[s]} |" for s in PupilState]
    lines += [f"| statistic | `{_camel(d.name)}` | {d.meaning} |" for d in STATISTIC_DEFINITIONS]
    lines += [f"| distribution | `{name}` | {meaning} |" for name, meaning in DISTRIBUTION_DEFINITIONS.items()]
    return "\n".join(lines)
