"""Registration numbers: consecutive, unique in the county for the year, never
issued twice — even when a process is killed between taking a number and
committing the request, or while two counters register at the same time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desk_app.domain.annexes import get_spec
from desk_app.services import requests
from desk_app.services.maintenance import verify_audit

SAMPLE = dict(get_spec("03").sample)


def stored_numbers(store) -> list[int]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [n for (n,) in session.execute(text(
            "SELECT registration_no FROM requests WHERE registration_no IS NOT NULL "
            "ORDER BY registration_no"))]


def count(store, sql: str) -> int:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return session.execute(text(sql)).scalar_one()


def test_numbers_are_consecutive_from_one(store, clerk):
    numbers = [requests.register(store, clerk, "03", SAMPLE).registration_no for _ in range(12)]
    assert numbers == list(range(1, 13))
    assert stored_numbers(store) == list(range(1, 13))


def test_the_database_refuses_a_number_twice_in_a_year(store, clerk):
    info = requests.register(store, clerk, "03", SAMPLE)
    with pytest.raises(IntegrityError, match="UNIQUE"), store.write() as session:
        session.execute(text(
            "INSERT INTO requests (id, annex_id, spec_version, office_id, applicant_cnp, "
            "applicant_name, registration_year, registration_no, status, payload, version, "
            "created_by, created_at, updated_by, updated_at) VALUES ('dup', '03', 1, 1, '', "
            "'', :year, 1, 'registered', '{}', 1, 'x', '2026-11-25', 'x', '2026-11-25')"),
            {"year": info.registration_date.year})


KILLED_BEFORE_COMMIT = textwrap.dedent("""
    import datetime as dt, os, signal, sys, uuid
    from desk_app.persistence import audit, numbering, outbox
    from desk_app.persistence.models import Request
    from desk_app.services.store import open_store
    store = open_store(sys.argv[1])
    today = dt.date.today()
    with store.write() as session:
        number = numbering.allocate(session, today.year)
        row = Request(id=str(uuid.uuid4()), annex_id="03", spec_version=1, office_id=1,
                      applicant_cnp="", applicant_name="Mort Înainte De Commit",
                      registration_year=today.year, registration_no=number,
                      registration_date=today, status="registered", payload="{}",
                      created_by="ghiseu1", created_at=dt.datetime.now(),
                      updated_by="ghiseu1", updated_at=dt.datetime.now())
        session.add(row)
        session.flush()
        audit.append(session, username="ghiseu1", action="request_registered",
                     entity="request", entity_id=row.id, details={"registration_no": number})
        outbox.add(session, entity="request", entity_id=row.id, operation="upsert",
                   payload={"registration_no": number})
        session.flush()
        print(number, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
""")


def test_process_killed_inside_the_registration_transaction(store, clerk, app_env):
    first = requests.register(store, clerk, "03", SAMPLE)
    child = subprocess.run([sys.executable, "-c", KILLED_BEFORE_COMMIT, str(store.path)],
                           capture_output=True, text=True, timeout=120, env=app_env)
    assert child.returncode == -signal.SIGKILL, child.stderr
    number_of_the_dead = int(child.stdout.strip())
    assert number_of_the_dead == first.registration_no + 1
    # The killed process held the write lock; the OS released it with the process,
    # so the next clerk does not wait for the busy timeout (10 s).
    started = time.monotonic()
    second = requests.register(store, clerk, "03", SAMPLE)
    assert time.monotonic() - started < 5
    # Nothing of the dead transaction survives: its number is issued once, to the
    # request that was really committed, with its own audit and outbox entries.
    assert second.registration_no == number_of_the_dead
    assert stored_numbers(store) == [1, 2]
    assert count(store, "SELECT count(*) FROM requests "
                        "WHERE applicant_name = 'Mort Înainte De Commit'") == 0
    assert count(store, "SELECT count(*) FROM audit_log "
                        "WHERE action = 'request_registered'") == 2
    assert count(store, "SELECT count(*) FROM outbox WHERE entity = 'request'") == 2
    assert verify_audit(store).ok


REGISTER_MANY = textwrap.dedent("""
    import sys
    from desk_app.domain.annexes import get_spec
    from desk_app.services import auth, requests
    from desk_app.services.store import open_store
    store = open_store(sys.argv[1])
    user = auth.login(store, sys.argv[2], "Parola123")
    sample = dict(get_spec("03").sample)
    for _ in range(int(sys.argv[3])):
        info = requests.register(store, user, "03", sample)
        print(info.registration_no, flush=True)
""")


def test_two_counters_registering_while_one_is_killed(store, app_env):
    counters = [subprocess.Popen([sys.executable, "-c", REGISTER_MANY, str(store.path), user,
                                  "50"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=app_env)
                for user in ("admin", "ghiseu1")]
    survivor, victim = counters
    # Let the victim register a while (the survivor is registering at the same
    # time), then kill it wherever it happens to be — possibly mid-transaction.
    shown_by_victim = [int(victim.stdout.readline()) for _ in range(20)]
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=60)
    out, err = survivor.communicate(timeout=240)
    assert survivor.returncode == 0, err
    shown_by_survivor = [int(n) for n in out.split()]
    assert len(shown_by_survivor) == 50

    stored = stored_numbers(store)
    assert len(stored) == len(set(stored)), [n for n, c in Counter(stored).items() if c > 1]
    # Every number a clerk was shown is stored, once, and nothing else is stored.
    shown = shown_by_survivor + shown_by_victim
    assert len(shown) == len(set(shown))
    assert set(shown) <= set(stored)
    # No gap and no duplicate: 1..N, each number issued exactly once.
    assert stored == list(range(1, len(stored) + 1))
    assert len(stored) <= 50 + 20 + 1  # at most one more committed before the kill landed
    # Each committed request has exactly one audit and one outbox entry.
    assert count(store, "SELECT count(*) FROM audit_log "
                        "WHERE action = 'request_registered'") == len(stored)
    assert count(store, "SELECT count(DISTINCT entity_id) FROM outbox "
                        "WHERE entity = 'request'") == len(stored)
    assert verify_audit(store).ok
