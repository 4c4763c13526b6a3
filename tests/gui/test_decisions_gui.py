"""Decisions in the window: a clerk issues a rejection from the request's dialog
(the reason is required and shown next to the field), sees the decision in the
request, records the communication; the "Decizii" page prints the day's batch."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QPushButton

from desk_app.domain.annexes import get_spec
from desk_app.gui.main_window import MainWindow
from desk_app.services import decisions, queries, requests
from tests.gui.conftest import type_text


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_rejection_is_issued_from_the_request_dialog(qtbot, gui_store, gui_clerk):
    info = requests.register(gui_store, gui_clerk, "04", dict(get_spec("04").sample))
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    dialog = window.open_request(info.id)
    qtbot.addWidget(dialog)
    # No bare "admitted/rejected" buttons: closing is by a decision only.
    assert dialog.findChild(QPushButton, "status_admitted") is None
    assert dialog.findChild(QPushButton, "status_rejected") is None
    decision_dialog = dialog.open_decision()
    qtbot.addWidget(decision_dialog)
    decision_dialog.reject_button.setChecked(True)
    assert not decision_dialog.issue()  # no reason chosen
    error = decision_dialog.findChild(QLabel, "error_reason")
    assert error.isVisible() or not error.isHidden()
    assert "motivul respingerii" in error.text()
    assert decisions.of_request(gui_store, info.id) == []
    index = decision_dialog.reason.findData("complete_period_missing")
    decision_dialog.reason.setCurrentIndex(index)
    type_text(decision_dialog.reason_text, "Stagiul realizat: 31 ani 2 luni; cel complet: 35 ani.")
    assert decision_dialog.issue()
    made = decisions.of_request(gui_store, info.id)
    assert [(d.outcome, d.number) for d in made] == [("reject", 1)]
    assert made[0].reason_text == "Stagiul realizat: 31 ani 2 luni; cel complet: 35 ani."
    assert queries.detail(gui_store, info.id).summary.status == "rejected"
    # The rebuilt dialog shows the decision; the clerk records the communication.
    panel = dialog.decisions_panel
    assert panel.table.item(0, 0).text() == "1"
    assert panel.table.item(0, 5).text() == "respingere"
    assert not panel.communicate(how="post", on=dt.date.today())  # letter number missing
    assert "scrisorii recomandate" in panel.message.text()
    assert panel.communicate(how="post", on=dt.date.today(), reference="RA 987 654 321 RO")
    assert queries.detail(gui_store, info.id).summary.status == "communicated"
    assert dialog.decisions_panel.print_original() is None  # only a DUPLICAT now
    assert "DUPLICAT" in dialog.decisions_panel.message.text()
    assert "DUPLICAT" in _text(dialog.decisions_panel.print_duplicate())


def test_the_decisions_page_prints_the_days_batch_in_number_order(qtbot, gui_store,
                                                                 gui_clerk):
    ids = [requests.register(gui_store, gui_clerk, annex, dict(get_spec(annex).sample)).id
           for annex in ("16", "03")]
    for rid in ids:
        decisions.issue(gui_store, gui_clerk, rid, "reject", reason_code="incomplete_file")
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("Decizii")
    assert page.panel.table.rowCount() == 2
    assert "2 decizii" in page.summary.text()
    pdf = page.print_batch()
    assert pdf is not None
    text = _text(pdf)
    today = dt.date.today()
    assert text.index(f"DECIZIA nr. 1 din {today:%d.%m.%Y}") < \
        text.index(f"DECIZIA nr. 2 din {today:%d.%m.%Y}")
    page.day.setDate(page.day.date().addDays(-1))
    assert page.panel.table.rowCount() == 0
    assert page.print_batch() is None
    assert "Nu există decizii" in page.panel.message.text()
