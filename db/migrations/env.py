"""Alembic environment for the embedded store (SQLite, batch mode).

The configuration is built in code by ``desk_app.persistence.migrations``;
the connection is handed over in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from desk_app.persistence.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from desk_app.persistence.database import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///"))
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
