"""The first guardian to validate takes the hand — even when both validate at the same instant."""
import asyncio

from sqlalchemy import delete, select, update

from graphql_api.db.models import OutboxEvent, Pupil, Request, RequestSet
from graphql_api.graphql.base import encode_id

VALIDATE = """
mutation($id: ID!, $items: [IntentionInput!]!) {
  validateIntentions(input: {pupilId: $id, intentions: $items}) { errors { code } }
}
"""
TRIALS = 25


async def test_exactly_one_owner_each_time(client, demo, db):
    await client.sign_in("martin.pere", "martin.mere")
    pk = demo.pupils["martin"]
    pid = encode_id("Pupil", pk)
    ids = {"martin.pere": demo.accounts["martin.pere"], "martin.mere": demo.accounts["martin.mere"]}
    winners = []
    for trial in range(TRIALS):
        async with db.write() as s:
            await s.execute(delete(Request).where(Request.pupil_id == pk))
            await s.execute(delete(RequestSet).where(RequestSet.pupil_id == pk))
            await s.execute(update(Pupil).where(Pupil.id == pk).values(entering_guardian_id=None))
        order = ["martin.pere", "martin.mere"] if trial % 2 else ["martin.mere", "martin.pere"]
        results = await asyncio.gather(
            *(client.data(VALIDATE, {"id": pid, "items": [{"voie": "2GT"}] if who == "martin.pere" else [{"voie": "CAP1"}]}, as_=who) for who in order)
        )
        outcomes = {who: [e["code"] for e in r["validateIntentions"]["errors"]] for who, r in zip(order, results)}
        succeeded = [who for who, codes in outcomes.items() if codes == []]
        assert len(succeeded) == 1, outcomes
        loser = next(who for who in order if who not in succeeded)
        assert outcomes[loser] == ["NOT_ENTERING_GUARDIAN"]
        async with db.read() as s:
            owner = (await s.execute(select(Pupil.entering_guardian_id).where(Pupil.id == pk))).scalar_one()
            voies = (await s.execute(select(Request.voie_code).where(Request.pupil_id == pk))).scalars().all()
        assert owner == ids[succeeded[0]]
        assert voies == (["2GT"] if succeeded[0] == "martin.pere" else ["CAP1"])  # the winner's set, whole
        winners.append(succeeded[0])
    async with db.read() as s:
        validated = (await s.execute(select(OutboxEvent.actor_account_id).where(OutboxEvent.type == "INTENTIONS_VALIDATED"))).scalars().all()
    assert len(validated) == TRIALS  # one event per successful validation, none for the refused one
