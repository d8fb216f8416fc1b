"""A query reads through one session; a mutation's later reads still see its own writes."""
from sqlalchemy import event

from tests.test_smoke_phase1 import VALIDATE, pupil_id

PAGE = """{ me { firstName children { id orientation { intentions { revision } } } }
  unreadNotificationCount notifications { totalCount } }"""


def count_checkouts(runtime) -> list[int]:  # type: ignore[no-untyped-def]
    checkouts: list[int] = []
    event.listen(runtime.db.read_engine.sync_engine.pool, "checkout", lambda *a: checkouts.append(1))
    return checkouts


async def test_a_query_checks_out_one_read_connection(client, runtime):
    await client.login("martin.pere")
    checkouts = count_checkouts(runtime)
    data = await client.data(PAGE, as_="martin.pere")
    assert data["me"]["firstName"] == "Julien" and len(data["me"]["children"]) == 1
    assert data["unreadNotificationCount"] == 0 and data["notifications"]["totalCount"] == 0
    assert len(checkouts) == 2  # the bearer token's check, then the whole query


async def test_reads_after_each_mutation_see_it(client, runtime):
    await client.login("martin.pere")
    pid = await pupil_id(client, "martin.pere")
    twice = VALIDATE.replace("mutation($id: ID!, $items: [IntentionInput!]!) {", "mutation($id: ID!, $items: [IntentionInput!]!) { first: ", 1)
    twice = twice.rstrip().rstrip("}") + " second: " + VALIDATE.split("{", 1)[1].strip().rstrip("}") + "}"
    data = await client.data(twice, {"id": pid, "items": [{"voie": "2GT"}]}, as_="martin.pere")
    assert data["first"]["pupil"]["orientation"]["intentions"]["revision"] == 1
    assert data["second"]["pupil"]["orientation"]["intentions"]["revision"] == 2
