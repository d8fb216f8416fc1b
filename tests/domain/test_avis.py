import pytest

from graphql_api.domain.avis import AvisInput, RecommendationInput, check_avis
from graphql_api.domain.errors import DomainError
from graphql_api.domain.requests import CheckedRequest
from graphql_api.domain.vocabulary import AvisValue

from .test_requests import VOIES

REQUESTS = [
    CheckedRequest(1, "2GT", None, None, None, False, False),
    CheckedRequest(2, "2PRO", None, None, "Pâtisserie", False, False),
]
F, R, D = AvisValue.FAVORABLE, AvisValue.RESERVE, AvisValue.DEFAVORABLE


def run(avis, recommendation=None, motivation=None, requests=REQUESTS):
    return check_avis(requests, avis, recommendation, motivation, palier="3EME", voies=VOIES)


def codes(excinfo):
    return [e.code for e in excinfo.value.errors]


def test_the_guides_avis():
    result = run(
        [AvisInput(1, D), AvisInput(2, R, "Mécanique")],
        RecommendationInput("CAP1", metier="Mécanique"),
        "Les compétences acquises ainsi que l'attitude face au travail ne permettront pas d'être en réussite en seconde.",
    )
    assert [(a.rank, a.value, a.advised_metier) for a in result.avis] == [(1, D, None), (2, R, "Mécanique")]
    assert result.recommendation == RecommendationInput("CAP1", None, "Mécanique")


def test_favorable_avis_need_no_motivation():
    assert run([AvisInput(2, F), AvisInput(1, F)]).motivation is None


@pytest.mark.parametrize(
    "avis, recommendation, motivation, expected",
    [
        ([AvisInput(1, D), AvisInput(2, F)], None, "  ", ["MOTIVATION_REQUIRED"]),
        ([AvisInput(1, F)], None, None, ["AVIS_MISSING"]),
        ([AvisInput(1, F), AvisInput(2, F), AvisInput(3, F)], None, None, ["UNKNOWN_RANK"]),
        ([AvisInput(1, F), AvisInput(1, F), AvisInput(2, F)], None, None, ["DUPLICATE_AVIS"]),
        ([AvisInput(1, F, "Cuisine"), AvisInput(2, F)], None, None, ["METIER_NOT_ALLOWED"]),
        ([AvisInput(1, F), AvisInput(2, F)], RecommendationInput("2PRO"), None, ["RECOMMENDATION_ALREADY_REQUESTED"]),
        ([AvisInput(1, F), AvisInput(2, F)], RecommendationInput("1T"), None, ["UNKNOWN_VOIE"]),
        ([AvisInput(1, F), AvisInput(2, F)], RecommendationInput("2GT", metier="x"), None, ["RECOMMENDATION_ALREADY_REQUESTED"]),
    ],
)
def test_invalid_avis_are_refused(avis, recommendation, motivation, expected):
    with pytest.raises(DomainError) as excinfo:
        run(avis, recommendation, motivation)
    assert codes(excinfo) == expected


def test_no_avis_without_intentions():
    with pytest.raises(DomainError) as excinfo:
        run([], requests=[])
    assert codes(excinfo) == ["NO_REQUESTS"]
