"""The outbox: every change to a request, person or user is written here in the
same transaction, to be pushed to the county server in batches later."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.persistence.models import OutboxEntry


def add(session: Session, *, entity: str, entity_id: str, operation: str,
        payload: dict[str, Any]) -> None:
    session.add(OutboxEntry(created_at=dt.datetime.now(), entity=entity, entity_id=entity_id,
                            operation=operation,
                            payload=json.dumps(payload, ensure_ascii=False, default=str)))


def pending_count(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.synced_at.is_(None))
    ).scalar_one()
