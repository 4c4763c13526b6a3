"""Finding requests: by CNP (exact), by name prefix without diacritics
("stefan" finds "Ștefan"), by registration number; and one request in full
(data, documents, history) for the request view.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text

from desk_app.domain.annexes import UnknownAnnex, get_spec
from desk_app.domain.statuses import label
from desk_app.persistence.models import Request, RequestDocument, StatusChange
from desk_app.services.requests import RequestError
from desk_app.services.store import Store

DEFAULT_LIMIT = 200
_NUMBER = re.compile(r"^(?:nr\.?\s*)?(\d{1,9})(?:\s*(?:/|din)\s*(\d{4}))?$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class RequestSummary:
    id: str
    annex_id: str
    request_type: str
    registration_no: int | None
    registration_date: dt.date | None
    applicant_name: str
    applicant_cnp: str
    status: str
    deadline: dt.date | None

    @property
    def status_label(self) -> str:
        return label(self.status)


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    by: str
    from_status: str | None
    to_status: str
    note: str


@dataclass(frozen=True)
class DocumentRow:
    label: str
    form: str
    series: str
    number: str
    issued_on: str


@dataclass(frozen=True)
class RequestDetail:
    summary: RequestSummary
    spec_version: int
    payload: dict[str, Any]
    documents: tuple[DocumentRow, ...]
    history: tuple[HistoryEntry, ...]
    created_by: str
    updated_by: str


def _type_title(annex_id: str) -> str:
    try:
        return get_spec(annex_id).short_title
    except UnknownAnnex:
        return f"Anexa {annex_id}"


def summary_of(row: Request) -> RequestSummary:
    return RequestSummary(row.id, row.annex_id, _type_title(row.annex_id), row.registration_no,
                          row.registration_date, row.applicant_name, row.applicant_cnp,
                          row.status, row.deadline)


def search(store: Store, query: str, *, limit: int = DEFAULT_LIMIT) -> list[RequestSummary]:
    """Requests matching a CNP, a registration number or the start of names."""
    query = query.strip()
    if not query:
        return []
    stmt = select(Request)
    if query.isdigit() and len(query) == 13:
        stmt = stmt.where(Request.applicant_cnp == query)
    elif match := _NUMBER.match(query):
        number = int(match.group(1))
        stmt = stmt.where(Request.registration_no == number)
        if match.group(2):
            stmt = stmt.where(Request.registration_year == int(match.group(2)))
    else:
        words = _WORD.findall(query)[:6]
        if not words:
            return []
        # Each word is quoted: nothing the clerk types is FTS syntax. The index
        # returns the newest matches itself, so a common prefix ("po") among a
        # million requests is not sorted in full.
        fts = " AND ".join('"' + w.replace('"', "") + '"*' for w in words)
        stmt = stmt.where(Request.row_id.in_(
            text("SELECT rowid FROM request_search WHERE request_search MATCH :q "
                 "ORDER BY rowid DESC LIMIT :n").bindparams(q=fts, n=limit)))
    stmt = stmt.order_by(Request.row_id.desc()).limit(limit)
    with store.read() as session:
        return [summary_of(row) for row in session.execute(stmt).scalars()]


def detail(store: Store, request_id: str) -> RequestDetail:
    with store.read() as session:
        row = session.execute(select(Request).where(Request.id == request_id)).scalar_one_or_none()
        if row is None:
            raise RequestError(f"Cererea {request_id} nu există.")
        documents = session.execute(
            select(RequestDocument).where(RequestDocument.request_row_id == row.row_id)
            .order_by(RequestDocument.id)).scalars()
        history = session.execute(
            select(StatusChange).where(StatusChange.request_row_id == row.row_id)
            .order_by(StatusChange.id)).scalars()
        return RequestDetail(
            summary_of(row), row.spec_version, json.loads(row.payload),
            tuple(DocumentRow(d.label, d.form, d.series, d.number, d.issued_on)
                  for d in documents),
            tuple(HistoryEntry(h.changed_at, h.changed_by, h.from_status, h.to_status, h.note)
                  for h in history),
            row.created_by, row.updated_by)


def recent(store: Store, *, limit: int = 100) -> list[RequestSummary]:
    stmt = select(Request).order_by(Request.row_id.desc()).limit(limit)
    with store.read() as session:
        return [summary_of(row) for row in session.execute(stmt).scalars()]


def registered_between(store: Store, start: dt.date, end: dt.date, *,
                       limit: int = 5000) -> list[RequestSummary]:
    """The register of a period: registered requests in number order."""
    stmt = (select(Request).where(Request.registration_date >= start,
                                  Request.registration_date <= end)
            .order_by(Request.registration_year, Request.registration_no).limit(limit))
    with store.read() as session:
        return [summary_of(row) for row in session.execute(stmt).scalars()]
