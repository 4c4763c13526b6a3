"""docs/cli.md documents every model's input; it is generated from the specs."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.schema_doc import render
from desk_app.domain.annexes import all_specs

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_doc_is_current():
    assert DOC.read_text(encoding="utf-8") == render(), \
        "run: python -m desk_app.cli.schema_doc"


def test_cli_doc_names_every_field_of_every_model():
    text = DOC.read_text(encoding="utf-8")
    for spec in all_specs():
        assert f"## `{spec.annex_id}` — {spec.title}" in text
        for field in spec.fields():
            assert f"`{field.key}`" in text
