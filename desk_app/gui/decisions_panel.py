"""Decisions in a table with what a clerk does with them: print the original
for signing, reprint as DUPLICAT, record the communication (art. 93 (6)).
Used in a request's dialog (its decisions) and on the "Decizii" page (a day's)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.amount_in_words import format_lei
from desk_app.domain.decisions.kinds import KINDS
from desk_app.domain.values import format_date
from desk_app.gui import lazy
from desk_app.services import decisions
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.decisions import COMMUNICATION_WAYS, DecisionError, DecisionInfo
from desk_app.services.store import Store

HEADERS = ["Nr. decizie", "Data", "Cererea", "Solicitant", "Tipul", "Soluția", "Cuantum",
           "Comunicată"]


def row_texts(item: DecisionInfo) -> list[str]:
    communicated = (f"{format_date(item.communicated_on)} — "
                    f"{COMMUNICATION_WAYS[item.communicated_how].split(',')[0]}"
                    if item.communicated_on else
                    f"nu (termen {format_date(item.communication_due)})")
    return [str(item.number), format_date(item.issued_on),
            f"{item.request_no} / {format_date(item.request_date)}", item.applicant_name,
            KINDS[item.kind].benefit_label, item.outcome_label,
            format_lei(item.amount_lei) if item.amount_lei else "", communicated]


class CommunicationDialog(QDialog):
    """How and when the decision reached the citizen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Comunicarea deciziei")
        form = QFormLayout(self)
        self.how = QComboBox()
        self.how.setObjectName("communication_how")
        for key, text in COMMUNICATION_WAYS.items():
            self.how.addItem(text, key)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.on.setCalendarPopup(True)
        self.reference = QLineEdit()
        self.reference.setObjectName("communication_ref")
        self.reference.setPlaceholderText("nr. scrisorii recomandate")
        self.error = QLabel()
        self.error.setObjectName("communication_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow("Modul", self.how)
        form.addRow("Data", self.on)
        form.addRow("Referință", self.reference)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DecisionsPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.items: list[DecisionInfo] = []
        self.preview: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("decisions_table")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, name, slot in (("Tipărește pentru semnare", "print_original",
                                  self.print_original),
                                 ("Reimprimă (DUPLICAT)", "print_duplicate",
                                  self.print_duplicate),
                                 ("Înregistrează comunicarea…", "communicate",
                                  self.communicate)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("decisions_message")
        self.message.setWordWrap(True)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def set_items(self, items: list[DecisionInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            for c, text in enumerate(row_texts(item)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if items:
            self.table.selectRow(0)

    def selected(self) -> DecisionInfo | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def _print(self, duplicate: bool) -> bytes | None:
        item = self.selected()
        if item is None:
            self._say("Alegeți o decizie din listă.", error=True)
            return None
        try:
            pdf = decisions.pdf(self.store, self.user, [item.id], duplicate=duplicate)
        except (DecisionError, AuthError) as exc:
            self._say(str(exc), error=True)
            return None
        suffix = "_duplicat" if duplicate else ""
        self.preview = lazy.pdf_preview(pdf, f"Decizia {item.number_line}",
                                        f"decizia_{item.year}_{item.number}{suffix}.pdf", self)
        self.preview.show()
        self._say("")
        return pdf

    def print_original(self) -> bytes | None:
        return self._print(False)

    def print_duplicate(self) -> bytes | None:
        return self._print(True)

    def communicate(self, *, how: str | None = None, on: dt.date | None = None,
                    reference: str = "") -> bool:
        """Ask in a dialog; tests pass the values directly."""
        item = self.selected()
        if item is None:
            self._say("Alegeți o decizie din listă.", error=True)
            return False
        if how is None:
            dialog = CommunicationDialog(self)
            while True:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                try:
                    decisions.communicate(self.store, self.user, item.id,
                                          str(dialog.how.currentData()),
                                          dialog.on.date().toPython(), dialog.reference.text())
                    break
                except (DecisionError, AuthError) as exc:
                    dialog.error.setText(str(exc))
        else:
            try:
                decisions.communicate(self.store, self.user, item.id, how,
                                      on or dt.date.today(), reference)
            except (DecisionError, AuthError) as exc:
                self._say(str(exc), error=True)
                return False
        self._say(f"Comunicarea deciziei nr. {item.number} a fost înregistrată.")
        self.changed.emit()
        return True
