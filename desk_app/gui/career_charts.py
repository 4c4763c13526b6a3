"""Two small pictures for the calculator: the career as a timeline coloured by
kind of period, and the annual points as bars. Painted with QPainter (no chart
library needed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

KIND_COLOURS: dict[str, str] = {
    "contributory": "#2e7d32",
    "child_leave_before_2001": "#66bb6a",
    "allowance_2001_2005": "#f9a825",
    "child_leave_from_2006": "#ffb300",
    "university": "#1565c0",
    "military": "#5d4037",
    "voluntary_contract": "#8e24aa",
    "non_contributory": "#9e9e9e",
}

KIND_LABELS: dict[str, str] = {
    "contributory": "contributiv",
    "child_leave_before_2001": "concediu creștere copil până la 31.03.2001",
    "allowance_2001_2005": "indemnizații 2001–2005",
    "child_leave_from_2006": "concediu creștere copil din 2006",
    "university": "studii universitare",
    "military": "stagiu militar",
    "voluntary_contract": "contract de asigurare",
    "non_contributory": "necontributiv",
}


class CareerTimeline(QWidget):
    """Dated periods as bars on a time axis, one lane per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: list[tuple[str, dt.date, dt.date]] = []
        self.setMinimumHeight(120)

    def set_periods(self, periods: list[tuple[str, dt.date, dt.date]]) -> None:
        self.periods = periods
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.periods:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Adăugați perioade cu date (de la – până la) pentru cronologie.")
            return
        start = min(p[1] for p in self.periods)
        end = max(p[2] for p in self.periods)
        span = max((end - start).days, 1)
        kinds = [k for k in KIND_COLOURS if any(p[0] == k for p in self.periods)]
        left, right, top = 8.0, float(self.width() - 8), 8.0
        lane = max(10.0, (self.height() - 40) / max(len(kinds), 1))
        for kind, first, last in self.periods:
            x0 = left + (first - start).days / span * (right - left)
            x1 = left + (last - start).days / span * (right - left)
            y = top + kinds.index(kind) * lane
            painter.fillRect(QRectF(x0, y, max(x1 - x0, 2.0), lane - 3),
                             QColor(KIND_COLOURS.get(kind, "#607d8b")))
        painter.setPen(QPen(QColor("#333333")))
        axis_y = top + len(kinds) * lane + 4
        painter.drawLine(int(left), int(axis_y), int(right), int(axis_y))
        for year in range(start.year, end.year + 1, max(1, (end.year - start.year) // 8 or 1)):
            x = left + (dt.date(year, 1, 1) - start).days / span * (right - left)
            if left <= x <= right:
                painter.drawText(int(x) - 14, int(axis_y) + 16, str(year))
        painter.end()


class PointsChart(QWidget):
    """Annual points as bars, one per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[int, Decimal]] = []
        self.setMinimumHeight(120)

    def set_points(self, points: list[tuple[int, Decimal]]) -> None:
        self.points = sorted(points)
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             "Punctajele anuale apar aici (din venituri sau introduse direct).")
            return
        highest = max(float(p) for _, p in self.points) or 1.0
        width = (self.width() - 16) / len(self.points)
        base = self.height() - 20
        for index, (_year, value) in enumerate(self.points):
            height = float(value) / highest * (base - 10)
            painter.fillRect(QRectF(8 + index * width, base - height, max(width - 2, 1), height),
                             QColor("#1565c0"))
        painter.setPen(QPen(QColor("#333333")))
        painter.drawText(8, self.height() - 4, str(self.points[0][0]))
        painter.drawText(self.width() - 40, self.height() - 4, str(self.points[-1][0]))
        painter.drawText(8, 14, f"max. {highest:.3f} puncte")
        painter.end()
