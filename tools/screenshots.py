"""Render every screen offscreen to PNG files (for the README and for looking
at what the clerk sees). Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUTDIR"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desk_app.domain.annexes import all_specs
from desk_app.gui.app import make_application
from desk_app.services import auth, office, requests
from desk_app.services.store import open_store


def grab(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _decision_screens(window, store, user, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The decision dialog with a rejection being typed, and the "Decizii" page."""
    from desk_app.services import decisions

    info = requests.register(store, user, "04", dict(all_specs_by_id()["04"].sample))
    dialog = window.open_request(info.id)
    decision = dialog.open_decision()
    decision.reject_button.setChecked(True)
    decision.reason.setCurrentIndex(decision.reason.findData("complete_period_missing"))
    decision.reason_text.setPlainText("Stagiul realizat: 31 ani 2 luni; stagiul complet: 35 ani.")
    grab(decision, out / "decision_dialog.png")
    decision.issue()
    for annex in ("16", "08"):
        other = requests.register(store, user, annex, dict(all_specs_by_id()[annex].sample))
        if annex == "08":
            decisions.issue(store, user, other.id, "admit", amount_lei="2.345,00")
        else:
            decisions.issue(store, user, other.id, "reject", reason_code="no_new_periods")
    dialog.close()
    page = window.show_section("Decizii")
    page.refresh()
    grab(window, out / "decisions_page.png")


def all_specs_by_id():  # type: ignore[no-untyped-def]
    return {spec.annex_id: spec for spec in all_specs()}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "shots.sqlite3")
    from desk_app.gui.setup_wizard import SetupWizard

    wizard = SetupWizard(store)
    wizard.admin_name.setText("Ana Ionescu")
    grab(wizard, out / "setup_wizard.png")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ",
                      office_name="Casa Teritorială de Pensii Cluj",
                      address="Str. Gheorghe Bilașcu nr. 29, Cluj-Napoca",
                      admin_username="admin", admin_full_name="Ana Ionescu",
                      admin_password="Parola123")
    admin = auth.login(store, "admin", "Parola123")
    from desk_app.gui.login_dialog import LoginDialog

    grab(LoginDialog(store, "Casa Teritorială de Pensii Cluj"), out / "login.png")
    for spec in all_specs():
        requests.register(store, admin, spec.annex_id, dict(spec.sample), update_person=True)
    from desk_app.gui.main_window import MainWindow

    window = MainWindow(store, admin)
    window.resize(1280, 860)
    grab(window, out / "main_window.png")
    for spec in all_specs():
        editor = window.new_request.open_annex(spec.annex_id)
        editor.form.set_payload(dict(spec.sample))
        grab(window, out / f"form_{spec.annex_id}.png")
    editor = window.new_request.open_annex("03")
    editor.form.set_payload({"applicant.cnp": "1234567890123", "applicant.surname": "Ș" * 300,
                             "applicant.id_date": "31.02.2026"})
    editor.register()
    grab(window, out / "form_03_errors.png")
    search = window.show_section("Căutare")
    search.query.setText("stefania")
    search.run_search()
    grab(window, out / "search.png")
    dialog = window.open_request(search.table.request_id_at(0))
    grab(dialog, out / "request_dialog.png")
    dialog.close()
    grab(window.show_section("Registru") and window, out / "register.png")
    _decision_screens(window, store, admin, out)
    calculator = window.show_section("Calculator")
    calculator.load_case({"sex": "F", "birth_date": "1966-11-01", "request_date": "2024-11-15",
                          "pension": "early", "children_raised": 2, "periods": [
                              {"kind": "contributory", "start": "1985-09-01",
                               "end": "2020-08-31"},
                              {"kind": "university", "start": "1981-10-01", "end": "1985-06-30"},
                              {"kind": "child_leave_from_2006", "start": "2007-03-01",
                               "end": "2008-02-29"}],
                          "annual_points": []})
    grab(window, out / "calculator.png")
    if "Administrare" in window.section_titles():
        window.show_section("Administrare")
        grab(window, out / "admin.png")
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
