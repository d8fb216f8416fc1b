"""Two consecutive campaign years for the same pupil (INE): 3e at the collège, the rollover,
then 2de GT at the lycée. Last year's file is frozen (every write refused, nothing changed),
families see this year only, staff still read last year (and the read is logged)."""
import datetime as dt

import pytest
from sqlalchemy import func, select, update

from graphql_api.db.models import Campaign, Etablissement, Guardianship, PhaseWindow, Pupil
from graphql_api.db.models_ops import ReadAuditEntry
from graphql_api.domain import school_year
from graphql_api.graphql.base import encode_id
from graphql_api.seed import PUPILS_3A, PUPILS_3B
from graphql_api.services import campaigns, clock
from graphql_api.services.siecle_import import import_file
from tests.authz.matrix import diff, snapshot
from tests.conftest import dispatch, BACKEND
from tests.procedure.helpers import HORS_PROCEDURE, SET_TELESERVICE, VALIDATE_INTENTIONS, ENTER_PAPER_INTENTIONS, ok
from tests.staff.siecle_files import eleves_document, write

LEA_INE = "000000001AB"
ROLLOVER = """mutation($input: OpenNextCampaignYearInput!) { openNextCampaignYear(input: $input) {
  schoolYear previousYear windowsCopied etablissementsClosed errors { code message } } }"""
CHILDREN = "query { me { children { id ine schoolYear palier etablissement { uai } } } }"
FILE = """query($id: ID!) { pupil(id: $id) { id ine schoolYear palier orientation {
  campaign { state message } intentions { requests { voie { code } } } } } }"""
FILES = "query($ine: String!) { pupilFiles(ine: $ine) { id schoolYear palier etablissement { uai } } }"
YEARS = "query { campaignYears { schoolYear state frozenAt } }"
COMPARE = "query { statisticsComparison { current { schoolYear pupils validatedIntentions } previous { schoolYear pupils validatedIntentions } } }"


@pytest.fixture
def rehearsal_clock():
    yield clock
    clock.reset()


async def _refused_frozen(client, runtime, query, input_, as_):  # type: ignore[no-untyped-def]
    before = await snapshot(runtime)
    data = await client.data(query, {"input": input_}, as_=as_)
    payload = next(iter(data.values()))
    assert [e["code"] for e in payload["errors"]] == ["CAMPAIGN_YEAR_FROZEN"], payload
    assert "archivé" in payload["errors"][0]["message"]
    assert diff(before, await snapshot(runtime)) == []


async def test_two_consecutive_years_for_the_same_pupil(client, runtime, demo, db, tmp_path, rehearsal_clock):
    year, next_year = demo.school_year, school_year.next_of(demo.school_year)
    await client.sign_in("martin.pere", "eleve.martin", "chef.aubrac", "chef.hugo", "admin.academie")
    lea_3e = encode_id("Pupil", demo.pupils["martin"])

    # --- Year 1: 3e at CLG LUCIE AUBRAC ---------------------------------------------------------
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": lea_3e, "intentions": [{"voie": "2GT"}]}, "martin.pere")
    assert [c["schoolYear"] for c in (await client.data(CHILDREN, as_="martin.pere"))["me"]["children"]] == [year]

    # --- Rollover by the académie ------------------------------------------------------------------
    wrong = (await client.data(ROLLOVER, {"input": {"schoolYear": "2040-2041"}}, as_="admin.academie"))["openNextCampaignYear"]
    assert [e["code"] for e in wrong["errors"]] == ["ROLLOVER_NOT_NEXT_YEAR"] and next_year in wrong["errors"][0]["message"]
    done = (await client.data(ROLLOVER, {"input": {"schoolYear": next_year}}, as_="admin.academie"))["openNextCampaignYear"]
    assert done == {"schoolYear": next_year, "previousYear": year, "windowsCopied": 4, "etablissementsClosed": 3, "errors": []}
    years = (await client.data(YEARS, as_="chef.aubrac"))["campaignYears"]
    assert [(y["schoolYear"], y["state"]) for y in years] == [(next_year, "CURRENT"), (year, "FROZEN")]
    async with db.read() as session:
        assert await campaigns.current_school_year(session, demo.academie) == next_year
        windows = (await session.execute(select(PhaseWindow).where(PhaseWindow.school_year == next_year))).scalars().all()
        old = {(w.palier, w.phase): w for w in (await session.execute(select(PhaseWindow).where(PhaseWindow.school_year == year))).scalars()}
        assert all(w.starts_at - old[(w.palier, w.phase)].starts_at == dt.timedelta(weeks=52) for w in windows)
        assert not any(e.teleservice_open for e in (await session.execute(select(Etablissement))).scalars())

    # --- Last year's file is frozen: every write refused, nothing changed ---------------------
    await _refused_frozen(client, runtime, HORS_PROCEDURE, {"pupilId": lea_3e, "reason": "Départ à l'étranger"}, "chef.aubrac")
    today = dt.date.today().isoformat()
    await _refused_frozen(
        client, runtime, ENTER_PAPER_INTENTIONS,
        {"pupilId": lea_3e, "intentions": [{"voie": "2PRO", "metier": "Boulangerie", "statutScolaire": True}], "paperFormReceivedOn": today},
        "chef.aubrac",
    )

    # --- Families see this year only; last year's file is no longer theirs to read -------------
    assert (await client.data(CHILDREN, as_="martin.pere"))["me"]["children"] == []
    assert (await client.data(CHILDREN, as_="eleve.martin"))["me"]["children"] == []
    assert (await client.data(FILE, {"id": lea_3e}, as_="martin.pere"))["pupil"] is None

    # --- Staff list this year (nobody imported yet) and last year on demand ------------------
    listing = "query($year: String) { pupils(schoolYear: $year, first: 50) { totalCount edges { node { schoolYear } } } }"
    assert (await client.data(listing, as_="chef.aubrac"))["pupils"]["totalCount"] == 0
    last = (await client.data(listing, {"year": year}, as_="chef.aubrac"))["pupils"]
    assert last["totalCount"] == len(PUPILS_3A) + len(PUPILS_3B) and {e["node"]["schoolYear"] for e in last["edges"]} == {year}
    bad = await client.execute(listing, {"year": "2026/2027"}, as_="chef.aubrac")
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_SCHOOL_YEAR", bad

    # --- Staff read last year's file (logged like any staff read) ---------------------------
    async with db.read() as session:
        reads_before = (await session.execute(select(func.count()).select_from(ReadAuditEntry).where(ReadAuditEntry.pupil_id == demo.pupils["martin"]))).scalar_one()
    old_file = (await client.data(FILE, {"id": lea_3e}, as_="chef.aubrac"))["pupil"]
    assert (old_file["schoolYear"], old_file["palier"]) == (year, "TROISIEME")
    assert old_file["orientation"]["campaign"]["state"] == "FROZEN" and year in old_file["orientation"]["campaign"]["message"]
    assert [r["voie"]["code"] for r in old_file["orientation"]["intentions"]["requests"]] == ["2GT"]
    async with db.read() as session:
        reads_after = (await session.execute(select(func.count()).select_from(ReadAuditEntry).where(ReadAuditEntry.pupil_id == demo.pupils["martin"]))).scalar_one()
    assert reads_after == reads_before + 1

    # --- Year 2: the lycée imports Léa (same INE) into the new campaign year -----------------
    path = tmp_path / "ElevesSansAdresses.xml"
    write(path, eleves_document("0750003W", [{"id": 901, "ine": LEA_INE, "nom": "MARTIN", "prenom": "Léa", "naissance": "12/03/2011", "mef": "20010018110", "division": "2A"}], year=school_year.start_year(next_year)))
    report = await import_file(db, "eleves", path, "0750003W", progress=False)
    assert report.imported and (report.created, report.school_year) == (1, next_year), report.lines()
    async with db.write() as session:
        files = (await session.execute(select(Pupil).where(Pupil.ine == LEA_INE).order_by(Pupil.school_year))).scalars().all()
        assert [(p.school_year, p.palier) for p in files] == [(year, "3EME"), (next_year, "2NDE_GT")]
        lea_2de_pk = files[1].id
        # The responsables import links the guardians to this year's file (issue 11's importer).
        session.add(Guardianship(pupil_id=lea_2de_pk, account_id=demo.accounts["martin.pere"], level=1))
    lea_2de = encode_id("Pupil", lea_2de_pk)
    # Written straight into the database here: the accounts' cached identities are forgotten
    # as the import's events would have them forgotten.
    runtime.principals.forget_accounts({demo.accounts["martin.pere"], demo.accounts["eleve.martin"]})
    children = (await client.data(CHILDREN, as_="martin.pere"))["me"]["children"]
    assert [(c["id"], c["schoolYear"], c["etablissement"]["uai"]) for c in children] == [(lea_2de, next_year, "0750003W")]
    # The pupil's own account follows their INE to this year's file.
    assert [c["id"] for c in (await client.data(CHILDREN, as_="eleve.martin"))["me"]["children"]] == [lea_2de]

    # Staff: each school reads its own year of the pupil's files.
    assert [(f["schoolYear"], f["etablissement"]["uai"]) for f in (await client.data(FILES, {"ine": LEA_INE}, as_="chef.hugo"))["pupilFiles"]] == [(next_year, "0750003W")]
    assert [(f["schoolYear"], f["etablissement"]["uai"]) for f in (await client.data(FILES, {"ine": LEA_INE}, as_="chef.aubrac"))["pupilFiles"]] == [(year, "0750001U")]
    family_files = (await client.data(FILES, {"ine": LEA_INE}, as_="martin.pere"))["pupilFiles"]
    assert family_files == [{"id": lea_2de, "schoolYear": next_year, "palier": "SECONDE_GT", "etablissement": {"uai": "0750003W"}}]

    # --- Rehearse the new year's calendar: the switch starts closed, the lycée opens it ------
    rehearsal_clock.shift_to(clock.utcnow() + dt.timedelta(weeks=52, days=1))
    blocked = (await client.data(VALIDATE_INTENTIONS, {"input": {"pupilId": lea_2de, "intentions": [{"voie": "1G", "specialites": ["MATHS", "PC", "SVT", "NSI"]}]}}, as_="martin.pere"))["validateIntentions"]
    assert [e["code"] for e in blocked["errors"]] == ["TELESERVICE_CLOSED"], blocked
    await ok(client, SET_TELESERVICE, {"open": True}, "chef.hugo")
    await ok(client, VALIDATE_INTENTIONS, {"pupilId": lea_2de, "intentions": [{"voie": "1G", "specialites": ["MATHS", "PC", "SVT", "NSI"]}]}, "martin.pere")
    new_file = (await client.data(FILE, {"id": lea_2de}, as_="martin.pere"))["pupil"]
    assert [r["voie"]["code"] for r in new_file["orientation"]["intentions"]["requests"]] == ["1G"]
    # Last year's file did not move.
    old_again = (await client.data(FILE, {"id": lea_3e}, as_="chef.aubrac"))["pupil"]
    assert [r["voie"]["code"] for r in old_again["orientation"]["intentions"]["requests"]] == ["2GT"]

    # --- Statistics of this year next to last year's --------------------------------------------
    await dispatch(runtime)  # the counters follow the events the dispatcher processed
    compared = (await client.data(COMPARE, as_="admin.academie"))["statisticsComparison"]
    assert compared["current"]["schoolYear"] == next_year and compared["previous"]["schoolYear"] == year
    assert (compared["current"]["pupils"], compared["current"]["validatedIntentions"]) == (1, 1)
    assert compared["previous"]["pupils"] == len(demo.pupils) + len(demo.lycee.pupils)
    assert compared["previous"]["validatedIntentions"] >= 1


async def test_rollover_command_and_refusals(db, demo, runtime):
    """The operator's command freezes the year; the académie cannot roll over twice at once."""
    async with db.write() as session:
        done = await campaigns.open_next_year(session, None, demo.academie, operator=True)
    assert done.previous_year == demo.school_year
    async with db.read() as session:
        states = dict((await session.execute(select(Campaign.school_year, Campaign.state))).all())
    assert states == {demo.school_year: "FROZEN", done.school_year: "CURRENT"}


async def _wait_until_blocked(db, task) -> None:  # type: ignore[no-untyped-def]
    """Until another transaction of this database waits for a row lock (PostgreSQL), or fail."""
    import asyncio

    from sqlalchemy import text

    for _ in range(400):
        async with db.read() as session:
            waiting = (await session.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ))).scalar_one()  # fmt: skip
        if waiting:
            return
        if task.done():
            raise AssertionError(f"the other transaction did not wait for the lock: {task.exception() or task.result()}")
        await asyncio.sleep(0.05)
    raise AssertionError("no transaction waits for a lock")


@pytest.mark.skipif(BACKEND != "postgresql", reason="row locks: PostgreSQL (SQLite serialises every write)")
async def test_a_write_racing_the_rollover_never_lands_in_the_frozen_year(db, demo):
    """The year check of a write and the freeze serialise on the campaign row: a write that
    checked first commits before the freeze; a write during the rollover waits, then is refused."""
    import asyncio

    from graphql_api.auth import principal_for
    from graphql_api.db.models import Account, RequestSet
    from graphql_api.domain.errors import DomainError
    from graphql_api.domain.requests import RequestInput
    from graphql_api.services import intentions

    async with db.read() as session:
        secretary = await principal_for(session, await session.get(Account, demo.accounts["secretariat.aubrac"]))
    today = clock.utcnow().date()

    async def rollover() -> None:
        async with db.write() as session:
            await campaigns.open_next_year(session, None, demo.academie, operator=True)

    # 1. The write checked the year first: the rollover waits for it, the write lands before the freeze.
    async with db.write() as session:
        await intentions.enter_paper_intentions(session, secretary, demo.pupils["martin"], [RequestInput("2GT")], today)
        freezing = asyncio.create_task(rollover())
        await _wait_until_blocked(db, freezing)
    await freezing
    async with db.read() as session:
        assert (await session.execute(select(func.count()).select_from(RequestSet).where(RequestSet.pupil_id == demo.pupils["martin"]))).scalar_one() == 1
        assert (await session.execute(select(Campaign.state).where(Campaign.school_year == demo.school_year))).scalar_one() == "FROZEN"

    # 2. A write during the next rollover waits for the freeze, then reads the year frozen.
    async with db.write() as session:  # this year's file of a pupil, then the rollover that freezes it
        old = await session.get(Pupil, demo.pupils["bernard"])
        year = school_year.next_of(demo.school_year)
        new = Pupil(ine=old.ine, school_year=year, last_name=old.last_name, first_name=old.first_name, birth_date=old.birth_date,
                    mef=old.mef, palier=old.palier, etablissement_id=old.etablissement_id, division_id=old.division_id)  # fmt: skip
        session.add(new)
        await session.flush()
        new_id = new.id
        # Its calendar open now: nothing but the freeze could refuse the write below.
        now = clock.utcnow()
        await session.execute(update(PhaseWindow).where(PhaseWindow.academie_id == demo.academie, PhaseWindow.phase == "PROVISOIRE")
                              .values(starts_at=now - dt.timedelta(days=10), ends_at=now + dt.timedelta(days=30)))  # fmt: skip
    async with db.write() as session:
        await campaigns.open_next_year(session, None, demo.academie, operator=True)
        await session.flush()

        async def write_new_file() -> None:
            async with db.write() as other:
                await intentions.enter_paper_intentions(other, secretary, new_id, [RequestInput("2GT")], today)

        writing = asyncio.create_task(write_new_file())
        await _wait_until_blocked(db, writing)
    with pytest.raises(DomainError) as refused:
        await writing
    assert refused.value.errors[0].code == "CAMPAIGN_YEAR_FROZEN"
    async with db.read() as session:
        assert (await session.execute(select(func.count()).select_from(RequestSet).where(RequestSet.pupil_id == new_id))).scalar_one() == 0
