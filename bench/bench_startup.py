"""Cold start to a usable window, measured on the whole process (offscreen).

Two figures, each the median of N fresh processes:
* login: from process start until the login dialog is shown (what the clerk
  sees first, store opened and migrated);
* main: until the main window is shown for a logged-in user (the login step
  itself is excluded: it is the clerk typing).

Usage: QT_QPA_PLATFORM=offscreen python bench/bench_startup.py [runs]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
t0 = float(sys.argv[1]); which = sys.argv[2]; db = sys.argv[3]
from PySide6.QtCore import QTimer
from desk_app.gui.app import make_application
app = make_application()
from desk_app.services.store import open_store
store = open_store(db)
from desk_app.services.office import office_info
if which == "login":
    from desk_app.gui.login_dialog import LoginDialog
    window = LoginDialog(store, office_info(store).name)
else:
    from desk_app.services.auth import CurrentUser
    from desk_app.gui.main_window import MainWindow
    window = MainWindow(store, CurrentUser("admin", "Ana Ionescu", "admin"))
window.show()
def done():
    print(time.time() - t0, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def prepare(folder: Path) -> Path:
    db = folder / "bench.sqlite3"
    env = {**os.environ, "DESK_APP_ADMIN_PASSWORD": "Parola123"}
    subprocess.run([sys.executable, "-m", "desk_app.cli.main", "--db", str(db), "init",
                    "--county", "CJ", "--office-code", "CTP-CJ", "--office-name",
                    "Casa Teritorială de Pensii Cluj", "--admin", "admin"],
                   check=True, env=env, capture_output=True)
    return db


def measure(which: str, db: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, str(start), which, str(db)],
                             check=True, capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as folder:
        db = prepare(Path(folder))
        result = {}
        for which in ("login", "main"):
            times = measure(which, db, runs)
            result[which] = {"median_s": round(statistics.median(times), 3),
                             "max_s": round(max(times), 3), "runs": runs}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
