"""Anexa 14 — the permanent bonuses, searchable while a clerk checks an
employer certificate (annexes 13, 15, recalculation), and printable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import lazy
from desk_app.services import bonuses


class BonusesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Anexa 14 — sporuri cu caracter permanent")
        self.resize(900, 600)
        self.preview = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("bonus_query")
        self.query.setPlaceholderText("Caută (ex. „spor noapte”, „condiții grele”, „vechime”)")
        self.query.textChanged.connect(self.refresh)
        print_button = QPushButton("Tipărește lista")
        print_button.setObjectName("bonus_print")
        print_button.clicked.connect(self.print_list)
        row.addWidget(self.query, 1)
        row.addWidget(print_button)
        layout.addLayout(row)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("bonus_table")
        self.table.setHorizontalHeaderLabels(["Cod", "Capitol", "Sporul"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        found = bonuses.find(self.query.text())
        self.table.setRowCount(len(found))
        for r, bonus in enumerate(found):
            for c, text in enumerate((bonus.code, bonus.category, bonus.wording)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.count.setText(f"{len(found)} sporuri")

    def codes(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def print_list(self) -> None:
        pdf = bonuses.bonuses_pdf(self.query.text())
        self.preview = lazy.pdf_preview(pdf, "Anexa 14 — sporuri", "anexa-14-sporuri.pdf", self)
        self.preview.show()
