"""Domain rules of spécialités and phase 2, tested directly (plain Python)."""
import datetime as dt

import pytest

from graphql_api.domain import choices as choice_rules, decision as decision_rules, proposition as proposition_rules
from graphql_api.domain.calendar import CampaignState, CampaignStatus
from graphql_api.domain.errors import DomainError, ErrorList
from graphql_api.domain.requests import CheckedRequest, SerieInfo, VoieInfo
from graphql_api.domain.specialites import SpecialiteInfo, check_specialites, stored_ranks
from graphql_api.domain.vocabulary import Phase, Role

TODAY = dt.date(2027, 2, 15)
KNOWN = {c: SpecialiteInfo(c, c) for c in ("MATHS", "PC", "SVT", "NSI", "SES", "LLCA", "HLP")}
KNOWN["OLD"] = SpecialiteInfo("OLD", "Ancienne", active=False)
KNOWN["LATER"] = SpecialiteInfo("LATER", "Plus tard", valid_from=dt.date(2027, 3, 1))
OFFERED = {"MATHS", "PC", "SVT", "NSI", "SES", "OLD", "LATER"}
VOIES = {
    "1G": VoieInfo("1G", "2NDE_GT", "1re générale", "GENERALE", has_specialites=True),
    "1T": VoieInfo("1T", "2NDE_GT", "1re technologique", "TECHNO", requires_serie=True),
}
SERIES = {"STL": SerieInfo("STL", "1T", "STL", ("BIOTECHNOLOGIES", "SPCL")), "STMG": SerieInfo("STMG", "1T", "STMG")}
OPEN_DEFINITIVE = CampaignStatus(CampaignState.OPEN, Phase.DEFINITIVE, "", ())


def codes(chosen):  # type: ignore[no-untyped-def]
    errors = ErrorList()
    ordered = check_specialites(chosen, known=KNOWN, offered=OFFERED, today=TODAY, errors=errors, path=("x",))
    return ordered, [e.code for e in errors.errors]


def test_four_offered_plus_one_not_offered_shown_after():
    assert codes(["LLCA", "MATHS", "PC", "SVT", "NSI"]) == (("MATHS", "PC", "SVT", "NSI", "LLCA"), [])
    assert codes(["MATHS", "PC", "SVT", "NSI", "SES"])[1] == ["SPECIALITES_COUNT"]
    assert codes(["MATHS", "PC", "SVT", "NSI", "LLCA", "HLP"])[1] == ["TOO_MANY_NOT_OFFERED"]
    assert codes(["MATHS", "PC", "SVT"])[1] == ["SPECIALITES_COUNT"]
    assert codes(["MATHS", "PC", "SVT", "OLD"])[1] == ["UNKNOWN_SPECIALITE", "SPECIALITES_COUNT"]  # retired
    assert codes(["MATHS", "PC", "SVT", "LATER"])[1] == ["UNKNOWN_SPECIALITE", "SPECIALITES_COUNT"]  # not yet valid


def test_checked_or_ranked():
    ordered = ("MATHS", "PC", "SVT", "NSI", "LLCA")
    assert stored_ranks(ordered, OFFERED, ranked=False) == [(c, None, c != "LLCA") for c in ordered]
    assert [r for _, r, _ in stored_ranks(ordered, OFFERED, ranked=True)] == [1, 2, 3, 4, None]


def facts(**kw):  # type: ignore[no-untyped-def]
    return decision_rules.Phase2Facts(hors_procedure=False, entering_guardian_id=1, **kw)


def test_choices_only_after_acknowledgement():
    blocked = choice_rules.choices_blocker(Role.GUARDIAN, 1, facts(provisional_answer=True), OPEN_DEFINITIVE)
    assert blocked.code == "AVIS_NOT_ACKNOWLEDGED"
    ok = choice_rules.choices_blocker(Role.GUARDIAN, 1, facts(provisional_answer=True, provisional_acknowledged=True), OPEN_DEFINITIVE)
    assert ok is None
    assert choice_rules.choices_blocker(Role.GUARDIAN, 2, facts(), OPEN_DEFINITIVE).code == "NOT_ENTERING_GUARDIAN"
    provisional = CampaignStatus(CampaignState.OPEN, Phase.PROVISOIRE, "", ())
    assert choice_rules.choices_blocker(Role.GUARDIAN, 1, facts(), provisional).code == "PHASE_NOT_OPEN"


def test_stl_option_required_in_definitive_phase():
    request = CheckedRequest(1, "1T", "STL", None, None, False, False)
    with pytest.raises(DomainError) as exc:
        choice_rules.check_serie_options([request], SERIES)
    assert exc.value.errors[0].code == "SERIE_OPTION_REQUIRED"


def test_proposition_motivated_when_it_differs():
    choices = [CheckedRequest(1, "1G", None, None, None, False, False)]
    same = proposition_rules.check_proposition(choices, "1G", None, None, palier="2NDE_GT", voies=VOIES, series=SERIES)
    assert same.differs_from_request is False
    with pytest.raises(DomainError) as exc:
        proposition_rules.check_proposition(choices, "1T", "STMG", "", palier="2NDE_GT", voies=VOIES, series=SERIES)
    assert exc.value.errors[0].code == "MOTIVATION_REQUIRED"


def test_decision_needs_disagreement_entretien_motivation():
    def decide(f, motivation="Motivée"):  # type: ignore[no-untyped-def]
        try:
            decision_rules.check_decision(f, "1G", None, motivation, False, palier="2NDE_GT", voies=VOIES, series=SERIES)
        except DomainError as exc:
            return exc.errors[0].code
        return None

    assert decide(facts()) == "ANSWER_PENDING"
    assert decide(facts(agrees=True)) == "FAMILY_AGREED"
    assert decide(facts(agrees=False)) == "INTERVIEW_REQUIRED"
    assert decide(facts(agrees=False, head_interview_on=TODAY), motivation=None) == "MOTIVATION_REQUIRED"
    assert decide(facts(agrees=False, head_interview_on=TODAY)) is None


def test_appeal_window_and_finality():
    decided = facts(agrees=False, decided=True, decided_by_head=True, appeal_deadline=dt.date(2027, 5, 20))
    assert decision_rules.appeal_error(decided, dt.date(2027, 5, 20)) is None
    assert decision_rules.appeal_error(decided, dt.date(2027, 5, 21)).code == "APPEAL_DEADLINE_PASSED"
    assert decision_rules.appeal_error(facts(decided=True), TODAY).code == "APPEAL_NOT_OPEN"
    assert decision_rules.appeal_outcome_error(facts(appealed=True, appeal_outcome=True)).code == "OUTCOME_FINAL"
    assert decision_rules.maintien_error(facts(decided=True)) is None
    assert decision_rules.disagreement_blocker(Role.GUARDIAN, 1, facts()).code == "IS_ENTERING_GUARDIAN"
    assert decision_rules.disagreement_blocker(Role.GUARDIAN, 2, facts()) is None
