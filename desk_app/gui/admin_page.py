""""Administrare" (admins only): staff accounts (create, unlock, activate,
role, password reset) and the office's data, idle lock time and the next
registration number when leaving a paper register."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import ROLE_LABELS, Role
from desk_app.gui.decision_templates_page import DecisionTemplatesPage
from desk_app.gui.reference_values_page import ReferenceValuesPage
from desk_app.services import auth, office
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.office import SetupError
from desk_app.services.store import Store


class AdminPage(QTabWidget):
    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.addTab(self._users_tab(), "Utilizatori")
        self.addTab(self._office_tab(), "Casa de pensii")
        self.reference_values = ReferenceValuesPage(store, user)
        self.addTab(self.reference_values, "Valori de referință")
        self.decision_templates = DecisionTemplatesPage(store, user)
        self.addTab(self.decision_templates, "Șabloane de decizii")
        self.refresh_users()

    # --- users -------------------------------------------------------------

    def _users_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.users = QTableWidget(0, 5)
        self.users.setObjectName("users_table")
        self.users.setHorizontalHeaderLabels(["Utilizator", "Nume", "Rol", "Activ", "Blocat"])
        self.users.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.users.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.users.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.users, 1)
        actions = QHBoxLayout()
        for text, slot in (("Deblochează", self._unlock), ("Activează/dezactivează",
                                                          self._toggle_active),
                           ("Parolă nouă…", self._reset_password)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        box = QGroupBox("Cont nou")
        form = QFormLayout(box)
        self.new_username = QLineEdit()
        self.new_username.setObjectName("new_username")
        self.new_full_name = QLineEdit()
        self.new_full_name.setObjectName("new_full_name")
        self.new_role = QComboBox()
        self.new_role.setObjectName("new_role")
        for role in Role:
            self.new_role.addItem(ROLE_LABELS[role], role.value)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("Utilizator", self.new_username)
        form.addRow("Nume complet", self.new_full_name)
        form.addRow("Rol", self.new_role)
        form.addRow("Parolă (min. 8, o majusculă, o cifră)", self.new_password)
        create = QPushButton("Creează contul")
        create.setObjectName("create_user")
        create.clicked.connect(self.create_user)
        form.addRow(create)
        self.users_message = QLabel()
        self.users_message.setObjectName("users_message")
        self.users_message.setWordWrap(True)
        form.addRow(self.users_message)
        layout.addWidget(box)
        return page

    def refresh_users(self) -> None:
        rows = auth.list_users(self.store, self.user)
        self.users.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row.username, row.full_name, ROLE_LABELS[Role(row.role)],
                                      "da" if row.active else "nu",
                                      "da" if row.locked else "nu")):
                self.users.setItem(r, c, QTableWidgetItem(text))
        self.users.resizeColumnsToContents()

    def _selected_username(self) -> str | None:
        row = self.users.currentRow()
        return self.users.item(row, 0).text() if row >= 0 else None

    def _run(self, action, success: str) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except (AuthError, SetupError) as exc:
            self.users_message.setText(str(exc))
            return
        self.users_message.setText(success)
        self.refresh_users()

    def create_user(self) -> None:
        username = self.new_username.text().strip()
        self._run(lambda: auth.create_user(
            self.store, self.user, username=username, full_name=self.new_full_name.text(),
            role=self.new_role.currentData(), password=self.new_password.text()),
            f"Contul {username} a fost creat.")
        if self.users_message.text().startswith("Contul"):
            for edit in (self.new_username, self.new_full_name, self.new_password):
                edit.clear()

    def _unlock(self) -> None:
        username = self._selected_username()
        if username:
            self._run(lambda: auth.unlock_user(self.store, self.user, username),
                      f"Contul {username} a fost deblocat.")

    def _toggle_active(self) -> None:
        username = self._selected_username()
        if username:
            active = self.users.item(self.users.currentRow(), 3).text() == "da"
            self._run(lambda: auth.set_active(self.store, self.user, username, not active),
                      f"Contul {username} a fost {'dezactivat' if active else 'activat'}.")

    def _reset_password(self) -> None:
        username = self._selected_username()
        if not username:
            return
        password, ok = QInputDialog.getText(self, "Parolă nouă", f"Parola nouă pentru {username}:",
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: auth.reset_password(self.store, self.user, username, password),
                      f"Parola contului {username} a fost schimbată.")

    # --- office ------------------------------------------------------------

    def _office_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        info = office.office_info(self.store)
        form.addRow("Județul", QLabel(f"{info.county_name} ({info.county_code})"))
        form.addRow("Codul casei", QLabel(info.office_code))
        self.office_name = QLineEdit(info.name)
        self.office_address = QLineEdit(info.address)
        form.addRow("Denumirea", self.office_name)
        form.addRow("Adresa", self.office_address)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setValue(office.idle_lock_minutes(self.store))
        self.idle_minutes.setSuffix(" minute")
        form.addRow("Blocare după inactivitate", self.idle_minutes)
        save = QPushButton("Salvează")
        save.clicked.connect(self.save_office)
        form.addRow(save)
        self.next_number = QSpinBox()
        self.next_number.setObjectName("next_number")
        self.next_number.setRange(1, 999_999_999)
        self.next_number.setValue(office.next_registration_number(self.store) or 1)
        set_next = QPushButton("Continuă numerotarea din registrul pe hârtie")
        set_next.setObjectName("set_next_number")
        set_next.clicked.connect(self.save_next_number)
        form.addRow("Următorul număr de înregistrare", self.next_number)
        form.addRow(set_next)
        self.office_message = QLabel()
        self.office_message.setObjectName("office_message")
        self.office_message.setWordWrap(True)
        form.addRow(self.office_message)
        return page

    def save_office(self) -> None:
        try:
            office.update_office(self.store, self.user, name=self.office_name.text(),
                                 address=self.office_address.text())
            office.set_idle_lock_minutes(self.store, self.user, self.idle_minutes.value())
        except (SetupError, AuthError) as exc:
            self.office_message.setText(str(exc))
            return
        self.office_message.setText("Datele casei de pensii au fost salvate.")

    def save_next_number(self) -> None:
        try:
            office.set_next_registration_number(self.store, self.user, self.next_number.value())
        except (SetupError, AuthError) as exc:
            self.office_message.setText(str(exc))
            return
        self.office_message.setText(
            f"Următoarea cerere va primi numărul {self.next_number.value()}.")
