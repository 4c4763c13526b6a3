"""The audit log is append-only and hash-chained: edits are refused by the
database, and a tampered entry (triggers bypassed) is found by verify."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from desk_app.cli.main import main
from desk_app.domain.annexes import get_spec
from desk_app.services import auth, office, requests
from desk_app.services.maintenance import verify_audit
from desk_app.services.store import open_store

PASSWORD = "Parola123"


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "audit.sqlite3")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name="CTP Cluj",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password=PASSWORD)
    user = auth.login(store, "admin", PASSWORD)
    for _ in range(3):
        requests.register(store, user, "03", dict(get_spec("03").sample))
    return store


def test_chain_is_intact_after_normal_work(store):
    result = verify_audit(store)
    assert result.ok and result.entries >= 5


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET username = 'altcineva' WHERE id = 2",
    "DELETE FROM audit_log WHERE id = 2",
])
def test_database_refuses_to_edit_or_delete(store, statement):
    with pytest.raises((IntegrityError, OperationalError), match="append-only"), \
            store.write() as session:
        session.execute(text(statement))


def test_tampering_behind_the_triggers_is_detected(store, capsys):
    with store.write() as session:
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        row = session.execute(text("SELECT id, details FROM audit_log "
                                   "WHERE action = 'request_registered' LIMIT 1")).one()
        details = json.loads(row.details)
        details["registration_no"] = 999
        session.execute(text("UPDATE audit_log SET details = :d WHERE id = :id"),
                        {"d": json.dumps(details), "id": row.id})
    result = verify_audit(store)
    assert not result.ok and result.first_bad_id == row.id
    assert f"Intrarea {row.id}" in result.message
    assert main(["--db", str(store.path), "audit", "verify"]) == 1
    assert json.loads(capsys.readouterr().out)["first_bad_id"] == row.id


def test_a_removed_entry_breaks_the_chain_at_the_next_one(store):
    with store.write() as session:
        session.execute(text("DROP TRIGGER audit_log_no_delete"))
        session.execute(text("DELETE FROM audit_log WHERE id = 3"))
    result = verify_audit(store)
    assert not result.ok and result.first_bad_id == 4
