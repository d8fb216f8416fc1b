"""Alembic environment: async engines, the models' metadata, batch mode on SQLite.

Run by the `alembic` command (URL from DATABASE_URL) or by graphql_api.db.migrations, which
hands over its own connection in ``config.attributes["connection"]``.
"""
import asyncio

from alembic import context

from graphql_api.config import load_settings
from graphql_api.db import migrations
from graphql_api.db.models import Base

config = context.config
connection = config.attributes.get("connection")
url = config.get_main_option("sqlalchemy.url") or load_settings().database_url

if context.is_offline_mode():
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=url.startswith("sqlite"))
    with context.begin_transaction():
        context.run_migrations()
elif connection is not None:
    migrations.run_migrations(context, connection)
else:

    async def _online() -> None:
        engine = migrations.migration_engine(url)
        try:
            async with engine.connect() as conn:
                await conn.run_sync(lambda c: migrations.run_migrations(context, c))
        finally:
            await engine.dispose()

    asyncio.run(_online())
