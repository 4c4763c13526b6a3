"""A request changed at two counters since their last sync: both versions are
kept, the registering counter's version wins, the supervisor sees the
conflict and resolves it (audited). Duplicates across offices are found.
Client commands `desk-app enroll` and `desk-app sync`."""

from __future__ import annotations

import argparse
import json

from sqlalchemy import text

from desk_app.cli import sync_commands
from desk_app.domain.annexes import get_spec
from desk_app.server import enrolment
from desk_app.services import duplicates, requests, sync, sync_conflicts
from tests.server.conftest import make_counter, pension_payload, register_many


def status_of(store, request_id: str) -> str:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return session.execute(text("SELECT status FROM requests WHERE id = :i"),
                               {"i": request_id}).scalar_one()


def test_conflict_kept_shown_and_resolved(tmp_path, server_engine, server, county):
    a = make_counter(tmp_path, server_engine, server, county, "a")
    b = make_counter(tmp_path, server_engine, server, county, "b")
    [rid] = register_many(a, 1)
    sync.sync_now(a.store)
    sync.sync_now(b.store)
    # Both counters change the same request while offline; b pushes first.
    requests.change_status(a.store, a.admin, rid, "in_progress", "la ghișeul A")
    requests.change_status(b.store, b.admin, rid, "voided", "anulată la B")
    sync.sync_now(b.store)
    report = sync.sync_now(a.store)  # a registered it: a's version wins
    assert report.conflicts_open == 1
    with server_engine.connect() as conn:
        current, versions = conn.execute(text(
            "SELECT status, (SELECT count(*) FROM request_versions WHERE request_id = :i) "
            "FROM requests WHERE id = :i"), {"i": rid}).one()
    assert current == "in_progress" and versions == 3  # registration + both edits kept
    b_report = sync.sync_now(b.store)
    assert status_of(b.store, rid) == "in_progress"  # b received the winning version
    assert b_report.conflicts_open == 1
    [conflict] = sync_conflicts.list_conflicts(b.store, b.admin)
    assert conflict.kept["status"] == "in_progress" and conflict.other["status"] == "voided"
    assert conflict.kept_workstation == a.name and conflict.other_workstation == b.name
    assert "status" in conflict.differing_fields()
    # The supervisor at b chooses b's version; it travels to every counter.
    sync_conflicts.resolve(b.store, b.admin, conflict.id, "other")
    sync.sync_now(b.store)
    sync.sync_now(a.store)
    sync.sync_now(b.store)
    assert status_of(a.store, rid) == "voided" and status_of(b.store, rid) == "voided"
    assert sync_conflicts.list_conflicts(a.store, a.admin) == []
    with a.store.read() as session:
        resolved_by = session.execute(text("SELECT resolved_by FROM sync_conflicts")).scalar()
    assert resolved_by.startswith("admin@")
    with b.store.read() as session:
        audited = session.execute(text("SELECT count(*) FROM audit_log "
                                       "WHERE action = 'sync_conflict_resolved'")).scalar()
    assert audited == 1


def test_duplicates_across_offices(tmp_path, server_engine, server, county):
    a = make_counter(tmp_path, server_engine, server, county, "a", office_code="CTP-1")
    b = make_counter(tmp_path, server_engine, server, county, "b", office_code="CTP-2")
    aid = dict(get_spec("11").sample)
    requests.register(a.store, a.admin, "11", aid, standalone=False)
    requests.register(a.store, a.admin, "03", pension_payload(7), standalone=False)
    # b registers the same pension applicant while offline
    requests.register(b.store, b.admin, "03", pension_payload(7), standalone=False)
    sync.sync_now(a.store)
    report = sync.sync_now(b.store)
    assert report.duplicate_groups == 1
    [group] = duplicates.duplicate_groups(b.store)
    assert len(group.requests) == 2 and "limită de vârstă" in group.reason
    assert {d.office_name for d in group.requests} == {"Casa de pensii a", "Casa de pensii b"}
    # At registration, b's clerk sees that the death aid was already filed at a.
    other_model = dict(get_spec("12a").sample)
    other_model["deceased.cnp"] = aid["deceased.cnp"]
    [found] = duplicates.find_duplicates(b.store, "12a", other_model)
    assert found.annex_id == "11" and found.origin_workstation == a.name


def test_cli_enroll_and_sync(tmp_path, server_engine, server, county, capsys):
    counter = make_counter(tmp_path, server_engine, server, county, "cli", enrol=False)
    register_many(counter, 3, standalone=True)  # before enrolment
    parser = argparse.ArgumentParser()
    sync_commands.add_parsers(parser.add_subparsers())
    db = str(counter.store.path)
    code = enrolment.create_code(server_engine, f"{county}-cli", county)
    args = parser.parse_args(["enroll", "--db", db, "--server", server.url, "--code", code])
    assert args.func(args) == 0
    enrolled = json.loads(capsys.readouterr().out)
    assert enrolled["workstation"] == f"{county}-cli" and enrolled["blocks"]
    args = parser.parse_args(["sync", "--db", db])
    assert args.func(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pushed"] == 5 and report["bytes_sent"] > 0
    bad = parser.parse_args(["enroll", "--db", db, "--server", server.url, "--code", code])
    try:
        bad.func(bad)
    except sync_commands.SyncCliError as exc:
        assert "deja folosit" in str(exc)
    else:
        raise AssertionError("a used code must be refused")
