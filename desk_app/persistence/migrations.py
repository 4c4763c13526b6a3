"""Bringing a store to the current schema, safely.

At start-up the current revision is compared with the head; if the store is
behind, the file is first copied to a timestamped backup next to it, then
upgraded; if the upgrade fails the copy is put back and the error re-raised,
so a failed update never leaves a half-migrated store at the counter.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from desk_app.paths import asset_path

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.M)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(asset_path("db", "migrations")))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", str(engine.url))
    return config


def head_revision() -> str:
    """The newest revision, read from the migration files without importing
    Alembic (it costs ~0.2 s of start-up when nothing has to be upgraded)."""
    revisions, parents = set(), set()
    for path in asset_path("db", "migrations", "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
        parents.update(_DOWN.findall(source))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"Migrările au {len(heads)} capete: {sorted(heads)}.")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def backup_path(db_path: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return db_path.with_name(f"{db_path.stem}.backup-{stamp}{db_path.suffix}")


class UpgradeFailed(Exception):
    """The upgrade failed; ``restored_from`` is the backup copied back, if one was made."""

    def __init__(self, cause: BaseException, restored_from: Path | None) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.restored_from = restored_from


def upgrade_with_backup(engine: Engine, db_path: Path) -> Path | None:
    """Upgrade to head; returns the backup made (None when nothing to do).

    Raises UpgradeFailed after putting the backup back in place.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_path.exists():
        backup = backup_path(db_path)
        _checkpoint(engine)
        engine.dispose()
        shutil.copy2(db_path, backup)
    try:
        upgrade(engine)
    except Exception as exc:
        if backup is not None:
            engine.dispose()
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            shutil.copy2(backup, db_path)
        raise UpgradeFailed(exc, backup) from exc
    return backup


def _checkpoint(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
