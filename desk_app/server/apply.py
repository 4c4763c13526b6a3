"""Applying a pushed batch: one transaction, idempotent, conflicts kept.

The batch id is looked up first (a replayed batch changes nothing and gets the
same acknowledgement). Each request change is kept in ``request_versions``;
the current version is decided in Python over the few hundred rows of the
batch and written with COPY into a temporary table merged by
``INSERT … ON CONFLICT`` (DESIGN.md: faster than executemany).

A version that is its request's current text is stored with ``data`` NULL
(no second copy of the payload); before a request's text changes, the NULL
versions of that request get the old text (:func:`keep_current_versions`),
so every version received stays readable as ``COALESCE(v.data, r.data)``.

Conflict rule (docs/server.md): a change based on an older server version
than the current one, coming from another workstation than the last writer,
is a conflict. The version of the workstation that registered the request
(its owning office) wins; otherwise the version already on the server stays.
Both versions are kept and a ``conflicts`` row is shown to the supervisors.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from desk_app.server import resolutions
from desk_app.server.db import lock_county, now, refresh_statistics
from desk_app.server.enrolment import Caller

RULE = ("Versiunea stației care a înregistrat cererea (oficiul care o deține) are prioritate; "
        "altfel rămâne versiunea ajunsă prima pe server.")
_REQUEST_COLUMNS = ("id", "county", "annex_id", "registration_year", "registration_no",
                    "applicant_cnp", "deceased_cnp", "status", "data", "checksum",
                    "server_version", "origin_id", "last_writer_id", "last_writer_seq",
                    "updated_at")


class BatchRejected(ValueError):
    """A batch that belongs to another workstation; ``str()`` is Romanian."""


def canonical(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def checksum(text_value: str) -> str:
    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()


@dataclass
class _Current:
    data: str
    version: int
    origin: int
    writer: int
    writer_seq: int
    dirty: bool = False
    rebroadcast: bool = False
    parsed: dict[str, Any] | None = None

    def fields(self) -> dict[str, Any]:
        if self.parsed is None:
            self.parsed = json.loads(self.data)
        return self.parsed


@dataclass
class _Outcome:
    accepted: int = 0
    duplicates: int = 0
    stale: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def apply_batch(engine: Engine, caller: Caller, batch_id: str, body_checksum: str,
                changes: list[dict[str, Any]]) -> dict[str, Any]:
    with engine.begin() as conn:
        lock_county(conn, caller.county)
        done = conn.execute(text("SELECT workstation_id, changes, conflicts FROM batches "
                                 "WHERE batch_id = :b"), {"b": batch_id}).first()
        if done is not None:
            if done.workstation_id != caller.id:
                raise BatchRejected("Identificatorul lotului aparține altei stații de lucru.")
            return {"batch_id": batch_id, "accepted": done.changes, "duplicate": True,
                    "conflicts": done.conflicts}
        outcome = _apply(conn, caller, batch_id, changes)
        delay = float(os.environ.get("DESK_APP_SERVER_TEST_APPLY_DELAY", "0") or 0)
        if delay:  # fault-injection hook of the tests: kill the server mid-batch
            time.sleep(delay)
        conn.execute(text("INSERT INTO batches (batch_id, workstation_id, received_at, changes, "
                          "checksum, conflicts) VALUES (:b, :w, :t, :n, :c, :k)"),
                     {"b": batch_id, "w": caller.id, "t": now(), "n": len(changes),
                      "c": body_checksum, "k": len(outcome.conflicts)})
        conn.execute(text("UPDATE workstations SET last_seen_at = :t WHERE id = :w"),
                     {"t": now(), "w": caller.id})
    if len(changes) >= 50:  # outside the county lock; a no-op unless a table grew a lot
        refresh_statistics(engine)
    return {"batch_id": batch_id, "accepted": len(changes), "duplicate": False,
            "applied": outcome.accepted, "already_had": outcome.duplicates,
            "stale": outcome.stale, "conflicts": len(outcome.conflicts)}


def _stations(conn: Connection, county: str) -> dict[int, tuple[str, str, str]]:
    rows = conn.execute(text("SELECT id, name, office_code, office_name FROM workstations "
                             "WHERE county = :c"), {"c": county})
    return {r.id: (r.name, r.office_code, r.office_name) for r in rows}


def _apply(conn: Connection, caller: Caller, batch_id: str,
           changes: list[dict[str, Any]]) -> _Outcome:
    outcome = _Outcome()
    ts = now()
    stations = _stations(conn, caller.county)
    reqs = sorted((c for c in changes if c.get("entity") == "request"),
                  key=lambda c: int(c["seq"]))
    others = [c for c in changes if c.get("entity") not in ("request", "conflict_resolution")]
    resolutions_in = [c for c in changes if c.get("entity") == "conflict_resolution"]
    ids = list({str(c["id"]) for c in reqs})
    # One index probe per change (LATERAL … OFFSET 0 cannot be flattened). With
    # ``client_seq = ANY(:s)`` or a plain join, the plans chosen on the statistics
    # of a table that grew by a bulk push read every version of the workstation
    # for each batch (9–60 ms a batch at 10 000–40 000 versions, growing).
    seen = {r[0] for r in conn.execute(
        text("SELECT v.client_seq FROM unnest(CAST(:s AS bigint[])) AS k(s) "
             "CROSS JOIN LATERAL (SELECT client_seq FROM request_versions "
             "WHERE workstation_id = :w AND client_seq = k.s OFFSET 0) AS v"),
        {"w": caller.id, "s": [int(c["seq"]) for c in reqs]})}
    state: dict[str, _Current] = {
        r.id: _Current(r.data, r.server_version, r.origin_id, r.last_writer_id,
                       r.last_writer_seq)
        for r in conn.execute(text(
            "SELECT id, data, server_version, origin_id, last_writer_id, last_writer_seq "
            "FROM requests WHERE id = ANY(CAST(:ids AS text[])) FOR UPDATE"), {"ids": ids})}
    existed = set(state)
    versions: list[list[Any]] = []
    version_at: dict[tuple[str, int], int] = {}
    open_conflicts: dict[str, dict[str, Any]] = {}
    for change in reqs:
        seq, rid = int(change["seq"]), str(change["id"])
        if seq in seen:
            outcome.duplicates += 1
            continue
        text_in = change.get("data_json")
        if isinstance(text_in, str):
            # The counter sent the canonical text: stored and checksummed as is.
            data, parsed = text_in, json.loads(text_in)
            if not isinstance(parsed, dict):
                raise ValueError("data_json")
        else:
            parsed = change["data"]
            data = canonical(parsed)
        version_at[(rid, seq)] = len(versions)
        versions.append([rid, caller.id, seq, int(change.get("base") or 0), batch_id, data, ts])
        cur = state.get(rid)
        if cur is None:
            state[rid] = _Current(data, 1, caller.id, caller.id, seq, dirty=True, parsed=parsed)
        elif cur.writer == caller.id and seq <= cur.writer_seq:
            outcome.stale += 1  # delivered out of order: a newer change is already applied
            continue
        elif cur.writer == caller.id or int(change.get("base") or 0) >= cur.version:
            _take(cur, data, caller.id, seq, parsed)
        else:
            _conflict(open_conflicts, rid, cur, data, caller, seq, stations)
        outcome.accepted += 1
    outcome.conflicts = list(open_conflicts.values())
    outcome.conflicts += _number_clashes(conn, caller.county, state, existed, stations)
    keep_current_versions(conn, [rid for rid in existed if state[rid].dirty])
    for rid, cur in state.items():
        if cur.dirty and cur.writer == caller.id:
            at = version_at.get((rid, cur.writer_seq))
            if at is not None:
                versions[at][5] = None  # the current text: read from ``requests``
    _write_versions(conn, versions)
    _write_requests(conn, caller, state, existed, stations, ts)
    _write_feed_others(conn, caller, others)
    for conflict in outcome.conflicts:
        resolutions.record_conflict(conn, caller.county, conflict, ts)
    for change in resolutions_in:
        resolutions.resolve(conn, caller, change.get("data") or {}, ts)
    return outcome


def _take(cur: _Current, data: str, writer: int, seq: int,
          parsed: dict[str, Any] | None = None) -> None:
    cur.data, cur.version, cur.writer, cur.writer_seq = data, cur.version + 1, writer, seq
    cur.dirty, cur.parsed = True, parsed


def _conflict(open_conflicts: dict[str, dict[str, Any]], rid: str, cur: _Current, data: str,
              caller: Caller, seq: int, stations: dict[int, tuple[str, str, str]]) -> None:
    previous_writer = stations.get(cur.writer, ("?", "", ""))[0]
    if cur.origin == caller.id:
        kept, other = data, cur.data
        kept_ws, other_ws = caller.name, previous_writer
        _take(cur, data, caller.id, seq)
    else:
        kept, other = cur.data, data
        kept_ws, other_ws = previous_writer, caller.name
        # The losing counter must receive the version that stays.
        cur.rebroadcast = True
    known = open_conflicts.get(rid)
    if known is not None and known["other_workstation"] in (caller.name,) \
            and known["kept_workstation"] == kept_ws:
        known["kept_data"], known["other_data"] = kept, other
        return
    open_conflicts[rid] = {"request_id": rid, "kind": "edit", "kept_data": kept,
                           "other_data": other, "kept_workstation": kept_ws,
                           "other_workstation": other_ws, "rule": RULE}


def _number_clashes(conn: Connection, county: str, state: dict[str, _Current],
                    existed: set[str], stations: dict[int, tuple[str, str, str]]
                    ) -> list[dict[str, Any]]:
    """Two requests with one registration number (should never happen with
    leased blocks; a store registered standalone before enrolment could)."""
    new = {}
    for rid, cur in state.items():
        if rid in existed:
            continue
        data = cur.fields()
        if data.get("registration_no") is not None:
            new[(int(data.get("registration_year") or 0), int(data["registration_no"]))] = \
                (rid, cur)
    if not new:
        return []
    clashes = []
    # One probe of (county, year, number) per new request; see ``seen`` in _apply
    # (a merge join sorted every request of the county for each batch).
    rows = conn.execute(text(
        "SELECT r.id, r.registration_year, r.registration_no, r.origin_id "
        "FROM unnest(CAST(:y AS integer[]), CAST(:n AS integer[])) AS k(y, n) "
        "CROSS JOIN LATERAL (SELECT id, registration_year, registration_no, origin_id "
        "FROM requests WHERE county = :c AND registration_year = k.y "
        "AND registration_no = k.n OFFSET 0) AS r"),
        {"c": county, "y": [k[0] for k in new], "n": [k[1] for k in new]}).all()
    for row in rows:
        hit = new.get((row.registration_year, row.registration_no))
        if hit is not None and hit[0] != row.id:
            kept = conn.execute(text("SELECT data FROM requests WHERE id = :i"),
                                {"i": row.id}).scalar_one()
            clashes.append({"request_id": hit[0], "kind": "number", "kept_data": kept,
                            "other_data": hit[1].data,
                            "kept_workstation": stations.get(row.origin_id, ("?",))[0],
                            "other_workstation": stations.get(hit[1].origin, ("?",))[0],
                            "rule": "Același număr de înregistrare pe două cereri: ambele "
                                    "păstrate, decide șeful de serviciu."})
    return clashes


def _copy(conn: Connection, sql: str, rows: list[tuple[Any, ...]] | list[list[Any]]) -> None:
    if not rows:
        return
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row)


def keep_current_versions(conn: Connection, request_ids: list[str]) -> None:
    """Give the versions stored by reference (``data`` NULL) the current text of
    their request; call before that text changes."""
    if request_ids:
        conn.execute(text(
            "UPDATE request_versions v SET data = r.data FROM requests r "
            "WHERE r.id = ANY(CAST(:ids AS text[])) AND v.request_id = r.id "
            "AND v.data IS NULL"), {"ids": request_ids})


def _write_versions(conn: Connection, versions: list[list[Any]]) -> None:
    _copy(conn, "COPY request_versions (request_id, workstation_id, client_seq, base_version, "
          "batch_id, data, received_at) FROM STDIN", versions)


def feed_envelope(origin: tuple[str, str, str]) -> str:
    """The feed row of a request names its origin only; the pull joins the
    current data (no third copy of every payload)."""
    return (f'{{"origin":{json.dumps(origin[0])},'
            f'"office":{json.dumps([origin[1], origin[2]], ensure_ascii=False)}}}')


def _write_requests(conn: Connection, caller: Caller, state: dict[str, _Current],
                    existed: set[str], stations: dict[int, tuple[str, str, str]],
                    ts: Any) -> None:
    new_rows, changed_rows, feed = [], [], []
    envelopes: dict[int, str] = {}  # one per origin, not one per change
    for rid, cur in state.items():
        if not (cur.dirty or cur.rebroadcast):
            continue
        envelope = envelopes.get(cur.origin)
        if envelope is None:
            envelope = envelopes[cur.origin] = feed_envelope(
                stations.get(cur.origin, ("?", "", "")))
        feed.append((caller.county, "request", rid, None if cur.rebroadcast else caller.id,
                     envelope))
        if not cur.dirty:
            continue
        data = cur.fields()
        form = data.get("payload") or {}
        row = (rid, caller.county, str(data.get("annex_id", ""))[:8],
               data.get("registration_year"), data.get("registration_no"),
               str(data.get("applicant_cnp") or "")[:13],
               str(form.get("deceased.cnp") or "")[:13], str(data.get("status", ""))[:20],
               cur.data, checksum(cur.data), cur.version, cur.origin, cur.writer,
               cur.writer_seq, ts)
        (changed_rows if rid in existed else new_rows).append(row)
    columns = ", ".join(_REQUEST_COLUMNS)
    # New ids cannot clash (they were looked up under the county lock): COPY straight in.
    _copy(conn, f"COPY requests ({columns}) FROM STDIN", new_rows)
    if changed_rows:
        conn.execute(text("CREATE TEMP TABLE tmp_requests (LIKE requests) ON COMMIT DROP"))
        _copy(conn, f"COPY tmp_requests ({columns}) FROM STDIN", changed_rows)
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in _REQUEST_COLUMNS[1:])
        conn.execute(text(f"INSERT INTO requests ({columns}) SELECT {columns} FROM tmp_requests "
                          f"ON CONFLICT (id) DO UPDATE SET {updates}"))
    _copy(conn, "COPY changes (county, entity, entity_id, origin_id, payload) FROM STDIN", feed)


def _write_feed_others(conn: Connection, caller: Caller, others: list[dict[str, Any]]) -> None:
    rows = [(caller.county, str(c["entity"])[:40], str(c["id"])[:60], caller.id,
             canonical(c.get("data") or {})) for c in others]
    _copy(conn, "COPY changes (county, entity, entity_id, origin_id, payload) FROM STDIN", rows)
