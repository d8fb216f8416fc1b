"""Parameters: the national nomenclatures (public reads, académie writes), the spécialités an
establishment offers (its head), the head's pre-opening check, and the guide's texts (public)."""
from graphql_api.graphql.base import encode_id
from graphql_api.seed import LYCEE_OFFERED
from graphql_api.services import parameters

from .matrix import ALLOWED, FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, Case, World, row

OFFERED = {"aubrac": sorted(LYCEE_OFFERED[:2]), "moulin": sorted(LYCEE_OFFERED[2:3])}


async def offering(world: World) -> None:
    """Each collège declares different spécialités, so a list tells whose it is."""
    for head, etab in (("chef.aubrac", world.demo.etablissement), ("chef.moulin", world.demo.other_etablissement)):
        await world.as_(head, parameters.set_offered_specialites, etab, OFFERED["aubrac" if head == "chef.aubrac" else "moulin"])


def _offered_by(which=None):  # type: ignore[no-untyped-def]
    """``which``: a school, or None for the caller's own (the other school's head: Moulin)."""

    def check(world, role, value):  # type: ignore[no-untyped-def]
        assert sorted(v["code"] for v in value) == OFFERED[which or ("moulin" if role == "head_of_another_school" else "aubrac")], (role, value)

    return check

ACADEMIE_ONLY = row(anonymous=UNAUTHENTICATED, academie=ALLOWED, others=FORBIDDEN)


def _payload_has(key, value):  # type: ignore[no-untyped-def]
    def check(world, role, payload):  # type: ignore[no-untyped-def]
        assert payload[key] == value, payload

    return check


READS = [
    Case(
        "query { academieParameters { academieCode allowMetierText allowPasserelle familiesRankSpecialites } }",
        # The académie's administrator, and the staff of its establishments (who apply them).
        row(
            anonymous=UNAUTHENTICATED, pp_of_division=ALLOWED, pp_of_another_division=ALLOWED, secretary=ALLOWED,
            head=ALLOWED, head_of_another_school=ALLOWED, academie=ALLOWED, others=FORBIDDEN,
        ),
        check=_payload_has("allowPasserelle", False),
    ),
    Case("query { specialites { code label active } }", row(others=ALLOWED)),  # national lists are public
    Case('query { series(voie: "1T") { code voieCode options } }', row(others=ALLOWED)),
    Case("query { guideTexts { intentionsForm { heading } avis { notice } } }", row(others=ALLOWED)),
    Case(
        "query { offeredSpecialites { code } }",
        # Staff: their own school's; the académie and families have no school of their own.
        row(
            anonymous=UNAUTHENTICATED,
            pp_of_division=ALLOWED,
            pp_of_another_division=ALLOWED,
            secretary=ALLOWED,
            head=ALLOWED,
            head_of_another_school=ALLOWED,
            others=FORBIDDEN,
        ),
        target="own school",
        state=offering,
        check=_offered_by(),
    ),
    Case(
        "query($etab: ID) { offeredSpecialites(etablissementId: $etab) { code } }",
        row(
            anonymous=UNAUTHENTICATED,
            pp_of_division=ALLOWED,
            pp_of_another_division=ALLOWED,
            secretary=ALLOWED,
            head=ALLOWED,
            academie=ALLOWED,
            others=FORBIDDEN,
        ),
        target="aubrac",
        state=offering,
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
        check=_offered_by("aubrac"),
    ),
    Case(
        "query($id: ID) { offeredSpecialites(pupilId: $id) { code } }",
        row(
            anonymous=UNAUTHENTICATED,
            pupil=ALLOWED,
            entering_guardian=ALLOWED,
            other_guardian=ALLOWED,
            pp_of_division=ALLOWED,
            secretary=ALLOWED,
            head=ALLOWED,
            others=NOT_FOUND,
        ),
        target="lea",
        state=offering,
        variables=lambda w: {"id": w.pupil_id("lea")},
        check=_offered_by("aubrac"),
    ),
    Case(
        "query { preOpeningCheck { ok findings { code } } }",
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, head_of_another_school=ALLOWED, others=FORBIDDEN),
        target="own school",
    ),
    Case(
        "query($etab: ID) { preOpeningCheck(etablissementId: $etab) { ok findings { code } } }",
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, others=FORBIDDEN),
        target="aubrac",
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
    ),
]

WRITES = [
    Case(
        "mutation { setAcademieParameters(input: {allowPasserelle: true}) { parameters { allowPasserelle } errors { code } } }",
        ACADEMIE_ONLY,
        check=_payload_has("parameters", {"allowPasserelle": True}),
    ),
    Case(
        'mutation { addSpecialite(input: {code: "ZZTEST", label: "Spécialité d\'essai"}) { specialite { code } errors { code } } }',
        ACADEMIE_ONLY,
        isolate=True,  # the same code twice is CODE_EXISTS
    ),
    Case(
        'mutation { addSerie(input: {code: "ZZT", label: "Série d\'essai"}) { serie { code } errors { code } } }',
        ACADEMIE_ONLY,
        isolate=True,
    ),
    Case(
        'mutation { addVoie(input: {code: "ZZV", palier: TROISIEME, label: "Voie d\'essai", kind: "PRO"}) '
        "{ voie { code } errors { code } } }",
        ACADEMIE_ONLY,
        isolate=True,
    ),
    Case(
        'mutation { setNomenclatureEntryActive(input: {kind: VOIE, code: "CAP1", active: false}) '
        "{ kind code active errors { code } } }",
        ACADEMIE_ONLY,
        check=_payload_has("active", False),
    ),
    Case(
        "mutation { setOfferedSpecialites(input: {codes: []}) { codes errors { code } } }",
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, head_of_another_school=ALLOWED, others=FORBIDDEN),
        target="own school",
        state=offering,
        check=_payload_has("codes", []),
    ),
    Case(
        "mutation($etab: ID) { setOfferedSpecialites(input: {etablissementId: $etab, codes: []}) { codes errors { code } } }",
        row(anonymous=UNAUTHENTICATED, head=ALLOWED, others=FORBIDDEN),
        target="aubrac",
        state=offering,
        variables=lambda w: {"etab": w.etablissement_id("aubrac")},
        check=_payload_has("codes", []),
    ),
    Case(
        "mutation($etab: ID) { setOfferedSpecialites(input: {etablissementId: $etab, codes: []}) { codes errors { code } } }",
        row(anonymous=UNAUTHENTICATED, others=NOT_FOUND),
        target="unknown establishment",
        variables=lambda w: {"etab": encode_id("Etablissement", 999_999)},
    ),
]

CASES = READS + WRITES
