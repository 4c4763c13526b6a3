"""Every version a counter pushes stays readable on the server, although the
current one is stored by reference (``request_versions.data`` NULL while it
is the request's text): after later edits, a lost conflict and a supervisor's
decision each version still reads back with its own content."""

from __future__ import annotations

import json

from sqlalchemy import Engine, text

from desk_app.server.apply import canonical, checksum
from desk_app.services import requests, sync, sync_conflicts
from tests.server.conftest import make_counter, register_many


def versions(engine: Engine, request_id: str) -> list[tuple[str, str | None, str]]:
    """(workstation, status of that version, stored text or None) in arrival order."""
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT w.name, COALESCE(v.data, r.data) AS data, v.data AS stored "
            "FROM request_versions v JOIN workstations w ON w.id = v.workstation_id "
            "JOIN requests r ON r.id = v.request_id WHERE v.request_id = :i ORDER BY v.id"),
            {"i": request_id}).all()
    return [(r.name, json.loads(r.data)["status"], r.stored) for r in rows]


def test_versions_kept_through_edits_conflict_and_decision(tmp_path, server_engine, server,
                                                           county):
    a = make_counter(tmp_path, server_engine, server, county, "a")
    b = make_counter(tmp_path, server_engine, server, county, "b")
    [rid, other] = register_many(a, 2)
    sync.sync_now(a.store)
    sync.sync_now(b.store)
    first = versions(server_engine, rid)
    assert [(w, s) for w, s, _ in first] == [(a.name, "registered")]
    assert first[0][2] is None, "the current version is not stored twice"
    with server_engine.connect() as conn:
        data, stored_sum = conn.execute(text("SELECT data, checksum FROM requests WHERE id = :i"),
                                        {"i": rid}).one()
    assert checksum(canonical(json.loads(data))) == stored_sum

    # A later edit, and two edits of one request in one batch: history keeps its text.
    requests.change_status(a.store, a.admin, rid, "in_progress", "preluată")
    requests.change_status(a.store, a.admin, other, "in_progress", "preluată")
    requests.change_status(a.store, a.admin, other, "voided", "anulată")
    sync.sync_now(a.store)
    sync.sync_now(b.store)
    kept = versions(server_engine, rid)
    assert [(s, stored is None) for _, s, stored in kept] == [("registered", False),
                                                              ("in_progress", True)]
    kept = versions(server_engine, other)
    assert [(s, stored is None) for _, s, stored in kept] == [
        ("registered", False), ("in_progress", False), ("voided", True)]

    # b's edit is taken, then a's concurrent edit wins (a registered it): both texts stay.
    requests.change_status(b.store, b.admin, rid, "voided", "anulată la B")
    requests.change_status(a.store, a.admin, rid, "voided", "anulată la A")
    sync.sync_now(b.store)
    report = sync.sync_now(a.store)
    assert report.conflicts_open == 1
    kept = versions(server_engine, rid)
    assert [(w, stored is None) for w, _, stored in kept] == [
        (a.name, False), (a.name, False), (b.name, False), (a.name, True)]
    with server_engine.connect() as conn:
        a_text = conn.execute(text("SELECT data FROM requests WHERE id = :i"),
                              {"i": rid}).scalar_one()
    b_text = kept[2][2]
    assert json.loads(b_text) != json.loads(a_text)

    # The supervisor at b picks b's version: a's version keeps its own text.
    sync.sync_now(b.store)
    [conflict] = sync_conflicts.list_conflicts(b.store, b.admin)
    sync_conflicts.resolve(b.store, b.admin, conflict.id, "other")
    sync.sync_now(b.store)
    kept = versions(server_engine, rid)
    assert all(stored is not None for _, _, stored in kept)
    assert kept[3][2] == a_text
    with server_engine.connect() as conn:
        current = conn.execute(text("SELECT data FROM requests WHERE id = :i"),
                               {"i": rid}).scalar_one()
    assert json.loads(current) == json.loads(b_text)
