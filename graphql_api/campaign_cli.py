"""Operator commands for campaign years and each académie's legal calendar:
`python -m graphql_api rollover`, `purge-campaigns` and `territory list|set` (see docs/OPERATIONS.md)."""
from __future__ import annotations

from sqlalchemy import select

from .config import Settings
from .db.engine import Database
from .db.models import Academie, Campaign
from .domain.errors import DomainError
from .domain.texts import campaigns as campaign_texts, retention as retention_texts
from .services import academie as academies
from .services import campaigns, retention


async def rollover(settings: Settings, academie_code: str, school_year: str | None) -> int:
    """Open the académie's next campaign year (the current one is frozen); for an académie that
    has none yet (just imported from the directory), its first one, of ``school_year``. Exit
    status 0 / 1."""
    db = Database(settings.database_url)
    try:
        async with db.write() as session:
            academie = (await session.execute(select(Academie).where(Academie.code == academie_code))).scalar_one_or_none()
            if academie is None:
                print(campaign_texts.unknown_academie(academie_code))
                return 1
            if (await session.execute(select(Campaign.id).where(Campaign.academie_id == academie.id).limit(1))).first() is None:
                if school_year is None:
                    print(campaign_texts.FIRST_YEAR_NEEDED)
                    return 1
                first = await campaigns.create_first_campaign(session, academie.id, school_year)
                print(campaign_texts.first_year_opened(academie_code, first.school_year))
                return 0
            done = await campaigns.open_next_year(session, None, academie.id, school_year, operator=True)
    except DomainError as error:
        print(campaign_texts.refused(e.message for e in error.errors))
        return 1
    finally:
        await db.dispose()
    print(campaign_texts.year_opened(academie_code, done.school_year, done.previous_year, done.windows, done.etablissements_closed))
    return 0


async def purge(settings: Settings, *, dry_run: bool, academie_code: str | None) -> int:
    db = Database(settings.database_url)
    try:
        reports = await retention.purge_campaigns(
            db, settings.campaign_retention_years, dry_run=dry_run, academie_code=academie_code
        )
    finally:
        await db.dispose()
    if not reports:
        print(retention_texts.nothing_to_purge(settings.campaign_retention_years))
    for report in reports:
        print("\n".join(report.lines()))
    return 0


async def territory_list(settings: Settings) -> int:
    """Every académie's time zone and local holidays (added to the national ones)."""
    db = Database(settings.database_url)
    try:
        async with db.read() as session:
            rows = await academies.territories(session)
    finally:
        await db.dispose()
    for academie, territory in rows:
        print(campaign_texts.territory_line(academie.code, academie.name, territory.time_zone, territory.local_holidays))
    return 0


async def territory_set(settings: Settings, academie_code: str, time_zone: str | None, holidays: str | None) -> int:
    """Set the time zone and/or the whole list of local holidays ("" clears it). Exit status 0 / 1."""
    db = Database(settings.database_url)
    try:
        async with db.write() as session:
            before, after = await academies.set_territory(
                session, academie_code, time_zone=time_zone, local_holidays=holidays.split(",") if holidays is not None else None
            )
    except DomainError as error:
        print(campaign_texts.refused(e.message for e in error.errors))
        return 1
    finally:
        await db.dispose()
    if before == after:
        print(campaign_texts.territory_unchanged(academie_code))
    else:
        print(campaign_texts.territory_changed(academie_code, before.time_zone, after.time_zone, before.local_holidays, after.local_holidays))
    return 0
