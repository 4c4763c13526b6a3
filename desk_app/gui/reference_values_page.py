""""Valori de referință" (admins): the law's figures with their status —
missing and inferred values stand out — and a form to add a value with the act
that sets it. Every calculation uses the value in force at its date."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.style import ERROR_COLOUR, WARNING_COLOUR
from desk_app.services import reference_values
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.store import Store

_STATUS_COLOURS = {"missing": ERROR_COLOUR, "inferred": WARNING_COLOUR,
                   "secondary": WARNING_COLOUR}


class ReferenceValuesPage(QWidget):
    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        layout = QVBoxLayout(self)
        self.table_choice = QComboBox()
        self.table_choice.setObjectName("reference_table")
        for table in reference_values.EDITABLE_TABLES:
            self.table_choice.addItem(table.title, table.file_name)
        self.table_choice.currentIndexChanged.connect(self.refresh)
        layout.addWidget(self.table_choice)
        note = QLabel("Valorile marcate „LIPSEȘTE” sau „dedus” nu au fost găsite în lege; un "
                      "calcul care are nevoie de ele spune exact care lipsește. Adăugați "
                      "valoarea cu actul normativ care o stabilește.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.rows = QTableWidget()
        self.rows.setObjectName("reference_rows")
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.rows, 1)
        self.form_box = QGroupBox("Valoare nouă sau corectată")
        self.form = QFormLayout(self.form_box)
        layout.addWidget(self.form_box)
        self.inputs: dict[str, QLineEdit] = {}
        self.message = QLabel()
        self.message.setObjectName("reference_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.refresh()

    def _file(self) -> str:
        return self.table_choice.currentData()

    def refresh(self) -> None:
        table = reference_values.editable(self._file())
        rows = reference_values.table_rows(self.store, table.file_name)
        columns = [*table.columns, "status"]
        self.rows.setColumnCount(len(columns))
        self.rows.setHorizontalHeaderLabels(columns)
        self.rows.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = row.get("status", "")
            for c, column in enumerate(columns):
                text = row.get(column, "") or ""
                if column == "status":
                    text = reference_values.STATUS_LABELS.get(status, status)
                item = QTableWidgetItem(text)
                if status in _STATUS_COLOURS:
                    item.setForeground(QColor(_STATUS_COLOURS[status]))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        for column in table.columns:
            edit = QLineEdit()
            edit.setObjectName(f"reference_input_{column}")
            self.inputs[column] = edit
            self.form.addRow(column, edit)
        self.note = QLineEdit()
        self.note.setObjectName("reference_note")
        self.note.setPlaceholderText("actul normativ / sursa (obligatoriu)")
        self.form.addRow("Temei / sursă", self.note)
        save = QPushButton("Adaugă valoarea")
        save.setObjectName("reference_save")
        save.clicked.connect(self.save)
        self.form.addRow(save)

    def save(self) -> None:
        row = {column: edit.text() for column, edit in self.inputs.items()}
        try:
            reference_values.add_value(self.store, self.user, self._file(), row,
                                       self.note.text())
        except (reference_values.ReferenceValueError, AuthError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("Valoarea a fost adăugată; calculele o folosesc de acum.")
        self.refresh()
