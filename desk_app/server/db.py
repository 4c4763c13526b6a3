"""The server's PostgreSQL connection and schema upgrades.

``make_engine`` checks the URL (PostgreSQL through psycopg 3 only) and
``migrate`` brings the schema to the head of ``desk_app/server/migrations``;
the Alembic version table is ``alembic_version_server`` so a server schema can
never be mistaken for a counter's store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ServerConfigError(ValueError):
    """A bad server setting; ``str()`` is the Romanian message."""


def make_engine(database_url: str, *, pool_size: int = 8) -> Engine:
    if not database_url.startswith(("postgresql+psycopg://", "postgresql://")):
        raise ServerConfigError("Serverul județean folosește PostgreSQL: --database-url "
                                "postgresql+psycopg://utilizator@gazdă:port/bază")
    url = database_url.replace("postgresql://", "postgresql+psycopg://", 1)
    return create_engine(url, pool_size=pool_size, max_overflow=4, pool_pre_ping=True)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        # Two servers starting together must not both create the tables.
        connection.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def lock_county(connection: Connection, county: str) -> None:
    """Serialise the writers of one county until the transaction ends.

    The change feed's ``seq`` must become visible in order: a reader that saw
    seq 11 must never later find a seq 10 committed behind it. One writer per
    county at a time guarantees that (and keeps lease ranges disjoint).
    """
    connection.execute(text("SELECT pg_advisory_xact_lock(4242100, hashtext(:c))"),
                       {"c": county})


# The growing tables and the columns the sync's lookups filter on.
_GROWING = {"requests": "id, county, registration_year, registration_no",
            "request_versions": "request_id, workstation_id, client_seq",
            "changes": "county, seq, origin_id"}
ANALYZE_AFTER = 1000


def refresh_statistics(engine: Engine) -> list[str]:
    """ANALYZE a growing table once it has changed by more than four times the
    rows it held at its last ANALYZE (and at least ``ANALYZE_AFTER`` rows);
    returns the tables done.

    A bulk push (a county's first sync, a counter back after weeks offline)
    otherwise runs on the statistics of a much smaller table until autovacuum
    comes round; with them PostgreSQL chose plans that read every row of the
    county for each lookup (seconds a batch). Only the filtered columns are
    sampled (~0.1 s at 30 000 rows); a growing table is analysed log5(size)
    times in all (at ~1 000, 5 000, 25 000… rows). Once the county's share is
    known the planner scales its estimates with the table's size.
    """
    with engine.connect() as conn:
        due = conn.execute(text(
            "SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid "
            "WHERE s.schemaname = current_schema() AND s.relname = ANY(:t) "
            "AND s.n_mod_since_analyze > greatest(:m, 4 * c.reltuples)"),
            {"t": list(_GROWING), "m": ANALYZE_AFTER}).scalars().all()
        for table in due:
            conn.execute(text(f"ANALYZE {table} ({_GROWING[table]})"))
        conn.commit()
    return list(due)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
