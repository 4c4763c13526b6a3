"""The registry book of a large office's year: 100,000 registered requests in
one year (various models and statuses, a third with a decision), then the time
of the book query, the statistics, the PDF, the XLSX and the CSV — each through
the same service functions the page and ``desk-app register-book`` call.

Usage: .venv/bin/python bench/bench_register_book.py [--rows 100000]
       [--db /tmp/desk_app_bench_register_book.sqlite3] [--rebuild] [--out /tmp]

The populated file is kept and reused (``--rebuild`` makes it again). Rows are
written with plain executemany in one transaction, as bench/_populate.py does.
Target: each of book query, PDF and XLSX ≤ 30 s for a year's register.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _populate import COUNTIES, GIVEN, SURNAMES, finish_bulk_load, open_for_bulk_load

from desk_app.domain.cnp import make_cnp
from desk_app.services import office
from desk_app.services.register_book import book_rows, statistics
from desk_app.services.register_export import pdf_bytes, write_csv, write_xlsx
from desk_app.services.store import open_store

YEAR = 2026
# Roughly the mix of a county office: mostly pensions and recalculations.
ANNEXES = ["03"] * 30 + ["04"] * 8 + ["06"] * 8 + ["07"] * 8 + ["16"] * 20 + ["11"] * 10 + \
    ["12a"] * 3 + ["09"] * 6 + ["05"] * 3 + ["cont"] * 4
STATUSES = ["registered"] * 3 + ["in_progress"] * 3 + ["admitted"] * 2 + ["rejected", "voided"]


def populate(path: Path, rows: int, *, seed: int = 11) -> None:
    rng = random.Random(seed)
    connection = open_for_bulk_load(path)
    requests_batch: list[tuple] = []
    decisions_batch: list[tuple] = []
    start = dt.date(YEAR, 1, 5)
    decision_no = 0
    for number in range(1, rows + 1):
        birth = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randrange(22_000))
        cnp = make_cnp(rng.choice("MF"), birth, rng.choice(COUNTIES), rng.randrange(1, 1000))
        name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
        day = start + dt.timedelta(days=(number * 355) // (rows + 1))
        at = f"{day.isoformat()} 09:00:00.000000"
        status = rng.choice(STATUSES)
        requests_batch.append((number, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                               rng.choice(ANNEXES), cnp, name, YEAR, number, day.isoformat(),
                               status, (day + dt.timedelta(days=46)).isoformat(),
                               json.dumps({"applicant.cnp": cnp}), at, at))
        if status in ("admitted", "rejected"):
            decision_no += 1
            issued = day + dt.timedelta(days=rng.randrange(5, 40))
            decisions_batch.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), number,
                                    YEAR, decision_no, issued.isoformat(),
                                    "admit" if status == "admitted" else "reject",
                                    f"{issued.isoformat()} 12:00:00.000000"))
    connection.executemany(
        "INSERT INTO requests (row_id, id, annex_id, spec_version, office_id, applicant_cnp, "
        "applicant_name, registration_year, registration_no, registration_date, status, "
        "deadline, payload, version, created_by, created_at, updated_by, updated_at) VALUES "
        "(?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'admin', ?, 'admin', ?)", requests_batch)
    connection.executemany(
        "INSERT INTO decisions (uuid, request_row_id, office_id, year, number, issued_on, kind, "
        "outcome, template_version, content_json, created_by, created_at) VALUES "
        "(?, ?, 1, ?, ?, ?, 'pension', ?, 1, '{}', 'admin', ?)", decisions_batch)
    connection.execute(
        "INSERT INTO number_blocks (year, first, last, next_no, source, lease_id, created_at) "
        "VALUES (?, 1, NULL, ?, 'local', '', ?)", (YEAR, rows + 1, f"{YEAR}-01-05 08:00:00"))
    finish_bulk_load(connection)


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    print(f"{label:<34} {elapsed:7.2f} s", flush=True)
    return result, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", type=Path,
                        default=Path("/tmp/desk_app_bench_register_book.sqlite3"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("/tmp"))
    args = parser.parse_args()

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    if args.rebuild or not args.db.exists():
        timed(f"populate {args.rows:,} requests", lambda: populate(args.db, args.rows))
    store = open_store(args.db)
    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    timed("book_rows (cold)", lambda: book_rows(store, start, end))
    rows, query_s = timed("book_rows (warm)", lambda: book_rows(store, start, end))
    stats, _ = timed("statistics", lambda: statistics(rows))
    print(f"rows: {len(rows):,}; with a decision: {stats.with_decision:,}")
    office_name = office.office_info(store).name
    pdf, pdf_s = timed("PDF (render)", lambda: pdf_bytes(rows, stats, office_name=office_name,
                                                         start=start, end=end))
    (args.out / "registru_bench.pdf").write_bytes(pdf)
    print(f"PDF size: {len(pdf) / 1e6:.1f} MB")
    _, xlsx_s = timed("XLSX (write_only)", lambda: write_xlsx(
        rows, stats, args.out / "registru_bench.xlsx", office_name=office_name, start=start,
        end=end))
    _, csv_s = timed("CSV", lambda: write_csv(rows, args.out / "registru_bench.csv"))
    from desk_app.services.register_export import export_book

    _, total_pdf_s = timed("export_book → PDF (query+render)", lambda: export_book(
        store, start, end, args.out / "registru_bench_export.pdf"))
    store.close()
    worst = max(query_s, pdf_s, xlsx_s, total_pdf_s)
    print(f"target ≤ 30 s each: {'met' if worst <= 30 else 'NOT met'} (worst {worst:.1f} s; "
          f"CSV {csv_s:.2f} s)")


if __name__ == "__main__":
    main()
