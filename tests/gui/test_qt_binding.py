"""The Qt binding must survive a working day of signals.

PySide6 6.12.0 released None once too often on every call of a Python slot,
so an application aborted after some tens of thousands of keystrokes
("none_dealloc: deallocating None"). pyproject.toml keeps us on a release
without that bug; this test fails if a release with it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit


def test_python_slots_do_not_leak_references_to_none(qtbot):
    box = QCheckBox()
    qtbot.addWidget(box)
    seen: list[bool] = []
    box.toggled.connect(lambda checked: seen.append(checked))
    before = sys.getrefcount(None)
    for index in range(2000):
        box.setChecked(index % 2 == 0)
    assert len(seen) == 2000  # unchecked at first, so every call toggles
    assert abs(sys.getrefcount(None) - before) < 100


def test_a_long_text_typed_into_a_field_does_not_crash(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    changes: list[str] = []
    edit.textChanged.connect(changes.append)
    for index in range(5000):
        edit.setText("ș" * (index % 50))
    assert len(changes) > 4000
