"""First start: the county (41 counties and Bucharest), the office's name and
code, and the first admin account. Nothing is stored until everything is valid."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.counties import COUNTIES
from desk_app.domain.passwords import password_problems
from desk_app.services.auth import AuthError
from desk_app.services.office import OfficeInfo, SetupError, initialise
from desk_app.services.store import Store


class SetupWizard(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.office: OfficeInfo | None = None
        self.setWindowTitle("Configurare inițială — desk_app")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel("Prima pornire: alegeți județul, completați datele casei de pensii și "
                       "creați contul administratorului.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.county = QComboBox()
        self.county.setObjectName("county")
        for county in COUNTIES:
            self.county.addItem(f"{county.name} ({county.code})", county.code)
        self.office_name = QLineEdit()
        self.office_name.setObjectName("office_name")
        self.office_code = QLineEdit()
        self.office_code.setObjectName("office_code")
        self.office_address = QLineEdit()
        self.admin_username = QLineEdit("admin")
        self.admin_username.setObjectName("admin_username")
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("admin_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.county.currentIndexChanged.connect(self._suggest_name)
        form.addRow("Județul", self.county)
        form.addRow("Denumirea casei de pensii", self.office_name)
        form.addRow("Codul casei", self.office_code)
        form.addRow("Adresa", self.office_address)
        form.addRow("Utilizator administrator", self.admin_username)
        form.addRow("Numele complet", self.admin_name)
        form.addRow("Parola", self.password)
        form.addRow("Parola (din nou)", self.password_again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Configurează")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Renunță")
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._suggest_name()

    def _suggest_name(self) -> None:
        county = COUNTIES[self.county.currentIndex()]
        suggestion = ("Casa de Pensii a Municipiului București" if county.code == "B"
                      else f"Casa Teritorială de Pensii {county.name}")
        if not self.office_name.text() or self.office_name.text().startswith("Casa "):
            self.office_name.setText(suggestion)
        if not self.office_code.text() or self.office_code.text().startswith("CTP-"):
            self.office_code.setText(f"CTP-{county.code}")

    def finish(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText("Parolele nu coincid.")
            return
        problems = password_problems(self.password.text())
        if problems:
            self.error.setText(" ".join(problems))
            return
        if not self.admin_name.text().strip():
            self.error.setText("Numele complet al administratorului este obligatoriu.")
            return
        try:
            self.office = initialise(
                self.store, county_code=self.county.currentData(),
                office_code=self.office_code.text(), office_name=self.office_name.text(),
                address=self.office_address.text(), admin_username=self.admin_username.text(),
                admin_full_name=self.admin_name.text(), admin_password=self.password.text())
        except (SetupError, AuthError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()
