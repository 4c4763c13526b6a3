"""Save and search latency of the store with a million requests, through the
real services — the calls the counter makes (``requests.register``,
``queries.search``).

Usage::

    .venv/bin/python bench/bench_store.py [--rows 1000000] [--saves 300] [--queries 300]
                                          [--db /tmp/desk_app_bench_store.sqlite3] [--rebuild]

The populated file is cached under /tmp and reused; ``--rebuild`` makes it
again. Targets: save p99 ≤ 30 ms, search p99 ≤ 20 ms. Results are written as
JSON on stdout; docs/performance-store.md records them with the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _populate import GIVEN, PASSWORD, SURNAMES, populate

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.services import auth, queries, requests
from desk_app.services.maintenance import checkpoint
from desk_app.services.store import open_store

SAVE_TARGET_MS = 30
SEARCH_TARGET_MS = 20


def fold(text: str) -> str:
    """What a clerk types: lower case, no diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p99_index = max(0, -(-len(ordered) * 99 // 100) - 1)  # nearest-rank p99
    return {"n": len(ordered), "p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p99_ms": round(ordered[p99_index] * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2)}


def timed(call: Callable[[object], object], items: Iterable[object]) -> list[float]:
    samples = []
    for item in items:
        start = time.perf_counter()
        call(item)
        samples.append(time.perf_counter() - start)
    return samples


def machine() -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(), "cpu": cpu, "cpus": os.cpu_count()}


def query_plans(path: Path) -> dict[str, list[str]]:
    """EXPLAIN QUERY PLAN of the statements the searches run (raw SQL equivalents)."""
    statements = {
        "cnp": ("SELECT * FROM requests WHERE applicant_cnp = '1630615123457' "
                "ORDER BY row_id DESC LIMIT 200"),
        "name": ("SELECT * FROM requests WHERE row_id IN (SELECT rowid FROM request_search "
                 "WHERE request_search MATCH '\"pop\"*' ORDER BY rowid DESC LIMIT 200) "
                 "ORDER BY row_id DESC LIMIT 200"),
        "number": ("SELECT * FROM requests WHERE registration_no = 12 "
                   "ORDER BY row_id DESC LIMIT 200"),
    }
    connection = sqlite3.connect(path)
    try:
        return {name: [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}")]
                for name, sql in statements.items()}
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--db", default="/tmp/desk_app_bench_store.sqlite3")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--checkpoint-every", type=float, default=20.0,
                        help="seconds between background WAL checkpoints (the app: 20)")
    args = parser.parse_args()
    path = Path(args.db)
    meta_file = path.with_suffix(".meta.json")
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    if args.rebuild or not path.exists() or meta.get("rows") != args.rows:
        started = time.perf_counter()
        cnps = populate(path, args.rows)
        meta = {"rows": args.rows, "cnps": cnps,
                "populate_s": round(time.perf_counter() - started, 1)}
        meta_file.write_text(json.dumps(meta))
        print(f"populated {args.rows} requests in {meta['populate_s']} s", file=sys.stderr)
    # A copy of the cached file would do as well; the saves below add a few
    # hundred rows to it, which does not change what is measured.
    store = open_store(path)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    user = auth.login(store, "admin", PASSWORD)
    spec = get_spec("03")
    rng = random.Random(11)

    # Saves: each a new applicant (new person, new name in the index), as at the counter.
    sample = dict(spec.sample)
    men_only = ("decl.raised_children", "children_certificates", "doc.child_birth")

    def payload(index: int) -> dict[str, object]:
        sex = rng.choice("MF")
        birth = dt.date(1955, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        data = {**sample, "applicant.surname": rng.choice(SURNAMES),
                "applicant.given_names": rng.choice(GIVEN),
                "applicant.cnp": make_cnp(sex, birth, "12", 1 + index % 999)}
        if sex == "M":
            data = {k: v for k, v in data.items() if k not in men_only}
        return data

    payloads = [payload(i) for i in range(args.saves)]
    # As in the app: a worker folds the WAL every 20 s (gui/main_window.py).
    stop = threading.Event()

    def fold_wal() -> None:
        while not stop.wait(args.checkpoint_every):
            checkpoint(store)

    worker = threading.Thread(target=fold_wal, daemon=True)
    worker.start()

    def save(data: object) -> None:
        requests.register(store, user, "03", data, update_person=True)  # type: ignore[arg-type]

    saves = []
    for data in payloads:
        saves.extend(timed(save, [data]))
        time.sleep(0.01)  # a clerk never saves back to back
    stop.set()
    worker.join()

    cnps = rng.choices(meta["cnps"], k=args.queries)
    by_cnp = timed(lambda c: queries.search(store, c), cnps)
    names = SURNAMES + GIVEN
    prefixes = [fold(rng.choice(names))[:rng.randint(3, 6)] for _ in range(args.queries)]
    by_name = timed(lambda p: queries.search(store, p), prefixes)
    two_words = [f"{fold(rng.choice(SURNAMES))[:4]} {fold(rng.choice(GIVEN))[:3]}"
                 for _ in range(args.queries)]
    by_two = timed(lambda p: queries.search(store, p), two_words)
    numbers = [f"{rng.randrange(1, args.rows // 9)}/{rng.choice(range(2018, 2027))}"
               for _ in range(args.queries)]
    by_number = timed(lambda n: queries.search(store, n), numbers)
    # The most common short prefixes: the worst case of the name search.
    common = ["po", "pop", "ma", "mar", "ion", "st", "a"]
    by_common = {p: percentiles(timed(lambda q: queries.search(store, q), [p] * 50))
                 for p in common}
    hits = {p: len(queries.search(store, p)) for p in ("pop", "ma", "stefan")}
    store.close()

    result = {
        "command": " ".join([".venv/bin/python", *sys.argv]),
        "machine": machine(), "rows": args.rows, "populate_s": meta.get("populate_s"),
        "db_size_mb": round(path.stat().st_size / 2**20),
        "save_register": percentiles(saves),
        "search_cnp": percentiles(by_cnp),
        "search_name_prefix_3_6": percentiles(by_name),
        "search_two_prefixes": percentiles(by_two),
        "search_number_year": percentiles(by_number),
        "search_common_prefix": by_common,
        "rows_returned": hits,
        "targets": {"save_p99_ms": SAVE_TARGET_MS, "search_p99_ms": SEARCH_TARGET_MS},
        "query_plans": query_plans(path),
    }
    result["met"] = {
        "save": result["save_register"]["p99_ms"] <= SAVE_TARGET_MS,
        "search_cnp": result["search_cnp"]["p99_ms"] <= SEARCH_TARGET_MS,
        "search_name": result["search_name_prefix_3_6"]["p99_ms"] <= SEARCH_TARGET_MS,
    }
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
