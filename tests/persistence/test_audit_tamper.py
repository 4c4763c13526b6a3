"""The audit log is append-only and hash-chained: the database refuses edits,
and an entry changed or removed behind the triggers' back is found by verify,
which names the first entry that no longer fits."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from desk_app.domain.annexes import get_spec
from desk_app.persistence.audit import entry_hash
from desk_app.persistence.models import AuditEntry
from desk_app.services import requests
from desk_app.services.maintenance import verify_audit


@pytest.fixture
def worked_store(store, clerk):  # type: ignore[no-untyped-def]
    for _ in range(3):
        requests.register(store, clerk, "03", dict(get_spec("03").sample))
    return store


def entry_ids(store) -> list[int]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [i for (i,) in session.execute(text("SELECT id FROM audit_log ORDER BY id"))]


def test_chain_is_intact_after_normal_work(worked_store):
    result = verify_audit(worked_store)
    assert result.ok
    # office, admin, clerk, supervisor created + 3 registrations
    assert result.entries == 7
    assert result.message == "Jurnalul de audit este intact (7 intrări)."


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET username = 'altcineva' WHERE id = 2",
    "UPDATE audit_log SET details = '{}'",
    "DELETE FROM audit_log WHERE id = 2",
    "DELETE FROM audit_log",
])
def test_the_database_refuses_to_edit_or_delete(worked_store, statement):
    before = verify_audit(worked_store).entries
    with pytest.raises((IntegrityError, OperationalError), match="append-only"), \
            worked_store.write() as session:
        session.execute(text(statement))
    # Also through a plain sqlite3 connection, as any tool would open the file.
    raw = sqlite3.connect(worked_store.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute(statement)
    finally:
        raw.close()
    assert verify_audit(worked_store).ok
    assert verify_audit(worked_store).entries == before


def _tamper(store, sql: str, params: dict | None = None) -> None:  # type: ignore[no-untyped-def]
    raw = sqlite3.connect(store.path)
    try:
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("DROP TRIGGER audit_log_no_delete")
        raw.execute(sql, params or {})
        raw.commit()
    finally:
        raw.close()


def test_changed_details_are_found_and_the_entry_named(worked_store):
    with worked_store.read() as session:
        row = session.execute(text(
            "SELECT id, details FROM audit_log WHERE action = 'request_registered' "
            "ORDER BY id LIMIT 1 OFFSET 1")).one()
    details = json.loads(row.details)
    details["registration_no"] = 999
    _tamper(worked_store, "UPDATE audit_log SET details = :d WHERE id = :id",
            {"d": json.dumps(details, ensure_ascii=False, sort_keys=True), "id": row.id})
    result = verify_audit(worked_store)
    assert not result.ok
    assert result.first_bad_id == row.id
    assert result.message == f"Intrarea {row.id} a fost modificată după scriere."


def test_a_rehashed_entry_breaks_the_chain_at_the_next_one(worked_store):
    # Someone who knows the hash formula and recomputes the edited entry's own
    # hash is caught by the next entry, which still carries the old hash.
    ids = entry_ids(worked_store)
    victim = ids[2]
    with worked_store.read() as session:
        entry = session.get(AuditEntry, victim)
        forged = entry_hash(entry.prev_hash, entry.at, "intrus", entry.action, entry.entity,
                            entry.entity_id, entry.details)
    _tamper(worked_store, "UPDATE audit_log SET username = 'intrus', hash = :h WHERE id = :id",
            {"h": forged, "id": victim})
    result = verify_audit(worked_store)
    assert not result.ok
    assert result.first_bad_id == ids[3]
    assert result.message.startswith(f"Intrarea {ids[3]} nu continuă lanțul")


def test_a_removed_entry_is_found_at_the_next_one(worked_store):
    ids = entry_ids(worked_store)
    _tamper(worked_store, "DELETE FROM audit_log WHERE id = :id", {"id": ids[3]})
    result = verify_audit(worked_store)
    assert not result.ok and result.first_bad_id == ids[4]
    assert result.message == (f"Intrarea {ids[4]} nu continuă lanțul (lipsește sau a fost "
                              "modificată o intrare anterioară).")
