"""Issue 16: the staff list's state filters select what the files say."""
from tests.staff.factory import full_file
from tests.staff.test_pupil_list import ROWS


async def test_disagreement_lists_every_family_who_said_pas_d_accord(client, db, demo):
    """Four families answered « pas d'accord »: the four are listed, not only the latest one."""
    by = demo.accounts["chef.aubrac"]
    names = ["martin", "bernard", "petit", "leroy"]
    for name in names:
        await full_file(db, demo.pupils[name], by=by, proposition="2PRO", agrees=False)
    await full_file(db, demo.pupils["moreau"], by=by, agrees=True)
    await client.login("chef.aubrac")
    data = await client.data(ROWS, {"states": ["DISAGREEMENT"], "first": 50}, as_="chef.aubrac")
    assert sorted(e["node"]["lastName"] for e in data["pupils"]["edges"]) == ["BERNARD", "LEROY", "MARTIN", "PETIT"]
    assert data["pupils"]["totalCount"] == 4
