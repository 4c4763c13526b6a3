"""Small figures for the status bar."""

from __future__ import annotations

from desk_app.persistence import outbox
from desk_app.services.store import Store


def pending_changes(store: Store) -> int:
    """Changes written here and not yet acknowledged by the county server."""
    with store.read() as session:
        return outbox.pending_count(session)
