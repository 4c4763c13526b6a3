"""The table of the registry book: a model over the book rows (a year of a large
office is ~100,000 rows, so cells are produced only when shown, not one item
per cell) and its view, which opens a request on double click or Enter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.services.register_book import BOOK_HEADERS, BookRow

_Index = QModelIndex | QPersistentModelIndex


class BookModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BookRow] = []

    def set_rows(self, rows: list[BookRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BOOK_HEADERS)

    def text(self, row: int, column: int) -> str:
        return self.rows[row].cells()[column]

    def item(self, row: int, column: int) -> QStandardItem:
        """The cell as a detached item (the interface of the table this replaced)."""
        return QStandardItem(self.text(row, column))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].request_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return BOOK_HEADERS[section]
        return None


class BookTable(QTableView):
    opened = Signal(str)  # request id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = BookModel(self)
        self.setModel(self.source)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        # Fixed row height and column widths: nothing is measured over 100,000 rows.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        for column, width in enumerate((60, 90, 240, 120, 260, 150, 140)):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._open)
        self.activated.connect(self._open)

    def set_rows(self, rows: list[BookRow]) -> None:
        self.source.set_rows(rows)

    def row_count(self) -> int:
        return self.source.rowCount()

    def request_id_at(self, row: int) -> str:
        return self.source.rows[row].request_id

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.request_id_at(index.row()))
