"""Registration numbers are never issued twice, even when a process is killed
between taking a number and committing the request (docs/architecture.md)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import text

from desk_app.domain.annexes import get_spec
from desk_app.services import auth, office, requests
from desk_app.services.store import open_store

PASSWORD = "Parola123"


def _initialised(path: Path):  # type: ignore[no-untyped-def]
    store = open_store(path)
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name="CTP Cluj",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password=PASSWORD)
    return store


def _numbers(store) -> list[int]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [row[0] for row in session.execute(text(
            "SELECT registration_no FROM requests WHERE registration_no IS NOT NULL "
            "ORDER BY registration_no"))]


KILLED_MID_TRANSACTION = textwrap.dedent("""
    import os, signal, sys, uuid, datetime as dt
    from desk_app.persistence import numbering
    from desk_app.persistence.models import Request
    from desk_app.services.store import open_store
    store = open_store(sys.argv[1])
    with store.write() as session:
        number = numbering.allocate(session, dt.date.today().year)
        session.add(Request(id=str(uuid.uuid4()), annex_id="03", spec_version=1, office_id=1,
                            registration_year=dt.date.today().year, registration_no=number,
                            registration_date=dt.date.today(), status="registered",
                            payload="{}", created_by="x", created_at=dt.datetime.now(),
                            updated_by="x", updated_at=dt.datetime.now()))
        session.flush()
        print(number, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
""")


def test_killed_between_allocation_and_commit_issues_nothing(tmp_path):
    store = _initialised(tmp_path / "kill.sqlite3")
    user = auth.login(store, "admin", PASSWORD)
    first = requests.register(store, user, "03", dict(get_spec("03").sample))
    child = subprocess.run([sys.executable, "-c", KILLED_MID_TRANSACTION, str(store.path)],
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL
    taken_by_the_dead = int(child.stdout.strip())
    assert taken_by_the_dead == first.registration_no + 1
    # The dead process committed nothing: the next registration gets that number,
    # and it is the only request that ever carries it.
    second = requests.register(store, user, "03", dict(get_spec("03").sample))
    assert second.registration_no == taken_by_the_dead
    assert _numbers(store) == [first.registration_no, second.registration_no]


CONCURRENT_REGISTRATIONS = textwrap.dedent("""
    import sys
    from desk_app.domain.annexes import get_spec
    from desk_app.services import auth, requests
    from desk_app.services.store import open_store
    store = open_store(sys.argv[1])
    user = auth.login(store, "admin", "Parola123")
    for _ in range(int(sys.argv[2])):
        info = requests.register(store, user, "03", dict(get_spec("03").sample))
        print(info.registration_no, flush=True)
""")


def test_two_counters_at_once_and_one_killed_never_share_a_number(tmp_path):
    store = _initialised(tmp_path / "busy.sqlite3")
    auth.login(store, "admin", PASSWORD)
    runs = [subprocess.Popen([sys.executable, "-c", CONCURRENT_REGISTRATIONS, str(store.path),
                              "40"], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    victim = runs[1]
    # Let the victim register a few, then kill it wherever it is.
    seen = [victim.stdout.readline() for _ in range(5)]
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=60)
    out, _ = runs[0].communicate(timeout=120)
    printed = [int(n) for n in out.split()] + [int(n) for n in seen if n.strip()]
    stored = _numbers(store)
    assert len(stored) == len(set(stored)), "a number was issued twice"
    assert set(printed) <= set(stored), "a number shown to a clerk was lost"
    # No gaps: every number up to the highest was issued exactly once.
    assert stored == list(range(1, len(stored) + 1))
