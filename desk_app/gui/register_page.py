""""Registru": the registry book of a period (today by default; presets for the
month and the year), in number order with the newest decision, opened with a
double click; its statistics in a second tab; printing to PDF and exporting to
XLSX or CSV in a worker thread, so a year's book does not freeze the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.register_book_table import BookTable
from desk_app.gui.register_stats import StatsPanel, thousands
from desk_app.gui.tasks import run_in_background
from desk_app.services.register_book import (
    BookRow,
    book_rows,
    period_presets,
    period_text,
    statistics,
)
from desk_app.services.store import Store

_FILTERS = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)", ".csv": "CSV (*.csv)"}


class RegisterPage(QWidget):
    open_request = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[BookRow] = []
        self.busy = False
        layout = QVBoxLayout(self)
        title = QLabel("Registrul de intrare")
        title.setProperty("role", "title")
        layout.addWidget(title)
        layout.addLayout(self._period_row())
        layout.addLayout(self._export_row())
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("register_tabs")
        self.table = BookTable(self)
        self.table.setObjectName("register_table")
        self.table.opened.connect(self.open_request.emit)
        self.stats_panel = StatsPanel(self)
        self.tabs.addTab(self.table, "Registru")
        self.tabs.addTab(self.stats_panel, "Statistici")
        layout.addWidget(self.tabs, 1)

    def _period_row(self) -> QHBoxLayout:
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
        show.setObjectName("register_show")
        show.clicked.connect(self.refresh)
        row.addWidget(QLabel("De la"))
        row.addWidget(self.start)
        row.addWidget(QLabel("până la"))
        row.addWidget(self.end)
        row.addWidget(show)
        row.addSpacing(16)
        self.preset_buttons: dict[str, QPushButton] = {}
        for period in period_presets(dt.date.today()):
            button = QPushButton(period.label)
            button.setObjectName(f"register_preset_{period.key}")
            button.clicked.connect(lambda _=False, key=period.key: self.apply_preset(key))
            row.addWidget(button)
            self.preset_buttons[period.key] = button
        row.addStretch(1)
        return row

    def _export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.pdf_button = QPushButton("Tipărește registrul (PDF)")
        self.pdf_button.setObjectName("register_pdf")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.xlsx_button = QPushButton("Export XLSX")
        self.xlsx_button.setObjectName("register_xlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.csv_button = QPushButton("Export CSV")
        self.csv_button.setObjectName("register_csv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            row.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("register_message")
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        return row

    # --- period -------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def apply_preset(self, key: str, today: dt.date | None = None) -> None:
        """Set the dates to today / this month / this year and show that book."""
        chosen = next(p for p in period_presets(today or dt.date.today()) if p.key == key)
        self.start.setDate(QDate(chosen.start.year, chosen.start.month, chosen.start.day))
        self.end.setDate(QDate(chosen.end.year, chosen.end.month, chosen.end.day))
        self.refresh()

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            self.summary.setText("Perioada nu este validă: data de început este după cea de "
                                 "sfârșit.")
            return
        self.rows = book_rows(self.store, start, end)
        self.table.set_rows(self.rows)
        self.stats_panel.show_stats(statistics(self.rows))
        self.summary.setText(f"{thousands(len(self.rows))} cereri înregistrate în perioada "
                             f"{period_text(start, end)}.")

    # --- printing and export --------------------------------------------------------

    def export_pdf(self, path: str | Path | None = None) -> None:
        self._export(".pdf", path)

    def export_xlsx(self, path: str | Path | None = None) -> None:
        self._export(".xlsx", path)

    def export_csv(self, path: str | Path | None = None) -> None:
        self._export(".csv", path)

    def _export(self, suffix: str, path: str | Path | None) -> None:
        if self.busy:
            return
        start, end = self.period()
        if path is None:
            suggested = f"registru_{start:%Y-%m-%d}_{end:%Y-%m-%d}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self, "Salvează registrul", suggested,
                                                    _FILTERS[suffix])
            if not chosen:
                return
            path = chosen if chosen.lower().endswith(suffix) else chosen + suffix
        target = Path(path)
        store = self.store

        def work() -> int:
            # Imported here: ReportLab and openpyxl load on first export, not at start-up.
            from desk_app.services.register_export import export_book

            return export_book(store, start, end, target)

        self._set_busy(True, f"Se generează registrul {period_text(start, end)} în "
                             f"{target.name}…")
        run_in_background(work, lambda rows: self._exported(target, rows), self._failed)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            button.setEnabled(not busy)
        self.message.setText(text)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _exported(self, target: Path, rows: int) -> None:
        self._set_busy(False, f"Registrul a fost salvat în {target} ({thousands(rows)} cereri).")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            detail = f"nu se poate scrie fișierul ({error.strerror or error})."
        else:
            detail = str(error)
        self._set_busy(False, f"Registrul nu a fost salvat: {detail}")
