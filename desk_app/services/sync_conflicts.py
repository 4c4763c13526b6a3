"""Sync conflicts as supervisors see and resolve them ("Conflicte de
sincronizare"). A resolution is taken locally — audited and queued in the
outbox in one transaction — and reaches the server with the next push, so it
works offline too; the server then sends the chosen version to every counter.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desk_app.domain.roles import Permission
from desk_app.persistence import audit, outbox
from desk_app.persistence.sync_models import SyncConflict
from desk_app.services.auth import CurrentUser, require
from desk_app.services.store import Store

KIND_LABELS = {"edit": "modificată pe două stații", "number": "număr de înregistrare dublu"}


class ConflictError(ValueError):
    """``str()`` is Romanian."""


@dataclass(frozen=True)
class ConflictView:
    id: int
    request_id: str
    kind_label: str
    kept: dict[str, Any]
    other: dict[str, Any]
    kept_workstation: str
    other_workstation: str
    rule: str
    detected_at: str
    resolved: bool
    resolved_by: str
    choice: str

    def differing_fields(self) -> list[str]:
        a, b = flatten(self.kept), flatten(self.other)
        return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        else:
            out[name] = "" if value is None else str(value)
    return out


def _view(row: SyncConflict) -> ConflictView:
    return ConflictView(row.id, row.request_id, KIND_LABELS.get(row.kind, row.kind),
                        json.loads(row.kept_json), json.loads(row.other_json),
                        row.kept_workstation, row.other_workstation, row.rule, row.detected_at,
                        row.resolved_at is not None, row.resolved_by, row.choice)


def list_conflicts(store: Store, user: CurrentUser, *, include_resolved: bool = False
                   ) -> list[ConflictView]:
    require(user, Permission.VIEW_AUDIT)
    with store.read() as session:
        stmt = select(SyncConflict).order_by(SyncConflict.id)
        if not include_resolved:
            stmt = stmt.where(SyncConflict.resolved_at.is_(None))
        return [_view(row) for row in session.execute(stmt).scalars()]


def resolve(store: Store, user: CurrentUser, conflict_id: int, choice: str) -> ConflictView:
    """``choice``: ``kept`` (the version the rule kept) or ``other``."""
    require(user, Permission.VIEW_AUDIT)
    if choice not in ("kept", "other"):
        raise ConflictError("Alegeți una dintre cele două versiuni.")
    with store.write() as session:
        row = session.get(SyncConflict, conflict_id)
        if row is None:
            raise ConflictError(f"Conflictul {conflict_id} nu există.")
        if row.resolved_at is not None:
            raise ConflictError("Conflictul a fost deja rezolvat.")
        row.resolved_at = dt.datetime.now().isoformat(timespec="seconds")
        row.resolved_by, row.choice = user.username, choice
        audit.append(session, username=user.username, action="sync_conflict_resolved",
                     entity="request", entity_id=row.request_id,
                     details={"conflict": conflict_id, "choice": choice,
                              "kept_workstation": row.kept_workstation,
                              "other_workstation": row.other_workstation})
        outbox.add(session, entity="conflict_resolution", entity_id=str(conflict_id),
                   operation="resolve",
                   payload={"conflict_id": conflict_id, "choice": choice, "by": user.username})
        return _view(row)
