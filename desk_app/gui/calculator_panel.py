""""Calculator": Law 360/2023 at the counter. The CNP fills birth date and sex,
periods are typed in a table (or imported from a registered request), and the
results, the explanation lines with their articles, a career timeline and the
annual-points chart update as the clerk types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.domain.values import parse_date
from desk_app.gui import lazy
from desk_app.gui.career_charts import KIND_LABELS, CareerTimeline, PointsChart
from desk_app.services import calculation
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.store import Store

PENSIONS = (("old_age", "pensie pentru limită de vârstă"), ("early", "pensie anticipată"),
            ("invalidity", "pensie de invaliditate"), ("survivor", "pensie de urmaș"))
CONDITIONS = (("normal", "normale"), ("group_I", "grupa I"), ("group_II", "grupa a II-a"),
              ("particular", "condiții deosebite"), ("special", "condiții speciale"),
              ("special_art28_ab", "art. 28 alin. (1) lit. a)–b)"))
PERIOD_COLUMNS = ("Tip", "Condiții", "De la", "Până la", "Ani", "Luni", "Zile")


def _duration(result: dict[str, Any], *path: str) -> str:
    node: Any = result
    for key in path:
        node = (node or {}).get(key)
    if not node:
        return "—"
    return f"{node['years']} ani {node['months']} luni {node.get('days', 0)} zile"


def _date(text: str | None) -> str:
    value = parse_date(text or "")
    return f"{value:%d.%m.%Y}" if value else "—"


class CalculatorPanel(QWidget):
    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.result: dict[str, Any] | None = None
        self.request_id: str | None = None
        self.preview = None
        splitter = QSplitter(self)
        layout = QVBoxLayout(self)
        title = QLabel("Calculator — Legea nr. 360/2023")
        title.setProperty("role", "title")
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._inputs())
        splitter.addWidget(self._outputs())
        splitter.setSizes([680, 520])
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recalculate)

    # --- inputs ------------------------------------------------------------

    def _inputs(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.cnp = QLineEdit()
        self.cnp.setObjectName("calc_cnp")
        self.cnp.setPlaceholderText("CNP (completează data nașterii și sexul)")
        self.cnp.textChanged.connect(self._cnp_changed)
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("calc_birth_date")
        self.birth_date.setPlaceholderText("zz.ll.aaaa")
        self.sex = QComboBox()
        self.sex.addItem("femeie", "F")
        self.sex.addItem("bărbat", "M")
        self.request_date = QLineEdit(f"{dt.date.today():%d.%m.%Y}")
        self.request_date.setObjectName("calc_request_date")
        self.pension = QComboBox()
        self.pension.setObjectName("calc_pension")
        for value, text in PENSIONS:
            self.pension.addItem(text, value)
        self.grade = QSpinBox()
        self.grade.setRange(1, 3)
        self.survivors = QSpinBox()
        self.survivors.setRange(1, 10)
        self.children = QSpinBox()
        self.children.setObjectName("calc_children")
        self.children.setRange(0, 20)
        form.addRow("CNP", self.cnp)
        form.addRow("Data nașterii", self.birth_date)
        form.addRow("Sexul", self.sex)
        form.addRow("Data cererii", self.request_date)
        form.addRow("Tipul pensiei", self.pension)
        form.addRow("Gradul de invaliditate", self.grade)
        form.addRow("Număr de urmași", self.survivors)
        form.addRow("Copii născuți și crescuți (art. 51)", self.children)
        layout.addLayout(form)
        layout.addWidget(QLabel("Perioade (cu date sau ca durată):"))
        self.periods = QTableWidget(0, len(PERIOD_COLUMNS))
        self.periods.setObjectName("calc_periods")
        self.periods.setHorizontalHeaderLabels(list(PERIOD_COLUMNS))
        header = self.periods.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.periods.itemChanged.connect(self._changed)
        layout.addWidget(self.periods, 1)
        row = QHBoxLayout()
        add = QPushButton("Adaugă perioadă")
        add.setObjectName("calc_add_period")
        add.clicked.connect(lambda: self.add_period())
        remove = QPushButton("Șterge perioada")
        remove.clicked.connect(self._remove_period)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel("Punctaje anuale din carnet/adeverință (an: punctaj; opțional):"))
        self.annual = QLineEdit()
        self.annual.setObjectName("calc_annual_points")
        self.annual.setPlaceholderText("ex. 1998: 1,12345; 1999: 0,98000")
        layout.addWidget(self.annual)
        for widget in (self.birth_date, self.request_date, self.annual):
            widget.textChanged.connect(self._changed)
        for combo in (self.sex, self.pension):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.grade, self.survivors, self.children):
            spin.valueChanged.connect(self._changed)
        return box

    def add_period(self, kind: str = "contributory", condition: str = "normal",
                   start: str = "", end: str = "", years: str = "", months: str = "",
                   days: str = "") -> None:
        row = self.periods.rowCount()
        self.periods.blockSignals(True)
        self.periods.insertRow(row)
        kind_box = QComboBox()
        for value, text in KIND_LABELS.items():
            kind_box.addItem(text, value)
        kind_box.setCurrentIndex(max(kind_box.findData(kind), 0))
        kind_box.currentIndexChanged.connect(self._changed)
        condition_box = QComboBox()
        for value, text in CONDITIONS:
            condition_box.addItem(text, value)
        condition_box.setCurrentIndex(max(condition_box.findData(condition), 0))
        condition_box.currentIndexChanged.connect(self._changed)
        self.periods.setCellWidget(row, 0, kind_box)
        self.periods.setCellWidget(row, 1, condition_box)
        for column, text in enumerate((start, end, years, months, days), start=2):
            self.periods.setItem(row, column, QTableWidgetItem(text))
        self.periods.blockSignals(False)
        self._changed()

    def _remove_period(self) -> None:
        if self.periods.currentRow() >= 0:
            self.periods.removeRow(self.periods.currentRow())
            self._changed()

    def _cnp_changed(self, text: str) -> None:
        try:
            info = parse_cnp(text)
        except CnpError:
            return
        self.birth_date.setText(f"{info.birth_date:%d.%m.%Y}")
        self.sex.setCurrentIndex(self.sex.findData(info.sex))

    def _changed(self, *_args: object) -> None:
        self._timer.start()

    # --- case ------------------------------------------------------------

    def case(self) -> dict[str, Any]:
        case: dict[str, Any] = {
            "sex": self.sex.currentData(), "birth_date": self.birth_date.text().strip(),
            "request_date": self.request_date.text().strip(),
            "pension": self.pension.currentData(), "children_raised": self.children.value(),
            "periods": [],
        }
        if case["pension"] == "invalidity":
            case["invalidity_grade"] = self.grade.value()
        if case["pension"] == "survivor":
            case["survivors"] = self.survivors.value()
        for row in range(self.periods.rowCount()):
            cells = [(self.periods.item(row, c).text().strip() if self.periods.item(row, c)
                      else "") for c in range(2, 7)]
            period: dict[str, Any] = {"kind": self.periods.cellWidget(row, 0).currentData()}
            if period["kind"] == "contributory":
                period["condition"] = self.periods.cellWidget(row, 1).currentData()
            if cells[0] or cells[1]:
                period.update(start=cells[0], end=cells[1])
            elif any(cells[2:]):
                period.update(years=int(cells[2] or 0), months=int(cells[3] or 0),
                              days=int(cells[4] or 0))
            else:
                continue
            case["periods"].append(period)
        points = []
        for chunk in self.annual.text().split(";"):
            if ":" in chunk:
                year, value = chunk.split(":", 1)
                points.append({"year": int(year.strip()),
                               "points": value.strip().replace(",", ".")})
        if points:
            case["annual_points"] = points
        return case

    def load_case(self, case: dict[str, Any]) -> None:
        if case.get("cnp"):
            self.cnp.setText(case["cnp"])
        if case.get("birth_date"):
            self.birth_date.setText(_date(case["birth_date"]))
        if case.get("sex"):
            self.sex.setCurrentIndex(self.sex.findData(case["sex"]))
        if case.get("request_date"):
            self.request_date.setText(_date(case["request_date"]))
        self.pension.setCurrentIndex(max(self.pension.findData(case.get("pension")), 0))
        self.children.setValue(int(case.get("children_raised") or 0))
        self.periods.setRowCount(0)
        for period in case.get("periods", []):
            self.add_period(period.get("kind", "contributory"),
                            period.get("condition", "normal"),
                            _date(period["start"]) if period.get("start") else "",
                            _date(period["end"]) if period.get("end") else "",
                            str(period.get("years", "")), str(period.get("months", "")),
                            str(period.get("days", "")))
        self.recalculate()

    def load_request(self, request_id: str) -> None:
        """"Calculează" from a registered pension request (annexes 3, 4, 6, 16)."""
        self.request_id = request_id
        saved = calculation.latest_calculation(self.store, request_id)
        self.load_case(saved["case"] if saved else
                       calculation.case_from_request(self.store, request_id))
        self.save_button.setEnabled(True)

    def save_to_request(self) -> bool:
        """Store inputs, outputs and the reference values used with the request."""
        result = self.recalculate()
        if result is None or not self.request_id:
            return False
        try:
            calculation.save_calculation(self.store, self.user, self.request_id, self.case(),
                                         result)
        except (calculation.CaseInputError, AuthError) as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self.summary.setText(self.summary.text() + "\nCalculul a fost salvat la cerere.")
        return True

    # --- results -----------------------------------------------------------

    def _outputs(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.summary = QLabel("Completați data nașterii și perioadele.")
        self.summary.setObjectName("calc_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setObjectName("calc_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.explanation = QListWidget()
        self.explanation.setObjectName("calc_explanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation, 2)
        self.timeline = CareerTimeline()
        layout.addWidget(self.timeline)
        self.chart = PointsChart()
        layout.addWidget(self.chart)
        buttons = QHBoxLayout()
        print_button = QPushButton("Tipărește fișa de calcul")
        print_button.setObjectName("calc_print")
        print_button.clicked.connect(self.print_sheet)
        buttons.addWidget(print_button)
        self.save_button = QPushButton("Salvează calculul la cerere")
        self.save_button.setObjectName("calc_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_to_request)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        return box

    def recalculate(self) -> dict[str, Any] | None:
        try:
            case = self.case()
            result = calculation.calculate_json(case, self.store)
        except (calculation.CaseInputError, ValueError) as exc:
            self.error.setText(str(exc))
            return None
        self.error.setText("; ".join(f"Lipsește: {m}" for m in result.get("missing_values", [])
                                     if isinstance(m, str)))
        self.result = result
        self._show(result, case)
        return result

    def _show(self, result: dict[str, Any], case: dict[str, Any]) -> None:
        age = result.get("standard_age") or {}
        early = result.get("early") or {}
        points = result.get("points") or {}
        lines = [
            f"Vârsta standard: {age.get('years', '—')} ani {age.get('months', 0)} luni, "
            f"împlinită la {_date(result.get('standard_age_date'))}; vârsta redusă la "
            f"{_date(result.get('reduced_age_date'))}.",
            f"Stagiu complet {_duration(result, 'complete_period')}, minim "
            f"{_duration(result, 'minimum_period')}; realizat (eligibilitate) "
            f"{_duration(result, 'periods', 'for_eligibility')}.",
        ]
        if early:
            lines.append(f"Anticipată: {early.get('anticipation_months')} luni × "
                         f"{early.get('diminution_pct_per_month')} % = "
                         f"{early.get('diminution_pct')} % diminuare.")
        lines.append(f"Punctaj total {points.get('total', '—')} × VPR "
                     f"{result.get('reference_point_value') or '—'} lei = "
                     f"{result.get('amount_lei') or '—'} lei.")
        self.summary.setText("\n".join(lines))
        self.explanation.clear()
        self.explanation.addItems([str(line) for line in result.get("explanation", [])])
        dated = []
        for period in case["periods"]:
            start, end = parse_date(period.get("start", "")), parse_date(period.get("end", ""))
            if start and end:
                dated.append((period["kind"], start, end))
        self.timeline.set_periods(dated)
        by_year = []
        for year, value in (points.get("by_year") or {}).items():
            try:
                by_year.append((int(year), Decimal(value)))
            except (InvalidOperation, ValueError):
                continue
        self.chart.set_points(by_year)

    def print_sheet(self) -> None:
        result = self.recalculate()
        if result is None:
            return
        pdf = calculation.sheet_pdf(result, person_name=self.cnp.text().strip())
        self.preview = lazy.pdf_preview(pdf, "Fișa de calcul", "fisa-de-calcul.pdf", self)
        self.preview.show()
