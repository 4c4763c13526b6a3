"""Registering requests at the counter: drafts, registration with number and
legal deadline, status changes, voiding.

Every write commits the request, its documents, its status history, an audit
entry and an outbox entry in one SQLite transaction: a request is either fully
registered or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.annexes import get_spec
from desk_app.domain.annexes.spec import AnnexSpec, DeadlineKind, FieldKind
from desk_app.domain.annexes.validation import normalise, validate
from desk_app.domain.deadlines import free_days_deadline, working_days_deadline
from desk_app.domain.roles import Permission
from desk_app.domain.statuses import Status, can_change, label
from desk_app.persistence import audit, numbering, outbox
from desk_app.persistence.models import (
    Office,
    Request,
    RequestDocument,
    StatusChange,
    VoidedNumber,
)
from desk_app.services import persons
from desk_app.services.auth import CurrentUser, require
from desk_app.services.death_aid import DeathAidAlreadyRequested, check_not_paid_twice
from desk_app.services.store import Store
from desk_app.services.sync_state import is_enrolled

# Closed only by a decision (services/decisions.py), never by a bare status change.
DECIDED = frozenset({Status.ADMITTED, Status.REJECTED, Status.COMMUNICATED})


class ValidationFailed(ValueError):
    """The request is not complete; ``errors`` maps field keys to Romanian messages."""

    def __init__(self, errors: dict[str, str], labels: dict[str, str] | None = None) -> None:
        super().__init__(errors)
        self.errors = errors
        self.labels = labels or {}

    def __str__(self) -> str:
        first_key, first = next(iter(self.errors.items()))
        field_key = first_key.split("[")[0]
        while field_key not in self.labels and "." in field_key:
            field_key = field_key.rsplit(".", 1)[0]
        where = f"{self.labels[field_key]} ({first_key})" if field_key in self.labels \
            else first_key
        more = f" (și încă {len(self.errors) - 1} probleme)" if len(self.errors) > 1 else ""
        return f"{where}: {first}{more}"


class RequestError(ValueError):
    """A request operation that is not allowed; the message is Romanian."""


@dataclass(frozen=True)
class RequestInfo:
    id: str
    annex_id: str
    status: str
    registration_no: int | None
    registration_date: dt.date | None
    deadline: dt.date | None
    applicant_name: str
    applicant_cnp: str

    @property
    def status_label(self) -> str:
        return label(self.status)


def compute_deadline(spec: AnnexSpec, registered_on: dt.date) -> dt.date | None:
    if spec.deadline is None:
        return None
    if spec.deadline.kind is DeadlineKind.FREE_DAYS:
        return free_days_deadline(registered_on, spec.deadline.days)
    return working_days_deadline(registered_on, spec.deadline.days)


def applicant_name(spec: AnnexSpec, payload: dict[str, Any]) -> str:
    prefix = spec.applicant_prefix
    if not prefix:
        return ""
    parts = [payload.get(f"{prefix}.surname"), payload.get(f"{prefix}.given_names")]
    name = " ".join(str(p) for p in parts if p)
    return (name or str(payload.get(f"{prefix}.name") or ""))[:250]


def _info(row: Request) -> RequestInfo:
    return RequestInfo(row.id, row.annex_id, row.status, row.registration_no,
                       row.registration_date, row.deadline, row.applicant_name,
                       row.applicant_cnp)


def _office_id(session: Session) -> int:
    office_id = session.execute(select(Office.id).order_by(Office.id).limit(1)).scalar()
    if office_id is None:
        raise RequestError("Baza de date nu este configurată (lipsește casa de pensii).")
    return office_id


def _load(session: Session, request_id: str) -> Request:
    row = session.execute(select(Request).where(Request.id == request_id)).scalar_one_or_none()
    if row is None:
        raise RequestError(f"Cererea {request_id} nu există.")
    return row


def _documents(spec: AnnexSpec, payload: dict[str, Any]) -> list[RequestDocument]:
    docs = []
    for field in spec.fields():
        value = payload.get(field.key)
        if field.kind is FieldKind.DOCUMENT and isinstance(value, dict) and value.get("submitted"):
            assert field.document is not None
            docs.append(RequestDocument(
                key=field.key, label=field.label[:300],
                form=str(value.get("form") or field.document.forms[0])[:40],
                series=str(value.get("series") or "")[:20],
                number=str(value.get("number") or "")[:40],
                issued_on=str(value.get("date") or "")[:10]))
    return docs


def outbox_request(session: Session, row: Request, operation: str) -> None:
    outbox.add(session, entity="request", entity_id=row.id, operation=operation, payload={
        "id": row.id, "annex_id": row.annex_id, "spec_version": row.spec_version,
        "status": row.status, "registration_year": row.registration_year,
        "registration_no": row.registration_no,
        "registration_date": row.registration_date.isoformat() if row.registration_date else None,
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "applicant_cnp": row.applicant_cnp, "applicant_name": row.applicant_name,
        "payload": json.loads(row.payload), "version": row.version,
        "updated_by": row.updated_by, "updated_at": row.updated_at.isoformat(),
    })


def _write_payload(row: Request, spec: AnnexSpec, payload: dict[str, Any], user: CurrentUser,
                   now: dt.datetime) -> None:
    row.payload = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    row.spec_version = spec.version
    row.applicant_cnp = persons.applicant_cnp(spec, payload)[:13]
    row.applicant_name = applicant_name(spec, payload)
    row.updated_by, row.updated_at = user.username, now


def save_draft(store: Store, user: CurrentUser, annex_id: str, payload: dict[str, Any], *,
               request_id: str | None = None) -> RequestInfo:
    """Keep everything typed, valid or not; no registration number is taken."""
    require(user, Permission.REGISTER)
    spec = get_spec(annex_id)
    clean = normalise(spec, payload)
    now = dt.datetime.now()
    with store.write() as session:
        if request_id:
            row = _load(session, request_id)
            if row.status != Status.DRAFT:
                raise RequestError("Doar o ciornă poate fi modificată astfel.")
            row.version += 1
            action = "draft_updated"
        else:
            row = Request(id=str(uuid.uuid4()), annex_id=spec.annex_id,
                          office_id=_office_id(session), status=Status.DRAFT,
                          created_by=user.username, created_at=now, version=1)
            action = "draft_created"
        _write_payload(row, spec, clean, user, now)
        session.add(row)
        session.flush()
        if action == "draft_created":
            session.add(StatusChange(request_row_id=row.row_id, from_status=None,
                                     to_status=Status.DRAFT, changed_at=now,
                                     changed_by=user.username))
        audit.append(session, username=user.username, action=action, entity="request",
                     entity_id=row.id, details={"annex": spec.annex_id})
        outbox_request(session, row, "upsert")
        return _info(row)


def register(store: Store, user: CurrentUser, annex_id: str, payload: dict[str, Any], *,
             request_id: str | None = None, update_person: bool | None = None,
             today: dt.date | None = None, standalone: bool | None = None) -> RequestInfo:
    """Validate fully, take a registration number and compute the legal deadline.

    Raises :class:`ValidationFailed` (nothing stored) or
    :class:`persons.PersonDiffers` when ``update_person`` is None and the typed
    person data differ from the stored person.
    """
    require(user, Permission.REGISTER)
    spec = get_spec(annex_id)
    clean = normalise(spec, payload)
    today = today or dt.date.today()
    errors = validate(spec, clean, today=today)
    if errors:
        raise ValidationFailed(errors, {f.key: f.label for f in spec.fields()})
    if standalone is None:
        # An enrolled workstation issues numbers only from blocks leased by the
        # county server; a standalone office has its own open-ended series.
        standalone = not is_enrolled(store)
    now = dt.datetime.now()
    with store.write() as session:
        if request_id:
            row = _load(session, request_id)
            if row.status != Status.DRAFT:
                raise RequestError("Cererea este deja înregistrată.")
            previous = row.status
            row.version += 1
        else:
            row = Request(id=str(uuid.uuid4()), annex_id=spec.annex_id,
                          office_id=_office_id(session), created_by=user.username,
                          created_at=now, version=1)
            previous = None
        if spec.benefit == "death_aid":
            try:
                check_not_paid_twice(session, clean, exclude_request_id=request_id)
            except DeathAidAlreadyRequested as exc:
                raise RequestError(str(exc)) from exc
        person = persons.upsert(session, spec, clean, update=update_person)
        row.person_id = person.id if person else None
        row.registration_year = today.year
        row.registration_no = numbering.allocate(session, today.year, standalone=standalone)
        row.registration_date = today
        row.deadline = compute_deadline(spec, today)
        row.status = Status.REGISTERED
        _write_payload(row, spec, clean, user, now)
        session.add(row)
        session.flush()
        for document in _documents(spec, clean):
            document.request_row_id = row.row_id
            session.add(document)
        session.add(StatusChange(request_row_id=row.row_id, from_status=previous,
                                 to_status=Status.REGISTERED, changed_at=now,
                                 changed_by=user.username))
        audit.append(session, username=user.username, action="request_registered",
                     entity="request", entity_id=row.id,
                     details={"annex": spec.annex_id, "registration_no": row.registration_no,
                              "registration_date": today.isoformat(),
                              "deadline": row.deadline.isoformat() if row.deadline else None})
        outbox_request(session, row, "upsert")
        return _info(row)


def change_status(store: Store, user: CurrentUser, request_id: str, new_status: str,
                  note: str = "") -> RequestInfo:
    require(user, Permission.CHANGE_STATUS)
    target = Status(new_status)
    if target is Status.VOIDED:
        return void_request(store, user, request_id, note)
    if target in DECIDED:
        # A request is closed only by a decision (services/decisions.py) or voided
        # with a recorded reason; never by a bare status change.
        raise RequestError("Cererea se soluționează numai prin emiterea deciziei (admitere "
                           "sau respingere), iar comunicarea se înregistrează la decizie.")
    now = dt.datetime.now()
    with store.write() as session:
        row = _load(session, request_id)
        current = Status(row.status)
        if not can_change(current, target):
            raise RequestError(f"Nu se poate trece din „{label(current)}” în „{label(target)}”.")
        row.status = target
        row.version += 1
        row.updated_by, row.updated_at = user.username, now
        session.add(StatusChange(request_row_id=row.row_id, from_status=current,
                                 to_status=target, changed_at=now, changed_by=user.username,
                                 note=note.strip()[:500]))
        audit.append(session, username=user.username, action="status_changed",
                     entity="request", entity_id=row.id,
                     details={"from": current.value, "to": target.value, "note": note[:500]})
        outbox_request(session, row, "upsert")
        return _info(row)


def void_request(store: Store, user: CurrentUser, request_id: str, reason: str) -> RequestInfo:
    """Void a registered request: its number stays used, recorded with who and why."""
    require(user, Permission.VOID_NUMBER)
    if len(reason.strip()) < 5:
        raise RequestError("Motivul anulării este obligatoriu (cel puțin 5 caractere).")
    now = dt.datetime.now()
    with store.write() as session:
        row = _load(session, request_id)
        current = Status(row.status)
        if not can_change(current, Status.VOIDED) or row.registration_no is None:
            raise RequestError(f"O cerere „{label(current)}” nu poate fi anulată.")
        session.add(VoidedNumber(year=row.registration_year, number=row.registration_no,
                                 voided_by=user.username, voided_at=now,
                                 reason=reason.strip()[:500]))
        row.status = Status.VOIDED
        row.version += 1
        row.updated_by, row.updated_at = user.username, now
        session.add(StatusChange(request_row_id=row.row_id, from_status=current,
                                 to_status=Status.VOIDED, changed_at=now,
                                 changed_by=user.username, note=reason.strip()[:500]))
        audit.append(session, username=user.username, action="number_voided", entity="request",
                     entity_id=row.id, details={"registration_no": row.registration_no,
                                                "year": row.registration_year,
                                                "reason": reason.strip()[:500]})
        outbox_request(session, row, "upsert")
        return _info(row)
