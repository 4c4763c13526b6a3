"""Tables of the embedded store used by synchronisation with the county server
(created by migration ``0004_sync``).

- ``sync_state``: key/value state (server URL, workstation name and id, pull
  cursor, last successful sync, settings of the offline policy).
- ``sync_batches``: a batch built from the outbox, kept with its exact body
  until the server acknowledges it, so a batch interrupted at any point is
  re-sent byte for byte and the server recognises it by its id.
- ``sync_conflicts``: conflicts the server recorded, shown to supervisors.

Two columns were added to ``requests`` by the same migration and are used
through SQL only: ``origin_workstation`` and ``synced_version``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.persistence.models import Base


class SyncStateEntry(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncBatch(Base):
    __tablename__ = "sync_batches"

    batch_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    checksum: Mapped[str] = mapped_column(String(64))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    acked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    kept_json: Mapped[str] = mapped_column(Text)
    other_json: Mapped[str] = mapped_column(Text)
    kept_workstation: Mapped[str] = mapped_column(String(60))
    other_workstation: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(300))
    detected_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    choice: Mapped[str] = mapped_column(String(10), default="")
