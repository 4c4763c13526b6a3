"""One editor widget per kind of spec field, each with its label and the
Romanian error shown right under it.

Every editor has ``value()`` / ``set_value()`` in the payload's format (text,
choice value, document dict, list of row dicts) and ``changed`` signal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.annexes.spec import Field, FieldKind

PLACEHOLDERS = {
    FieldKind.DATE: "zz.ll.aaaa",
    FieldKind.CNP: "13 cifre",
    FieldKind.EMAIL: "nume@domeniu.ro",
    FieldKind.IBAN: "RO49 AAAA 1B31 0075 9384 0000",
    FieldKind.CUI: "ex. RO123456",
}


def object_name(key: str) -> str:
    return "field_" + key.replace(".", "__")


class FieldEditor(QWidget):
    """Label, editor and error line for one field."""

    changed = Signal(str)  # the field key

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(object_name(field.key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        self.label = QLabel(field.label + (" *" if field.required else ""))
        self.label.setWordWrap(True)
        if field.help:
            self.label.setToolTip(field.help)
        layout.addWidget(self.label)
        self.body = self._build()
        layout.addWidget(self.body)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setObjectName(object_name(field.key) + "__error")
        self.error.hide()
        layout.addWidget(self.error)

    # Subclasses build their editor and read/write its value.
    def _build(self) -> QWidget:
        return QWidget()

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        del value

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.body.setProperty("invalid", bool(message))
        self.body.style().unpolish(self.body)
        self.body.style().polish(self.body)

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.field.key)


class LineEditor(FieldEditor):
    def _build(self) -> QWidget:
        self.edit = QLineEdit()
        self.edit.setObjectName(object_name(self.field.key) + "__edit")
        self.edit.setPlaceholderText(PLACEHOLDERS.get(self.field.kind, ""))
        self.edit.textChanged.connect(self._emit)
        self.edit.setAccessibleName(self.field.label)
        return self.edit

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextEditor(FieldEditor):
    def _build(self) -> QWidget:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(70)
        self.edit.textChanged.connect(self._emit)
        return self.edit

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class ComputedView(FieldEditor):
    def _build(self) -> QWidget:
        self.view = QLabel("—")
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self.view

    def value(self) -> str:
        return ""

    def set_value(self, value: Any) -> None:
        # Computed alternatives (domnul/doamna from the CNP) show their wording.
        text = self.field.option_label(str(value)) if value and self.field.options else value
        self.view.setText(str(text) if text else "—")


class ChoiceEditor(FieldEditor):
    """The official alternatives as radio buttons: an explicit choice."""

    def _build(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(box)
        self.buttons: dict[str, QRadioButton] = {}
        for option in self.field.options:
            button = QRadioButton(option.label)
            button.setObjectName(object_name(self.field.key) + "__" + option.value)
            self.group.addButton(button)
            self.buttons[option.value] = button
            row.addWidget(button)
            button.toggled.connect(self._emit)
        row.addStretch(1)
        return box

    def value(self) -> str:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return ""

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for option_value, button in self.buttons.items():
            button.setChecked(option_value == value)
        self.group.setExclusive(True)


class ComboChoiceEditor(FieldEditor):
    """A long list (countries…): a combo box the clerk can type into to search."""

    def _build(self) -> QWidget:
        self.combo = QComboBox()
        self.combo.setObjectName(object_name(self.field.key) + "__combo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", "")
        for option in self.field.options:
            self.combo.addItem(option.label, option.value)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.currentIndexChanged.connect(self._emit)
        return self.combo

    def value(self) -> str:
        index = self.combo.findText(self.combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return str(self.combo.itemData(index) or "") if index >= 0 else \
            self.combo.currentText().strip()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value or "")
        self.combo.setCurrentIndex(max(index, 0))


class FlagEditor(FieldEditor):
    def _build(self) -> QWidget:
        self.box = QCheckBox("da")
        self.box.toggled.connect(self._emit)
        return self.box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class DocumentEditor(FieldEditor):
    """Handed in or not; form (original/copie), series, number, date as the text asks."""

    def _build(self) -> QWidget:
        spec = self.field.document
        assert spec is not None
        self.label.hide()
        box = QWidget()
        grid = QHBoxLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.field.label + (" *" if self.field.required else ""))
        self.check.setObjectName(object_name(self.field.key) + "__submitted")
        self.check.setToolTip(f"{self.field.label} — în {' / '.join(spec.forms)}")
        self.check.toggled.connect(self._toggle)
        grid.addWidget(self.check, 1)
        self.form = QComboBox()
        self.form.addItems(spec.forms)
        self.form.setVisible(len(spec.forms) > 1)
        self.parts: dict[str, QLineEdit] = {}
        if len(spec.forms) > 1:
            grid.addWidget(self.form)
        for part, wanted, hint in (("series", spec.series, "seria"),
                                   ("number", spec.number, "nr."),
                                   ("date", spec.date, "din zz.ll.aaaa")):
            if not wanted:
                continue
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setObjectName(object_name(self.field.key) + "__" + part)
            edit.textChanged.connect(self._emit)
            edit.setFixedWidth(130)
            self.parts[part] = edit
            grid.addWidget(edit)
        self.form.currentIndexChanged.connect(self._emit)
        self._toggle(False)
        return box

    def _toggle(self, on: bool) -> None:
        for edit in self.parts.values():
            edit.setEnabled(on)
        self.form.setEnabled(on)
        self._emit()

    def value(self) -> dict[str, Any]:
        if not self.check.isChecked():
            return {"submitted": False}
        value: dict[str, Any] = {"submitted": True, "form": self.form.currentText()}
        for part, edit in self.parts.items():
            value[part] = edit.text()
        return value

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.check.setChecked(bool(value.get("submitted")))
        index = self.form.findText(str(value.get("form") or ""))
        if index >= 0:
            self.form.setCurrentIndex(index)
        for part, edit in self.parts.items():
            edit.setText(str(value.get(part) or ""))


class RowsEditor(FieldEditor):
    """Repeated rows (children, periods, beneficiaries) in an editable table."""

    def _build(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.columns = [c for c in self.field.columns]
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(object_name(self.field.key) + "__table")
        self.table.setHorizontalHeaderLabels([c.label for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton("Adaugă rând")
        add.setObjectName(object_name(self.field.key) + "__add")
        add.clicked.connect(self.add_row)
        remove = QPushButton("Șterge rândul selectat")
        remove.clicked.connect(self._remove_row)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def add_row(self) -> None:
        if self.field.max_rows and self.table.rowCount() >= self.field.max_rows:
            self.set_error(f"Cel mult {self.field.max_rows} rânduri.")
            return
        row = self.table.rowCount()
        # Items are created quietly: a half-built row must not be recomputed.
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, spec in enumerate(self.columns):
            item = QTableWidgetItem("")
            if spec.kind is FieldKind.COMPUTED:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._emit()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._emit()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        spec = self.columns[item.column()]
        if spec.kind is not FieldKind.COMPUTED:
            self._recompute(item.row())
            self._emit()

    def _recompute(self, row: int) -> None:
        values = self._row_values(row)
        self.table.blockSignals(True)
        for column, spec in enumerate(self.columns):
            if spec.kind is FieldKind.COMPUTED and spec.compute is not None:
                self.table.item(row, column).setText(spec.compute(values))
        self.table.blockSignals(False)

    def _row_values(self, row: int) -> dict[str, str]:
        values = {}
        for column, spec in enumerate(self.columns):
            item = self.table.item(row, column)
            values[spec.key] = item.text().strip() if item else ""
        return values

    def value(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            values = {k: v for k, v in self._row_values(row).items()
                      if self.columns[[c.key for c in self.columns].index(k)].kind
                      is not FieldKind.COMPUTED}
            if any(values.values()):
                rows.append(values)
        return rows

    def set_value(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for row_value in value if isinstance(value, list) else []:
            self.add_row()
            row = self.table.rowCount() - 1
            self.table.blockSignals(True)
            for column, spec in enumerate(self.columns):
                self.table.item(row, column).setText(str(row_value.get(spec.key) or ""))
            self.table.blockSignals(False)
            self._recompute(row)


_EDITORS: dict[FieldKind, type[FieldEditor]] = {
    FieldKind.LONG_TEXT: LongTextEditor,
    FieldKind.COMPUTED: ComputedView,
    FieldKind.CHOICE: ChoiceEditor,
    FieldKind.FLAG: FlagEditor,
    FieldKind.DOCUMENT: DocumentEditor,
    FieldKind.ROWS: RowsEditor,
}


LONG_CHOICE = 6


def make_editor(field: Field, parent: QWidget | None = None) -> FieldEditor:
    if field.kind is FieldKind.CHOICE and len(field.options) > LONG_CHOICE:
        return ComboChoiceEditor(field, parent)
    return _EDITORS.get(field.kind, LineEditor)(field, parent)
