""""Registru": the requests registered in a period (today by default), in
number order, opened with a double click."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.request_table import RequestTable
from desk_app.services.queries import registered_between
from desk_app.services.store import Store


class RegisterPage(QWidget):
    open_request = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        title = QLabel("Registrul de intrare")
        title.setProperty("role", "title")
        layout.addWidget(title)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.start.setObjectName("register_from")
        self.end = QDateEdit(today)
        self.end.setObjectName("register_to")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        show = QPushButton("Afișează")
        show.clicked.connect(self.refresh)
        row.addWidget(QLabel("De la"))
        row.addWidget(self.start)
        row.addWidget(QLabel("până la"))
        row.addWidget(self.end)
        row.addWidget(show)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.table = RequestTable(self)
        self.table.setObjectName("register_table")
        self.table.opened.connect(self.open_request.emit)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        start: dt.date = self.start.date().toPython()
        end: dt.date = self.end.date().toPython()
        rows = registered_between(self.store, start, end)
        self.table.set_rows(rows)
        self.summary.setText(f"{len(rows)} cereri înregistrate între {start:%d.%m.%Y} și "
                             f"{end:%d.%m.%Y}.")
