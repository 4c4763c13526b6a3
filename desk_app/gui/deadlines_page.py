""""Termene": the open requests by legal due date — overdue in red, due within
5 working days in amber. A clerk sees their own by default; a supervisor all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.services.auth import CurrentUser
from desk_app.services.deadlines_view import open_deadlines
from desk_app.services.store import Store

_COLOURS = {"overdue": "#f8d7d4", "soon": "#fde9c4"}
HEADERS = ("Termen", "Situație", "Nr.", "Data", "Solicitant", "Tip cerere", "Stare", "Funcționar")


class DeadlinesPage(QWidget):
    open_request = Signal(str)

    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        layout = QVBoxLayout(self)
        title = QLabel("Termene legale")
        title.setProperty("role", "title")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.mine_only = QCheckBox("Doar cererile mele")
        self.mine_only.setObjectName("deadlines_mine")
        supervisor = user.can(Permission.VOID_NUMBER)
        self.mine_only.setChecked(not supervisor)
        self.mine_only.toggled.connect(self.refresh)
        refresh = QPushButton("Actualizează")
        refresh.clicked.connect(self.refresh)
        row.addWidget(self.mine_only)
        row.addStretch(1)
        row.addWidget(refresh)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("deadlines_summary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("deadlines_table")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.ids: list[str] = []

    def refresh(self) -> None:
        rows = open_deadlines(self.store,
                              clerk=self.user.username if self.mine_only.isChecked() else None)
        self.table.setRowCount(len(rows))
        self.ids = []
        for r, row in enumerate(rows):
            request = row.request
            cells = (f"{request.deadline:%d.%m.%Y}", row.level_label,
                     str(request.registration_no or ""),
                     f"{request.registration_date:%d.%m.%Y}" if request.registration_date
                     else "", request.applicant_name, request.request_type,
                     request.status_label, row.created_by)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.level in _COLOURS:
                    item.setBackground(QBrush(QColor(_COLOURS[row.level])))
                self.table.setItem(r, c, item)
            self.ids.append(request.id)
        self.table.resizeColumnsToContents()
        overdue = sum(r.level == "overdue" for r in rows)
        soon = sum(r.level == "soon" for r in rows)
        self.summary.setText(f"{len(rows)} cereri deschise: {overdue} cu termenul depășit, "
                             f"{soon} cu termen în cel mult 5 zile lucrătoare.")

    def level_at(self, row: int) -> str:
        return self.table.item(row, 1).text()

    def _open(self, row: int, _column: int) -> None:
        self.open_request.emit(self.ids[row])
