"""Save and search latency with a million stored requests, through the real
services (the same calls the counter makes).

Usage: python bench/bench_store_1m.py [--rows 1000000] [--saves 300] [--queries 300]
       [--db /tmp/desk_app_bench_1m.sqlite3] [--rebuild]

The populated file is kept and reused (``--rebuild`` makes it again). Rows are
written with plain executemany in one transaction and the name index rebuilt
once, which is how an import from a county archive would be done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import threading
import time
import unicodedata
import uuid
from pathlib import Path

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.services import auth, office, queries, requests
from desk_app.services.maintenance import checkpoint
from desk_app.services.store import open_store

SURNAMES = ["Popescu", "Ionescu", "Țăranu", "Ștefănescu", "Munteanu", "Dumitrescu", "Stan",
            "Stoica", "Gheorghe", "Rusu", "Matei", "Ciobanu", "Constantin", "Mocanu", "Lazăr",
            "Bălan", "Dinu", "Moldovan", "Sârbu", "Pîrvu", "Oprea", "Cozma", "Ursu", "Tudose",
            "Nistor", "Florea", "Mihăilă", "Vlăduț", "Chiriță", "Niță"]
GIVEN = ["Maria", "Ioana", "Elena", "Ana", "Ștefania", "Gheorghe", "Ion", "Vasile", "Mihai",
         "Constantin", "Ștefan", "Adrian", "Andreea", "Cristina", "Dumitru", "Florin", "Ilie",
         "Nicolae", "Răzvan", "Tudor", "Viorica", "Aurelia", "Petru", "Costel", "Doina"]
PASSWORD = "Parola123"


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def populate(path: Path, rows: int) -> list[str]:
    if path.exists():
        path.unlink()
    store = open_store(path)
    office.initialise(store, county_code="CJ", office_code="CTP-CJ",
                      office_name="Casa Teritorială de Pensii Cluj", address="",
                      admin_username="admin", admin_full_name="Admin", admin_password=PASSWORD)
    store.close()
    rng = random.Random(7)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    # Index the names once at the end rather than row by row.
    connection.execute("DROP TRIGGER requests_search_ai")
    cnps = []
    now = dt.datetime(2026, 1, 5, 9, 0).isoformat(sep=" ")
    payload = json.dumps({"applicant.locality": "Cluj-Napoca", "decl.insured": "sunt"})
    batch = []
    for index in range(rows):
        year = 2018 + index * 9 // rows
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20_000))
        cnp = make_cnp(rng.choice("MF"), birth, f"{rng.randrange(1, 47):02d}",
                       rng.randrange(1, 999))
        if index % 1000 == 0:
            cnps.append(cnp)
        name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
        batch.append((str(uuid.UUID(int=rng.getrandbits(128))), cnp, name, year,
                      index + 1, f"{year}-06-01", payload, now, now))
        if len(batch) == 50_000:
            _insert(connection, batch)
            batch = []
    _insert(connection, batch)
    connection.execute("INSERT INTO request_search(request_search) VALUES ('rebuild')")
    connection.execute(
        "CREATE TRIGGER requests_search_ai AFTER INSERT ON requests BEGIN "
        "INSERT INTO request_search(rowid, applicant_name) "
        "VALUES (new.row_id, new.applicant_name); END")
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
    return cnps


def _insert(connection: sqlite3.Connection, batch: list[tuple]) -> None:
    connection.executemany(
        "INSERT INTO requests (id, annex_id, spec_version, office_id, applicant_cnp, "
        "applicant_name, registration_year, registration_no, registration_date, status, "
        "payload, version, created_by, created_at, updated_by, updated_at) VALUES "
        "(?, '03', 1, 1, ?, ?, ?, ?, ?, 'registered', ?, 1, 'admin', ?, 'admin', ?)", batch)


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2), "n": len(ordered)}


def timed(call, items) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for item in items:
        start = time.perf_counter()
        call(item)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--db", default="/tmp/desk_app_bench_1m.sqlite3")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--checkpoint-every", type=float, default=20.0,
                        help="seconds between background checkpoints (the app uses 20)")
    args = parser.parse_args()
    path = Path(args.db)
    cnps_file = path.with_suffix(".cnps.json")
    if args.rebuild or not path.exists() or not cnps_file.exists():
        start = time.perf_counter()
        cnps = populate(path, args.rows)
        cnps_file.write_text(json.dumps(cnps))
        print(f"populated {args.rows} requests in {time.perf_counter() - start:.1f} s")
    cnps = json.loads(cnps_file.read_text())
    store = open_store(path)
    # The import's WAL is not the counter's business: start from a folded file.
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    user = auth.login(store, "admin", PASSWORD)
    sample = dict(get_spec("03").sample)
    rng = random.Random(11)
    # As in the app: a worker folds the WAL every few seconds (gui/main_window.py).
    stop = threading.Event()
    worker = threading.Thread(target=lambda: [checkpoint(store) for _ in iter(
        lambda: stop.wait(args.checkpoint_every), True)], daemon=True)
    worker.start()

    def save(_index: int) -> None:
        requests.register(store, user, "03", sample, update_person=True)
        time.sleep(0.01)  # a clerk never saves back to back; let the worker in

    saves = [t - 0.01 for t in timed(save, range(args.saves))]
    stop.set()
    worker.join()
    by_cnp = timed(lambda c: queries.search(store, c), rng.choices(cnps, k=args.queries))
    prefixes = [fold(rng.choice(SURNAMES))[:rng.randint(3, 6)] for _ in range(args.queries)]
    by_name = timed(lambda p: queries.search(store, p), prefixes)
    two_words = [f"{fold(rng.choice(SURNAMES))[:4]} {fold(rng.choice(GIVEN))[:3]}"
                 for _ in range(args.queries)]
    by_two = timed(lambda p: queries.search(store, p), two_words)
    by_number = timed(lambda n: queries.search(store, str(n)),
                      [rng.randrange(1, args.rows) for _ in range(args.queries)])
    result = {"rows": args.rows, "save": percentiles(saves), "search_cnp": percentiles(by_cnp),
              "search_name_prefix": percentiles(by_name),
              "search_two_name_prefixes": percentiles(by_two),
              "search_number": percentiles(by_number)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
