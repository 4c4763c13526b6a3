"""Migrations: a new file goes to head; an older store with data is backed up
and upgraded with its data searchable; a failing upgrade restores the file."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import text

from desk_app.persistence import migrations
from desk_app.persistence.database import make_engine
from desk_app.services import queries
from desk_app.services.store import StoreError, open_store


def test_empty_file_goes_to_head(tmp_path):
    store = open_store(tmp_path / "new.sqlite3")
    assert migrations.current_revision(store.engine) == migrations.head_revision()
    assert store.backup is None  # nothing to back up in a new file


def test_single_head():
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrations.alembic_config()).get_heads()
    assert heads == [migrations.head_revision()]


def _store_at_0001_with_data(path):  # type: ignore[no-untyped-def]
    engine = make_engine(path)
    migrations.upgrade(engine, "0001")
    now = dt.datetime(2026, 3, 2, 9, 30)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO offices (id, county_code, office_code, name, address) "
            "VALUES (1, 'CJ', 'CTP-CJ', 'Casa Teritorială de Pensii Cluj', '')"))
        for number, name in ((1, "Ștefănescu Ioana"), (2, "Țurcanu Mihai")):
            connection.execute(text(
                "INSERT INTO requests (id, annex_id, spec_version, office_id, applicant_cnp, "
                "applicant_name, registration_year, registration_no, registration_date, "
                "status, payload, version, created_by, created_at, updated_by, updated_at) "
                "VALUES (:id, '03', 1, 1, '', :name, 2026, :no, '2026-03-02', 'registered', "
                "'{}', 1, 'admin', :now, 'admin', :now)"),
                {"id": f"00000000-0000-0000-0000-00000000000{number}", "name": name,
                 "no": number, "now": now})
    engine.dispose()


def test_older_store_with_data_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    _store_at_0001_with_data(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    store = open_store(path)
    assert migrations.current_revision(store.engine) == migrations.head_revision()
    assert store.backup is not None and store.backup.exists()
    assert hashlib.sha256(store.backup.read_bytes()).hexdigest() == before
    # The search index added later covers the requests that were already there.
    assert [r.registration_no for r in queries.search(store, "stefanescu")] == [1]
    assert [r.registration_no for r in queries.search(store, "turc")] == [2]


def test_failed_upgrade_restores_the_file(tmp_path):
    path = tmp_path / "broken.sqlite3"
    _store_at_0001_with_data(path)
    engine = make_engine(path)
    with engine.begin() as connection:
        # An object in the way of migration 0002 makes the upgrade fail.
        connection.execute(text("CREATE TABLE request_search (x)"))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="restaurat"):
        open_store(path)
    assert path.read_bytes() == before
    engine = make_engine(path)
    assert migrations.current_revision(engine) == "0001"
    engine.dispose()
