"""First run and the office's data: county, office code and name, the first
admin; business settings such as the idle lock time and the next
registration number when an office leaves its paper register mid-year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain.counties import county_by_code
from desk_app.domain.roles import Permission, Role
from desk_app.persistence import audit, numbering, outbox
from desk_app.persistence import settings as settings_repo
from desk_app.persistence.models import Office
from desk_app.services.auth import AuthError, CurrentUser, create_user, require
from desk_app.services.store import Store

IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10


class SetupError(ValueError):
    """Bad set-up data; ``str()`` is the Romanian message."""


@dataclass(frozen=True)
class OfficeInfo:
    id: int
    county_code: str
    county_name: str
    office_code: str
    name: str
    address: str

    @property
    def house_name(self) -> str:
        """How printed forms name the office ("Casa Teritorială de Pensii Cluj")."""
        return self.name


def is_initialised(store: Store) -> bool:
    with store.read() as session:
        return session.execute(select(Office.id).limit(1)).first() is not None


def initialise(store: Store, *, county_code: str, office_code: str, office_name: str,
               address: str, admin_username: str, admin_full_name: str,
               admin_password: str) -> OfficeInfo:
    county = county_by_code(county_code)
    if county is None:
        raise SetupError(f"Județ necunoscut: {county_code!r} (folosiți indicativul, ex. CJ, B).")
    if not office_code.strip() or len(office_code.strip()) > 20:
        raise SetupError("Codul casei de pensii este obligatoriu (maximum 20 de caractere).")
    if not office_name.strip() or len(office_name) > 200:
        raise SetupError("Denumirea casei de pensii este obligatorie (maximum 200 de caractere).")
    if is_initialised(store):
        raise SetupError("Baza de date este deja configurată.")
    with store.write() as session:
        office = Office(county_code=county.code, office_code=office_code.strip(),
                        name=office_name.strip(), address=address.strip()[:300])
        session.add(office)
        session.flush()
        audit.append(session, username=admin_username.strip()[:60], action="office_created",
                     entity="office", entity_id=str(office.id),
                     details={"county": county.code, "code": office.office_code,
                              "name": office.name})
        outbox.add(session, entity="office", entity_id=str(office.id), operation="upsert",
                   payload={"county": county.code, "code": office.office_code,
                            "name": office.name})
    try:
        create_user(store, None, username=admin_username, full_name=admin_full_name,
                    role=Role.ADMIN, password=admin_password)
    except AuthError:
        with store.write() as session:
            # Keep the store un-initialised so the wizard can be run again.
            session.query(Office).delete()
        raise
    return office_info(store)


def office_info(store: Store) -> OfficeInfo:
    with store.read() as session:
        office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar_one_or_none()
        if office is None:
            raise SetupError("Baza de date nu este configurată: rulați `desk-app init`.")
        county = county_by_code(office.county_code)
        return OfficeInfo(office.id, office.county_code, county.name if county else "",
                          office.office_code, office.name, office.address)


def update_office(store: Store, actor: CurrentUser, *, name: str, address: str) -> OfficeInfo:
    require(actor, Permission.EDIT_OFFICE)
    if not name.strip():
        raise SetupError("Denumirea casei de pensii este obligatorie.")
    with store.write() as session:
        office = session.execute(select(Office).order_by(Office.id).limit(1)).scalar_one()
        before = {"name": office.name, "address": office.address}
        office.name, office.address = name.strip()[:200], address.strip()[:300]
        audit.append(session, username=actor.username, action="office_updated", entity="office",
                     entity_id=str(office.id),
                     details={"before": before, "after": {"name": office.name,
                                                          "address": office.address}})
    return office_info(store)


def idle_lock_minutes(store: Store) -> int:
    with store.read() as session:
        value = settings_repo.get(session, IDLE_LOCK_MINUTES, str(DEFAULT_IDLE_LOCK_MINUTES))
    return int(value) if value.isdigit() else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(store: Store, actor: CurrentUser, minutes: int) -> None:
    require(actor, Permission.EDIT_OFFICE)
    if not 1 <= minutes <= 240:
        raise SetupError("Blocarea automată: între 1 și 240 de minute.")
    with store.write() as session:
        settings_repo.put(session, IDLE_LOCK_MINUTES, str(minutes))
        audit.append(session, username=actor.username, action="setting_changed",
                     entity="setting", entity_id=IDLE_LOCK_MINUTES, details={"value": minutes})


def set_next_registration_number(store: Store, actor: CurrentUser, next_no: int,
                                 year: int | None = None) -> None:
    """Continue the paper register's series (admin, audited, forward only)."""
    require(actor, Permission.SET_NEXT_NUMBER)
    year = year or dt.date.today().year
    with store.write() as session:
        try:
            previous = numbering.set_next_local_number(session, year, next_no)
        except ValueError as exc:
            raise SetupError(str(exc)) from exc
        audit.append(session, username=actor.username, action="next_number_set",
                     entity="numbering", entity_id=str(year),
                     details={"previous_next": previous, "next": next_no})


def next_registration_number(store: Store, year: int | None = None) -> int | None:
    with store.read() as session:
        return numbering.next_number(session, year or dt.date.today().year)
