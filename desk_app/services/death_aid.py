"""One death aid per deceased (art. 111–112 of the law, art. 100–101 of the
norms): a second request for the same deceased — same CNP or same death
certificate — is refused at registration, including one registered at another
counter once it has reached this store by synchronisation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk_app.domain.annexes import all_specs
from desk_app.domain.statuses import Status
from desk_app.persistence.models import Request


class DeathAidAlreadyRequested(ValueError):
    """The Romanian message names the earlier request."""


def death_aid_annexes() -> list[str]:
    return [spec.annex_id for spec in all_specs() if spec.benefit == "death_aid"]


def _key(payload: dict[str, Any], name: str) -> str:
    return str(payload.get(name) or "").strip().upper()


def check_not_paid_twice(session: Session, payload: dict[str, Any],
                         exclude_request_id: str | None = None) -> None:
    """Raise :class:`DeathAidAlreadyRequested` if this deceased already has one."""
    cnp = _key(payload, "deceased.cnp")
    series = _key(payload, "death_certificate.series")
    number = _key(payload, "death_certificate.number")
    conditions = []
    if cnp:
        conditions.append(func.json_extract(Request.payload, '$."deceased.cnp"') == cnp)
    if series and number:
        conditions.append(
            (func.upper(func.json_extract(Request.payload, '$."death_certificate.series"'))
             == series)
            & (func.upper(func.json_extract(Request.payload, '$."death_certificate.number"'))
               == number))
    if not conditions:
        return
    stmt = (select(Request).where(Request.annex_id.in_(death_aid_annexes()),
                                  Request.status.not_in([Status.DRAFT.value,
                                                         Status.VOIDED.value,
                                                         Status.REJECTED.value]),
                                  or_(*conditions)).limit(1))
    if exclude_request_id:
        stmt = stmt.where(Request.id != exclude_request_id)
    earlier = session.execute(stmt).scalar_one_or_none()
    if earlier is not None:
        when = f"{earlier.registration_date:%d.%m.%Y}" if earlier.registration_date else ""
        raise DeathAidAlreadyRequested(
            f"Ajutorul de deces pentru această persoană decedată a fost deja solicitat: cererea "
            f"nr. {earlier.registration_no} din {when} ({earlier.applicant_name}). "
            "Nu se poate acorda a doua oară (art. 111–112 din lege).")
