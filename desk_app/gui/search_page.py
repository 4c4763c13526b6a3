""""Căutare": by CNP, by name (start of any name, without diacritics) or by
registration number; results in a sortable table; a double click opens the
request."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.gui.request_table import RequestTable
from desk_app.services.queries import search
from desk_app.services.store import Store


class SearchPage(QWidget):
    open_request = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        title = QLabel("Căutare cereri")
        title.setProperty("role", "title")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setPlaceholderText("CNP, nume (ex. „stefan pop”) sau număr (ex. „1234/2026”)")
        self.query.returnPressed.connect(self.run_search)
        button = QPushButton("Caută")
        button.setObjectName("search_button")
        button.clicked.connect(self.run_search)
        row.addWidget(self.query, 1)
        row.addWidget(button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("search_status")
        layout.addWidget(self.status)
        self.table = RequestTable(self)
        self.table.setObjectName("search_results")
        self.table.opened.connect(self.open_request.emit)
        layout.addWidget(self.table, 1)

    def run_search(self) -> None:
        rows = search(self.store, self.query.text())
        self.table.set_rows(rows)
        if not self.query.text().strip():
            self.status.setText("Scrieți un CNP, un nume sau un număr de înregistrare.")
        elif not rows:
            self.status.setText("Nicio cerere găsită.")
        else:
            self.status.setText(f"{len(rows)} cereri găsite.")
