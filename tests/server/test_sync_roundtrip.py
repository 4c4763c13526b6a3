"""Three counters register offline, then synchronise: the server holds every
request exactly once with identical content, every counter sees all of them,
and no registration number is issued twice."""

from __future__ import annotations

import json
from collections import Counter as Tally

from sqlalchemy import text

from desk_app.server.apply import canonical, checksum
from desk_app.services import requests, sync, sync_state
from desk_app.services.sync_pull import _stamp
from tests.server.conftest import make_counter, register_many

PER_COUNTER = 300


def snapshot(store, request_id: str) -> dict:  # type: ignore[no-untyped-def]
    """A request as the outbox describes it (what the server stores)."""
    with store.read() as session:
        row = session.execute(text("SELECT * FROM requests WHERE id = :i"),
                              {"i": request_id}).one()
    from datetime import datetime

    return {"id": row.id, "annex_id": row.annex_id, "spec_version": row.spec_version,
            "status": row.status, "registration_year": row.registration_year,
            "registration_no": row.registration_no, "registration_date": row.registration_date,
            "deadline": row.deadline, "applicant_cnp": row.applicant_cnp,
            "applicant_name": row.applicant_name, "payload": json.loads(row.payload),
            "version": row.version, "updated_by": row.updated_by,
            "updated_at": datetime.fromisoformat(row.updated_at).isoformat()}


def test_three_counters_offline_then_sync(tmp_path, server_engine, server, county):
    counters = [make_counter(tmp_path, server_engine, server, county, f"g{i}",
                             block_size=PER_COUNTER + 50) for i in range(3)]
    assert all(sync_state.is_enrolled(c.store) for c in counters)
    ids = {c.name: register_many(c, PER_COUNTER, start=i * PER_COUNTER)
           for i, c in enumerate(counters)}
    reports = [sync.sync_now(c.store) for c in counters]
    reports += [sync.sync_now(c.store) for c in counters]  # everyone pulls the others' work
    assert sum(r.pushed for r in reports) >= 3 * PER_COUNTER
    with server_engine.connect() as conn:
        rows = conn.execute(text("SELECT id, data, checksum, registration_no FROM requests "
                                 "WHERE county = :c"), {"c": county}).all()
    all_ids = {i for group in ids.values() for i in group}
    assert {r.id for r in rows} == all_ids and len(rows) == 3 * PER_COUNTER
    server_sums = {r.id: r.checksum for r in rows}
    numbers = Tally(r.registration_no for r in rows)
    assert max(numbers.values()) == 1, "un număr de înregistrare apare de două ori"
    for counter in counters:
        with counter.store.read() as session:
            local = {r[0] for r in session.execute(text("SELECT id FROM requests"))}
            pending = session.execute(text("SELECT count(*) FROM outbox "
                                           "WHERE synced_at IS NULL")).scalar_one()
        assert local == all_ids
        assert pending == 0
        for request_id in list(all_ids)[::37]:
            assert checksum(canonical(snapshot(counter.store, request_id))) == \
                server_sums[request_id]
    # Every counter's own copy has the same content as the server's.
    for counter in counters:
        for request_id in ids[counter.name][::29]:
            assert checksum(canonical(snapshot(counter.store, request_id))) == \
                server_sums[request_id]
    assert _stamp("2026-01-02T03:04:05") == "2026-01-02 03:04:05.000000"


def test_status_change_travels_and_numbers_refill(tmp_path, server_engine, server, county):
    a = make_counter(tmp_path, server_engine, server, county, "a", block_size=10)
    b = make_counter(tmp_path, server_engine, server, county, "b", block_size=10)
    first = register_many(a, 9)
    report = sync.sync_now(a.store)
    assert report.blocks_leased, "sub 20 % din bloc: se cere un bloc nou"
    register_many(a, 5, start=50)  # crosses into the second block
    requests.change_status(a.store, a.admin, first[0], "in_progress", "preluată")
    sync.sync_now(a.store)
    sync.sync_now(b.store)
    with b.store.read() as session:
        status = session.execute(text("SELECT status, origin_workstation FROM requests "
                                      "WHERE id = :i"), {"i": first[0]}).one()
        count = session.execute(text("SELECT count(*) FROM requests")).scalar_one()
    assert tuple(status) == ("in_progress", a.name)
    assert count == 14
