"""The Termene view: urgency by working days, own requests vs all."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.annexes import get_spec
from desk_app.services import auth, decisions, office, requests
from desk_app.services.deadlines_view import open_deadlines
from desk_app.services.store import open_store

PASSWORD = "Parola123"


@pytest.fixture
def store_with_two_clerks(tmp_path):
    store = open_store(tmp_path / "terms.sqlite3")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ",
                      office_name="Casa Teritorială de Pensii Cluj", address="",
                      admin_username="admin", admin_full_name="Admin", admin_password=PASSWORD)
    admin = auth.login(store, "admin", PASSWORD)
    for name in ("ana", "ion"):
        auth.create_user(store, admin, username=name, full_name=name.title(), role="clerk",
                         password=PASSWORD)
    return store, auth.login(store, "ana", PASSWORD), auth.login(store, "ion", PASSWORD)


def test_overdue_soon_and_in_time(store_with_two_clerks):
    store, ana, ion = store_with_two_clerks
    sample = dict(get_spec("03").sample)
    # Registered Monday 02.11.2026: 45 zile libere → day 46 is Friday 18.12.2026.
    old = requests.register(store, ana, "03", sample, today=dt.date(2026, 11, 2))
    assert old.deadline == dt.date(2026, 12, 18)
    # Registered Wednesday 25.11.2026 → 11.01.2027 (10.01 is a Sunday).
    recent = requests.register(store, ion, "03", sample, today=dt.date(2026, 11, 25))
    # On Monday 14.12.2026 the first is due in 4 working days (15, 16, 17, 18).
    rows = open_deadlines(store, today=dt.date(2026, 12, 14))
    assert [(r.request.id, r.level, r.working_days_left) for r in rows] == [
        (old.id, "soon", 4), (recent.id, "ok", rows[1].working_days_left)]
    assert rows[1].working_days_left > 5
    # On 21.12.2026 the first is overdue; a clerk filter shows only their own.
    rows = open_deadlines(store, today=dt.date(2026, 12, 21))
    assert rows[0].level == "overdue" and rows[0].level_label == "depășit"
    assert [r.request.id for r in open_deadlines(store, clerk="ion",
                                                 today=dt.date(2026, 12, 21))] == [recent.id]


def test_closed_requests_leave_the_view(store_with_two_clerks):
    store, ana, _ion = store_with_two_clerks
    info = requests.register(store, ana, "03", dict(get_spec("03").sample))
    requests.change_status(store, ana, info.id, "in_progress")
    assert len(open_deadlines(store)) == 1
    decisions.issue(store, ana, info.id, "reject", reason_code="incomplete_file")
    assert open_deadlines(store) == []
