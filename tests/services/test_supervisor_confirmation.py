"""Past the offline hard limit a supervisor confirms at the counter: only a
supervisor or admin with the right password can, and it is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.persistence.models import AuditEntry
from desk_app.services import auth
from tests.conftest import PASSWORD


def test_supervisor_confirms_and_it_is_audited(store):
    who = auth.supervisor_confirmation(store, "sef1", PASSWORD, "12 zile fără sincronizare")
    assert who.username == "sef1"
    with store.read() as session:
        last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
    assert (last.username, last.action) == ("sef1", "supervisor_confirmed")
    assert "12 zile" in last.details


def test_a_clerk_or_a_wrong_password_cannot_confirm(store):
    with pytest.raises(auth.PermissionDenied, match="șef de serviciu"):
        auth.supervisor_confirmation(store, "ghiseu1", PASSWORD, "motiv")
    with pytest.raises(auth.AuthError, match="greșită"):
        auth.supervisor_confirmation(store, "sef1", "Gresit123", "motiv")
