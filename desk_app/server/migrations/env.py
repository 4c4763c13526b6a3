"""Alembic environment of the county server (PostgreSQL).

The configuration is built in code by ``desk_app.server.db``; the connection
is handed over in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from desk_app.server.models import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      version_table="alembic_version_server")
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


run_migrations_online()
