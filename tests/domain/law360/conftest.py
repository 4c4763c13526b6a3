"""Shared fixtures: the shipped reference tables (read once)."""

from __future__ import annotations

import pytest

from desk_app.domain.law360.reference import ReferenceTables
from desk_app.services.law_reference import load_reference_tables


@pytest.fixture(scope="session")
def tables() -> ReferenceTables:
    return load_reference_tables()
