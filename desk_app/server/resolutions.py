"""Conflicts on the server: recording them in the county's change feed and
applying a supervisor's decision (which arrives through a pushed batch, so it
can be taken offline; it is audited on both sides)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, text

from desk_app.server.enrolment import Caller


def conflict_payload(row: Any) -> str:
    return json.dumps({
        "id": row.id, "request_id": row.request_id, "kind": row.kind,
        "kept": json.loads(row.kept_data), "other": json.loads(row.other_data),
        "kept_workstation": row.kept_workstation, "other_workstation": row.other_workstation,
        "rule": row.rule, "detected_at": row.detected_at.isoformat(),
        "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
        "resolved_by": row.resolved_by, "choice": row.choice,
    }, ensure_ascii=False)


def _broadcast_conflict(conn: Connection, county: str, conflict_id: int) -> None:
    row = conn.execute(text("SELECT * FROM conflicts WHERE id = :i"), {"i": conflict_id}).one()
    conn.execute(text("INSERT INTO changes (county, entity, entity_id, origin_id, payload) "
                      "VALUES (:c, 'conflict', :e, NULL, :p)"),
                 {"c": county, "e": str(conflict_id), "p": conflict_payload(row)})


def record_conflict(conn: Connection, county: str, conflict: dict[str, Any],
                    ts: dt.datetime) -> int:
    conflict_id = conn.execute(text(
        "INSERT INTO conflicts (county, request_id, kind, kept_data, other_data, "
        "kept_workstation, other_workstation, rule, detected_at, resolved_by, choice) "
        "VALUES (:county, :request_id, :kind, :kept_data, :other_data, :kept_workstation, "
        ":other_workstation, :rule, :ts, '', '') RETURNING id"),
        {**conflict, "county": county, "ts": ts}).scalar_one()
    _broadcast_conflict(conn, county, conflict_id)
    return int(conflict_id)


def resolve(conn: Connection, caller: Caller, data: dict[str, Any], ts: dt.datetime) -> bool:
    """Apply a supervisor's choice: ``kept`` confirms the version that stayed,
    ``other`` makes the other version current (a new server version)."""
    try:
        conflict_id = int(data["conflict_id"])
    except (KeyError, TypeError, ValueError):
        return False
    choice = data.get("choice")
    row = conn.execute(text("SELECT * FROM conflicts WHERE id = :i AND county = :c FOR UPDATE"),
                       {"i": conflict_id, "c": caller.county}).first()
    if row is None or row.resolved_at is not None or choice not in ("kept", "other"):
        return False
    who = f"{data.get('by', '?')}@{caller.name}"[:120]
    conn.execute(text("UPDATE conflicts SET resolved_at = :t, resolved_by = :b, choice = :ch "
                      "WHERE id = :i"), {"t": ts, "b": who, "ch": choice, "i": conflict_id})
    if choice == "other":
        from desk_app.server.apply import checksum, feed_envelope, keep_current_versions

        keep_current_versions(conn, [row.request_id])
        current = conn.execute(text(
            "UPDATE requests SET data = :d, checksum = :k, server_version = server_version + 1, "
            "last_writer_seq = CASE WHEN last_writer_id = :w THEN last_writer_seq ELSE 0 END, "
            "last_writer_id = :w, updated_at = :t WHERE id = :r "
            "RETURNING server_version, origin_id"),
            {"d": row.other_data, "k": checksum(row.other_data), "w": caller.id, "t": ts,
             "r": row.request_id}).first()
        if current is not None:
            origin = conn.execute(text("SELECT name, office_code, office_name FROM workstations "
                                       "WHERE id = :i"), {"i": current.origin_id}).first()
            conn.execute(text("INSERT INTO changes (county, entity, entity_id, origin_id, "
                              "payload) VALUES (:c, 'request', :e, NULL, :p)"),
                         {"c": caller.county, "e": row.request_id,
                          "p": feed_envelope(tuple(origin) if origin else ("?", "", ""))})
    conn.execute(text("INSERT INTO server_audit (at, actor, action, details) "
                      "VALUES (:t, :a, 'conflict_resolved', :d)"),
                 {"t": ts, "a": who, "d": json.dumps({"conflict": conflict_id, "choice": choice,
                                                      "request": row.request_id})})
    _broadcast_conflict(conn, caller.county, conflict_id)
    return True
