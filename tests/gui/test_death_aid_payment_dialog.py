"""The death-aid payment dialog (offscreen): amount and due date, a cash payment
recorded through the buttons and found stored, the Romanian message next to a
bad reference, the due date in red once passed, the two papers in the preview."""

from __future__ import annotations

import datetime as dt
import io
import uuid

from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desk_app.domain.annexes import get_spec
from desk_app.gui.death_aid_payment_dialog import DeathAidPaymentDialog
from desk_app.persistence.decision_models import Decision
from desk_app.persistence.models import Request
from desk_app.services import death_aid_payment as payments
from desk_app.services import requests

D = dt.date
REGISTERED = D(2026, 11, 27)  # Friday; 30.11 and 1.12 are holidays → due Monday 07.12.2026


def _request(store, clerk, *, admitted=True):  # type: ignore[no-untyped-def]
    payload = dict(get_spec("11").sample)
    payload["death_certificate.date"] = "20.11.2026"
    payload["deceased.death_date"] = "18.11.2026"
    info = requests.register(store, clerk, "11", payload, today=REGISTERED)
    if admitted:
        with store.write() as session:
            row = session.execute(select(Request).where(Request.id == info.id)).scalar_one()
            session.add(Decision(uuid=str(uuid.uuid4()), request_row_id=row.row_id,
                                 office_id=row.office_id, year=2026, number=1,
                                 issued_on=D(2026, 12, 2), kind="death_aid", outcome="admit",
                                 template_version=1, content_json="{}", created_by="sef1",
                                 created_at=dt.datetime(2026, 12, 2, 9)))
    return info


def _dialog(qtbot, store, clerk, request_id, today):  # type: ignore[no-untyped-def]
    dialog = DeathAidPaymentDialog(store, clerk, request_id, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(dialog, name):  # type: ignore[no-untyped-def]
    dialog.findChild(QPushButton, name).click()


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def test_cash_payment_through_the_dialog_is_stored_and_printed(qtbot, store, clerk):
    info = _request(store, clerk)
    dialog = _dialog(qtbot, store, clerk, info.id, D(2026, 12, 3))
    # The sample's deceased was a family member: half the 2026 amount (4.596 lei).
    assert "4.596,00 lei" in dialog.amount_label.text()
    assert "patru mii cinci sute nouăzeci și șase de lei" in dialog.amount_label.text()
    assert "07.12.2026" in dialog.due_label.text()
    assert "depășit" not in dialog.due_label.text() and not dialog.due_label.property("overdue")
    assert not dialog.findChild(QPushButton, "print_mention").isEnabled()

    dialog.method_buttons["cash"].setChecked(True)
    _click(dialog, "record_payment")

    stored = payments.payment_of(store, info.id)
    assert stored is not None and (stored.method, stored.paid_on) == ("cash", D(2026, 12, 3))
    assert "Plata a fost înregistrată" in dialog.message.text()
    assert "Plătit: numerar la ghișeu" in dialog.status_label.text()
    assert not dialog.record_button.isEnabled()  # paid once, not twice

    _click(dialog, "print_mention")
    mention = _pdf_text(dialog.preview.pdf_bytes)
    assert "ACHITAT" in mention and "la data de 03.12.2026" in mention
    assert "4.596,00 lei" in mention
    _click(dialog, "print_approval")
    approval = _pdf_text(dialog.preview.pdf_bytes)
    assert "APROBARE DE PLATĂ" in approval and "Se aprobă plata." in approval
    assert "Ion Ștefănescu" in approval  # the clerk who recorded it: Întocmit


def test_transfer_without_reference_shows_the_message_next_to_the_field(qtbot, store, clerk):
    info = _request(store, clerk)
    dialog = _dialog(qtbot, store, clerk, info.id, D(2026, 12, 3))
    assert "IBAN din cerere: RO" in dialog.findChild(type(dialog.iban_label), "iban").text()
    dialog.method_buttons["transfer"].setChecked(True)
    dialog.reference.setText("   ")
    _click(dialog, "record_payment")
    assert dialog.reference_error.isVisible()
    assert "ordinului de plată" in dialog.reference_error.text()
    assert not dialog.method_error.isVisible() and not dialog.paid_on_error.isVisible()
    assert payments.payment_of(store, info.id) is None

    qtbot.keyClicks(dialog.reference, "OP 1185")
    assert not dialog.reference_error.isVisible()  # typing clears the message
    _click(dialog, "record_payment")
    assert payments.payment_of(store, info.id).reference == "OP 1185"


def test_a_date_in_the_future_is_refused_next_to_the_date(qtbot, store, clerk):
    info = _request(store, clerk)
    dialog = _dialog(qtbot, store, clerk, info.id, D(2026, 12, 3))
    dialog.paid_on.setDate(dialog.paid_on.date().addDays(1))
    _click(dialog, "record_payment")
    assert dialog.paid_on_error.isVisible() and "în viitor" in dialog.paid_on_error.text()
    assert payments.payment_of(store, info.id) is None


def test_past_due_date_is_red_and_a_late_payment_is_flagged(qtbot, store, clerk):
    info = _request(store, clerk)
    dialog = _dialog(qtbot, store, clerk, info.id, D(2026, 12, 8))
    assert "termen depășit" in dialog.due_label.text()
    assert dialog.due_label.property("overdue") and "#b3261e" in dialog.due_label.styleSheet()
    _click(dialog, "record_payment")
    assert "după termenul legal (07.12.2026)" in dialog.message.text()
    assert "termen depășit" not in dialog.due_label.text()  # paid: nothing is pending


def test_without_a_decision_the_payment_cannot_be_recorded(qtbot, store, clerk):
    info = _request(store, clerk, admitted=False)
    dialog = _dialog(qtbot, store, clerk, info.id, D(2026, 12, 3))
    assert dialog.status_label.text() == payments.NO_DECISION
    assert not dialog.record_button.isEnabled()
    assert dialog.approval_button.isEnabled()
