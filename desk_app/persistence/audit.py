"""The append-only audit log: every entry carries the hash of the previous one,
so an edited, deleted or re-ordered entry breaks the chain and
``verify_chain`` names the first entry that no longer fits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.persistence.models import AuditEntry

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: dt.datetime, username: str, action: str, entity: str,
               entity_id: str, details: str) -> str:
    material = "\x1f".join((prev_hash, at.isoformat(), username, action, entity, entity_id,
                            details))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(session: Session, *, username: str, action: str, entity: str, entity_id: str,
           details: dict[str, Any] | None = None, at: dt.datetime | None = None) -> AuditEntry:
    """Add an entry in the caller's (write) transaction."""
    at = at or dt.datetime.now()
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    entry = AuditEntry(at=at, username=username, action=action, entity=entity,
                       entity_id=entity_id, details=details_text, prev_hash=prev,
                       hash=entry_hash(prev, at, username, action, entity, entity_id,
                                       details_text))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    message: str = ""


def verify_chain(session: Session) -> ChainCheck:
    prev = GENESIS
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for entry in rows:
        count += 1
        if entry.prev_hash != prev:
            return ChainCheck(False, count, entry.id,
                              f"Intrarea {entry.id} nu continuă lanțul (lipsește sau a fost "
                              "modificată o intrare anterioară).")
        expected = entry_hash(prev, entry.at, entry.username, entry.action, entry.entity,
                              entry.entity_id, entry.details)
        if entry.hash != expected:
            return ChainCheck(False, count, entry.id,
                              f"Intrarea {entry.id} a fost modificată după scriere.")
        prev = entry.hash
    return ChainCheck(True, count, None, f"Jurnalul de audit este intact ({count} intrări).")
