"""`python -m graphql_api` starts the server; `python -m graphql_api worker` runs only the
dispatcher and mail sender (to scale them apart from the web processes); `python -m
graphql_api migrate` brings the database schema to the latest Alembic revision; `python -m
graphql_api operations` rewrites the front-end's trusted-documents manifest; `rollover`
opens an académie's next campaign year and `purge-campaigns [--dry-run]` applies retention;
`territory list|set` shows and sets each académie's time zone and local holidays."""
from __future__ import annotations

import argparse
import asyncio
import signal
from pathlib import Path

from .config import load_settings
from .domain.texts import imports as import_texts
from .logs import configure_logging


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m graphql_api")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve", help="start the HTTP/WebSocket server (default)")
    sub.add_parser("worker", help="run the outbox dispatcher and the mail sender only")
    importing = sub.add_parser(
        "import", help="import the national directory (etablissements) or a school's SIECLE/STS export (eleves, responsables, nomenclatures, sts)"
    )
    importing.add_argument("kind", choices=["etablissements", "eleves", "responsables", "nomenclatures", "sts"])
    importing.add_argument("file")
    importing.add_argument("--uai", help="UAI of the establishment the file belongs to (SIECLE/STS files)")
    importing.add_argument("--annee", type=int, help="school year of the campaign the file feeds (its first year, e.g. 2026); default: the current one")
    dashboards = sub.add_parser("dashboards", help="rebuild the live dashboard counters from the pupils' files")
    dashboards.add_argument("action", choices=["rebuild"])
    dashboards.add_argument("--uai", help="only this establishment (default: everything)")
    migrate = sub.add_parser("migrate", help="apply the Alembic migrations (to head by default)")
    migrate.add_argument("revision", nargs="?", default="head")
    revision = sub.add_parser("revision", help="write a new Alembic revision from the models (autogenerate)")
    revision.add_argument("-m", "--message", required=True)
    rollover = sub.add_parser("rollover", help="open an académie's next campaign year (the current one is frozen), or its first one")
    rollover.add_argument("--academie", required=True, help="code of the académie, e.g. 01 (Paris), 28 (La Réunion)")
    rollover.add_argument("--school-year", help="the year opened, as a check, e.g. 2027-2028 (required for an académie's first campaign)")
    purging = sub.add_parser("purge-campaigns", help="delete personal data of campaign years past retention (keeps statistics)")
    purging.add_argument("--dry-run", action="store_true", help="report what would be deleted, delete nothing")
    purging.add_argument("--academie", help="only this académie (code)")
    territory = sub.add_parser("territory", help="list or set each académie's time zone and local public holidays")
    territory.add_argument("action", choices=["list", "set"])
    territory.add_argument("--academie", help="code of the académie (set), e.g. 28 (La Réunion)")
    territory.add_argument("--time-zone", help="IANA time zone, e.g. Indian/Reunion")
    territory.add_argument(
        "--holidays", help='the whole list of local holidays, comma-separated: MM-DD or GOOD_FRIDAY, e.g. "GOOD_FRIDAY,12-26"; "" for none'
    )
    sub.add_parser("operations", help="rewrite web/operations/manifest.json from web/operations/*.graphql (trusted documents)")
    args = parser.parse_args(argv)
    if args.command == "operations":
        from .trusted_documents import MANIFEST_PATH, write_manifest

        manifest = write_manifest()
        print(f"{len(manifest['operations'])} operations written to {MANIFEST_PATH}")
        return
    settings = load_settings()
    configure_logging(settings.log_level, settings.log_format)
    if args.command == "import" and args.kind == "etablissements":
        from .services.annuaire_import import run_cli as run_directory

        raise SystemExit(asyncio.run(run_directory(settings, args.file)))
    if args.command == "import":
        from .services.siecle_import import run_cli

        if not args.uai:
            parser.error("--uai is required for a school's SIECLE/STS file")

        raise SystemExit(asyncio.run(run_cli(settings, args.kind, args.file, args.uai, args.annee)))
    if args.command == "rollover":
        from .campaign_cli import rollover as run_rollover

        raise SystemExit(asyncio.run(run_rollover(settings, args.academie, args.school_year)))
    if args.command == "territory":
        from .campaign_cli import territory_list, territory_set

        if args.action == "list":
            raise SystemExit(asyncio.run(territory_list(settings)))
        if not args.academie or (args.time_zone is None and args.holidays is None):
            parser.error("territory set needs --academie and --time-zone and/or --holidays")
        raise SystemExit(asyncio.run(territory_set(settings, args.academie, args.time_zone, args.holidays)))
    if args.command == "purge-campaigns":
        from .campaign_cli import purge as run_purge

        raise SystemExit(asyncio.run(run_purge(settings, dry_run=args.dry_run, academie_code=args.academie)))
    if args.command == "dashboards":
        raise SystemExit(asyncio.run(_rebuild_dashboards(settings, args.uai)))
    if args.command == "migrate":
        from .db import migrations

        asyncio.run(migrations.upgrade(settings.database_url, args.revision))
        print(f"database at revision {asyncio.run(migrations.current_revision(settings.database_url))}")
        return
    if args.command == "revision":
        import tempfile

        from .db import migrations

        with tempfile.TemporaryDirectory() as workdir:
            asyncio.run(migrations.autogenerate(args.message, Path(workdir)))
        return
    if args.command == "worker":
        asyncio.run(_worker(settings))
        return
    import uvicorn

    from .app import create_app

    print(f"Orientation GraphQL server on http://{settings.host}:{settings.port}/graphql ({settings.database_url.split('://')[0]})")
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
        log_config=None,  # keep configure_logging's handler
        access_log=False,  # ours (http/request_id.py) leaves out the query string
        proxy_headers=False,
        ws_max_size=settings.max_request_bytes + 65_536,  # larger frames: 1009 from uvicorn itself  # X-Forwarded-For is believed only from TRUSTED_PROXIES (http/client_address.py)
    )


async def _worker(settings) -> None:  # type: ignore[no-untyped-def]
    from .bootstrap import prepare_database
    from .runtime import Runtime

    runtime = Runtime(settings)
    await prepare_database(runtime)
    await runtime.start(workers=True, serving=False)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runtime.stop()



async def _rebuild_dashboards(settings, uai: str | None) -> int:  # type: ignore[no-untyped-def]
    """``python -m graphql_api dashboards rebuild [--uai UAI]``: one transaction."""
    import time

    from sqlalchemy import select

    from .db import migrations
    from .db.engine import Database
    from .db.models import Etablissement
    from .services.dashboard import rebuild

    await migrations.upgrade(settings.database_url)
    db = Database(settings.database_url)
    started = time.perf_counter()
    try:
        async with db.write() as session:
            etab_id = None
            if uai:
                etab_id = (await session.execute(select(Etablissement.id).where(Etablissement.uai == uai.strip().upper()))).scalar()
                if etab_id is None:
                    print(import_texts.unknown_uai(uai))
                    return 1
            counted = await session.run_sync(lambda s: rebuild(s, etablissement_id=etab_id))
    finally:
        await db.dispose()
    print(import_texts.counters_rebuilt(counted, time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    main()
