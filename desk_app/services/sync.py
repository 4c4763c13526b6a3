"""Synchronising the embedded store with the county server (offline first).

``enrol`` exchanges an admin's one-time code for a token (kept in the OS
keyring) and a first block of registration numbers. ``sync_now`` then:

1. re-sends a batch built earlier and not yet acknowledged (exact same bytes,
   same batch id: the server recognises it), then builds and pushes new
   batches from the outbox (default 500 changes, gzip JSON, sha256 of the
   uncompressed body); outbox rows are marked synchronised only after the
   server's acknowledgement. While the server applies one batch, the next is
   read and packed here; it is stored (and so becomes the batch to re-send
   after a crash) in the transaction that records the acknowledgement, just
   before it is sent;
2. pulls the county's changes after the stored cursor, page by page, each page
   applied in the same transaction that advances the cursor (the next page is
   fetched while this one is applied);
3. leases a new block of numbers when 20 % of the current one is left.

Any interruption leaves the store consistent; the next call carries on.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.domain.roles import Permission
from desk_app.infra import secrets
from desk_app.infra.sync_client import SyncClient, Unauthorised, canonical_json, pack
from desk_app.persistence import audit, decision_numbering, numbering
from desk_app.persistence.models import NumberBlock
from desk_app.persistence.sync_models import SyncBatch
from desk_app.services import sync_state as st
from desk_app.services.auth import CurrentUser, require
from desk_app.services.duplicates import duplicate_groups
from desk_app.services.office import office_info
from desk_app.services.store import Store
from desk_app.services.sync_pull import apply_changes

DEFAULT_BATCH = 500
DEFAULT_BLOCK = 1000
DECISION_BLOCK = 100  # decisions are fewer; a smaller block leaves smaller gaps
PULL_PAGE = 2000
Progress = Callable[[str, int, int], None]


class SyncSetupError(RuntimeError):
    """Not enrolled, no token…; ``str()`` is Romanian."""


@dataclass
class SyncReport:
    pushed: int = 0
    batches: int = 0
    resent_batches: int = 0
    pulled: int = 0
    requests_received: int = 0
    skipped_pending: int = 0
    conflicts_received: int = 0
    conflicts_open: int = 0
    templates_received: int = 0
    decisions_received: int = 0
    payments_received: int = 0
    duplicate_groups: int = 0
    blocks_leased: list[list[int]] = field(default_factory=list)
    bytes_sent: int = 0
    bytes_received: int = 0
    cursor: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _client(store: Store, attempts: int = 3) -> SyncClient:
    with store.read() as session:
        values = st.all_values(session)
    if not (values.get(st.SERVER_URL) and values.get(st.WORKSTATION_UUID)):
        raise SyncSetupError("Stația nu este înrolată la serverul județean: rulați "
                             "`desk-app enroll --server URL --code COD`.")
    token = secrets.get_secret(st.token_name(values[st.WORKSTATION_UUID]))
    if not token:
        raise SyncSetupError("Tokenul de sincronizare lipsește din keyring; înrolați din nou "
                             "stația cu un cod nou de la administrator.")
    verify: bool | str = values.get(st.CA_FILE) or True
    return SyncClient(values[st.SERVER_URL], token, verify=verify, attempts=attempts)


def enrol(store: Store, server_url: str, code: str, *, actor: CurrentUser | None = None,
          ca_file: str = "", block_size: int = DEFAULT_BLOCK,
          client: SyncClient | None = None) -> dict[str, Any]:
    """Exchange a one-time code for a token; lease the first block of numbers."""
    if actor is not None:
        require(actor, Permission.EDIT_OFFICE)
    office = office_info(store)
    own_client = client is None
    client = client or SyncClient(server_url, verify=ca_file or True, attempts=1)
    try:
        answer = client.enrol(code, county=office.county_code, office_code=office.office_code,
                              office_name=office.name)
        with store.read() as session:
            station_uuid = st.get(session, st.WORKSTATION_UUID) or str(uuid.uuid4())
        secrets.set_secret(st.token_name(station_uuid), answer["token"])
        with store.write() as session:
            for key, value in ((st.SERVER_URL, client.base_url),
                               (st.WORKSTATION, answer["workstation"]),
                               (st.WORKSTATION_UUID, station_uuid), (st.COUNTY, answer["county"]),
                               (st.ENROLLED_AT, dt.datetime.now().isoformat()),
                               (st.CA_FILE, ca_file), (st.BLOCK_SIZE, str(block_size)),
                               (st.REVOKED, "0"), (st.LAST_ERROR, "")):
                st.put(session, key, value)
            if not st.get(session, st.CURSOR):
                st.put(session, st.CURSOR, "0")
            # From now on numbers come from leased blocks only.
            session.execute(text("UPDATE number_blocks SET last = next_no - 1 "
                                 "WHERE source = 'local' AND last IS NULL"))
            audit.append(session, username=actor.username if actor else "înrolare",
                         action="workstation_enrolled", entity="sync",
                         entity_id=answer["workstation"],
                         details={"server": client.base_url, "county": answer["county"]})
        client.token = answer["token"]
        leased = ensure_numbers(store, client)
    finally:
        if own_client:
            client.close()
    return {"workstation": answer["workstation"], "county": answer["county"],
            "server": server_url, "blocks": leased}


# --- numbers ---------------------------------------------------------------------------


def ensure_numbers(store: Store, client: SyncClient, today: dt.date | None = None
                   ) -> list[list[int]]:
    """Lease a block when 20 % of the current one is left (and, in December,
    the first block of next year)."""
    today = today or dt.date.today()
    years = [today.year, today.year + 1] if today.month == 12 else [today.year]
    leased = []
    for year in years:
        with store.read() as session:
            size = int(st.get(session, st.BLOCK_SIZE, str(DEFAULT_BLOCK)) or DEFAULT_BLOCK)
            left = numbering.numbers_left(session, year) or 0
            pending = st.get(session, f"pending_lease:{year}")
        if left > size * numbering.REFILL_THRESHOLD and not pending:
            continue
        if not pending:
            pending = str(uuid.uuid4())
            with store.write() as session:
                st.put(session, f"pending_lease:{year}", pending)
        block = client.lease(pending, year, size)
        with store.write() as session:
            _store_block(session, block)
            st.put(session, f"pending_lease:{year}", "")
        leased.append([year, int(block["first"]), int(block["last"])])
    _ensure_decision_numbers(store, client, years)
    return leased


def _ensure_decision_numbers(store: Store, client: SyncClient, years: list[int]) -> None:
    """The office's decision numbers come in blocks too (series
    ``decision:<office code>``), so two workstations of one office never give
    the same decision number while offline."""
    office = office_info(store)
    series = decision_numbering.series_of(office.office_code)
    for year in years:
        with store.read() as session:
            left, size = decision_numbering.numbers_left(session, office.id, year)
            pending = st.get(session, f"pending_decision_lease:{year}")
        if size and left > size * decision_numbering.REFILL_THRESHOLD and not pending:
            continue
        if not pending:
            pending = str(uuid.uuid4())
            with store.write() as session:
                st.put(session, f"pending_decision_lease:{year}", pending)
        block = client.lease(pending, year, DECISION_BLOCK, series=series)
        with store.write() as session:
            decision_numbering.store_block(session, office.id, block)
            st.put(session, f"pending_decision_lease:{year}", "")


def _store_block(session: Session, block: dict[str, Any]) -> None:
    exists = session.execute(select(NumberBlock.id).where(
        NumberBlock.lease_id == block["lease_id"])).first()
    if exists:
        return
    first, last, year = int(block["first"]), int(block["last"]), int(block["year"])
    used = session.execute(text(
        "SELECT max(registration_no) FROM requests WHERE registration_year = :y "
        "AND registration_no BETWEEN :f AND :l"), {"y": year, "f": first, "l": last}).scalar()
    session.add(NumberBlock(year=year, first=first, last=last,
                            next_no=max(first, int(used or 0) + 1), source="server",
                            lease_id=block["lease_id"], created_at=dt.datetime.now()))


# --- push ------------------------------------------------------------------------------


def _prepare_batch(store: Store, size: int, after: int = 0) -> SyncBatch | None:
    """Read and pack the next batch (outbox rows after ``after``) without storing it."""
    with store.read() as session:
        connection = session.connection()
        rows = connection.exec_driver_sql(
            "SELECT id, created_at, entity, entity_id, operation, payload FROM outbox "
            "WHERE synced_at IS NULL AND id > ? ORDER BY id LIMIT ?", (after, size)).all()
        if not rows:
            return None
        request_ids = sorted({r.entity_id for r in rows if r.entity == "request"})
        base: dict[str, int] = {}
        for start in range(0, len(request_ids), 900):
            chunk = request_ids[start:start + 900]
            base.update((row[0], row[1]) for row in connection.exec_driver_sql(
                f"SELECT id, synced_version FROM requests WHERE id IN "
                f"({','.join('?' * len(chunk))})", tuple(chunk)))
    batch_id = str(uuid.uuid4())
    dumps, loads = json.dumps, json.loads
    # A request travels as its canonical text (``data_json``, a JSON string): the
    # server stores and checksums it as received instead of re-serialising it
    # (~40 µs a change on the server; the counter does it while the server
    # applies the previous batch). Other entities are spliced in as they are.
    parts = [f'{{"seq":{r.id},"entity":{dumps(r.entity)},"id":{dumps(r.entity_id)},'
             f'"op":{dumps(r.operation)},"at":{dumps(str(r.created_at))},'
             f'"base":{base.get(r.entity_id, 0)},'
             + (f'"data_json":{dumps(canonical_json(loads(r.payload)), ensure_ascii=False)}}}'
                if r.entity == "request" else f'"data":{r.payload}}}') for r in rows]
    body, checksum = pack(f'{{"batch_id":"{batch_id}","changes":[' + ",".join(parts) + "]}")
    return SyncBatch(batch_id=batch_id, first_seq=rows[0].id, last_seq=rows[-1].id,
                     count=len(rows), checksum=checksum, body=body,
                     created_at=dt.datetime.now())


def _build_batch(store: Store, size: int, after: int = 0) -> SyncBatch | None:
    batch = _prepare_batch(store, size, after)
    if batch is not None:
        with store.write() as session:
            session.add(batch)
    return batch


def _pending_batch(store: Store) -> SyncBatch | None:
    with store.read() as session:
        return session.execute(select(SyncBatch).where(SyncBatch.acked_at.is_(None))
                               .order_by(SyncBatch.first_seq).limit(1)).scalar_one_or_none()


def _acknowledge(store: Store, batch: SyncBatch, then: SyncBatch | None = None) -> None:
    """Mark ``batch`` acknowledged and, in the same transaction, store the batch
    that is sent next (from then on it is the one to re-send after a crash)."""
    with store.write() as session:
        session.execute(text(
            "UPDATE outbox SET synced_at = :t, batch_id = :b WHERE id BETWEEN :f AND :l "
            "AND synced_at IS NULL"),
            {"t": dt.datetime.now(), "b": batch.batch_id, "f": batch.first_seq,
             "l": batch.last_seq})
        session.execute(text("UPDATE sync_batches SET acked_at = :t, body = x'' "
                             "WHERE batch_id = :b"), {"t": dt.datetime.now(),
                                                      "b": batch.batch_id})
        if then is not None:
            session.add(then)


def push(store: Store, client: SyncClient, report: SyncReport, *,
         batch_size: int = DEFAULT_BATCH, progress: Progress | None = None) -> None:
    with store.read() as session:
        total = session.execute(text("SELECT count(*) FROM outbox WHERE synced_at IS NULL")
                                ).scalar_one()
    batch = _pending_batch(store)
    if batch is not None:
        report.resent_batches += 1
    else:
        batch = _build_batch(store, batch_size)
    # One worker thread talks to the server; this thread packs the next batch
    # meanwhile (all SQLite work stays here). Nothing is sent before it is stored.
    with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as network:
        while batch is not None:
            sending = network.submit(client.push, batch.batch_id, batch.body, batch.checksum)
            try:
                ahead = _prepare_batch(store, batch_size, after=batch.last_seq)
            finally:
                sending.result()  # the server's error, if any, wins (nothing more is sent)
            _acknowledge(store, batch, ahead)
            report.pushed += batch.count
            report.batches += 1
            if progress:
                progress("push", report.pushed, max(total, report.pushed))
            batch = ahead


# --- pull ------------------------------------------------------------------------------


def pull(store: Store, client: SyncClient, report: SyncReport, *, page: int = PULL_PAGE,
         progress: Progress | None = None) -> None:
    with store.read() as session:
        cursor = int(st.get(session, st.CURSOR, "0") or 0)
        county = st.get(session, st.COUNTY)
    with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as network:
        fetching: Future[dict[str, Any]] = network.submit(client.pull, cursor, page)
        while True:
            document = fetching.result()
            if document["more"]:
                # The next page is asked for while this one is written; it changes
                # nothing here until it is applied with its own cursor.
                fetching = network.submit(client.pull, int(document["cursor"]), page)
            changes = document["changes"]
            with store.write() as session:
                counts = apply_changes(session, county, changes)
                cursor = int(document["cursor"])
                st.put(session, st.CURSOR, str(cursor))
            report.pulled += len(changes)
            report.requests_received += counts.requests
            report.skipped_pending += counts.skipped_pending
            report.conflicts_received += counts.conflicts
            report.templates_received += counts.decision_templates
            report.decisions_received += counts.decisions
            report.payments_received += counts.payments
            report.cursor = cursor
            if progress:
                progress("pull", report.pulled,
                         report.pulled + (page if document["more"] else 0))
            if not document["more"]:
                return


# --- the whole round -------------------------------------------------------------------


def _record(store: Store, **values: str) -> None:
    with store.write() as session:
        for key, value in values.items():
            st.put(session, key, value)


def sync_now(store: Store, *, batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
             client: SyncClient | None = None, attempts: int = 3) -> SyncReport:
    """Push, pull, top up the numbers. Raises ``SyncError`` (Romanian) on failure;
    whatever was acknowledged before the failure stays acknowledged."""
    started = time.perf_counter()
    report = SyncReport()
    own_client = client is None
    client = client or _client(store, attempts)
    _record(store, **{st.LAST_ATTEMPT: dt.datetime.now().isoformat()})
    try:
        push(store, client, report, batch_size=batch_size, progress=progress)
        pull(store, client, report, progress=progress)
        report.blocks_leased = ensure_numbers(store, client)
    except Unauthorised as exc:
        _record(store, **{st.LAST_ERROR: str(exc), st.REVOKED: "1"})
        raise
    except Exception as exc:
        _record(store, **{st.LAST_ERROR: str(exc)})
        raise
    finally:
        report.bytes_sent, report.bytes_received = client.bytes_sent, client.bytes_received
        if own_client:
            client.close()
    warning = client.clock_warning()
    if warning:
        report.warnings.append(warning)
    report.duplicate_groups = len(duplicate_groups(store))
    with store.read() as session:
        report.conflicts_open = session.execute(text(
            "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")).scalar_one()
    _record(store, **{st.LAST_SUCCESS: dt.datetime.now().isoformat(), st.LAST_ERROR: "",
                      st.REVOKED: "0"})
    report.seconds = round(time.perf_counter() - started, 3)
    return report
