"""Campaign years: the académie's years, the rollover, a pupil's files across years."""
from .matrix import ALLOWED, EMPTY, FORBIDDEN, UNAUTHENTICATED, Case, row

LEA_INE = "000000001AB"  # seed.py: the first pupil of 3A


def _years(world, role, value):  # type: ignore[no-untyped-def]
    assert [y["schoolYear"] for y in value] == [world.demo.school_year] and value[0]["state"] == "CURRENT", (role, value)


def _rolled_over(world, role, value):  # type: ignore[no-untyped-def]
    assert value["previousYear"] == world.demo.school_year and value["errors"] == [], (role, value)


def _lea(world, role, value):  # type: ignore[no-untyped-def]
    assert [(p["ine"], p["schoolYear"]) for p in value] == [(LEA_INE, world.demo.school_year)], (role, value)


CASES = [
    Case(
        "query { campaignYears { schoolYear state } }",
        row(
            anonymous=UNAUTHENTICATED,
            pupil=FORBIDDEN,
            entering_guardian=FORBIDDEN,
            other_guardian=FORBIDDEN,
            guardian_of_another_pupil=FORBIDDEN,
            others=ALLOWED,
        ),
        check=_years,
    ),
    Case(
        "mutation { openNextCampaignYear(input: {}) { schoolYear previousYear errors { code } } }",
        row(anonymous=UNAUTHENTICATED, academie=ALLOWED, others=FORBIDDEN),
        check=_rolled_over,
    ),
    Case(
        "query($ine: String!) { pupilFiles(ine: $ine) { ine schoolYear } }",
        row(
            anonymous=UNAUTHENTICATED,
            pupil=ALLOWED,
            entering_guardian=ALLOWED,
            other_guardian=ALLOWED,
            pp_of_division=ALLOWED,
            secretary=ALLOWED,
            head=ALLOWED,
            others=EMPTY,
        ),
        target="lea",
        variables=lambda w: {"ine": LEA_INE},
        check=_lea,
    ),
]
