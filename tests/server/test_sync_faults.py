"""Faults on the way: the server killed mid-batch, the client killed before
the acknowledgement, a replayed batch, a bad checksum, a truncated body,
batches delivered out of order, a revoked or wrong token. After recovery
nothing is lost and nothing is duplicated (counted on the server)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import text

from desk_app.infra import secrets
from desk_app.infra.sync_client import Rejected, SyncClient, Unauthorised, Unreachable, pack
from desk_app.server import enrolment
from desk_app.services import offline_policy, sync, sync_state
from tests.server.conftest import ROOT, ServerProcess, make_counter, register_many, start_server


def server_counts(engine, county: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(requests, versions kept, distinct registration numbers) of a county."""
    with engine.connect() as conn:
        return tuple(conn.execute(text(
            "SELECT (SELECT count(*) FROM requests WHERE county = :c), "
            "(SELECT count(*) FROM request_versions v JOIN workstations w "
            " ON w.id = v.workstation_id WHERE w.county = :c), "
            "(SELECT count(DISTINCT registration_no) FROM requests WHERE county = :c)"),
            {"c": county}).one())


def pending(store) -> int:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return session.execute(text("SELECT count(*) FROM outbox WHERE synced_at IS NULL")
                               ).scalar_one()


def test_server_killed_in_the_middle_of_a_batch(tmp_path, pg_url, server_engine, county):
    slow = start_server(pg_url, DESK_APP_SERVER_TEST_APPLY_DELAY="4")
    try:
        counter = make_counter(tmp_path, server_engine, slow, county, "k")
        register_many(counter, 20)
        errors: list[BaseException] = []

        def run() -> None:
            try:
                sync.sync_now(counter.store, attempts=1)
            except BaseException as exc:
                errors.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(1.5)  # the batch is inside the server's transaction now
        slow.kill()
        worker.join(30)
        assert errors and isinstance(errors[0], Unreachable)
        assert "nu poate fi contactat" in str(errors[0])
        assert server_counts(server_engine, county)[0] == 0  # rolled back, nothing half-done
        assert pending(counter.store) > 0
        restarted = ServerProcess(pg_url, slow.port, {**slow.env,
                                                      "DESK_APP_SERVER_TEST_APPLY_DELAY": "0"})
        restarted.start()
        try:
            report = sync.sync_now(counter.store)
        finally:
            restarted.stop()
        assert report.resent_batches == 1
        assert server_counts(server_engine, county) == (20, 20, 20)
        assert pending(counter.store) == 0
    finally:
        slow.kill()


def test_client_killed_before_the_acknowledgement(tmp_path, server_engine, server, county,
                                                  monkeypatch):
    counter = make_counter(tmp_path, server_engine, server, county, "c")
    register_many(counter, 30)

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt("killed after sending")

    monkeypatch.setattr(sync, "_acknowledge", crash)
    with pytest.raises(KeyboardInterrupt):
        sync.sync_now(counter.store, batch_size=12)
    # The first batch (the office, the admin and 10 requests) reached the server...
    assert server_counts(server_engine, county)[0] == 10
    assert pending(counter.store) == 32  # ...but the counter does not know it yet
    monkeypatch.undo()
    report = sync.sync_now(counter.store, batch_size=12)
    assert report.resent_batches == 1 and report.pushed == 32
    assert server_counts(server_engine, county) == (30, 30, 30)
    with server_engine.connect() as conn:
        batches = conn.execute(text("SELECT count(*) FROM batches b JOIN workstations w "
                                    "ON w.id = b.workstation_id WHERE w.county = :c"),
                               {"c": county}).scalar_one()
    assert batches == 3


def raw_client(server_engine, server, county: str, name: str) -> SyncClient:  # type: ignore[no-untyped-def]
    code = enrolment.create_code(server_engine, name, county)
    client = SyncClient(server.url, attempts=1)
    answer = client.enrol(code, county=county, office_code="X", office_name="X")
    client.token = answer["token"]
    return client


def change(seq: int, request_id: str, status: str, number: int) -> dict:  # type: ignore[type-arg]
    return {"seq": seq, "entity": "request", "id": request_id, "op": "upsert", "base": 0,
            "data": {"id": request_id, "annex_id": "03", "status": status,
                     "registration_year": 2030, "registration_no": number, "payload": {}}}


def batch(batch_id: str, *changes: dict) -> tuple[bytes, str]:  # type: ignore[type-arg]
    return pack(json.dumps({"batch_id": batch_id, "changes": list(changes)}))


def test_replay_bad_checksum_truncation_and_out_of_order(server_engine, server, county):
    client = raw_client(server_engine, server, county, f"{county}-raw")
    rid = "00000000-0000-4000-8000-0000000000" + county.ljust(2, "0")
    body, checksum = batch("b-1" + county, change(1, rid, "registered", 1))
    first = client.push("b-1" + county, body, checksum)
    again = client.push("b-1" + county, body, checksum)
    assert not first["duplicate"] and again["duplicate"] and again["accepted"] == 1
    assert server_counts(server_engine, county)[:2] == (1, 1)

    body2, sum2 = batch("b-2" + county, change(2, rid, "in_progress", 1))
    with pytest.raises(Rejected, match="Suma de control") as bad:
        client.push("b-2" + county, body2, "0" * 64)
    assert bad.value.code == "bad_checksum"
    with pytest.raises(Rejected, match="incomplet") as cut:
        client.push("b-2" + county, body2[:-12], sum2)
    assert cut.value.code == "truncated"
    assert server_counts(server_engine, county)[:2] == (1, 1)  # nothing stored

    # Out of order: seq 3 arrives before seq 2; the newer change stays current.
    body3, sum3 = batch("b-3" + county, change(3, rid, "rejected", 1))
    client.push("b-3" + county, body3, sum3)
    late = client.push("b-2" + county, body2, sum2)
    assert late["stale"] == 1
    with server_engine.connect() as conn:
        status = conn.execute(text("SELECT status FROM requests WHERE id = :i"),
                              {"i": rid}).scalar_one()
    assert status == "rejected"
    assert server_counts(server_engine, county)[:2] == (1, 3)  # every version kept once
    client.close()


def test_revoked_or_wrong_token_gets_401_and_nothing_is_stored(tmp_path, pg_url,
                                                               server_engine, server, county):
    counter = make_counter(tmp_path, server_engine, server, county, "r")
    register_many(counter, 5)
    done = subprocess.run([sys.executable, "-m", "desk_app.server.cli", "revoke",
                           "--workstation", counter.name, "--database-url", pg_url],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with pytest.raises(Unauthorised, match="revocat"):
        sync.sync_now(counter.store, attempts=1)
    assert server_counts(server_engine, county)[0] == 0
    assert pending(counter.store) == 7  # office, admin, 5 requests
    assert sync_state.info(counter.store).revoked
    assert offline_policy.offline_status(counter.store).level == "block"

    wrong = SyncClient(server.url, "not-a-token", attempts=1)
    body, checksum = batch("w-1" + county, change(1, "x" * 36, "registered", 99))
    with pytest.raises(Unauthorised):
        wrong.push("w-1" + county, body, checksum)
    wrong.close()
    assert server_counts(server_engine, county)[0] == 0
    # A used enrolment code cannot be used again.
    code = enrolment.create_code(server_engine, f"{county}-again", county)
    fresh = SyncClient(server.url, attempts=1)
    fresh.enrol(code, county=county, office_code="X", office_name="X")
    with pytest.raises(Rejected, match="deja folosit"):
        fresh.enrol(code, county=county, office_code="X", office_name="X")
    fresh.close()
    # The token never appears in the store, only in the keyring.
    station = sync_state.info(counter.store)
    assert station.enrolled
    token = secrets.get_secret(sync_state.token_name(
        _uuid(counter.store)))
    assert token and token.encode() not in (tmp_path / "r.sqlite3").read_bytes()


def _uuid(store) -> str:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return sync_state.get(session, sync_state.WORKSTATION_UUID)
