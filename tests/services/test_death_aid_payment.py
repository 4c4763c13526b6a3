"""Paying the death aid: due date in working days (art. 115 (1) of the law,
art. 100 (3) of the norms), the amount in force at the date of death, only
after an admitting decision, only once, a transfer only to the IBAN handed in,
audited and sent to the server like every other write."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk_app.domain.annexes import get_spec
from desk_app.persistence.audit import verify_chain
from desk_app.persistence.decision_models import DeathAidPayment, Decision
from desk_app.persistence.models import AuditEntry, OutboxEntry, Request
from desk_app.services import death_aid_payment as payments
from desk_app.services import reference_values, requests
from desk_app.services.auth import PermissionDenied

D = dt.date
FRIDAY_28_11_2025 = D(2025, 11, 28)
MONDAY_1_12_2025 = D(2025, 12, 1)


def register_death_aid(store, user, annex_id="11", *,  # type: ignore[no-untyped-def]
                       on=FRIDAY_28_11_2025, certificate="20.11.2025", **changes):
    payload = dict(get_spec(annex_id).sample)
    payload["death_certificate.date"] = certificate
    payload["deceased.death_date"] = None  # dated by the certificate unless a test says so
    for key, value in changes.items():
        payload[key.replace("__", ".")] = value
    payload = {k: v for k, v in payload.items() if v is not None}
    return requests.register(store, user, annex_id, payload, today=on)


def decide(store, request_id, outcome="admit",  # type: ignore[no-untyped-def]
           on=MONDAY_1_12_2025):
    """A decision row as the decisions service stores it (number series per year)."""
    with store.write() as session:
        row = session.execute(select(Request).where(Request.id == request_id)).scalar_one()
        count = len(session.execute(select(Decision.id)).all())
        session.add(Decision(uuid=str(uuid.uuid4()), request_row_id=row.row_id,
                             office_id=row.office_id, year=on.year, number=count + 1,
                             issued_on=on, kind="death_aid", outcome=outcome,
                             template_version=1, content_json="{}", created_by="sef1",
                             created_at=dt.datetime.combine(on, dt.time(9))))


# --- due date ----------------------------------------------------------------------


@pytest.mark.parametrize(("registered", "due"), [
    # Fri 28.11.2025: Sat 29, Sun 30 (also Sf. Andrei), Mon 1.12 (Ziua Națională) are not
    # working days; Tue 2.12 (1), Wed 3.12 (2), Thu 4.12 (3); the last day is not counted
    # either (art. 100 (3) of the norms, Civil Code) → Friday 05.12.2025.
    (D(2025, 11, 28), D(2025, 12, 5)),
    # Wed 24.12.2025: 25–26.12 Crăciun, 27–28 weekend; Mon 29 (1), Tue 30 (2), Wed 31 (3);
    # 1–2.01.2026 are holidays, 3–4 weekend → Monday 05.01.2026.
    (D(2025, 12, 24), D(2026, 1, 5)),
    # Mon 17.11.2025, an ordinary week: Tue 18 (1), Wed 19 (2), Thu 20 (3) → Fri 21.11.2025.
    (D(2025, 11, 17), D(2025, 11, 21)),
])
def test_payment_is_due_three_working_days_after_registration(store, clerk, registered, due):
    info = register_death_aid(store, clerk, on=registered, certificate="10.11.2025")
    assert payments.payment_due(store, info.id) == due
    assert info.deadline == due  # the same date the receipt gave the applicant


# --- amount -----------------------------------------------------------------------


def test_amount_is_the_one_in_force_at_the_date_of_death(store, clerk):
    # Annex 12a: the deceased was a pensioner (art. 111): the full amount.
    before = register_death_aid(store, clerk, "12a", certificate="12.02.2025",
                                on=D(2025, 2, 14))
    assert payments.amount_for(store, before.id) == Decimal("7567")
    after = register_death_aid(store, clerk, "12a", certificate="13.02.2025", on=D(2025, 2, 14),
                               deceased__cnp=get_spec("11").sample["deceased.cnp"],
                               death_certificate__number="1")
    assert payments.amount_for(store, after.id) == Decimal("8620")


def test_a_family_member_gets_half(store, clerk):
    # Annex 11 sample: the deceased was a family member (art. 112 (4)).
    family = register_death_aid(store, clerk, "11", certificate="20.11.2025")
    assert payments.amount_for(store, family.id) == Decimal("4310")
    company = register_death_aid(store, clerk, "12b", certificate="20.11.2025")
    assert payments.amount_for(store, company.id) == Decimal("4310")


def test_the_admins_value_supersedes_the_shipped_one(store, clerk, admin):
    info = register_death_aid(store, clerk, "12a", certificate="20.11.2025")
    reference_values.add_value(store, admin, "death_aid.csv", {
        "effective_from": "2025-02-13", "effective_to": "2026-03-29",
        "insured_or_pensioner_lei": "8700", "family_member_lei": "4350",
        "legal_basis": "corecție"}, note="Legea 10/2025, verificat în Monitorul Oficial")
    assert payments.amount_for(store, info.id) == Decimal("8700")


# --- recording --------------------------------------------------------------------


def test_refused_without_an_admitting_decision(store, clerk):
    info = register_death_aid(store, clerk)
    with pytest.raises(payments.PaymentError, match="după decizia de aprobare"):
        payments.record_payment(store, clerk, info.id, "cash", D(2025, 12, 2),
                                today=D(2025, 12, 2))
    decide(store, info.id, outcome="reject")
    with pytest.raises(payments.PaymentError, match="după decizia de aprobare"):
        payments.record_payment(store, clerk, info.id, "cash", D(2025, 12, 2),
                                today=D(2025, 12, 2))
    assert payments.payment_of(store, info.id) is None


def test_cash_payment_is_stored_audited_and_sent(store, clerk):
    info = register_death_aid(store, clerk)
    decide(store, info.id)
    paid = payments.record_payment(store, clerk, info.id, "cash", D(2025, 12, 4),
                                   today=D(2025, 12, 4))
    assert (paid.method, paid.paid_on, paid.amount_lei, paid.late) == \
        ("cash", D(2025, 12, 4), Decimal("4310"), False)
    assert payments.payment_of(store, info.id) == paid
    with store.read() as session:
        stored = session.execute(select(DeathAidPayment)).scalar_one()
        assert (stored.amount_lei, stored.recorded_by) == ("4310", "ghiseu1")
        entry = session.execute(select(AuditEntry).where(
            AuditEntry.action == "death_aid_paid")).scalar_one()
        assert entry.entity_id == info.id and json.loads(entry.details)["method"] == "cash"
        sent = session.execute(select(OutboxEntry).where(
            OutboxEntry.entity == "death_aid_payment")).scalar_one()
        assert json.loads(sent.payload)["amount_lei"] == "4310"
        assert verify_chain(session).ok


def test_a_payment_after_the_due_date_is_flagged_late(store, clerk):
    info = register_death_aid(store, clerk)  # due Friday 05.12.2025
    decide(store, info.id)
    paid = payments.record_payment(store, clerk, info.id, "cash", D(2025, 12, 8),
                                   today=D(2025, 12, 8))
    assert paid.due == D(2025, 12, 5) and paid.late


def test_second_payment_is_refused_naming_the_first(store, clerk, supervisor):
    info = register_death_aid(store, clerk)
    decide(store, info.id)
    payments.record_payment(store, clerk, info.id, "postal_order", D(2025, 12, 3),
                            "MP 4471", today=D(2025, 12, 3))
    with pytest.raises(payments.PaymentError) as refused:
        payments.record_payment(store, supervisor, info.id, "cash", D(2025, 12, 4),
                                today=D(2025, 12, 4))
    message = str(refused.value)
    assert "deja plătit" in message and "mandat poștal" in message
    assert "03.12.2025" in message and "MP 4471" in message
    with store.read() as session:
        assert len(session.execute(select(DeathAidPayment)).all()) == 1


def test_transfer_needs_the_iban_of_the_request(store, clerk):
    info = register_death_aid(store, clerk, payment__iban=None,
                              doc__bank_statement={"submitted": False})
    decide(store, info.id)
    with pytest.raises(payments.PaymentError, match="IBAN") as refused:
        payments.record_payment(store, clerk, info.id, "transfer", D(2025, 12, 2), "OP 12",
                                today=D(2025, 12, 2))
    assert refused.value.field == "method"
    # Cash is still possible.
    assert payments.record_payment(store, clerk, info.id, "cash", D(2025, 12, 2),
                                   today=D(2025, 12, 2)).method == "cash"


@pytest.mark.parametrize(("method", "reference", "field", "words"), [
    ("transfer", "", "reference", "ordinului de plată"),
    ("postal_order", "  ", "reference", "mandatului poștal"),
    ("cheque", "1", "method", "modalitatea"),
])
def test_bad_method_or_reference_is_refused_on_its_field(store, clerk, method, reference,
                                                         field, words):
    info = register_death_aid(store, clerk)
    decide(store, info.id)
    with pytest.raises(payments.PaymentError, match=words) as refused:
        payments.record_payment(store, clerk, info.id, method, D(2025, 12, 2), reference,
                                today=D(2025, 12, 2))
    assert refused.value.field == field
    assert payments.payment_of(store, info.id) is None


@pytest.mark.parametrize(("paid_on", "words"), [
    (D(2025, 11, 27), "înaintea înregistrării"),
    (D(2025, 12, 3), "în viitor"),
])
def test_payment_date_between_registration_and_today(store, clerk, paid_on, words):
    info = register_death_aid(store, clerk)
    decide(store, info.id)
    with pytest.raises(payments.PaymentError, match=words) as refused:
        payments.record_payment(store, clerk, info.id, "cash", paid_on, today=D(2025, 12, 2))
    assert refused.value.field == "paid_on"


def test_only_death_aid_requests_are_paid(store, clerk):
    pension = requests.register(store, clerk, "03", dict(get_spec("03").sample),
                                today=D(2026, 11, 22))
    with pytest.raises(payments.PaymentError, match="anexele 11, 12a și 12b"):
        payments.record_payment(store, clerk, pension.id, "cash", D(2026, 11, 23),
                                today=D(2026, 11, 23))


def test_a_user_without_the_right_is_refused(store, clerk):
    info = register_death_aid(store, clerk)
    decide(store, info.id)

    class NoRights:  # every role of roles.py may process requests; a stub has no rights
        username, full_name, role, role_label = "intrus", "Intrus", "clerk", "fără drepturi"

        def can(self, permission):  # type: ignore[no-untyped-def]
            return False

    with pytest.raises(PermissionDenied):
        payments.record_payment(store, NoRights(), info.id, "cash", D(2025, 12, 2),
                                today=D(2025, 12, 2))
    assert payments.payment_of(store, info.id) is None
