"""Login dialog (form from ui/login_dialog.ui) and the idle-lock dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk_app.gui.forms.ui_login_dialog import Ui_LoginDialog
from desk_app.services.auth import AuthError, CurrentUser, login
from desk_app.services.store import Store


class LoginDialog(QDialog):
    def __init__(self, store: Store, office_name: str, *, locked_user: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_LoginDialog()
        self.form.setupUi(self)
        self.store = store
        self.user: CurrentUser | None = None
        self.locked_user = locked_user
        self.form.officeLabel.setText(office_name)
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Intră")
        cancel = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Renunță")
        if locked_user:
            self.setWindowTitle("Sesiune blocată — introduceți parola")
            self.form.usernameEdit.setText(locked_user)
            self.form.usernameEdit.setReadOnly(True)
            self.form.passwordEdit.setFocus()
            cancel.setText("Ieșire din aplicație")
        self.form.buttonBox.accepted.connect(self.try_login)
        self.form.buttonBox.rejected.connect(self.reject)

    def try_login(self) -> None:
        username = self.form.usernameEdit.text().strip()
        if not username:
            self.form.errorLabel.setText("Introduceți numele de utilizator.")
            return
        try:
            self.user = login(self.store, username, self.form.passwordEdit.text())
        except AuthError as exc:
            self.form.errorLabel.setText(str(exc))
            self.form.passwordEdit.clear()
            self.form.passwordEdit.setFocus()
            return
        self.accept()
