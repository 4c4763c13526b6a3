"""Compile the Qt Designer files in ``ui/`` into ``desk_app/gui/forms/``.

The generated modules are committed so a checkout runs without a build step;
a test regenerates them and fails on any difference.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from desk_app.paths import asset_path

FORMS_DIR = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def generate(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), "--generator", "python", str(ui_file)],
                            check=True, capture_output=True, text=True)
    # The header names the uic version; drop it so the output depends on the
    # .ui file only, not on which Qt release generated it.
    return re.sub(r"(Created by: Qt User Interface Compiler) version [\d.]+", r"\1",
                  result.stdout)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(asset_path("ui").glob("*.ui")):
        target_for(ui_file).write_text(generate(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(FORMS_DIR.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
