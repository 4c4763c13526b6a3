"""Starting the desktop application: open (and migrate) the store, run the
first-start wizard if needed, log in, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app.gui.style import APP_STYLESHEET


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desk_app")
    app.setOrganizationName("CNPP")
    app.setStyleSheet(APP_STYLESHEET)
    return app  # type: ignore[return-value]


def run(db_path: Path) -> int:
    app = make_application()
    from desk_app.services.store import StoreError, open_store

    try:
        store = open_store(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "Baza de date nu poate fi deschisă", str(exc))
        return 1
    from desk_app.services.office import is_initialised, office_info

    if not is_initialised(store):
        from desk_app.gui.setup_wizard import SetupWizard

        if SetupWizard(store).exec() != QDialog.DialogCode.Accepted:
            return 0
    from desk_app.gui.login_dialog import LoginDialog

    login = LoginDialog(store, office_info(store).name)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        return 0
    from desk_app.gui.main_window import MainWindow

    window = MainWindow(store, login.user)
    window.show()
    return app.exec()
