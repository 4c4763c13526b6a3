"""Preview of a PDF inside the app (QtPdf), with print (QPrinter) and save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.pdf_bytes = pdf
        self.suggested_name = suggested_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        print_button = QPushButton("Tipărește…")
        print_button.setObjectName("print_button")
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton("Salvează PDF…")
        save_button.setObjectName("save_button")
        save_button.clicked.connect(self.save_document)
        close_button = QPushButton("Închide")
        close_button.clicked.connect(self.accept)
        buttons.addWidget(print_button)
        buttons.addWidget(save_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout.addLayout(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_document(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Salvează PDF", self.suggested_name,
                                              "Documente PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, "Salvare eșuată",
                                f"Fișierul nu a putut fi scris: {exc.strerror}.")

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Tipărire", "Imprimanta nu poate fi folosită.")
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                image = self.document.render(page, QSize(target.width(), target.height()))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
