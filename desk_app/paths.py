"""Where the application finds its files, in a source checkout and in a frozen bundle.

Every file read at run time (reference data, migrations, fonts, icons) is found
through :func:`asset_path`, so PyInstaller builds (``sys._MEIPASS``) and the
source tree behave the same. User data lives where platformdirs says.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "desk_app"
APP_AUTHOR = "CNPP"


def project_root() -> Path:
    """The folder that holds ``db/``, ``resources/`` and ``ui/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def asset_path(*parts: str) -> Path:
    """Path of a shipped asset, e.g. ``asset_path("db", "reference", "vpr.csv")``."""
    return project_root().joinpath(*parts)


def user_data_dir() -> Path:
    """Folder for the embedded store and backups (overridable for tests and kiosks)."""
    override = os.environ.get("DESK_APP_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    """The embedded SQLite store used when no ``--db`` is given."""
    return user_data_dir() / "desk_app.sqlite3"
