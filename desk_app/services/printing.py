"""Printing use cases: a registered request, its receipt, a blank model, a
preview of what is being typed. Data is gathered here; the printing layer only
turns plain data into PDF bytes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desk_app.domain.annexes import get_spec
from desk_app.domain.annexes.validation import normalise
from desk_app.persistence.models import User
from desk_app.printing.annex_pdf import PrintHeader, render_blank, render_many, render_request
from desk_app.printing.receipt_pdf import ReceiptData, ReceiptDocument, render_receipt
from desk_app.services.office import office_info
from desk_app.services.queries import RequestDetail, detail
from desk_app.services.requests import RequestError
from desk_app.services.store import Store


def _header(store: Store, item: RequestDetail, duplicate: bool) -> PrintHeader:
    office = office_info(store)
    summary = item.summary
    return PrintHeader(registration_no=summary.registration_no,
                       registration_date=summary.registration_date,
                       office_name=office.house_name, request_id=summary.id,
                       duplicate=duplicate)


def request_pdf(store: Store, request_id: str, *, duplicate: bool = False) -> bytes:
    item = detail(store, request_id)
    spec = get_spec(item.summary.annex_id)
    return render_request(spec, item.payload, _header(store, item, duplicate))


def requests_pdf(store: Store, request_ids: list[str]) -> bytes:
    """Many stored requests in one PDF (batch print from the register)."""
    items = []
    for request_id in request_ids:
        item = detail(store, request_id)
        items.append((get_spec(item.summary.annex_id), item.payload,
                      _header(store, item, False)))
    return render_many(items)


def preview_pdf(store: Store | None, annex_id: str, payload: dict[str, Any]) -> bytes:
    """What is being typed, unregistered (no number yet)."""
    spec = get_spec(annex_id)
    office = office_info(store).house_name if store is not None else ""
    return render_request(spec, normalise(spec, payload), PrintHeader(office_name=office))


def blank_pdf(annex_id: str, *, office_name: str = "") -> bytes:
    return render_blank(get_spec(annex_id), office_name=office_name)


def receipt_pdf(store: Store, request_id: str) -> bytes:
    item = detail(store, request_id)
    summary = item.summary
    if summary.registration_no is None or summary.registration_date is None:
        raise RequestError("Dovada se tipărește doar pentru o cerere înregistrată.")
    spec = get_spec(summary.annex_id)
    office = office_info(store)
    with store.read() as session:
        clerk = session.execute(
            select(User.full_name).where(User.username == item.created_by)
        ).scalar_one_or_none() or item.created_by
    documents = tuple(
        ReceiptDocument(label=d.label, form=d.form,
                        details=" ".join(part for part in (
                            f"seria {d.series}" if d.series else "",
                            f"nr. {d.number}" if d.number else "",
                            f"din {d.issued_on}" if d.issued_on else "") if part))
        for d in item.documents)
    data = ReceiptData(
        registration_no=summary.registration_no, registration_date=summary.registration_date,
        request_id=summary.id, request_title=spec.title, annex_label=spec.annex_label,
        applicant_name=summary.applicant_name, applicant_cnp=summary.applicant_cnp,
        documents=documents, deadline=summary.deadline,
        deadline_article=spec.deadline.article if spec.deadline else "",
        clerk_name=clerk, office_name=office.house_name, county_name=office.county_name)
    return render_receipt(data)
