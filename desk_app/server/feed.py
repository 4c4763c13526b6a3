"""What a counter pulls (the county's change feed after its cursor) and the
registration-number blocks the server leases to each workstation."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Engine, text

from desk_app.server.db import lock_county, now
from desk_app.server.enrolment import Caller

MAX_PULL = 5000
MAX_BLOCK = 100_000
REGISTRATION_SERIES = "request"
# "request", or "decision:" and an office code (letters, digits, - and _).
SERIES = re.compile(r"request|decision:[A-Za-z0-9_-]{1,40}")


class LeaseError(ValueError):
    """A block that cannot be leased; ``str()`` is Romanian."""


def pull(engine: Engine, caller: Caller, since: int, limit: int) -> tuple[bytes, int, int]:
    """Changes of the county after ``since`` made elsewhere; returns
    (uncompressed JSON body, new cursor, number of changes)."""
    limit = max(1, min(limit, MAX_PULL))
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        # The page is cut first, in the index order of (county, seq), then joined.
        # Right after a bulk push the statistics still say "a few rows", and the
        # plan was then to join and sort every change after the cursor for each
        # page (quadratic over a long pull); no sort is ever the better plan here.
        conn.execute(text("SET LOCAL enable_sort = off"))
        rows = conn.execute(text(
            "SELECT c.seq, c.entity, c.entity_id, c.payload, r.data, r.server_version "
            "FROM (SELECT seq, entity, entity_id, payload FROM changes WHERE county = :c "
            "AND seq > :s AND (origin_id IS NULL OR origin_id <> :w) ORDER BY seq LIMIT :n) c "
            "LEFT JOIN requests r ON c.entity = 'request' AND r.id = c.entity_id "
            "ORDER BY c.seq"),
            {"c": caller.county, "s": since, "w": caller.id, "n": limit}).all()
        more = len(rows) == limit
        if more:
            cursor = rows[-1].seq
        else:
            # Same snapshot: every change of the county up to max(seq) is visible
            # (writers of a county are serialised), so own changes are skipped for good.
            top = conn.execute(text("SELECT max(seq) FROM changes WHERE county = :c"),
                               {"c": caller.county}).scalar()
            cursor = max(since, int(top or 0))
        conn.rollback()
    parts = [f'{{"seq":{r.seq},"entity":{json.dumps(r.entity)},"id":{json.dumps(r.entity_id)},'
             f'"data":{_data(r)}}}' for r in rows]
    body = (f'{{"cursor":{cursor},"more":{"true" if more else "false"},"changes":['
            + ",".join(parts) + "]}")
    return body.encode("utf-8"), cursor, len(rows)


def _data(row: Any) -> str:
    if row.entity != "request" or row.data is None:
        return str(row.payload)
    # The envelope names the origin; the current version travels with it.
    return f'{row.payload[:-1]},"v":{row.server_version},"data":{row.data}}}'


def lease(engine: Engine, caller: Caller, lease_id: str, year: int, size: int,
          series: str = REGISTRATION_SERIES) -> dict[str, Any]:
    """Lease ``size`` numbers of ``year`` in ``series`` (the county's registration
    numbers, or ``decision:<office code>`` for an office's decisions); the same
    ``lease_id`` always gets the same block back (a lost answer can be asked again)."""
    if not 1 <= size <= MAX_BLOCK:
        raise LeaseError(f"Mărimea blocului de numere trebuie să fie între 1 și {MAX_BLOCK}.")
    if not 2000 <= year <= 2200 or not lease_id or len(lease_id) > 40 \
            or not SERIES.fullmatch(series):
        raise LeaseError("Cerere de bloc de numere invalidă.")
    with engine.begin() as conn:
        lock_county(conn, caller.county)
        row = conn.execute(text("SELECT year, first, last, workstation_id, series "
                                "FROM number_leases WHERE lease_id = :l"),
                           {"l": lease_id}).first()
        if row is None:
            top = conn.execute(text("SELECT max(last) FROM number_leases WHERE county = :c "
                                    "AND series = :s AND year = :y"),
                               {"c": caller.county, "s": series, "y": year}).scalar()
            first = int(top or 0) + 1
            conn.execute(text("INSERT INTO number_leases (lease_id, county, series, year, "
                              "first, last, workstation_id, leased_at) VALUES (:l, :c, :s, "
                              ":y, :f, :t, :w, :at)"),
                         {"l": lease_id, "c": caller.county, "s": series, "y": year,
                          "f": first, "t": first + size - 1, "w": caller.id, "at": now()})
            return {"lease_id": lease_id, "series": series, "year": year, "first": first,
                    "last": first + size - 1}
        if row.workstation_id != caller.id or row.series != series:
            raise LeaseError("Blocul de numere aparține altei stații de lucru.")
        return {"lease_id": lease_id, "series": row.series, "year": row.year,
                "first": row.first, "last": row.last}
