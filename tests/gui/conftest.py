"""Fixtures for the Qt tests: a real store file in a temporary folder with an
office, an admin and a clerk; windows are real (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.services import auth, office
from desk_app.services.store import Store, open_store

PASSWORD = "Parola123"


@pytest.fixture
def gui_store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "gui.sqlite3")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ",
                      office_name="Casa Teritorială de Pensii Cluj", address="Cluj-Napoca",
                      admin_username="admin", admin_full_name="Ana Ionescu",
                      admin_password=PASSWORD)
    admin = auth.login(store, "admin", PASSWORD)
    auth.create_user(store, admin, username="ghiseu1", full_name="Ion Ștefănescu",
                     role="clerk", password=PASSWORD)
    yield store
    store.close()


@pytest.fixture
def gui_admin(gui_store: Store) -> auth.CurrentUser:
    return auth.login(gui_store, "admin", PASSWORD)


@pytest.fixture
def gui_clerk(gui_store: Store) -> auth.CurrentUser:
    return auth.login(gui_store, "ghiseu1", PASSWORD)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard, including ș ț ă î â (QTest.keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    QApplication.processEvents()
