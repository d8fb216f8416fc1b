"""Operator commands for campaign years and each académie's legal calendar:
`python -m graphql_api rollover`, `purge-campaigns` and `territory list|set` (see docs/OPERATIONS.md)."""
from __future__ import annotations

from sqlalchemy import select

from .config import Settings
from .db.engine import Database
from .db.models import Academie
from .domain.errors import DomainError
from .services import academie as academies
from .services import campaigns, retention


async def rollover(settings: Settings, academie_code: str, school_year: str | None) -> int:
    """Open the académie's next campaign year (the current one is frozen). Exit status 0 / 1."""
    db = Database(settings.database_url)
    try:
        async with db.write() as session:
            academie = (await session.execute(select(Academie).where(Academie.code == academie_code))).scalar_one_or_none()
            if academie is None:
                print(f"refusé : aucune académie de code {academie_code}.")
                return 1
            done = await campaigns.open_next_year(session, None, academie.id, school_year, operator=True)
    except DomainError as error:
        print("refusé : " + "; ".join(e.message for e in error.errors))
        return 1
    finally:
        await db.dispose()
    print(
        f"académie {academie_code} : campagne {done.school_year} ouverte, {done.previous_year} figée "
        f"({done.windows} fenêtres du calendrier reprises un an plus tard, {done.etablissements_closed} téléservices fermés)."
    )
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
        print(f"aucune année à purger (conservation : {settings.campaign_retention_years} années après l'année en cours).")
    for report in reports:
        print("\n".join(report.lines()))
    return 0


def _territory_line(code: str, name: str, time_zone: str, holidays: tuple[str, ...]) -> str:
    return f"{code}  {name} : fuseau {time_zone}, jours fériés locaux : {', '.join(holidays) or 'aucun'}"


async def territory_list(settings: Settings) -> int:
    """Every académie's time zone and local holidays (added to the national ones)."""
    db = Database(settings.database_url)
    try:
        async with db.read() as session:
            rows = await academies.territories(session)
    finally:
        await db.dispose()
    for academie, territory in rows:
        print(_territory_line(academie.code, academie.name, territory.time_zone, territory.local_holidays))
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
        print("refusé : " + "; ".join(e.message for e in error.errors))
        return 1
    finally:
        await db.dispose()
    if before == after:
        print(f"académie {academie_code} : rien à changer.")
    else:
        print(f"académie {academie_code} : fuseau {before.time_zone} → {after.time_zone}, jours fériés locaux "
              f"{', '.join(before.local_holidays) or 'aucun'} → {', '.join(after.local_holidays) or 'aucun'}.")  # fmt: skip
    return 0
