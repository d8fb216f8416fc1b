"""`python -m graphql_api` starts the server; `python -m graphql_api worker` runs only the
dispatcher and mail sender (to scale them apart from the web processes)."""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from .config import load_settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m graphql_api")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve", help="start the HTTP/WebSocket server (default)")
    sub.add_parser("worker", help="run the outbox dispatcher and the mail sender only")
    args = parser.parse_args(argv)
    settings = load_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if args.command == "worker":
        asyncio.run(_worker(settings))
        return
    import uvicorn

    from .app import create_app

    print(f"Orientation GraphQL server on http://{settings.host}:{settings.port}/graphql ({settings.database_url.split('://')[0]})")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=settings.log_level.lower())


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


if __name__ == "__main__":
    main()
