"""Sync benchmark: push and pull of N changes over loopback with the real
server (uvicorn subprocess) on a real PostgreSQL, and optionally three
counters registering offline through the real service, then synchronising.

    .venv/bin/python bench/bench_sync.py                 # 100 000 changes
    .venv/bin/python bench/bench_sync.py --changes 20000 --counters 3 --per-counter 10000

Prints one JSON line with the figures (see docs/performance-sync.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from keyrings.alt.file import PlaintextKeyring  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from desk_app.domain.annexes import get_spec  # noqa: E402
from desk_app.domain.cnp import make_cnp  # noqa: E402
from desk_app.server import enrolment  # noqa: E402
from desk_app.server.db import make_engine, migrate  # noqa: E402
from desk_app.services import auth, office, requests, sync  # noqa: E402
from desk_app.services.store import open_store  # noqa: E402
from desk_app.services.sync_pull import _stamp  # noqa: E402
from tests.server.conftest import ServerProcess, free_port  # noqa: E402

SURNAMES = ["Popescu", "Ionescu", "Pop", "Stan", "Dumitru", "Ștefan", "Munteanu", "Moldovan",
            "Rusu", "Lungu", "Matei", "Constantin", "Marin", "Tudor", "Ardelean", "Neagu"]
GIVEN = ["Maria", "Ion", "Elena", "Gheorghe", "Ana", "Vasile", "Ioana", "Constantin",
         "Mihai", "Florica", "Nicolae", "Aurelia", "Dumitru", "Rodica"]
PASSWORD = "Parola123"


def database(url: str) -> str:
    name = f"desk_bench_{os.getpid()}"
    admin = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return url.rsplit("/", 1)[0] + "/" + name


def counter(folder: Path, engine, server_url: str, county: str, name: str,  # type: ignore[no-untyped-def]
            block: int):
    store = open_store(folder / f"{name}.sqlite3")
    office.initialise(store, county_code=county, office_code=f"CTP-{name}",
                      office_name=f"Casa {name}", address="", admin_username="admin",
                      admin_full_name="Admin", admin_password=PASSWORD)
    code = enrolment.create_code(engine, f"{county}-{name}", county)
    sync.enrol(store, server_url, code, block_size=block)
    return store


def fill_outbox(store, n: int) -> None:  # type: ignore[no-untyped-def]
    """N realistic 'request registered' changes, written straight to the outbox."""
    rnd = random.Random(7)
    sample = dict(get_spec("03").sample)
    now = dt.datetime.now()
    rows = []
    for i in range(n):
        birth = dt.date(1955 + rnd.randrange(10), 1 + rnd.randrange(12), 1 + rnd.randrange(28))
        cnp = make_cnp(rnd.choice("MF"), birth, f"{1 + rnd.randrange(40):02d}",
                       1 + rnd.randrange(999))
        form = dict(sample)
        form.update({"applicant.cnp": cnp, "applicant.surname": rnd.choice(SURNAMES),
                     "applicant.given_names": rnd.choice(GIVEN),
                     "applicant.street_no": str(rnd.randrange(1, 200)),
                     "applicant.phone": f"07{rnd.randrange(10**8):08d}"})
        rid = str(uuid.uuid4())
        data = {"id": rid, "annex_id": "03", "spec_version": 1, "status": "registered",
                "registration_year": 2099, "registration_no": i + 1,
                "registration_date": "2099-03-02", "deadline": "2099-04-14",
                "applicant_cnp": cnp, "applicant_name": f"{form['applicant.surname']} "
                f"{form['applicant.given_names']}", "payload": form, "version": 1,
                "updated_by": "ghiseu1", "updated_at": now.isoformat()}
        rows.append({"t": _stamp(now.isoformat()), "e": rid,
                     "p": json.dumps(data, ensure_ascii=False)})
    with store.write() as session:
        session.execute(text("INSERT INTO outbox (created_at, entity, entity_id, operation, "
                             "payload) VALUES (:t, 'request', :e, 'upsert', :p)"), rows)


def push_pull(engine, server_url: str, folder: Path, n: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    a = counter(folder, engine, server_url, "BV", "push", 100)
    b = counter(folder, engine, server_url, "BV", "pull", 100)
    fill_outbox(a, n)
    report = sync.SyncReport()
    client = sync._client(a)
    t0 = time.perf_counter()
    sync.push(a, client, report)
    push_s = time.perf_counter() - t0
    sent = client.bytes_sent
    client.close()
    report_b = sync.SyncReport()
    client = sync._client(b)
    t0 = time.perf_counter()
    sync.pull(b, client, report_b)
    pull_s = time.perf_counter() - t0
    received = client.bytes_received
    client.close()
    with b.read() as session:
        got = session.execute(text("SELECT count(*) FROM requests WHERE annex_id = '03' "
                                   "AND registration_year = 2099")).scalar_one()
    assert got == n, (got, n)
    return {"changes": n, "push_s": round(push_s, 2), "push_per_s": round(n / push_s),
            "push_bytes_per_change": round(sent / report.pushed, 1),
            "pull_s": round(pull_s, 2), "pull_per_s": round(n / pull_s),
            "pull_bytes_per_change": round(received / n, 1),
            "end_to_end_per_s": round(n / (push_s + pull_s))}


def _register_offline(args: tuple[str, str, int, int]) -> float:
    path, keyring_file, start, count = args
    ring = PlaintextKeyring()
    ring.file_path = keyring_file  # type: ignore[misc]
    keyring.set_keyring(ring)
    store = open_store(path)
    user = auth.login(store, "admin", PASSWORD)
    sample = dict(get_spec("03").sample)
    t0 = time.perf_counter()
    for i in range(count):
        payload = dict(sample)
        payload["applicant.cnp"] = make_cnp("M", dt.date(1963, 7, 15), "12", 1 + (start + i) % 999)
        payload["applicant.surname"] = f"Popescu{start + i}"
        requests.register(store, user, "03", payload, standalone=False,
                          update_person=True)
    return time.perf_counter() - t0


def three_counters(engine, server_url: str, folder: Path, per: int,  # type: ignore[no-untyped-def]
                   keyring_file: str) -> dict[str, float]:
    stores = [counter(folder, engine, server_url, "SB", f"c{i}", per + 10) for i in range(3)]
    paths = [str(s.path) for s in stores]
    for store in stores:
        store.close()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        t0 = time.perf_counter()
        pool.map(_register_offline, [(p, keyring_file, i * per, per)
                                     for i, p in enumerate(paths)])
        register_s = time.perf_counter() - t0
    stores = [open_store(p) for p in paths]
    t0 = time.perf_counter()
    for store in stores + stores:
        sync.sync_now(store)
    sync_s = time.perf_counter() - t0
    with engine.connect() as conn:
        total, numbers = conn.execute(text(
            "SELECT count(*), count(DISTINCT registration_no) FROM requests WHERE county = 'SB'"
        )).one()
    seen = []
    for store in stores:
        with store.read() as session:
            seen.append(session.execute(text("SELECT count(*) FROM requests")).scalar_one())
    assert total == numbers == 3 * per and seen == [3 * per] * 3, (total, numbers, seen)
    return {"counters": 3, "per_counter": per, "register_s": round(register_s, 1),
            "sync_s": round(sync_s, 1), "server_requests": total,
            "distinct_numbers": numbers, "each_counter_sees": seen[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--counters", type=int, default=0, choices=(0, 3))
    parser.add_argument("--per-counter", type=int, default=10_000)
    args = parser.parse_args()
    base = os.environ.get("DESK_APP_TEST_PG_URL") or subprocess.run(
        [str(ROOT / "installer" / "postgres-test.sh")], capture_output=True, text=True,
        check=True).stdout.strip()
    url = database(base)
    engine = make_engine(url, pool_size=2)
    migrate(engine)
    server = ServerProcess(url, free_port(), dict(os.environ))
    server.start()
    folder = Path(tempfile.mkdtemp(prefix="bench_sync_"))
    keyring_file = str(folder / "keyring.cfg")
    ring = PlaintextKeyring()
    ring.file_path = keyring_file  # type: ignore[misc]
    keyring.set_keyring(ring)
    try:
        result = {"push_pull": push_pull(engine, server.url, folder, args.changes)}
        if args.counters:
            result["three_counters"] = three_counters(engine, server.url, folder,
                                                      args.per_counter, keyring_file)
    finally:
        server.stop()
        engine.dispose()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
