"""Applying what was pulled from the county server to the embedded store.

Requests registered at other counters are upserted with plain SQL handed
straight to the driver (the ORM costs ~10× more per row at 100 000 rows, and
SQLAlchemy's parameter processing of ``text()`` another ~25 µs a row); users,
offices, reference values and conflicts are small. A request with a local
change not yet pushed is left alone: the change goes up with the next push,
the server compares versions and, if both changed, records a conflict and
sends back the version that won.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.services.sync_pull_decisions import apply_decision, apply_payment

# Driver SQL (sqlite3 named parameters), run by ``exec_driver_sql``.
_UPSERT_REQUEST = (
    "INSERT INTO requests (id, annex_id, spec_version, person_id, office_id, applicant_cnp, "
    "applicant_name, registration_year, registration_no, registration_date, status, deadline, "
    "payload, version, created_by, created_at, updated_by, updated_at, origin_workstation, "
    "synced_version) VALUES (:id, :annex_id, :spec_version, NULL, :office_id, :applicant_cnp, "
    ":applicant_name, :registration_year, :registration_no, :registration_date, :status, "
    ":deadline, :payload, :version, :updated_by, :updated_at, :updated_by, :updated_at, "
    ":origin, :v) ON CONFLICT(id) DO UPDATE SET annex_id = excluded.annex_id, "
    "spec_version = excluded.spec_version, applicant_cnp = excluded.applicant_cnp, "
    "applicant_name = excluded.applicant_name, registration_year = excluded.registration_year, "
    "registration_no = excluded.registration_no, registration_date = excluded.registration_date, "
    "status = excluded.status, deadline = excluded.deadline, payload = excluded.payload, "
    "version = excluded.version, updated_by = excluded.updated_by, "
    "updated_at = excluded.updated_at, synced_version = excluded.synced_version, "
    "origin_workstation = CASE WHEN requests.origin_workstation = '' "
    "THEN excluded.origin_workstation ELSE requests.origin_workstation END")
# The store's payload text: sorted keys, like ``requests._write_payload``.
_payload_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


@dataclass
class PullCounts:
    requests: int = 0
    skipped_pending: int = 0
    number_clashes: int = 0
    users: int = 0
    offices: int = 0
    reference: int = 0
    conflicts: int = 0
    decision_templates: int = 0
    decisions: int = 0
    payments: int = 0


def _stamp(value: str | None) -> str | None:
    """ISO text → the storage format SQLAlchemy uses for DateTime on SQLite."""
    if not value:
        return None
    return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S.%f")


def _office_ids(session: Session, county: str, offices: set[tuple[str, str]]
                ) -> dict[str, int]:
    ids = {code: oid for oid, code in session.execute(
        text("SELECT id, office_code FROM offices WHERE county_code = :c"), {"c": county})}
    for code, name in sorted(offices):
        if code not in ids:
            ids[code] = session.execute(text(
                "INSERT INTO offices (county_code, office_code, name, address) "
                "VALUES (:c, :code, :name, '') RETURNING id"),
                {"c": county, "code": code, "name": name or code}).scalar_one()
    return ids


def _request_rows(session: Session, county: str, changes: list[dict[str, Any]],
                  counts: PullCounts) -> list[dict[str, Any]]:
    ids = [str(c["id"]) for c in changes]
    pending: set[str] = set()
    connection = session.connection()
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        pending.update(r[0] for r in connection.exec_driver_sql(
            f"SELECT DISTINCT entity_id FROM outbox WHERE entity = 'request' "
            f"AND synced_at IS NULL AND entity_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk)))
    office_ids = _office_ids(session, county, {
        (str(c["data"]["office"][0]), str(c["data"]["office"][1])) for c in changes})
    latest: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change["id"] in pending:
            counts.skipped_pending += 1
            continue
        envelope = change["data"]
        data = envelope["data"]
        latest[change["id"]] = {
            "id": data["id"], "annex_id": data["annex_id"],
            "spec_version": data.get("spec_version") or 1,
            "office_id": office_ids[str(envelope["office"][0])],
            "applicant_cnp": data.get("applicant_cnp") or "",
            "applicant_name": data.get("applicant_name") or "",
            "registration_year": data.get("registration_year"),
            "registration_no": data.get("registration_no"),
            "registration_date": data.get("registration_date"), "status": data["status"],
            "deadline": data.get("deadline"),
            "payload": _payload_json(data.get("payload") or {}),
            "version": data.get("version") or 1, "updated_by": data.get("updated_by") or "?",
            "updated_at": _stamp(data.get("updated_at")), "origin": envelope.get("origin", ""),
            "v": envelope.get("v", 0)}
    return list(latest.values())


def _upsert_requests(session: Session, rows: list[dict[str, Any]], counts: PullCounts) -> None:
    if not rows:
        return
    connection = session.connection()
    try:
        with session.begin_nested():
            connection.exec_driver_sql(_UPSERT_REQUEST, rows)  # type: ignore[arg-type]
        counts.requests += len(rows)
        return
    except IntegrityError:
        pass
    for row in rows:  # one registration number on two requests: keep going, count it
        try:
            with session.begin_nested():
                connection.exec_driver_sql(_UPSERT_REQUEST, row)
            counts.requests += 1
        except IntegrityError:
            counts.number_clashes += 1


def _apply_user(session: Session, data: dict[str, Any]) -> None:
    # Pulled accounts arrive without a password: inactive until an admin of
    # this office sets one (passwords never leave the counter they were set at).
    session.execute(text(
        "INSERT INTO users (username, full_name, role, password_hash, active, failed_logins, "
        "locked, created_at) VALUES (:u, :f, :r, '!', 0, 0, 0, :t) ON CONFLICT(username) DO "
        "UPDATE SET full_name = excluded.full_name, role = excluded.role"),
        {"u": data["username"], "f": data.get("full_name") or data["username"],
         "r": data.get("role") or "clerk", "t": _stamp(dt.datetime.now().isoformat())})


def _apply_reference(session: Session, data: dict[str, Any]) -> bool:
    row_json = json.dumps(data.get("row") or {}, ensure_ascii=False)
    exists = session.execute(text("SELECT 1 FROM reference_overrides WHERE file_name = :f "
                                  "AND row_json = :r"),
                             {"f": data["file_name"], "r": row_json}).first()
    if exists:
        return False
    session.execute(text(
        "INSERT INTO reference_overrides (file_name, row_json, note, created_at, created_by) "
        "VALUES (:f, :r, :n, :t, 'sincronizare')"),
        {"f": data["file_name"], "r": row_json, "n": str(data.get("note") or "")[:500],
         "t": _stamp(dt.datetime.now().isoformat())})
    return True


def _apply_decision_template(session: Session, data: dict[str, Any]) -> bool:
    """A template version saved by an admin elsewhere in the county. The same
    version number with other wording (two admins offline) is kept as the next
    free version, so no text is ever lost or silently replaced."""
    body = json.dumps(data.get("body") or {}, ensure_ascii=False)
    kind, version = str(data["kind"])[:40], int(data["version"])
    existing = session.execute(text("SELECT body_json FROM decision_templates WHERE kind = :k "
                                    "AND version = :v"), {"k": kind, "v": version}).first()
    same = session.execute(text("SELECT 1 FROM decision_templates WHERE kind = :k "
                                "AND body_json = :b"), {"k": kind, "b": body}).first()
    if same:
        return False
    note = str(data.get("note") or "")[:400]
    if existing is not None:
        version = int(session.execute(text("SELECT max(version) FROM decision_templates "
                                           "WHERE kind = :k"), {"k": kind}).scalar()) + 1
        note = f"{note} (din sincronizare, versiunea {data['version']} de la alt ghișeu)"
    session.execute(text(
        "INSERT INTO decision_templates (kind, version, body_json, note, created_by, created_at) "
        "VALUES (:k, :v, :b, :n, :u, :t)"),
        {"k": kind, "v": version, "b": body, "n": note[:500],
         "u": str(data.get("created_by") or "sincronizare")[:60],
         "t": _stamp(dt.datetime.now().isoformat())})
    return True


def _apply_conflict(session: Session, data: dict[str, Any]) -> None:
    session.execute(text(
        "INSERT INTO sync_conflicts (id, request_id, kind, kept_json, other_json, "
        "kept_workstation, other_workstation, rule, detected_at, resolved_at, resolved_by, "
        "choice) VALUES (:id, :request_id, :kind, :kept, :other, :kept_workstation, "
        ":other_workstation, :rule, :detected_at, :resolved_at, :resolved_by, :choice) "
        "ON CONFLICT(id) DO UPDATE SET "
        "resolved_at = COALESCE(excluded.resolved_at, sync_conflicts.resolved_at), "
        "resolved_by = CASE WHEN excluded.resolved_at IS NULL THEN sync_conflicts.resolved_by "
        "ELSE excluded.resolved_by END, choice = CASE WHEN excluded.resolved_at IS NULL "
        "THEN sync_conflicts.choice ELSE excluded.choice END, kept_json = excluded.kept_json, "
        "other_json = excluded.other_json"),
        {**data, "kept": json.dumps(data["kept"], ensure_ascii=False),
         "other": json.dumps(data["other"], ensure_ascii=False)})


def apply_changes(session: Session, county: str, changes: list[dict[str, Any]]) -> PullCounts:
    """Apply one page of pulled changes (call inside the write transaction
    that also stores the new cursor)."""
    counts = PullCounts()
    requests = [c for c in changes if c["entity"] == "request"]
    _upsert_requests(session, _request_rows(session, county, requests, counts), counts)
    for change in changes:
        entity, data = change["entity"], change["data"]
        if entity == "user":
            _apply_user(session, data)
            counts.users += 1
        elif entity == "office":
            _office_ids(session, str(data.get("county") or county),
                        {(str(data.get("code")), str(data.get("name") or ""))})
            counts.offices += 1
        elif entity == "reference":
            counts.reference += int(_apply_reference(session, data))
        elif entity == "conflict":
            _apply_conflict(session, data)
            counts.conflicts += 1
        elif entity == "decision_template":
            counts.decision_templates += int(_apply_decision_template(session, data))
        elif entity == "decision":
            counts.decisions += int(apply_decision(session, data))
        elif entity == "death_aid_payment":
            counts.payments += int(apply_payment(session, data))
    return counts
