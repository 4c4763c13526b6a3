"""Fill a store with many registered requests quickly, for the benchmarks.

Rows go in with plain ``executemany`` inside one transaction (the way an import
from a county archive would be done); the name index is built once at the end
with the FTS5 'rebuild' command instead of row by row by its trigger. Names are
Romanian, with diacritics; CNPs are valid (check digit computed); numbers run
from 1 in each year, and each year's number block continues after them, so the
services register new requests exactly as at a counter that has this history.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import uuid
from pathlib import Path

from desk_app.domain.cnp import make_cnp
from desk_app.services import office
from desk_app.services.store import open_store

PASSWORD = "Parola123"
SURNAMES = [
    "Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe",
    "Matei", "Ciobanu", "Constantin", "Mocanu", "Lazăr", "Bălan", "Dinu", "Moldovan",
    "Sârbu", "Pîrvu", "Oprea", "Cozma", "Ursu", "Tudose", "Nistor", "Florea", "Mihăilă",
    "Vlăduț", "Chiriță", "Niță", "Țăranu", "Ștefănescu", "Munteanu", "Dumitrescu", "Rusu",
    "Marin", "Tudor", "Barbu", "Ene", "Neagu", "Toma", "Voicu", "Dobre", "Iordache",
    "Grigore", "Cristea", "Roman", "Coman", "Manea", "Mihai", "Lungu", "Zamfir", "Sandu",
    "Bucur", "Avram", "Enache", "Preda", "Nedelcu", "Surdu", "Țurcanu", "Șerban",
]
GIVEN = [
    "Maria", "Ioana", "Elena", "Ana", "Ștefania", "Gheorghe", "Ion", "Vasile", "Mihai",
    "Constantin", "Ștefan", "Adrian", "Andreea", "Cristina", "Dumitru", "Florin", "Ilie",
    "Nicolae", "Răzvan", "Tudor", "Viorica", "Aurelia", "Petru", "Costel", "Doina",
    "Gabriela", "Mirela", "Ionuț", "Cătălin", "Alexandru", "Georgeta", "Rodica", "Marioara",
    "Săndel", "Florica", "Niculina", "Lucreția", "Tănase", "Aurel", "Silvia",
]
YEARS = list(range(2018, 2027))
COUNTIES = [f"{n:02d}" for n in range(1, 47)] + ["51", "52"]


def open_for_bulk_load(path: Path) -> sqlite3.Connection:
    """A new store with an office and an admin, opened for one bulk transaction:
    no fsync, a large cache, and the name index's trigger dropped (the index is
    rebuilt once at the end)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    office.initialise(store, county_code="CJ", office_code="CTP-CJ",
                      office_name="Casa Teritorială de Pensii Cluj", address="Cluj-Napoca",
                      admin_username="admin", admin_full_name="Ana Ionescu",
                      admin_password=PASSWORD)
    store.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-200000")
    connection.execute("BEGIN")
    connection.execute("DROP TRIGGER requests_search_ai")
    return connection


def finish_bulk_load(connection: sqlite3.Connection) -> None:
    """Rebuild the name index once, restore its trigger, commit, analyse, fold the WAL."""
    connection.execute("INSERT INTO request_search(request_search) VALUES ('rebuild')")
    connection.execute(
        "CREATE TRIGGER requests_search_ai AFTER INSERT ON requests BEGIN "
        "INSERT INTO request_search(rowid, applicant_name) "
        "VALUES (new.row_id, new.applicant_name); END")
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def populate(path: Path, rows: int, *, seed: int = 7) -> list[str]:
    """Make ``path`` a store with an office, an admin and ``rows`` requests.

    Returns one CNP in a thousand (the benchmark searches those).
    """
    rng = random.Random(seed)
    connection = open_for_bulk_load(path)
    per_year = rows // len(YEARS)
    counts = {year: per_year for year in YEARS}
    counts[YEARS[-1]] += rows - per_year * len(YEARS)
    sampled_cnps: list[str] = []
    batch: list[tuple] = []
    index = 0
    for year in YEARS:
        start = dt.date(year, 1, 2)
        for number in range(1, counts[year] + 1):
            sex = rng.choice("MF")
            birth = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randrange(22_000))
            cnp = make_cnp(sex, birth, rng.choice(COUNTIES), rng.randrange(1, 1000))
            if index % 1000 == 0:
                sampled_cnps.append(cnp)
            surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
            # Registration dates spread over the working year, in number order.
            day = start + dt.timedelta(days=(number * 360) // (counts[year] + 1))
            at = f"{day.isoformat()} 09:00:00.000000"
            payload = json.dumps({"applicant.surname": surname, "applicant.given_names": given,
                                  "applicant.cnp": cnp, "applicant.locality": "Cluj-Napoca",
                                  "applicant.county": "Cluj", "decl.insured": "sunt"},
                                 ensure_ascii=False)
            batch.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), cnp,
                          f"{surname} {given}", year, number, day.isoformat(),
                          (day + dt.timedelta(days=46)).isoformat(), payload, at, at))
            index += 1
            if len(batch) == 50_000:
                _insert(connection, batch)
                batch = []
        connection.execute(
            "INSERT INTO number_blocks (year, first, last, next_no, source, lease_id, "
            "created_at) VALUES (?, 1, NULL, ?, 'local', '', ?)",
            (year, counts[year] + 1, f"{year}-01-02 08:00:00.000000"))
    _insert(connection, batch)
    finish_bulk_load(connection)
    return sampled_cnps


def _insert(connection: sqlite3.Connection, batch: list[tuple]) -> None:
    connection.executemany(
        "INSERT INTO requests (id, annex_id, spec_version, office_id, applicant_cnp, "
        "applicant_name, registration_year, registration_no, registration_date, status, "
        "deadline, payload, version, created_by, created_at, updated_by, updated_at) VALUES "
        "(?, '03', 1, 1, ?, ?, ?, ?, ?, 'registered', ?, ?, 1, 'admin', ?, 'admin', ?)", batch)
