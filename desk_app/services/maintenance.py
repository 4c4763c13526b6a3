"""Checks an IT admin runs at a counter: the audit chain, and a self-test of
fonts, migrations, write access and the keyring."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desk_app.persistence import audit, database
from desk_app.persistence.audit import ChainCheck
from desk_app.services.store import Store, StoreError, open_store


def checkpoint(store: Store) -> None:
    """Background housekeeping: fold the write-ahead log into the store file."""
    database.checkpoint(store.engine)


def verify_audit(store: Store) -> ChainCheck:
    with store.read() as session:
        return audit.verify_chain(session)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


def selftest(db_path: Path) -> list[Check]:
    checks: list[Check] = []
    try:
        from desk_app.printing.fonts import register_fonts

        family = register_fonts()
        checks.append(Check("fonts", True, f"Fonturi cu diacritice încărcate: {family.regular}."))
    except Exception as exc:
        checks.append(Check("fonts", False, f"Fonturile nu pot fi încărcate: {exc}"))
    try:
        store = open_store(db_path)
        from desk_app.persistence.migrations import current_revision, head_revision

        revision = current_revision(store.engine)
        checks.append(Check("migrations", revision == head_revision(),
                            f"Schema bazei de date: revizia {revision} (ultima: "
                            f"{head_revision()})."))
        store.close()
    except StoreError as exc:
        checks.append(Check("migrations", False, str(exc)))
    folder = Path(db_path).expanduser().resolve().parent
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".selftest-", delete=True) as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        checks.append(Check("write_access", True, f"Se poate scrie în {folder}."))
    except OSError as exc:
        checks.append(Check("write_access", False, f"Nu se poate scrie în {folder}: {exc}"))
    from desk_app.infra.secrets import status

    keyring_state = status()
    checks.append(Check("keyring", keyring_state.available, keyring_state.message))
    return checks
