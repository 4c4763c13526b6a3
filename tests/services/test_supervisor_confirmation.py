"""Past the offline hard limit a supervisor confirms at the counter: only a
supervisor or admin with the right password can, and it is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.persistence.models import AuditEntry
from desk_app.services import auth, office
from desk_app.services.store import open_store

PASSWORD = "Parola123"


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "sup.sqlite3")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name="CTP Cluj",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password=PASSWORD)
    admin = auth.login(store, "admin", PASSWORD)
    auth.create_user(store, admin, username="sef", full_name="Șef Serviciu", role="supervisor",
                     password=PASSWORD)
    auth.create_user(store, admin, username="ghiseu", full_name="Ghișeu", role="clerk",
                     password=PASSWORD)
    return store


def test_supervisor_confirms_and_it_is_audited(store):
    who = auth.supervisor_confirmation(store, "sef", PASSWORD, "12 zile fără sincronizare")
    assert who.username == "sef"
    with store.read() as session:
        last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
    assert (last.username, last.action) == ("sef", "supervisor_confirmed")
    assert "12 zile" in last.details


def test_a_clerk_or_a_wrong_password_cannot_confirm(store):
    with pytest.raises(auth.PermissionDenied, match="șef de serviciu"):
        auth.supervisor_confirmation(store, "ghiseu", PASSWORD, "motiv")
    with pytest.raises(auth.AuthError, match="greșită"):
        auth.supervisor_confirmation(store, "sef", "Gresit123", "motiv")
