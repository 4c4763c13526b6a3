"""A supervisor's confirmation at the counter (e.g. registering past the
offline limit): the supervisor types their own user name and password."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desk_app.services.auth import AuthError, supervisor_confirmation
from desk_app.services.store import Store


def confirm_by_supervisor(store: Store, reason: str, parent: QWidget | None) -> bool:
    username, ok = QInputDialog.getText(parent, "Confirmarea șefului de serviciu",
                                        f"{reason}\n\nUtilizatorul șefului de serviciu:")
    if not ok or not username.strip():
        return False
    password, ok = QInputDialog.getText(parent, "Confirmarea șefului de serviciu", "Parola:",
                                        QLineEdit.EchoMode.Password)
    if not ok:
        return False
    return confirm_with_credentials(store, reason, username, password, parent)


def confirm_with_credentials(store: Store, reason: str, username: str, password: str,
                             parent: QWidget | None = None) -> bool:
    try:
        supervisor_confirmation(store, username, password, reason)
    except AuthError as exc:
        QMessageBox.warning(parent, "Confirmare refuzată", str(exc))
        return False
    return True
