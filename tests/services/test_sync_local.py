"""Local parts of sync (no server): migration 0004, duplicates at
registration, conflict resolution queued in the outbox and audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desk_app.domain.annexes import get_spec
from desk_app.persistence.sync_models import SyncConflict
from desk_app.services import auth, duplicates, office, requests, sync_conflicts
from desk_app.services.store import open_store

PASSWORD = "Parola123"


@pytest.fixture
def store_admin(tmp_path):
    store = open_store(tmp_path / "local.sqlite3")
    office.initialise(store, county_code="IS", office_code="CTP-IS", office_name="Casa Iași",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password=PASSWORD)
    yield store, auth.login(store, "admin", PASSWORD)
    store.close()


def test_migration_adds_sync_tables_and_columns(store_admin):
    store, _ = store_admin
    with store.read() as session:
        columns = {r[1] for r in session.execute(text("PRAGMA table_info(requests)"))}
        tables = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        triggers = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert {"origin_workstation", "synced_version"} <= columns
    assert {"sync_state", "sync_batches", "sync_conflicts"} <= tables
    assert "requests_search_ai" in triggers  # the search index survived


def test_find_duplicates_for_a_second_pension_request(store_admin):
    store, admin = store_admin
    payload = dict(get_spec("03").sample)
    first = requests.register(store, admin, "03", payload)
    [dup] = duplicates.find_duplicates(store, "03", payload)
    assert dup.request_id == first.id and dup.registration_no == first.registration_no
    assert duplicates.find_duplicates(store, "03", payload, exclude_request_id=first.id) == []
    assert duplicates.find_duplicates(store, "16", dict(get_spec("16").sample)) == []


def test_resolving_a_conflict_is_audited_and_queued(store_admin):
    store, admin = store_admin
    with store.write() as session:
        session.add(SyncConflict(id=7, request_id="r-1", kind="edit",
                                 kept_json=json.dumps({"status": "in_progress"}),
                                 other_json=json.dumps({"status": "voided"}),
                                 kept_workstation="A", other_workstation="B", rule="regula",
                                 detected_at="2026-03-01T10:00:00"))
    [view] = sync_conflicts.list_conflicts(store, admin)
    assert view.differing_fields() == ["status"]
    sync_conflicts.resolve(store, admin, 7, "other")
    assert sync_conflicts.list_conflicts(store, admin) == []
    with pytest.raises(sync_conflicts.ConflictError, match="deja rezolvat"):
        sync_conflicts.resolve(store, admin, 7, "kept")
    clerk_user = auth.CurrentUser("g", "G", "clerk")
    with pytest.raises(auth.PermissionDenied):
        sync_conflicts.list_conflicts(store, clerk_user)
    with store.read() as session:
        queued = session.execute(text("SELECT payload FROM outbox "
                                      "WHERE entity = 'conflict_resolution'")).scalar_one()
    assert json.loads(queued) == {"conflict_id": 7, "choice": "other", "by": "admin"}
