"""A sortable table of request summaries, shared by search and the register."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.services.queries import RequestSummary

HEADERS = ("Nr.", "Data", "Solicitant", "CNP", "Tip cerere", "Stare", "Termen")


def _item(text: str, sort_key: object | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(sort_key if sort_key is not None else text, Qt.ItemDataRole.UserRole + 1)
    return item


class RequestTable(QTableView):
    opened = Signal(str)  # request id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(0, len(HEADERS), self)
        self.source.setHorizontalHeaderLabels(list(HEADERS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._open)
        self.activated.connect(self._open)
        self.ids: list[str] = []

    def set_rows(self, rows: list[RequestSummary]) -> None:
        self.source.removeRows(0, self.source.rowCount())
        self.ids = []
        for row in rows:
            items = [
                _item(str(row.registration_no or "ciornă"), row.registration_no or 0),
                _item(f"{row.registration_date:%d.%m.%Y}" if row.registration_date else "",
                      row.registration_date.isoformat() if row.registration_date else ""),
                _item(row.applicant_name),
                _item(row.applicant_cnp),
                _item(row.request_type),
                _item(row.status_label),
                _item(f"{row.deadline:%d.%m.%Y}" if row.deadline else "",
                      row.deadline.isoformat() if row.deadline else ""),
            ]
            items[0].setData(row.id, Qt.ItemDataRole.UserRole + 2)
            self.source.appendRow(items)
        self.resizeColumnsToContents()

    def row_count(self) -> int:
        return self.source.rowCount()

    def request_id_at(self, proxy_row: int) -> str:
        index = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.source.item(index.row(), 0).data(Qt.ItemDataRole.UserRole + 2)

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        self.opened.emit(self.request_id_at(index.row()))
