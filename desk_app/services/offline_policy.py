"""How long a counter may work without synchronising.

Two limits, each with a warning and a hard level, kept in the business
settings (migrated and backed up with the data): days since the last
successful sync and changes waiting to be sent. Past a warning limit every
registration shows a warning; past a hard limit a supervisor must confirm the
registration (the GUI asks). A standalone (not enrolled) office is never
limited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.roles import Permission
from desk_app.persistence import audit, outbox
from desk_app.persistence import settings as settings_repo
from desk_app.services import sync_state as st
from desk_app.services.auth import CurrentUser, require
from desk_app.services.store import Store

OK, WARN, BLOCK = "ok", "warn", "block"
DEFAULTS = {"offline_warn_days": 2, "offline_block_days": 7,
            "offline_warn_pending": 2000, "offline_block_pending": 20000}


class PolicyError(ValueError):
    """Bad limits; ``str()`` is Romanian."""


@dataclass(frozen=True)
class OfflineLimits:
    warn_days: int
    block_days: int
    warn_pending: int
    block_pending: int


@dataclass(frozen=True)
class OfflineStatus:
    level: str  # ok | warn | block
    message_ro: str
    days_offline: float | None = None
    pending: int = 0


def limits(store: Store) -> OfflineLimits:
    with store.read() as session:
        values = {key: settings_repo.get(session, key, str(default))
                  for key, default in DEFAULTS.items()}
    return OfflineLimits(*(int(values[k]) if values[k].isdigit() else DEFAULTS[k]
                           for k in DEFAULTS))


def set_limits(store: Store, actor: CurrentUser, new: OfflineLimits) -> None:
    require(actor, Permission.EDIT_OFFICE)
    if not (0 < new.warn_days <= new.block_days and 0 < new.warn_pending <= new.block_pending):
        raise PolicyError("Limitele de avertizare trebuie să fie pozitive și cel mult egale cu "
                          "limitele de blocare.")
    with store.write() as session:
        for key, value in zip(DEFAULTS, (new.warn_days, new.block_days, new.warn_pending,
                                         new.block_pending), strict=True):
            settings_repo.put(session, key, str(value))
        audit.append(session, username=actor.username, action="setting_changed",
                     entity="setting", entity_id="offline_limits", details=new.__dict__)


def offline_status(store: Store, now: dt.datetime | None = None) -> OfflineStatus:
    info = st.info(store)
    if not info.enrolled:
        return OfflineStatus(OK, "Oficiu neconectat la serverul județean (lucru autonom).")
    now = now or dt.datetime.now()
    with store.read() as session:
        pending = outbox.pending_count(session)
    since = info.last_success_at or (dt.datetime.fromisoformat(v) if (
        v := _enrolled_at(store)) else None)
    days = (now - since).total_seconds() / 86400 if since else None
    lim = limits(store)
    when = f"{info.last_success_at:%d.%m.%Y %H:%M}" if info.last_success_at else "niciodată"
    if info.revoked:
        return OfflineStatus(BLOCK, "Accesul stației la serverul județean a fost revocat. "
                             "Cereți administratorului un cod nou de înrolare; până atunci "
                             "înregistrarea cere confirmarea unui șef de serviciu.", days, pending)
    if (days is not None and days >= lim.block_days) or pending >= lim.block_pending:
        return OfflineStatus(BLOCK, f"Stația nu s-a sincronizat de prea mult timp (ultima "
                             f"sincronizare: {when}; {pending} modificări netrimise). "
                             "Înregistrarea cere confirmarea unui șef de serviciu; "
                             "sincronizați cât mai curând.", days, pending)
    if (days is not None and days >= lim.warn_days) or pending >= lim.warn_pending:
        return OfflineStatus(WARN, f"Atenție: ultima sincronizare cu serverul județean: {when}; "
                             f"{pending} modificări așteaptă trimiterea. Verificați legătura "
                             "și apăsați „Sincronizează acum”.", days, pending)
    return OfflineStatus(OK, f"Sincronizat: {when}; {pending} modificări de trimis.", days,
                         pending)


def _enrolled_at(store: Store) -> str:
    with store.read() as session:
        return st.get(session, st.ENROLLED_AT)
