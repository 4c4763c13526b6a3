"""Paying the death aid (art. 111–116 of Law 360/2023, art. 100–102 of the
norms, HG 181/2024) for a request of annex 11, 12a or 12b.

* Due date: 3 working days from the request (art. 115 (1) of the law), counted
  without the first and the last day (art. 100 (3) of the norms) — the same
  date as the request's legal deadline.
* Amount: the level in force at the date of death (art. 116 (3) of the law):
  the full amount (art. 111 (4)) or half for a family member (art. 112 (4)),
  from the law's tables with the admin's values applied. The models of annexes
  11, 12a and 12b do not ask for the date of death; the date of the death
  certificate stands in for it unless the payload carries ``deceased.death_date``.
* The payment is recorded once, after an admitting decision, with its method
  (cash at the counter, bank transfer, postal order), date and reference, in
  one transaction with its audit and outbox entries.
* The two papers: the payment approval and the mention on the back of the
  original death certificate (art. 102 of the norms). ReportLab is imported
  only when one is printed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.amount_in_words import format_lei
from desk_app.domain.annexes import get_spec
from desk_app.domain.deadlines import working_days_deadline
from desk_app.domain.law360.errors import MissingReferenceValue
from desk_app.domain.law360.helpers import death_aid_amount
from desk_app.domain.roles import Permission
from desk_app.domain.statuses import Status
from desk_app.domain.values import parse_date
from desk_app.persistence import audit, outbox
from desk_app.persistence.decision_models import DeathAidPayment, Decision
from desk_app.persistence.models import Request, User
from desk_app.services.auth import CurrentUser, require
from desk_app.services.death_aid import death_aid_annexes
from desk_app.services.errors import FieldError
from desk_app.services.office import office_info
from desk_app.services.reference_values import tables_for
from desk_app.services.store import Store

if TYPE_CHECKING:  # ReportLab is imported only when a paper is printed
    from desk_app.printing.death_aid_pdf import DeathAidPaymentData

PAYMENT_DAYS = 3  # art. 115 (1) of the law
METHODS = ("cash", "transfer", "postal_order")
METHOD_LABELS = {"cash": "numerar la ghișeu", "transfer": "virament bancar",
                 "postal_order": "mandat poștal"}
IBAN_KEY = "payment.iban"
DEATH_DATE_KEYS = ("deceased.death_date", "death_certificate.date")
NO_DECISION = "Plata se înregistrează după decizia de aprobare a ajutorului de deces."


class PaymentError(FieldError):
    """A payment that cannot be recorded; ``field`` names the input at fault
    ("method", "paid_on", "reference" or "" for the request itself)."""


@dataclass(frozen=True)
class PaymentInfo:
    request_id: str
    method: str
    paid_on: dt.date
    amount_lei: Decimal
    reference: str
    recorded_by: str
    recorded_at: dt.datetime
    due: dt.date

    @property
    def late(self) -> bool:
        """Paid after the 3 working days of art. 115 (1) of the law."""
        return self.paid_on > self.due

    @property
    def method_label(self) -> str:
        return METHOD_LABELS[self.method]

    def describe(self) -> str:
        ref = f", {self.reference}" if self.reference else ""
        return (f"{self.method_label}, {format_lei(self.amount_lei)}, la data de "
                f"{self.paid_on:%d.%m.%Y}{ref}, înregistrată de {self.recorded_by}")


@dataclass(frozen=True)
class PaymentContext:
    """What the payment dialog shows about a request."""

    request_id: str
    annex_id: str
    registration_no: int
    registration_date: dt.date
    deceased_name: str
    beneficiary_name: str
    iban: str
    family_member: bool
    amount_lei: Decimal
    amount_date: dt.date
    date_of_death_known: bool
    due: dt.date
    has_admitting_decision: bool
    payment: PaymentInfo | None


# --- reading the request ----------------------------------------------------------


def _load(session: Session, request_id: str) -> Request:
    row = session.execute(select(Request).where(Request.id == request_id)).scalar_one_or_none()
    if row is None:
        raise PaymentError(f"Cererea {request_id} nu există.")
    if row.annex_id not in death_aid_annexes():
        raise PaymentError("Plata ajutorului de deces se înregistrează doar pentru cererile "
                           "din anexele 11, 12a și 12b.")
    if row.registration_date is None or row.registration_no is None \
            or row.status in (Status.DRAFT, Status.VOIDED):
        raise PaymentError("Cererea nu este înregistrată (ciornă sau anulată).")
    return row


def _payload(row: Request) -> dict[str, Any]:
    return json.loads(row.payload)


def _date_of_death(payload: dict[str, Any]) -> tuple[dt.date, bool]:
    """(date whose amount applies, whether it is the real date of death)."""
    for key in DEATH_DATE_KEYS:
        day = parse_date(str(payload.get(key) or ""))
        if day is not None:
            return day, key == DEATH_DATE_KEYS[0]
    raise PaymentError("Cererea nu are data certificatului de deces; cuantumul nu se poate "
                       "stabili.")


def _family_member(annex_id: str, payload: dict[str, Any]) -> bool:
    """Art. 112 of the law: the death of a family member gives half the amount."""
    return annex_id == "12b" or payload.get("deceased.quality") == "membru_de_familie"


def _amount(store: Store, annex_id: str, payload: dict[str, Any]) -> tuple[Decimal, dt.date]:
    day, _ = _date_of_death(payload)
    try:
        aid = death_aid_amount(tables_for(store), day, _family_member(annex_id, payload))
    except MissingReferenceValue as exc:
        raise PaymentError(str(exc)) from exc
    return aid.amount_lei, day


def _name(payload: dict[str, Any], prefix: str) -> str:
    parts = (payload.get(f"{prefix}.surname"), payload.get(f"{prefix}.given_names"))
    return " ".join(str(p) for p in parts if p)


def _beneficiary(payload: dict[str, Any]) -> tuple[str, str, str, str]:
    """(name, "CNP"/"CUI", identifier, representative): annexes 12a/12b pay a company."""
    if payload.get("company.name"):
        return (str(payload["company.name"]), "CUI", str(payload.get("company.cui") or ""),
                _name(payload, "applicant"))
    return _name(payload, "applicant"), "CNP", str(payload.get("applicant.cnp") or ""), ""


def _due(row: Request) -> dt.date:
    assert row.registration_date is not None
    return working_days_deadline(row.registration_date, PAYMENT_DAYS)


def _has_admitting_decision(session: Session, row: Request) -> bool:
    return _approved_amount(session, row) is not None


def _approved_amount(session: Session, row: Request) -> Decimal | None:
    """The amount the admitting decision approved (what is paid), if there is one."""
    found = session.execute(
        select(Decision.amount_lei).where(Decision.request_row_id == row.row_id,
                                          Decision.outcome == "admit")
        .order_by(Decision.id.desc()).limit(1)).first()
    if found is None:
        return None
    return Decimal(found[0]) if found[0] else Decimal(0)


def _payment_row(session: Session, row: Request) -> DeathAidPayment | None:
    return session.execute(
        select(DeathAidPayment).where(DeathAidPayment.request_row_id == row.row_id)
    ).scalar_one_or_none()


def _info(row: Request, payment: DeathAidPayment) -> PaymentInfo:
    return PaymentInfo(row.id, payment.method, payment.paid_on, Decimal(payment.amount_lei),
                       payment.reference, payment.recorded_by, payment.recorded_at, _due(row))


# --- use cases --------------------------------------------------------------------


def payment_due(store: Store, request_id: str) -> dt.date:
    """Last day for the payment: 3 working days after the registration date."""
    with store.read() as session:
        return _due(_load(session, request_id))


def amount_for(store: Store, request_id: str) -> Decimal:
    """The death aid in force at the date of death (art. 116 (3) of the law)."""
    with store.read() as session:
        row = _load(session, request_id)
        annex_id, payload = row.annex_id, _payload(row)
    return _amount(store, annex_id, payload)[0]


def payment_of(store: Store, request_id: str) -> PaymentInfo | None:
    with store.read() as session:
        row = _load(session, request_id)
        payment = _payment_row(session, row)
        return _info(row, payment) if payment else None


def payment_context(store: Store, request_id: str) -> PaymentContext:
    with store.read() as session:
        row = _load(session, request_id)
        payload = _payload(row)
        payment = _payment_row(session, row)
        admitted = _has_admitting_decision(session, row)
        info = _info(row, payment) if payment else None
        assert row.registration_no is not None and row.registration_date is not None
        head = (row.id, row.annex_id, row.registration_no, row.registration_date, _due(row))
    amount, amount_date = _amount(store, head[1], payload)
    return PaymentContext(
        request_id=head[0], annex_id=head[1], registration_no=head[2],
        registration_date=head[3], deceased_name=_name(payload, "deceased"),
        beneficiary_name=_beneficiary(payload)[0], iban=str(payload.get(IBAN_KEY) or ""),
        family_member=_family_member(head[1], payload), amount_lei=amount,
        amount_date=amount_date, date_of_death_known=_date_of_death(payload)[1], due=head[4],
        has_admitting_decision=admitted, payment=info)


def check_payment_input(method: str, paid_on: dt.date | None, reference: str,
                        registration_date: dt.date, iban: str, today: dt.date) -> None:
    """The checks of one payment's data, each naming its field (no database)."""
    if method not in METHODS:
        raise PaymentError("Alegeți modalitatea de plată.", "method")
    if method == "transfer" and not iban.strip():
        raise PaymentError("Plata prin virament bancar cere contul (IBAN) din extrasul de cont "
                           "depus cu cererea (art. 101 din norme); cererea nu are IBAN.",
                           "method")
    if paid_on is None:
        raise PaymentError("Data plății este obligatorie (ZZ.LL.AAAA).", "paid_on")
    if paid_on < registration_date:
        raise PaymentError(f"Data plății nu poate fi înaintea înregistrării cererii "
                           f"({registration_date:%d.%m.%Y}).", "paid_on")
    if paid_on > today:
        raise PaymentError("Data plății nu poate fi în viitor.", "paid_on")
    reference = reference.strip()
    if method == "transfer" and not reference:
        raise PaymentError("Introduceți numărul ordinului de plată (OP).", "reference")
    if method == "postal_order" and not reference:
        raise PaymentError("Introduceți numărul mandatului poștal.", "reference")
    if len(reference) > 100:
        raise PaymentError("Referința plății are cel mult 100 de caractere.", "reference")


def record_payment(store: Store, user: CurrentUser, request_id: str, method: str,
                   paid_on: dt.date | None, reference: str = "", *,
                   today: dt.date | None = None) -> PaymentInfo:
    """Record the one payment of a death aid; ``PaymentInfo.late`` tells the UI to warn."""
    # Paying is part of solving the request, which the counter staff do.
    require(user, Permission.CHANGE_STATUS)
    today = today or dt.date.today()
    reference = reference.strip()
    with store.read() as session:
        row = _load(session, request_id)
        annex_id, payload = row.annex_id, _payload(row)
    amount, _ = _amount(store, annex_id, payload)
    now = dt.datetime.now()
    try:
        with store.write() as session:
            row = _load(session, request_id)
            earlier = _payment_row(session, row)
            if earlier is not None:
                raise PaymentError(_already_paid(row, earlier))
            approved = _approved_amount(session, row)
            if approved is None:
                raise PaymentError(NO_DECISION)
            if approved:
                amount = approved  # pay what the signed decision approved
            assert row.registration_date is not None
            check_payment_input(method, paid_on, reference, row.registration_date,
                                str(payload.get(IBAN_KEY) or ""), today)
            assert paid_on is not None
            payment = DeathAidPayment(request_row_id=row.row_id, method=method,
                                      paid_on=paid_on, amount_lei=str(amount),
                                      reference=reference, recorded_by=user.username,
                                      recorded_at=now)
            session.add(payment)
            session.flush()
            info = _info(row, payment)
            details = {"registration_no": row.registration_no, "method": method,
                       "paid_on": paid_on.isoformat(), "amount_lei": str(amount),
                       "reference": reference, "due": info.due.isoformat(),
                       "late": info.late}
            audit.append(session, username=user.username, action="death_aid_paid",
                         entity="request", entity_id=row.id, details=details)
            outbox.add(session, entity="death_aid_payment", entity_id=row.id,
                       operation="upsert",
                       payload={"request_id": row.id, **details,
                                "recorded_by": user.username,
                                "recorded_at": now.isoformat()})
            return info
    except IntegrityError as exc:
        # Another counter recorded it between our check and our insert.
        existing = payment_of(store, request_id)
        if existing is None:
            raise
        raise PaymentError(_already_paid_info(existing)) from exc


def _already_paid(row: Request, payment: DeathAidPayment) -> str:
    return _already_paid_info(_info(row, payment))


def _already_paid_info(info: PaymentInfo) -> str:
    return (f"Ajutorul de deces pentru această cerere a fost deja plătit: {info.describe()}. "
            "Nu se plătește a doua oară.")


# --- printing ---------------------------------------------------------------------


def _print_data(store: Store, request_id: str, method: str | None,
                user: CurrentUser | None) -> DeathAidPaymentData:
    from desk_app.printing.death_aid_pdf import DeathAidPaymentData

    with store.read() as session:
        row = _load(session, request_id)
        payload = _payload(row)
        payment = _payment_row(session, row)
        info = _info(row, payment) if payment else None
        prepared_by = ""
        username = info.recorded_by if info else (user.username if user else "")
        if username:
            prepared_by = session.execute(
                select(User.full_name).where(User.username == username)
            ).scalar_one_or_none() or username
        assert row.registration_no is not None and row.registration_date is not None
        head = (row.id, row.annex_id, row.registration_no, row.registration_date, _due(row))
    chosen = info.method if info else (method or "cash")
    if chosen not in METHODS:
        raise PaymentError("Alegeți modalitatea de plată.", "method")
    amount, amount_date = _amount(store, head[1], payload)
    death, known = _date_of_death(payload)
    name, id_label, identifier, representative = _beneficiary(payload)
    return DeathAidPaymentData(
        office_name=office_info(store).house_name, registration_no=head[2],
        registration_date=head[3], request_id=head[0],
        annex_label=get_spec(head[1]).annex_label,
        deceased_name=_name(payload, "deceased"),
        deceased_cnp=str(payload.get("deceased.cnp") or ""),
        date_of_death=death if known else None, amount_date=amount_date,
        certificate_series=str(payload.get("death_certificate.series") or ""),
        certificate_number=str(payload.get("death_certificate.number") or ""),
        certificate_date=str(payload.get("death_certificate.date") or ""),
        certificate_issuer=str(payload.get("death_certificate.issuer") or ""),
        family_member=_family_member(head[1], payload), beneficiary_name=name,
        beneficiary_id_label=id_label, beneficiary_id=identifier,
        representative=representative, amount_lei=amount, method=chosen,
        iban=str(payload.get(IBAN_KEY) or ""), due=head[4],
        paid_on=info.paid_on if info else None, reference=info.reference if info else "",
        prepared_by=prepared_by)


def approval_pdf(store: Store, request_id: str, method: str | None = None,
                 user: CurrentUser | None = None) -> bytes:
    """The payment approval; the recorded payment's method and date when there is one,
    else ``method`` as chosen in the dialog."""
    from desk_app.printing.death_aid_pdf import render_payment_approval

    return render_payment_approval(_print_data(store, request_id, method, user))


def certificate_mention_pdf(store: Store, request_id: str) -> bytes:
    """The mention of art. 102 of the norms; only once the payment is recorded."""
    from desk_app.printing.death_aid_pdf import render_certificate_mention

    data = _print_data(store, request_id, None, None)
    if data.paid_on is None:
        raise PaymentError("Mențiunea pe certificatul de deces se tipărește după "
                           "înregistrarea plății.")
    return render_certificate_mention(data)
