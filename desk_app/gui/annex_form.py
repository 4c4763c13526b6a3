"""The form of any official model, generated from its spec.

Sections become group boxes, fields become editors in spec order (which is
the tab order), conditional fields show and hide as the clerk types, and each
Romanian message appears next to its field. No model has widget code of its
own.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desk_app.domain.annexes.spec import AnnexSpec, Field, FieldKind
from desk_app.domain.annexes.validation import normalise, validate, validate_value
from desk_app.gui.field_widgets import FieldEditor, make_editor

GRID_COLUMNS = 6
_ROW_KEY = re.compile(r"^(?P<field>[^\[]+)\[(?P<row>\d+)\](?:\.(?P<column>.+))?$")


def column_span(field: Field) -> int:
    """Short blanks sit side by side (nr., bl., sc., et., ap.); long ones take a row."""
    if field.kind in (FieldKind.DOCUMENT, FieldKind.ROWS, FieldKind.LONG_TEXT):
        return GRID_COLUMNS
    if field.kind is FieldKind.CHOICE:
        if len(field.options) > 6:
            return 3
        return GRID_COLUMNS if sum(len(o.label) for o in field.options) > 40 else 3
    if field.kind in (FieldKind.DATE, FieldKind.COMPUTED, FieldKind.INTEGER) or \
            field.max_length <= 20:
        return 1
    if field.max_length <= 150 or field.kind in (FieldKind.EMAIL, FieldKind.PHONE):
        return 3
    return GRID_COLUMNS


class AnnexForm(QScrollArea):
    changed = Signal()
    cnp_entered = Signal(str, str)  # prefix, valid CNP

    def __init__(self, spec: AnnexSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setWidgetResizable(True)
        self.setObjectName(f"annex_form_{spec.annex_id}")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.editors: dict[str, FieldEditor] = {}
        for section in spec.sections:
            box = QGroupBox(section.title)
            grid = QGridLayout(box)
            row, column = 0, 0
            if section.note:
                note = QLabel(section.note)
                note.setWordWrap(True)
                grid.addWidget(note, 0, 0, 1, GRID_COLUMNS)
                row = 1
            for field in section.fields:
                editor = make_editor(field, box)
                editor.changed.connect(self._on_changed)
                span = column_span(field)
                if column + span > GRID_COLUMNS:
                    row, column = row + 1, 0
                grid.addWidget(editor, row, column, 1, span)
                column += span
                self.editors[field.key] = editor
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)
        self._refresh.timeout.connect(self._update_derived)
        self._loading = False
        self._update_derived()

    # --- values ---------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        raw: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if editor.field.kind is FieldKind.COMPUTED:
                continue
            value = editor.value()
            if value in ("", [], None) or value == {"submitted": False}:
                continue
            raw[key] = value
        return normalise(self.spec, raw)

    def set_payload(self, payload: dict[str, Any], *, only_empty: bool = False) -> None:
        self._loading = True
        try:
            for key, value in payload.items():
                editor = self.editors.get(key)
                if editor is None or editor.field.kind is FieldKind.COMPUTED:
                    continue
                if only_empty and editor.value() not in ("", [], None):
                    continue
                editor.set_value(value)
        finally:
            self._loading = False
        self._update_derived()

    def clear(self) -> None:
        for editor in self.editors.values():
            editor.set_value(None)
            editor.set_error(None)
        self._update_derived()

    # --- errors -------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> FieldEditor | None:
        """Put each message next to its field; returns the first field in error."""
        by_field: dict[str, str] = {}
        for key, message in errors.items():
            by_field.setdefault(self._field_of(key), self._describe(key, message))
        first = None
        for key, editor in self.editors.items():
            message = by_field.get(key)
            editor.set_error(message)
            if message and first is None:
                first = editor
        if first is not None:
            self.ensureWidgetVisible(first)
            first.body.setFocus()
        return first

    def _field_of(self, key: str) -> str:
        match = _ROW_KEY.match(key)
        if match:
            return match.group("field")
        while key not in self.editors and "." in key:
            key = key.rsplit(".", 1)[0]
        return key

    def _describe(self, key: str, message: str) -> str:
        match = _ROW_KEY.match(key)
        if match:
            column = match.group("column")
            editor = self.editors.get(match.group("field"))
            labels = {c.key: c.label for c in editor.field.columns} if editor else {}
            where = f"Rândul {int(match.group('row')) + 1}"
            if column:
                where += f", {labels.get(column, column)}"
            return f"{where}: {message}"
        return message

    def validate_all(self, today: dt.date | None = None) -> dict[str, str]:
        self._update_derived()
        errors = validate(self.spec, self.payload(), today=today)
        self.show_errors(errors)
        return errors

    # --- live behaviour ------------------------------------------------------

    def _on_changed(self, key: str) -> None:
        if self._loading:
            return
        editor = self.editors[key]
        editor.set_error(None)
        if editor.field.kind not in (FieldKind.DOCUMENT, FieldKind.ROWS):
            value = editor.value()
            if value not in ("", None):
                editor.set_error(validate_value(editor.field, value))
        if editor.field.kind is FieldKind.CNP and not editor.error.isVisible():
            value = str(editor.value()).strip()
            if len(value) == 13:
                self.cnp_entered.emit(key.rsplit(".", 1)[0], value)
        self._refresh.start()
        self.changed.emit()

    def _update_derived(self) -> None:
        payload = self.payload()
        for editor in self.editors.values():
            field = editor.field
            editor.setVisible(field.is_visible(payload))
            if field.kind is FieldKind.COMPUTED:
                editor.set_value(payload.get(field.key, ""))
