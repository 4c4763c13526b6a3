"""Heavy parts loaded on first use, not at start-up (ReportLab ~0.13 s, QtPdf)."""

from __future__ import annotations

from types import ModuleType

from PySide6.QtWidgets import QDialog, QWidget


def printing() -> ModuleType:
    from desk_app.services import printing as module

    return module


def pdf_preview(pdf: bytes, title: str, name: str, parent: QWidget | None) -> QDialog:
    from desk_app.gui.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog(pdf, title, name, parent)
