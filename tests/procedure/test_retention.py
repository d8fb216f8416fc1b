"""Retention of past campaign years: a dry run reports and changes nothing; the real purge
deletes the year's personal data, keeps its anonymous statistics and is itself audited."""
import datetime as dt

from sqlalchemy import func, select

from graphql_api import campaign_cli
from graphql_api.db.models import Account, AuditEntry, Campaign, CampaignStatistics, Guardianship, OutboxEvent, Pupil, RequestSet
from graphql_api.domain import school_year
from graphql_api.services import campaigns, retention, statistics
from tests.authz.matrix import diff, snapshot
from tests.staff.factory import full_file


async def _count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return int((await session.execute(select(func.count()).select_from(model).where(*where))).scalar_one())


async def _academie_stats(db, principal, year):  # type: ignore[no-untyped-def]
    async with db.read() as session:
        return await statistics.statistics(session, principal, school_year=year)


async def test_purge_dry_run_then_real_keeps_aggregates(runtime, db, demo, settings, capsys):
    first = demo.school_year
    head = demo.accounts["chef.aubrac"]
    for name in ("martin", "bernard"):
        await full_file(db, demo.pupils[name], by=head, agrees=name == "martin")
    # Léa goes on to the lycée next year: her account and her later file must survive.
    async with db.write() as session:
        await campaigns.open_next_year(session, None, demo.academie, operator=True)
        lea = await session.get(Pupil, demo.pupils["martin"])
        session.add(Pupil(ine=lea.ine, school_year=school_year.next_of(first), last_name=lea.last_name, first_name=lea.first_name,
                          birth_date=lea.birth_date, mef="20010018110", palier="2NDE_GT", etablissement_id=demo.lycee.etablissement))  # fmt: skip
    async with db.write() as session:
        later = (await session.execute(select(Pupil).where(Pupil.ine == lea.ine, Pupil.school_year != first))).scalar_one()
        session.add(Guardianship(pupil_id=later.id, account_id=demo.accounts["martin.pere"], level=1))
    academie_admin = await _principal(db, demo.accounts["admin.academie"])
    before_stats = await _academie_stats(db, academie_admin, first)
    assert before_stats.pupils == len(demo.pupils) + len(demo.lycee.pupils) and before_stats.validated_intentions == 2

    # Within retention: nothing to purge.
    assert await retention.purge_campaigns(db, 2) == []
    # Two more years: the first one is now three years behind (retention: 2).
    for _ in range(2):
        assert await campaign_cli.rollover(settings, "01", None) == 0
    assert "campagne" in capsys.readouterr().out

    files_of_first = await _count(db, Pupil, Pupil.school_year == first)
    dry_before = await snapshot(runtime)
    dry = await retention.purge_campaigns(db, 2, dry_run=True)
    assert [(r.school_year, r.dry_run) for r in dry] == [(first, True)]
    assert dry[0].counts["dossiers d'élèves"] == files_of_first
    assert dry[0].counts["saisies de vœux"] == 4 and dry[0].counts["comptes des familles sans autre dossier"] > 0
    assert diff(dry_before, await snapshot(runtime)) == []  # the dry run changed nothing
    assert await campaign_cli.purge(settings, dry_run=True, academie_code="01") == 0
    assert "[simulation]" in capsys.readouterr().out
    assert diff(dry_before, await snapshot(runtime)) == []

    done = await retention.purge_campaigns(db, 2)
    assert [(r.school_year, r.dry_run) for r in done] == [(first, False)]
    assert done[0].counts == dry[0].counts  # it deleted what the dry run announced
    assert await _count(db, Pupil, Pupil.school_year == first) == 0
    assert await _count(db, RequestSet) == 0
    assert await _count(db, OutboxEvent, OutboxEvent.pupil_id.is_not(None)) == 0
    assert await _count(db, AuditEntry, AuditEntry.pupil_id.is_not(None)) == 0
    # Families with no later file are gone; Léa's father and Léa (her 2de file) stay; staff stay.
    async with db.read() as session:
        logins = set((await session.execute(select(Account.login))).scalars())
    assert {"martin.pere", "eleve.martin", "chef.aubrac", "admin.academie"} <= logins
    assert "bernard.mere" not in logins and "eleve.bernard" not in logins
    assert await _count(db, Pupil, Pupil.ine == lea.ine) == 1

    # The year's statistics survive as stored aggregates, equal to what they were.
    assert await _count(db, CampaignStatistics, CampaignStatistics.school_year == first) >= 4
    after_stats = await _academie_stats(db, academie_admin, first)
    assert after_stats == before_stats
    async with db.read() as session:
        campaign = (await session.execute(select(Campaign).where(Campaign.school_year == first))).scalar_one()
        purge_events = (await session.execute(select(OutboxEvent).where(OutboxEvent.type == "CAMPAIGN_DATA_PURGED"))).scalars().all()
        audited = (await session.execute(select(AuditEntry).where(AuditEntry.action == "CAMPAIGN_DATA_PURGED"))).scalars().all()
    assert campaign.purged_at is not None
    assert [e.payload["schoolYear"] for e in purge_events] == [first] and purge_events[0].payload["counts"] == done[0].counts
    assert len(audited) == 1
    # Purged once: a second run has nothing to do.
    assert await retention.purge_campaigns(db, 2) == []


async def _principal(db, account_id):  # type: ignore[no-untyped-def]
    from graphql_api.auth import principal_for

    async with db.read() as session:
        return await principal_for(session, await session.get(Account, account_id))


def test_retention_setting_and_rehearsal_clock_refused_in_production():
    import pytest

    from graphql_api.config import load_settings

    assert load_settings({}).campaign_retention_years == 2
    assert load_settings({"CAMPAIGN_RETENTION_YEARS": "5"}).campaign_retention_years == 5
    with pytest.raises(RuntimeError):
        load_settings({"CAMPAIGN_RETENTION_YEARS": "0"})
    moment = load_settings({"REHEARSAL_CLOCK": "2027-05-03T08:00:00+02:00"}).rehearsal_clock
    assert moment == dt.datetime(2027, 5, 3, 6, 0, tzinfo=dt.timezone.utc)
    with pytest.raises(RuntimeError, match="production"):
        load_settings({"ENVIRONMENT": "production", "TOKEN_SECRET": "x" * 40, "REHEARSAL_CLOCK": "2027-05-03T08:00:00+02:00"})
    with pytest.raises(RuntimeError):
        load_settings({"REHEARSAL_CLOCK": "2027-05-03T08:00:00"})  # no time zone


async def test_pupil_account_follows_to_the_later_file_after_the_purge(db, demo, runtime):
    """eleve.martin's account pointed at her purged 3e file: it now opens her 2de file."""
    first = demo.school_year
    async with db.write() as session:
        await campaigns.open_next_year(session, None, demo.academie, operator=True)
        lea = await session.get(Pupil, demo.pupils["martin"])
        later = Pupil(ine=lea.ine, school_year=school_year.next_of(first), last_name=lea.last_name, first_name=lea.first_name,
                      birth_date=lea.birth_date, mef="20010018110", palier="2NDE_GT", etablissement_id=demo.lycee.etablissement)  # fmt: skip
        session.add(later)
    for _ in range(2):
        async with db.write() as session:
            await campaigns.open_next_year(session, None, demo.academie, operator=True)
    await retention.purge_campaigns(db, 2)
    async with db.read() as session:
        account = (await session.execute(select(Account).where(Account.login == "eleve.martin"))).scalar_one()
    assert account.pupil_id == later.id
