"""Offline limits (no server needed): a standalone office is never limited;
an enrolled counter warns, then needs a supervisor, as days pass or changes
pile up; limits are business settings changed by admins."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.services import auth, office, offline_policy, sync_state
from desk_app.services.store import open_store

PASSWORD = "Parola123"


@pytest.fixture
def store_admin(tmp_path):
    store = open_store(tmp_path / "off.sqlite3")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name="Casa",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password=PASSWORD)
    yield store, auth.login(store, "admin", PASSWORD)
    store.close()


def _enrol_locally(store, last_success: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    with store.write() as session:
        sync_state.put(session, sync_state.SERVER_URL, "https://server.example")
        sync_state.put(session, sync_state.WORKSTATION_UUID, "u-1")
        sync_state.put(session, sync_state.LAST_SUCCESS, last_success.isoformat())


def test_standalone_is_ok(store_admin):
    store, _ = store_admin
    assert not sync_state.is_enrolled(store)
    assert offline_policy.offline_status(store).level == "ok"


def test_days_and_pending_limits(store_admin):
    store, admin = store_admin
    now = dt.datetime(2026, 3, 10, 12, 0)
    _enrol_locally(store, now - dt.timedelta(hours=5))
    assert sync_state.is_enrolled(store)
    assert offline_policy.offline_status(store, now).level == "ok"
    assert offline_policy.offline_status(store, now + dt.timedelta(days=3)).level == "warn"
    blocked = offline_policy.offline_status(store, now + dt.timedelta(days=8))
    assert blocked.level == "block" and "șef de serviciu" in blocked.message_ro
    offline_policy.set_limits(store, admin, offline_policy.OfflineLimits(1, 2, 1, 2))
    # office + admin are two changes waiting: the hard limit on changes is reached
    assert offline_policy.offline_status(store, now).level == "block"
    with pytest.raises(offline_policy.PolicyError):
        offline_policy.set_limits(store, admin, offline_policy.OfflineLimits(5, 2, 1, 2))
