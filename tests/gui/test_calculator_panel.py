"""The calculator panel at the counter, checked against the CNPP circular's
early-pension example 2 (woman born 01.11.1966, 2 children, 34 y 11 m 10 d
contributory + 4 years university, request 15.11.2024: 47 months of
anticipation × 0.20 % = 9.4 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desk_app.domain.annexes import get_spec
from desk_app.gui.calculator_panel import CalculatorPanel
from desk_app.gui.main_window import MainWindow
from desk_app.services import requests
from tests.gui.conftest import type_text


def test_circular_example_2_typed_into_the_panel(qtbot, gui_store, gui_clerk):
    panel = CalculatorPanel(gui_store, gui_clerk)
    qtbot.addWidget(panel)
    panel.show()
    type_text(panel.birth_date, "01.11.1966")
    panel.request_date.clear()
    type_text(panel.request_date, "15.11.2024")
    panel.pension.setCurrentIndex(panel.pension.findData("early"))
    panel.children.setValue(2)
    panel.add_period("contributory", "normal", years="34", months="11", days="10")
    panel.add_period("university", years="4")
    result = panel.recalculate()
    assert result is not None, panel.error.text()
    assert result["early"]["anticipation_months"] == 47
    assert result["early"]["diminution_pct"] in ("9.4", "9.40")
    assert "47 luni" in panel.summary.text()
    assert panel.explanation.count() > 3
    assert any("art." in panel.explanation.item(i).text()
               for i in range(panel.explanation.count()))


def test_cnp_fills_birth_date_and_sex(qtbot, gui_store, gui_clerk):
    panel = CalculatorPanel(gui_store, gui_clerk)
    qtbot.addWidget(panel)
    type_text(panel.cnp, "1630615123457")
    assert panel.birth_date.text() == "15.06.1963"
    assert panel.sex.currentData() == "M"


def test_bad_period_gives_a_romanian_message_not_a_crash(qtbot, gui_store, gui_clerk):
    panel = CalculatorPanel(gui_store, gui_clerk)
    qtbot.addWidget(panel)
    type_text(panel.birth_date, "01.11.1966")
    panel.add_period("contributory", start="31.02.1990", end="01.01.2000")
    assert panel.recalculate() is None
    assert "nevalid" in panel.error.text() or "dată" in panel.error.text()


def test_calculate_button_opens_a_registered_request_prefilled(qtbot, gui_store, gui_clerk):
    spec = get_spec("03")
    info = requests.register(gui_store, gui_clerk, "03", dict(spec.sample))
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_request(info.id)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "calculate")
    button.click()
    assert window.form.pages.currentWidget() is window.calculator
    assert window.calculator.cnp.text() == spec.sample["applicant.cnp"]
    assert window.calculator.birth_date.text() == "15.07.1963"
    assert window.calculator.children.value() == len(spec.sample["children_certificates"])


def test_saving_the_calculation_keeps_it_with_the_request(qtbot, gui_store, gui_clerk):
    from desk_app.services.calculation import latest_calculation

    info = requests.register(gui_store, gui_clerk, "03", dict(get_spec("03").sample))
    panel = CalculatorPanel(gui_store, gui_clerk)
    qtbot.addWidget(panel)
    panel.load_request(info.id)
    panel.add_period("contributory", years="35")
    assert panel.save_to_request()
    saved = latest_calculation(gui_store, info.id)
    assert saved["case"]["periods"] == [{"kind": "contributory", "condition": "normal",
                                         "years": 35, "months": 0, "days": 0}]
    # Opening the request again starts from the saved case.
    other = CalculatorPanel(gui_store, gui_clerk)
    qtbot.addWidget(other)
    other.load_request(info.id)
    assert other.periods.rowCount() == 1


def test_admin_adds_a_reference_value_in_the_admin_page(qtbot, gui_store, gui_admin):
    from PySide6.QtWidgets import QLineEdit

    window = MainWindow(gui_store, gui_admin)
    qtbot.addWidget(window)
    admin = window.show_section("Administrare")
    page = admin.reference_values
    page.table_choice.setCurrentIndex(page.table_choice.findData("vpr.csv"))
    before = page.rows.rowCount()
    values = {"indicator": "reference_point_value", "effective_from": "2027-01-01",
              "effective_to": "2027-12-31", "value_lei": "85", "legal_basis": "exemplu"}
    for column, text in values.items():
        type_text(page.findChild(QLineEdit, f"reference_input_{column}"), text)
    type_text(page.note, "Legea bugetului asigurărilor sociale 2027")
    page.save()
    assert "adăugată" in page.message.text()
    # The shipped table already has a (missing) 2027 row: the admin's value takes its place.
    assert page.rows.rowCount() == before
    headers = [page.rows.horizontalHeaderItem(c).text() for c in range(page.rows.columnCount())]
    row = next(r for r in range(page.rows.rowCount())
               if page.rows.item(r, headers.index("effective_from")).text() == "2027-01-01")
    assert page.rows.item(row, headers.index("value_lei")).text() == "85"
    assert page.rows.item(row, headers.index("status")).text() == "introdus de administrator"
