"""Loads the Law 360/2023 reference CSVs shipped in ``db/reference/law360``.

The domain parser (:func:`parse_reference_tables`) is pure; this module only
reads the files. ``overrides`` (file name → CSV text with the same columns) is
the seam for administrator-edited values kept in the database: their rows
supersede the shipped rows with the same key.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from desk_app.domain.law360.reference import (
    REQUIRED_FILES,
    ReferenceDataError,
    ReferenceTables,
    parse_reference_tables,
)
from desk_app.paths import asset_path


def read_reference_csvs() -> dict[str, str]:
    """File name → text of every CSV the calculator needs."""
    texts: dict[str, str] = {}
    for name in REQUIRED_FILES:
        path = asset_path("db", "reference", "law360", name)
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ReferenceDataError(f"Nu se poate citi fișierul de referință {path}.") from exc
    return texts


@lru_cache(maxsize=1)
def _shipped_tables() -> ReferenceTables:
    return parse_reference_tables(read_reference_csvs())


def load_reference_tables(overrides: Mapping[str, str] | None = None) -> ReferenceTables:
    """The shipped tables (cached), or shipped + ``overrides`` (not cached)."""
    if not overrides:
        return _shipped_tables()
    return parse_reference_tables(read_reference_csvs(), overrides)
