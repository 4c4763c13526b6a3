"""Enrolling counters: one-time codes, tokens kept only as SHA-256, revocation.

An admin creates a code for a workstation name; the counter exchanges it once
for a random 32-byte token. The server stores only the token's SHA-256 (a
random token needs no slow hash), so a stolen database cannot be replayed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk_app.server.db import now
from desk_app.server.models import EnrolmentCode, ServerAudit, Workstation

CODE_VALID_HOURS = 72


class EnrolmentError(ValueError):
    """Enrolment refused; ``str()`` is the Romanian message."""


@dataclass(frozen=True)
class Caller:
    id: int
    name: str
    county: str
    office_code: str


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _audit(session: Session, actor: str, action: str, **details: object) -> None:
    session.add(ServerAudit(at=now(), actor=actor, action=action,
                            details=json.dumps(details, ensure_ascii=False, default=str)))


def create_code(engine: Engine, workstation: str, county: str = "",
                valid_hours: int = CODE_VALID_HOURS, actor: str = "admin") -> str:
    name = workstation.strip()
    if not name or len(name) > 60:
        raise EnrolmentError("Numele stației de lucru este obligatoriu (maximum 60 de caractere).")
    code = "-".join(secrets.token_hex(3).upper() for _ in range(4))
    with Session(engine) as session, session.begin():
        session.add(EnrolmentCode(code_hash=sha256(code), workstation=name,
                                  county=county.strip().upper()[:2], created_at=now(),
                                  expires_at=now() + dt.timedelta(hours=valid_hours)))
        _audit(session, actor, "enrolment_code_created", workstation=name, county=county)
    return code


def enrol(engine: Engine, code: str, *, county: str, office_code: str,
          office_name: str) -> tuple[str, Workstation]:
    """Exchange a one-time code for a token; returns (token, workstation)."""
    token = secrets.token_urlsafe(32)
    with Session(engine) as session, session.begin():
        row = session.execute(
            select(EnrolmentCode).where(EnrolmentCode.code_hash == sha256(code.strip().upper()))
            .with_for_update()
        ).scalar_one_or_none()
        if row is None or row.used_at is not None:
            raise EnrolmentError("Codul de înrolare nu este valid sau a fost deja folosit.")
        if row.expires_at < now():
            raise EnrolmentError("Codul de înrolare a expirat; cereți unul nou administratorului.")
        if row.county and county and row.county != county.upper():
            raise EnrolmentError(f"Codul de înrolare este pentru județul {row.county}, "
                                 f"iar această stație este configurată pentru {county}.")
        row.used_at = now()
        station = session.execute(
            select(Workstation).where(Workstation.name == row.workstation)
        ).scalar_one_or_none()
        if station is None:
            station = Workstation(name=row.workstation)
            session.add(station)
        station.county = (county or row.county).upper()[:2]
        station.office_code = office_code[:20]
        station.office_name = office_name[:200]
        station.token_hash = sha256(token)
        station.enrolled_at = now()
        station.revoked_at = None
        _audit(session, row.workstation, "workstation_enrolled", county=station.county,
               office=office_code)
        session.flush()
        session.expunge(station)
    return token, station


def revoke(engine: Engine, workstation: str, actor: str = "admin") -> bool:
    with Session(engine) as session, session.begin():
        station = session.execute(
            select(Workstation).where(Workstation.name == workstation.strip())
        ).scalar_one_or_none()
        if station is None:
            return False
        station.revoked_at = now()
        station.token_hash = None
        _audit(session, actor, "workstation_revoked", workstation=station.name)
    return True


def authenticate(engine: Engine, token: str) -> Caller | None:
    if not token:
        return None
    with engine.connect() as connection:
        row = connection.execute(
            select(Workstation.id, Workstation.name, Workstation.county, Workstation.office_code)
            .where(Workstation.token_hash == sha256(token), Workstation.revoked_at.is_(None))
        ).first()
    return Caller(row.id, row.name, row.county, row.office_code) if row else None
