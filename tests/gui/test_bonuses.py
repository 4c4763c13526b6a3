"""Annex 14 while checking an employer certificate: search without diacritics,
print the list."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton

from desk_app.gui.bonuses_dialog import BonusesDialog
from desk_app.gui.main_window import MainWindow
from tests.gui.conftest import type_text


def test_search_and_print_the_bonuses(qtbot):
    dialog = BonusesDialog()
    qtbot.addWidget(dialog)
    everything = len(dialog.codes())
    assert everything > 30
    type_text(dialog.query, "spor noapte")
    found = dialog.codes()
    assert 0 < len(found) < everything
    assert any("nopții" in dialog.table.item(r, 2).text() for r in range(len(found)))
    dialog.print_list()
    qtbot.addWidget(dialog.preview)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.preview.pdf_bytes))
                    .pages)
    assert "Lista sporurilor cu caracter permanent" in text
    assert "spor noapte" in text and "nopții" in text


def test_bonuses_open_from_the_night_work_certificate(qtbot, gui_store, gui_clerk):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    editor = window.new_request.open_annex("15")
    editor.findChild(QPushButton, "open_bonuses").click()
    qtbot.addWidget(editor.bonuses_dialog)
    assert editor.bonuses_dialog.isVisible()
    assert window.new_request.open_annex("03").findChild(QPushButton, "open_bonuses") is None
