"""The rules of a set of intentions provisoires, tested without database or GraphQL."""
import pytest

from graphql_api.domain.errors import DomainError
from graphql_api.domain.requests import AcademieRules, RequestInput, SerieInfo, VoieInfo, check_request_set
from graphql_api.domain.vocabulary import Phase

VOIES = {
    "2GT": VoieInfo("2GT", "3EME", "2de générale et technologique ou 2de STHR", "GT"),
    "2PRO": VoieInfo("2PRO", "3EME", "2de professionnelle", "PRO", allows_metier=True),
    "CAP1": VoieInfo("CAP1", "3EME", "1re année de CAP", "CAP", allows_metier=True),
    "1T": VoieInfo("1T", "2NDE_GT", "1re technologique", "TECHNO", requires_serie=True),
    "OLD": VoieInfo("OLD", "3EME", "Voie retirée", "PRO", active=False),
}
SERIES = {"STL": SerieInfo("STL", "1T", "STL", ("BIOTECHNOLOGIES", "SPCL")), "STMG": SerieInfo("STMG", "1T", "STMG")}


def check(items, palier="3EME", rules=AcademieRules(), phase=Phase.PROVISOIRE):
    return check_request_set(items, palier=palier, phase=phase, voies=VOIES, series=SERIES, rules=rules)


def codes(excinfo):
    return [(e.code, e.field) for e in excinfo.value.errors]


def test_the_guides_set_is_valid_and_ranked_in_the_given_order():
    result = check([RequestInput("2GT"), RequestInput("2PRO", metier=" Pâtisserie "), RequestInput("CAP1", metier="Boulangerie", statut_apprenti=True)])
    assert [(r.rank, r.voie, r.metier) for r in result] == [(1, "2GT", None), (2, "2PRO", "Pâtisserie"), (3, "CAP1", "Boulangerie")]
    assert result[2].statut_apprenti and not result[2].statut_scolaire


def test_both_statuts_may_be_checked():
    [r] = check([RequestInput("CAP1", statut_scolaire=True, statut_apprenti=True)])
    assert r.statut_scolaire and r.statut_apprenti


@pytest.mark.parametrize(
    "items, expected",
    [
        ([], [("REQUESTS_EMPTY", ("intentions",))]),
        ([RequestInput("2GT"), RequestInput("2PRO"), RequestInput("CAP1"), RequestInput("2GT")], [("TOO_MANY_REQUESTS", ("intentions",))]),
        ([RequestInput("2PRO"), RequestInput("2PRO")], [("DUPLICATE_VOIE", ("intentions", 1, "voie"))]),
        ([RequestInput("2GT", metier="Cuisine")], [("METIER_NOT_ALLOWED", ("intentions", 0, "metier"))]),
        ([RequestInput("2GT", statut_apprenti=True)], [("STATUT_NOT_ALLOWED", ("intentions", 0, "statut"))]),
        ([RequestInput("NOPE")], [("UNKNOWN_VOIE", ("intentions", 0, "voie"))]),
        ([RequestInput("OLD")], [("UNKNOWN_VOIE", ("intentions", 0, "voie"))]),
        ([RequestInput("1T", serie="STL")], [("VOIE_NOT_FOR_PALIER", ("intentions", 0, "voie"))]),
        ([RequestInput("CAP1", metier="x" * 151)], [("METIER_TOO_LONG", ("intentions", 0, "metier"))]),
        ([RequestInput("2GT", specialites=("MATHS",))], [("SPECIALITES_NOT_ALLOWED", ("intentions", 0, "specialites"))]),
    ],
)
def test_invalid_sets_are_refused_with_the_field_at_fault(items, expected):
    with pytest.raises(DomainError) as excinfo:
        check(items)
    assert codes(excinfo) == expected


def test_every_problem_is_reported_at_once():
    with pytest.raises(DomainError) as excinfo:
        check([RequestInput("2GT", metier="Cuisine"), RequestInput("2GT")])
    assert [c for c, _ in codes(excinfo)] == ["METIER_NOT_ALLOWED", "DUPLICATE_VOIE"]


def test_metier_and_statut_follow_the_academie_parameter():
    closed = AcademieRules(allow_metier_text=False)
    with pytest.raises(DomainError) as excinfo:
        check([RequestInput("2PRO", metier="Mécanique", statut_scolaire=True)], rules=closed)
    assert [c for c, _ in codes(excinfo)] == ["METIER_NOT_ALLOWED", "STATUT_NOT_ALLOWED"]
    assert check([RequestInput("2PRO")], rules=closed)[0].metier is None


def test_blank_metier_is_no_metier():
    assert check([RequestInput("2GT", metier="   ")])[0].metier is None


def test_same_voie_twice_needs_different_series():
    ok = check([RequestInput("1T", serie="STL"), RequestInput("1T", serie="STMG")], palier="2NDE_GT")
    assert [r.serie for r in ok] == ["STL", "STMG"]
    with pytest.raises(DomainError) as excinfo:
        check([RequestInput("1T", serie="STL"), RequestInput("1T", serie="STL")], palier="2NDE_GT")
    assert codes(excinfo) == [("DUPLICATE_VOIE", ("intentions", 1, "voie"))]


def test_stl_option_is_asked_only_in_the_definitive_phase():
    with pytest.raises(DomainError) as excinfo:
        check([RequestInput("1T", serie="STL", serie_option="SPCL")], palier="2NDE_GT")
    assert codes(excinfo) == [("SERIE_OPTION_NOT_ASKED", ("intentions", 0, "serieOption"))]
    [r] = check([RequestInput("1T", serie="STL", serie_option="SPCL")], palier="2NDE_GT", phase=Phase.DEFINITIVE)
    assert r.serie_option == "SPCL"
