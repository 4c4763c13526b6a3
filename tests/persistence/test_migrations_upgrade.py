"""Migrations: a new file goes to head; a store left at revision 0001 with data
is backed up next to itself and upgraded, its requests searchable by name; a
failing upgrade puts the file back exactly as it was and says so in Romanian."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import inspect, text

from desk_app.persistence import migrations
from desk_app.persistence.database import make_engine
from desk_app.services import queries
from desk_app.services.store import StoreError, open_store


def digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_file_goes_to_head(tmp_path):
    store = open_store(tmp_path / "new.sqlite3")
    try:
        assert migrations.current_revision(store.engine) == migrations.head_revision()
        assert store.backup is None  # nothing worth backing up in a new file
        tables = set(inspect(store.engine).get_table_names())
        assert {"requests", "persons", "users", "offices", "audit_log", "outbox",
                "number_blocks", "voided_numbers", "request_search"} <= tables
        with store.read() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        store.close()
    assert list(tmp_path.glob("*.backup-*")) == []


def test_a_single_alembic_head():
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrations.alembic_config()).get_heads()
    assert len(heads) == 1
    assert heads == [migrations.head_revision()]


def make_store_at_0001_with_data(path):  # type: ignore[no-untyped-def]
    engine = make_engine(path)
    migrations.upgrade(engine, "0001")
    assert migrations.current_revision(engine) == "0001"
    now = dt.datetime(2026, 3, 2, 9, 30)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO offices (id, county_code, office_code, name, address) "
            "VALUES (1, 'CJ', 'CTP-CJ', 'Casa Teritorială de Pensii Cluj', '')"))
        connection.execute(text(
            "INSERT INTO users (username, full_name, role, password_hash, active, "
            "failed_logins, locked, created_at) VALUES ('admin', 'Ana Ionescu', 'admin', "
            "'x', 1, 0, 0, :now)"), {"now": now})
        connection.execute(text(
            "INSERT INTO number_blocks (year, first, last, next_no, source, lease_id, "
            "created_at) VALUES (2026, 1, NULL, 4, 'local', '', :now)"), {"now": now})
        for number, name, cnp in ((1, "Ștefănescu Ioana", "2630715120318"),
                                  (2, "Țăranu Mihai", "1630615123457"),
                                  (3, "Popescu Ion", "1800101400421")):
            connection.execute(text(
                "INSERT INTO requests (id, annex_id, spec_version, office_id, applicant_cnp, "
                "applicant_name, registration_year, registration_no, registration_date, "
                "status, payload, version, created_by, created_at, updated_by, updated_at) "
                "VALUES (:id, '03', 1, 1, :cnp, :name, 2026, :no, '2026-03-02', 'registered', "
                "'{}', 1, 'admin', :now, 'admin', :now)"),
                {"id": f"00000000-0000-0000-0000-00000000000{number}", "name": name,
                 "no": number, "cnp": cnp, "now": now})
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def test_store_at_0001_with_data_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    make_store_at_0001_with_data(path)
    before = digest(path)
    store = open_store(path)
    try:
        assert migrations.current_revision(store.engine) == migrations.head_revision()
        assert store.backup is not None
        assert store.backup.parent == path.parent
        assert store.backup.name.startswith("old.backup-")
        assert digest(store.backup) == before
        # The search index came with 0002: the requests already there are in it.
        assert [r.registration_no for r in queries.search(store, "stefanescu")] == [1]
        assert [r.registration_no for r in queries.search(store, "tar")] == [2]
        assert [r.registration_no for r in queries.search(store, "ioana")] == [1]
        assert [r.registration_no for r in queries.search(store, "1630615123457")] == [2]
        assert [r.registration_no for r in queries.search(store, "3/2026")] == [3]
    finally:
        store.close()
    # Opening again: already at head, no second backup.
    again = open_store(path)
    assert again.backup is None
    again.close()
    assert len(list(tmp_path.glob("old.backup-*"))) == 1


def test_a_failed_upgrade_restores_the_file(tmp_path):
    path = tmp_path / "broken.sqlite3"
    make_store_at_0001_with_data(path)
    engine = make_engine(path)
    with engine.begin() as connection:
        # An object in the way of migration 0002 (it creates request_search).
        connection.execute(text("CREATE TABLE request_search (x)"))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(StoreError) as failure:
        open_store(path)
    message = str(failure.value)
    assert message.startswith(f"Actualizarea bazei de date {path} a eșuat; fișierul a fost "
                              "restaurat din copie.")
    assert path.read_bytes() == before
    engine = make_engine(path)
    try:
        assert migrations.current_revision(engine) == "0001"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM requests")).scalar() == 3
    finally:
        engine.dispose()
