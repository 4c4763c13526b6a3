"""The store the application works on: one SQLite file, migrated on opening.

Services own transactions: ``store.write()`` gives a session holding the write
lock (``BEGIN IMMEDIATE``) that commits on success and rolls back on error;
``store.read()`` a plain session for queries.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.persistence import migrations
from desk_app.persistence.database import make_engine, make_session_factory, write_session


class StoreError(RuntimeError):
    """A store that cannot be opened; the message is Romanian, for the user."""


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = field(default=None)

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = write_session(self.sessions)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _upgrade_failure_message(db_path: Path, exc: Exception) -> str:
    cause = exc.cause if isinstance(exc, migrations.UpgradeFailed) else exc
    if isinstance(cause, DatabaseError) and "not a database" in str(cause.orig):
        return (f"Fișierul {db_path} nu este o bază de date desk_app "
                "sau este deteriorat.")
    restored = isinstance(exc, migrations.UpgradeFailed) and exc.restored_from is not None
    detail = str(getattr(cause, "orig", None) or cause).splitlines()[0]
    return (f"Actualizarea bazei de date {db_path} a eșuat"
            + ("; fișierul a fost restaurat din copie" if restored else "")
            + f". Detalii: {detail}")


def open_store(path: Path | str, *, migrate: bool = True) -> Store:
    db_path = Path(path).expanduser().resolve()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Nu se poate crea dosarul bazei de date {db_path.parent}: {exc}") \
            from exc
    engine = make_engine(db_path)
    backup = None
    if migrate:
        try:
            backup = migrations.upgrade_with_backup(engine, db_path)
        except Exception as exc:  # any failure: one clear line, never a traceback
            engine.dispose()
            raise StoreError(_upgrade_failure_message(db_path, exc)) from exc
    return Store(db_path, engine, make_session_factory(engine), backup)
