""""Decizii": the decisions of a day (today by default), the batch print of
every decision still to be signed in number order, reprints and the
communication record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import lazy
from desk_app.gui.decisions_panel import DecisionsPanel
from desk_app.services import decisions
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.store import Store


class DecisionsPage(QWidget):
    open_request = Signal(str)
    refresh_on_show = True  # the main window refreshes it each time it is shown

    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.preview: QDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel("Decizii emise")
        title.setProperty("role", "title")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("decisions_day")
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.only_unsigned = QCheckBox("doar cele necomunicate (de semnat)")
        self.only_unsigned.setObjectName("only_unsigned")
        self.only_unsigned.toggled.connect(lambda _c: self.refresh())
        batch = QPushButton("Tipărește toate deciziile de semnat din ziua aleasă")
        batch.setObjectName("print_batch")
        batch.clicked.connect(self.print_batch)
        row.addWidget(QLabel("Ziua"))
        row.addWidget(self.day)
        row.addWidget(self.only_unsigned)
        row.addStretch(1)
        row.addWidget(batch)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("decisions_summary")
        layout.addWidget(self.summary)
        self.panel = DecisionsPanel(store, user, self)
        self.panel.changed.connect(self.refresh)
        self.panel.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.panel, 1)

    def selected_day(self) -> dt.date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        items = decisions.issued_on_day(self.store, self.selected_day(),
                                        only_unsigned=self.only_unsigned.isChecked())
        self.panel.set_items(items)
        waiting = sum(1 for d in items if d.communicated_on is None)
        self.summary.setText(f"{len(items)} decizii din {self.selected_day():%d.%m.%Y}; "
                             f"{waiting} nesemnate/necomunicate.")

    def print_batch(self) -> bytes | None:
        try:
            count, pdf = decisions.batch_for_signing(self.store, self.user, self.selected_day())
        except (decisions.DecisionError, AuthError) as exc:
            self.panel.message.setStyleSheet("color: #b00020;")
            self.panel.message.setText(str(exc))
            return None
        day = self.selected_day()
        self.preview = lazy.pdf_preview(pdf, f"{count} decizii de semnat — {day:%d.%m.%Y}",
                                        f"decizii_{day:%Y%m%d}.pdf", self)
        self.preview.show()
        self.panel.message.setStyleSheet("")
        self.panel.message.setText(f"{count} decizii trimise la tipărire, în ordinea "
                                   "numerelor.")
        return pdf

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.panel.items):
            self.open_request.emit(self.panel.items[row].request_id)
