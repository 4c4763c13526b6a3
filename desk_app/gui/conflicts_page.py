""""Conflicte de sincronizare" (supervisors): every conflict the county server
recorded, with both versions side by side (differences highlighted) and the
rule that was applied; the supervisor keeps the applied version or chooses the
other one (audited, sent with the next sync). Below, the requests filed twice
for the same benefit at different counters.

    ConflictsPage(store, user, parent=None)
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import duplicates, sync_conflicts
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.store import Store

_DIFF = QColor("#fde9c4")
CONFLICT_HEADERS = ("Nr.", "Cerere", "Situație", "Versiunea aplicată", "Cealaltă versiune",
                    "Detectat")
DUPLICATE_HEADERS = ("Motiv", "Nr.", "Data", "Solicitant", "Model", "Oficiu", "Stația")


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ConflictsPage(QWidget):
    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.conflicts: list[sync_conflicts.ConflictView] = []
        layout = QVBoxLayout(self)
        title = QLabel("Conflicte de sincronizare")
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("conflicts_summary")
        layout.addWidget(self.summary)
        self.list = _table(CONFLICT_HEADERS, "conflicts_table")
        self.list.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.list)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.sides = _table(("Câmp", "Versiunea aplicată", "Cealaltă versiune"),
                            "conflict_sides")
        layout.addWidget(self.sides)
        buttons = QHBoxLayout()
        self.keep = QPushButton("Păstrează versiunea aplicată")
        self.keep.setObjectName("conflict_keep")
        self.keep.clicked.connect(lambda: self._resolve("kept"))
        self.other = QPushButton("Alege cealaltă versiune")
        self.other.setObjectName("conflict_other")
        self.other.clicked.connect(lambda: self._resolve("other"))
        refresh = QPushButton("Actualizează")
        refresh.clicked.connect(self.refresh)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("Cereri depuse de două ori pentru aceeași prestație"))
        self.duplicates = _table(DUPLICATE_HEADERS, "duplicates_table")
        layout.addWidget(self.duplicates)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        try:
            self.conflicts = sync_conflicts.list_conflicts(self.store, self.user)
        except AuthError as exc:
            self.summary.setText(str(exc))
            self.conflicts = []
        self.list.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            values = (str(c.id), c.request_id[:8], c.kind_label,
                      f"{c.kept.get('status', '')} ({c.kept_workstation})",
                      f"{c.other.get('status', '')} ({c.other_workstation})", c.detected_at[:16])
            for col, value in enumerate(values):
                self.list.setItem(row, col, QTableWidgetItem(value))
        self.summary.setText(f"Conflicte nerezolvate: {len(self.conflicts)}")
        self.sides.setRowCount(0)
        self.rule.setText("")
        self._enable(False)
        groups = duplicates.duplicate_groups(self.store)
        rows = [(g.reason, d) for g in groups for d in g.requests]
        self.duplicates.setRowCount(len(rows))
        for row, (reason, d) in enumerate(rows):
            values = (reason, str(d.registration_no or ""), d.registration_date,
                      d.applicant_name, d.annex_id, d.office_name, d.origin_workstation or "—")
            for col, value in enumerate(values):
                self.duplicates.setItem(row, col, QTableWidgetItem(value))
        if self.conflicts:
            self.list.selectRow(0)

    def _enable(self, on: bool) -> None:
        self.keep.setEnabled(on)
        self.other.setEnabled(on)

    def selected(self) -> sync_conflicts.ConflictView | None:
        rows = self.list.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        if conflict is None:
            self._enable(False)
            return
        self.rule.setText(f"Regula aplicată: {conflict.rule}")
        self.sides.setHorizontalHeaderLabels(
            ["Câmp", f"Versiunea aplicată ({conflict.kept_workstation})",
             f"Cealaltă versiune ({conflict.other_workstation})"])
        kept = sync_conflicts.flatten(conflict.kept)
        other = sync_conflicts.flatten(conflict.other)
        differing = set(conflict.differing_fields())
        keys = sorted(differing) + sorted(k for k in kept.keys() | other.keys()
                                          if k not in differing)
        self.sides.setRowCount(len(keys))
        for row, key in enumerate(keys):
            for col, value in enumerate((key, kept.get(key, ""), other.get(key, ""))):
                item = QTableWidgetItem(value)
                if key in differing:
                    item.setBackground(QBrush(_DIFF))
                self.sides.setItem(row, col, item)
        self._enable(True)

    def _resolve(self, choice: str, *, confirm: bool = True) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        which = "versiunea aplicată" if choice == "kept" else "cealaltă versiune"
        if confirm and QMessageBox.question(
                self, "Rezolvare conflict",
                f"Confirmați că pentru cererea {conflict.request_id[:8]} rămâne {which}? "
                "Alegerea se înregistrează în jurnalul de audit și se trimite la "
                "următoarea sincronizare.") != QMessageBox.StandardButton.Yes:
            return
        try:
            sync_conflicts.resolve(self.store, self.user, conflict.id, choice)
        except (sync_conflicts.ConflictError, AuthError) as exc:
            QMessageBox.warning(self, "Rezolvare conflict", str(exc))
            return
        self.refresh()
