"""The "Statistici" tab of the register: totals, counts by type and by month,
and a bar chart of the requests registered each month (drawn with QPainter)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.register_book import Stats, month_label

_BAR = QColor("#3b6ea5")
_AXIS = QColor("#59636e")


class MonthChart(QWidget):
    """Vertical bars, one per month, with the count above each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_items(self, items: Sequence[tuple[str, int]]) -> None:
        self.items = list(items)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        title_h = line + 6
        painter.setPen(QColor("#1f2933"))
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft,
                         "Cereri înregistrate pe luni")
        if not self.items:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Nicio cerere în perioada aleasă.")
            painter.end()
            return
        left, right, bottom = 16.0, 12.0, line * (2.6 if len(self.items) > 12 else 1.6)
        top = title_h + line + 4
        width = self.width() - left - right
        height = self.height() - top - bottom
        peak = max(count for _, count in self.items) or 1
        slot = width / len(self.items)
        bar_w = max(2.0, slot * 0.66)
        painter.setPen(QPen(_AXIS, 1))
        base_y = top + height
        painter.drawLine(int(left), int(base_y), int(left + width), int(base_y))
        for position, (label, count) in enumerate(self.items):
            x = left + position * slot + (slot - bar_w) / 2
            bar_h = height * count / peak
            painter.fillRect(QRectF(x, base_y - bar_h, bar_w, bar_h), _BAR)
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QRectF(x - 20, base_y - bar_h - line - 2, bar_w + 40, line),
                             Qt.AlignmentFlag.AlignHCenter, thousands(count))
            painter.setPen(_AXIS)
            text_rect = QRectF(left + position * slot, base_y + 3, slot, line)
            if len(self.items) > 12:  # two lines: month above, year below
                month, _, year = label.partition(" ")
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, month)
                painter.drawText(text_rect.translated(0, line), Qt.AlignmentFlag.AlignHCenter,
                                 year)
            else:
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter, label)
        painter.end()


def thousands(number: int) -> str:
    """12345 → "12.345", as Romanian texts write counts."""
    return f"{number:,}".replace(",", ".")


def _count_table(title: str, object_name: str) -> QTableWidget:
    table = QTableWidget(0, 2)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels([title, "Cereri"])
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, items: Sequence[tuple[str, int]]) -> None:
    table.setRowCount(len(items) + 1)
    total = 0
    for row, (name, count) in enumerate(items):
        total += count
        table.setItem(row, 0, QTableWidgetItem(name))
        number = QTableWidgetItem(thousands(count))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, number)
    table.setItem(len(items), 0, QTableWidgetItem("Total"))
    last = QTableWidgetItem(thousands(total))
    last.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(len(items), 1, last)
    font = table.item(len(items), 0).font()
    font.setBold(True)
    table.item(len(items), 0).setFont(font)
    table.item(len(items), 1).setFont(font)


class StatsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("register_stats_summary")
        layout.addWidget(self.summary)
        tables = QHBoxLayout()
        self.by_type = _count_table("Tipul cererii", "register_stats_types")
        self.by_month = _count_table("Luna", "register_stats_months")
        tables.addWidget(self.by_type, 3)
        tables.addWidget(self.by_month, 2)
        layout.addLayout(tables, 1)
        self.chart = MonthChart(self)
        self.chart.setObjectName("register_chart")
        layout.addWidget(self.chart, 1)

    def show_stats(self, stats: Stats) -> None:
        self.summary.setText(f"Total cereri înregistrate: {thousands(stats.total)}; cu decizie "
                             f"emisă: {thousands(stats.with_decision)}.")
        _fill(self.by_type, stats.by_type)
        _fill(self.by_month, stats.month_rows())
        self.chart.set_items([(month_label(y, m, short=True), n) for y, m, n in stats.by_month])
