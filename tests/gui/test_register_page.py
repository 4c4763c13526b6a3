"""The "Registru" page: presets set the period, the book shows the decision,
a double click opens the request, printing and exports write real files from a
worker thread, and the statistics tab draws its chart."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.gui.register_page import RegisterPage
from desk_app.persistence.decision_models import Decision
from desk_app.persistence.models import Request
from desk_app.services import requests

TODAY = dt.date.today()
BAR = QColor("#3b6ea5").rgb()


def _register(store, user, day: dt.date, serial: int, surname: str = "Popescu") -> str:  # type: ignore[no-untyped-def]
    payload = {**dict(get_spec("03").sample), "applicant.surname": surname,
               "applicant.given_names": "Ana",
               "applicant.cnp": make_cnp("F", dt.date(1961, 3, 1), "12", serial)}
    return requests.register(store, user, "03", payload, today=day).id


@pytest.fixture
def page(qtbot, gui_store, gui_clerk):  # type: ignore[no-untyped-def]
    ids = [_register(gui_store, gui_clerk, TODAY, 1, "Ștefănescu"),
           _register(gui_store, gui_clerk, TODAY, 2)]
    # One earlier this year, unless today is 1 January (then it would be last year).
    if TODAY.timetuple().tm_yday > 1:
        _register(gui_store, gui_clerk, dt.date(TODAY.year, 1, 1), 3)
    with gui_store.write() as session:
        row_id = session.execute(select(Request.row_id).where(Request.id == ids[0])).scalar()
        session.add(Decision(uuid=str(uuid.uuid4()), request_row_id=row_id, office_id=1,
                             year=TODAY.year, number=88, issued_on=TODAY, kind="old_age",
                             outcome="admit", template_version=1, content_json="{}",
                             created_by="admin", created_at=dt.datetime.now()))
    widget = RegisterPage(gui_store)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.refresh()
    widget.ids = ids  # type: ignore[attr-defined]
    return widget


def _wait_export(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)


def test_presets_set_the_period_and_show_its_book(qtbot, page):
    qtbot.mouseClick(page.preset_buttons["year"], Qt.MouseButton.LeftButton)
    assert page.start.date() == QDate(TODAY.year, 1, 1)
    assert page.end.date() == QDate(TODAY.year, 12, 31)
    expected = 3 if TODAY.timetuple().tm_yday > 1 else 2
    assert page.table.row_count() == expected
    qtbot.mouseClick(page.preset_buttons["day"], Qt.MouseButton.LeftButton)
    assert page.start.date() == page.end.date() == QDate.currentDate()
    assert page.table.row_count() == 2
    assert "2 cereri înregistrate" in page.summary.text()
    page.apply_preset("month", today=dt.date(2024, 2, 14))
    assert (page.start.date(), page.end.date()) == (QDate(2024, 2, 1), QDate(2024, 2, 29))
    assert page.table.row_count() == 0
    assert [page.preset_buttons[k].text() for k in ("day", "month", "year")] == [
        "Azi", "Luna aceasta", "Anul acesta"]


def test_the_book_shows_number_type_status_and_decision(page):
    model = page.table.source
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nr.", "Data", "Solicitant", "CNP", "Tipul cererii", "Stare",
                       "Decizia nr. / data"]
    first = [model.text(0, c) for c in range(7)]
    assert first[2].startswith("Ștefănescu")
    assert first[4:] == ["Pensie pentru limită de vârstă", "înregistrată",
                         f"88 / {TODAY:%d.%m.%Y}"]
    assert model.text(1, 6) == ""
    numbers = [int(model.item(r, 0).text()) for r in range(page.table.row_count())]
    assert numbers == sorted(numbers)


def test_double_click_opens_the_request(qtbot, page):
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    rect = table.visualRect(table.model().index(0, 2))
    with qtbot.waitSignal(page.open_request, timeout=2000) as signal:
        # Qt's item views take a double click as a press followed by a double click.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [page.ids[0]]


def test_print_and_exports_write_files_in_the_background(qtbot, page, tmp_path):
    page.apply_preset("day")
    pdf, xlsx, csv_path = tmp_path / "r.pdf", tmp_path / "r.xlsx", tmp_path / "r.csv"
    page.export_pdf(pdf)
    assert page.busy and not page.pdf_button.isEnabled()
    assert "Se generează registrul" in page.message.text()
    _wait_export(qtbot, page)
    assert page.pdf_button.isEnabled()
    assert page.message.text() == f"Registrul a fost salvat în {pdf} (2 cereri)."
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Ștefănescu" in text and f"88 / {TODAY:%d.%m.%Y}" in text
    page.export_xlsx(xlsx)
    _wait_export(qtbot, page)
    assert load_workbook(xlsx)["Registru"].max_row == 3
    page.export_csv(csv_path)
    _wait_export(qtbot, page)
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(csv_path.read_text("utf-8-sig").splitlines()) == 3


def test_a_failed_export_says_so_in_romanian(qtbot, page, tmp_path):
    page.export_csv(tmp_path / "lipsă" / "r.csv")
    _wait_export(qtbot, page)
    assert page.message.text().startswith("Registrul nu a fost salvat: Dosarul ")
    assert page.csv_button.isEnabled()


def _bar_pixels(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixel(x, y) == BAR)


def test_statistics_tab_counts_and_draws_the_months(qtbot, page):
    page.apply_preset("year")
    page.tabs.setCurrentWidget(page.stats_panel)
    panel = page.stats_panel
    total = page.table.row_count()
    assert panel.summary.text() == f"Total cereri înregistrate: {total}; cu decizie emisă: 1."
    types = panel.by_type
    assert (types.item(0, 0).text(), types.item(0, 1).text()) == (
        "Pensie pentru limită de vârstă", str(total))
    months = panel.by_month
    assert months.item(months.rowCount() - 1, 1).text() == str(total)
    panel.chart.resize(700, 260)
    assert _bar_pixels(panel.chart) > 100
    page.apply_preset("month", today=dt.date(2024, 2, 14))
    assert _bar_pixels(panel.chart) == 0
