"""setTeleservice refuses unknown establishments and anonymous callers with the right codes
(it answered INTERNAL_ERROR for an unknown id, telling existing ids from unknown ones)."""
from graphql_api.graphql.base import encode_id

SWITCH = "mutation($etab: ID) { setTeleservice(input: {etablissementId: $etab, open: false}) { etablissement { id } errors { code field } } }"


async def test_unknown_establishment_is_not_found_and_changes_nothing(client):
    await client.login("chef.aubrac")
    body = await client.data(SWITCH, {"etab": encode_id("Etablissement", 999_999)}, as_="chef.aubrac")
    assert body["setTeleservice"] == {"etablissement": None, "errors": [{"code": "NOT_FOUND", "field": ["etablissementId"]}]}
    own = await client.data("{ me { etablissement { teleserviceOpen } } }", as_="chef.aubrac")
    assert own["me"]["etablissement"]["teleserviceOpen"] is True


async def test_anonymous_caller_is_unauthenticated(client):
    body = await client.data(SWITCH, {"etab": None})
    assert [e["code"] for e in body["setTeleservice"]["errors"]] == ["UNAUTHENTICATED"]
