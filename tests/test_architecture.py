"""The layers point down only, and only the GUI imports Qt: the import-linter
contracts of pyproject.toml are kept (run as IT would, with ``lint-imports``)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("domain", "services", "persistence", "printing")


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    for contract in ("Layers point down only", "Domain is pure: no Qt, no SQL, no ReportLab",
                     "Only the GUI imports Qt"):
        assert f"{contract} KEPT" in done.stdout, done.stdout


def test_no_module_outside_the_gui_names_pyside6():
    # Also catches imports inside functions or under TYPE_CHECKING, which a
    # reader (and PyInstaller) would still follow.
    offenders = []
    for layer in QT_FREE:
        for path in (ROOT / "desk_app" / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(name.split(".")[0] == "PySide6" for name in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
