"""Printing at the counter: the registered request and its receipt open in the
in-app preview (QtPdf), print through QPrinter, and save as PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from desk_app.domain.annexes import get_spec
from desk_app.gui.main_window import MainWindow


def _register_in_window(qtbot, store, user):  # type: ignore[no-untyped-def]
    window = MainWindow(store, user)
    qtbot.addWidget(window)
    window.show()
    editor = window.new_request.open_annex("03")
    editor.form.set_payload(dict(get_spec("03").sample))
    editor.findChild(QPushButton, "register").click()
    assert editor.info is not None, editor.message.text()
    return window, editor


def test_request_and_receipt_preview_print_and_save(qtbot, gui_store, gui_clerk, tmp_path):
    _window, editor = _register_in_window(qtbot, gui_store, gui_clerk)
    editor.findChild(QPushButton, "print_request").click()
    preview = editor.preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    target = tmp_path / "cerere.pdf"
    preview.save_to(target)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert f"Nr. {editor.info.registration_no} din" in text
    assert "Popescu" in text and "Ștefania" in text
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "tiparit.pdf"
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    assert len(PdfReader(printed).pages) == preview.page_count()

    editor.findChild(QPushButton, "print_receipt").click()
    receipt = editor.preview
    qtbot.addWidget(receipt)
    receipt_text = PdfReader(io.BytesIO(receipt.pdf_bytes)).pages[0].extract_text()
    assert "DOVADĂ DE ÎNREGISTRARE" in receipt_text
    assert "Ion Ștefănescu" in receipt_text  # the clerk who registered it


def test_blank_form_opens_from_the_editor(qtbot, gui_store, gui_clerk):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    editor = window.new_request.open_annex("03")
    editor.findChild(QPushButton, "print_blank").click()
    qtbot.addWidget(editor.preview)
    text = PdfReader(io.BytesIO(editor.preview.pdf_bytes)).pages[0].extract_text()
    assert "privind acordarea pensiei pentru limită de vârstă" in text
    assert "Popescu" not in text
