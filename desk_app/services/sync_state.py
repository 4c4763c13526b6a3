"""What this store knows about its synchronisation: whether it is enrolled,
with which server and as which workstation, the pull cursor, the last
successful sync. The token itself lives only in the OS keyring.

``is_enrolled(store)`` is what registration calls to choose between the
standalone numbering (open-ended local block) and server-leased blocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.persistence.sync_models import SyncStateEntry
from desk_app.services.store import Store

SERVER_URL = "server_url"
WORKSTATION = "workstation"
WORKSTATION_UUID = "workstation_uuid"
COUNTY = "county"
CURSOR = "pull_cursor"
ENROLLED_AT = "enrolled_at"
LAST_SUCCESS = "last_success_at"
LAST_ATTEMPT = "last_attempt_at"
LAST_ERROR = "last_error"
CA_FILE = "ca_file"
BLOCK_SIZE = "block_size"
REVOKED = "revoked"


@dataclass(frozen=True)
class SyncInfo:
    enrolled: bool
    server_url: str
    workstation: str
    county: str
    cursor: int
    last_success_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_error: str
    revoked: bool


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(SyncStateEntry, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(SyncStateEntry, key)
    if row is None:
        session.add(SyncStateEntry(key=key, value=value))
    else:
        row.value = value


def all_values(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.execute(select(SyncStateEntry)).scalars()}


def token_name(workstation_uuid: str) -> str:
    """The keyring entry of this store's token (one per store, so several
    stores on one computer never share a token)."""
    return f"sync-token-{workstation_uuid}"


def _when(value: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def info(store: Store) -> SyncInfo:
    with store.read() as session:
        values = all_values(session)
    return SyncInfo(
        enrolled=bool(values.get(SERVER_URL) and values.get(WORKSTATION_UUID)),
        server_url=values.get(SERVER_URL, ""), workstation=values.get(WORKSTATION, ""),
        county=values.get(COUNTY, ""), cursor=int(values.get(CURSOR, "0") or 0),
        last_success_at=_when(values.get(LAST_SUCCESS, "")),
        last_attempt_at=_when(values.get(LAST_ATTEMPT, "")),
        last_error=values.get(LAST_ERROR, ""), revoked=values.get(REVOKED) == "1")


def is_enrolled(store: Store) -> bool:
    """True once the store has been enrolled with a county server: from then
    on registration numbers come only from server-leased blocks."""
    with store.read() as session:
        return bool(get(session, SERVER_URL) and get(session, WORKSTATION_UUID))
