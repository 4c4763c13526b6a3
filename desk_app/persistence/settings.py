"""Business settings stored with the data (idle lock minutes, offline limits…)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk_app.persistence.models import Setting


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
