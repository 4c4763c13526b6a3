"""The sync widgets (pytest-qt, offscreen): the status widget syncs in a
worker and shows the result; a failure shows the Romanian message and backs
off; the conflicts page shows both versions and resolves."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.gui.conflicts_page import ConflictsPage
from desk_app.gui.sync_panel import SyncStatusWidget
from desk_app.persistence.sync_models import SyncConflict
from desk_app.services import sync_conflicts, sync_state
from tests.server.conftest import make_counter, register_many


def test_status_widget_syncs_in_background(qtbot, tmp_path, server_engine, server, county):
    counter = make_counter(tmp_path, server_engine, server, county, "gui")
    register_many(counter, 3)
    widget = SyncStatusWidget(counter.store, counter.admin, autostart=False)
    qtbot.addWidget(widget)
    assert "de trimis: 5" in widget.status.text()
    with qtbot.waitSignal(widget.synced, timeout=30_000) as done:
        qtbot.mouseClick(widget.button, qtbot_button())
    assert done.args[0].pushed == 5
    assert "online" in widget.status.text() and "de trimis: 0" in widget.status.text()
    # The server goes away: a clear message and a longer wait before the next try.
    with counter.store.write() as session:
        sync_state.put(session, sync_state.SERVER_URL, "http://127.0.0.1:9")
    with qtbot.waitSignal(widget.failed, timeout=60_000) as failed:
        widget.sync_now()
    assert "nu poate fi contactat" in failed.args[0]
    assert widget.next_delay_ms() == 2 * widget.interval_ms
    assert "offline" in widget.status.text()


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_standalone_store_shows_autonomous_mode(qtbot, tmp_path, server_engine, server, county):
    counter = make_counter(tmp_path, server_engine, server, county, "solo", enrol=False)
    widget = SyncStatusWidget(counter.store, counter.admin)
    qtbot.addWidget(widget)
    assert "autonom" in widget.status.text() and not widget.button.isEnabled()


def test_conflicts_page_side_by_side_and_resolve(qtbot, tmp_path, server_engine, server, county):
    counter = make_counter(tmp_path, server_engine, server, county, "sup", enrol=False)
    with counter.store.write() as session:
        session.add(SyncConflict(
            id=3, request_id="abcdef12-0000", kind="edit",
            kept_json=json.dumps({"status": "in_progress", "payload": {"a": "1"}}),
            other_json=json.dumps({"status": "voided", "payload": {"a": "1"}}),
            kept_workstation="A", other_workstation="B", rule="Regula oficiului",
            detected_at="2026-03-01T10:00:00"))
    page = ConflictsPage(counter.store, counter.admin)
    qtbot.addWidget(page)
    assert page.list.rowCount() == 1 and "1" in page.summary.text()
    assert page.sides.item(0, 0).text() == "status"  # differences first
    assert page.sides.item(0, 1).text() == "in_progress"
    assert page.sides.item(0, 2).text() == "voided"
    page._resolve("other", confirm=False)
    assert page.list.rowCount() == 0
    assert sync_conflicts.list_conflicts(counter.store, counter.admin) == []
