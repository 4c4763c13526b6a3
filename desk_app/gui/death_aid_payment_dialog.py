"""Plata ajutorului de deces: the amount and the due date of one death-aid
request, the method (cash at the counter, bank transfer, postal order), the
date and the reference of the payment, and the two papers — the payment
approval and the mention on the back of the original death certificate
(art. 102 of the norms). Talks to ``services.death_aid_payment`` only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.amount_in_words import format_lei, lei_in_words
from desk_app.gui import lazy
from desk_app.services import death_aid_payment as payments
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.store import Store

OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
REFERENCE_HINTS = {"cash": "opțional: nr. chitanței / dispoziției de plată",
                   "transfer": "nr. ordinului de plată (OP)",
                   "postal_order": "nr. mandatului poștal"}


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class DeathAidPaymentDialog(QDialog):
    """``DeathAidPaymentDialog(store, user, request_id, parent=None, *, today=None)``."""

    paid = Signal(str)  # request id, once the payment is recorded

    def __init__(self, store: Store, user: CurrentUser, request_id: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.store, self.user, self.request_id = store, user, request_id
        self.today = today or dt.date.today()
        self.preview: QDialog | None = None
        self.context: payments.PaymentContext | None = None
        self.setWindowTitle("Plata ajutorului de deces")
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("payment_heading")
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.details = QLabel()
        self.details.setObjectName("payment_details")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.amount_label = QLabel()
        self.amount_label.setObjectName("amount")
        self.amount_label.setWordWrap(True)
        layout.addWidget(self.amount_label)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        layout.addWidget(self.due_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("payment_status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        form = QFormLayout()
        self.method_buttons: dict[str, QRadioButton] = {}
        self.method_group = QButtonGroup(self)
        methods = QVBoxLayout()
        for method, text in (("cash", "numerar la ghișeu"), ("transfer", "virament bancar"),
                             ("postal_order", "mandat poștal")):
            button = QRadioButton(text)
            button.setObjectName(f"method_{method}")
            button.toggled.connect(self._method_changed)
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            methods.addWidget(button)
        self.iban_label = QLabel()
        self.iban_label.setObjectName("iban")
        methods.addWidget(self.iban_label)
        self.method_error = _error_label("method_error")
        methods.addWidget(self.method_error)
        form.addRow("Modalitatea de plată:", methods)

        self.paid_on = QDateEdit()
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setDisplayFormat("dd.MM.yyyy")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.paid_on_error = _error_label("paid_on_error")
        date_box = QVBoxLayout()
        date_box.addWidget(self.paid_on)
        date_box.addWidget(self.paid_on_error)
        form.addRow("Data plății:", date_box)

        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(100)
        self.reference.textEdited.connect(lambda _text: self.reference_error.hide())
        self.reference_error = _error_label("reference_error")
        reference_box = QVBoxLayout()
        reference_box.addWidget(self.reference)
        reference_box.addWidget(self.reference_error)
        form.addRow("Nr. OP / mandat / chitanță:", reference_box)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("payment_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.record_button = QPushButton("Înregistrează plata")
        self.record_button.setObjectName("record_payment")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        self.approval_button = QPushButton("Tipărește aprobarea de plată")
        self.approval_button.setObjectName("print_approval")
        self.approval_button.clicked.connect(self.print_approval)
        self.mention_button = QPushButton("Tipărește mențiunea pe certificatul de deces")
        self.mention_button.setObjectName("print_mention")
        self.mention_button.clicked.connect(self.print_mention)
        close = QPushButton("Închide")
        close.clicked.connect(self.accept)
        for button in (self.record_button, self.approval_button, self.mention_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.method_buttons["cash"].setChecked(True)
        self.refresh()

    # --- state ---------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            context = payments.payment_context(self.store, self.request_id)
        except payments.PaymentError as exc:
            self._disable_all(str(exc))
            return
        self.context = context
        self.heading.setText(f"Plata ajutorului de deces — cererea nr. "
                             f"{context.registration_no} din "
                             f"{context.registration_date:%d.%m.%Y}")
        kind = "membru de familie, art. 112 din lege" if context.family_member else \
            "asigurat/pensionar, art. 111 din lege"
        self.details.setText(f"Persoana decedată: {context.deceased_name} ({kind}) · "
                             f"Beneficiar: {context.beneficiary_name}")
        basis = "data decesului" if context.date_of_death_known else \
            "data certificatului de deces"
        self.amount_label.setText(
            f"Suma: {format_lei(context.amount_lei)} ({lei_in_words(context.amount_lei)}), "
            f"în vigoare la {basis} {context.amount_date:%d.%m.%Y}")
        overdue = context.payment is None and self.today > context.due
        due_text = f"Termen de plată: {context.due:%d.%m.%Y} (3 zile lucrătoare, art. 115 " \
                   "alin. (1) din lege)"
        self.due_label.setText(due_text + (" — termen depășit" if overdue else ""))
        self.due_label.setProperty("overdue", overdue)
        self.due_label.setStyleSheet(OVERDUE_STYLE if overdue else "")
        self.iban_label.setText(f"IBAN din cerere: {context.iban}" if context.iban else
                                "Cererea nu are IBAN: virament bancar indisponibil.")
        paid = context.payment
        if paid is not None:
            self.status_label.setText(f"Plătit: {paid.describe()}."
                                      + (" Plata s-a făcut după termenul legal."
                                         if paid.late else ""))
            self.method_buttons[paid.method].setChecked(True)
            self.paid_on.setDate(QDate(paid.paid_on.year, paid.paid_on.month,
                                       paid.paid_on.day))
            self.reference.setText(paid.reference)
        elif not context.has_admitting_decision:
            self.status_label.setText(payments.NO_DECISION)
        else:
            self.status_label.setText("Ajutorul de deces a fost aprobat prin decizie; plata nu "
                                      "a fost încă înregistrată.")
        editable = paid is None and context.has_admitting_decision
        for widget in (*self.method_buttons.values(), self.paid_on, self.reference,
                       self.record_button):
            widget.setEnabled(editable)
        self.mention_button.setEnabled(paid is not None)

    def _disable_all(self, message: str) -> None:
        self.message.setText(message)
        for widget in (*self.method_buttons.values(), self.paid_on, self.reference,
                       self.record_button, self.approval_button, self.mention_button):
            widget.setEnabled(False)

    def method(self) -> str:
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return ""

    def _method_changed(self, checked: bool) -> None:
        if checked:
            self.method_error.hide()
            self.reference_error.hide()
            self.reference.setPlaceholderText(REFERENCE_HINTS.get(self.method(), ""))

    def _clear_errors(self) -> None:
        for label in (self.method_error, self.paid_on_error, self.reference_error):
            label.clear()
            label.hide()
        self.message.clear()

    def _show_error(self, exc: payments.PaymentError) -> None:
        label = {"method": self.method_error, "paid_on": self.paid_on_error,
                 "reference": self.reference_error}.get(exc.field, self.message)
        label.setText(str(exc))
        label.show()

    # --- actions -------------------------------------------------------------------

    def record(self) -> None:
        self._clear_errors()
        date = self.paid_on.date()
        try:
            info = payments.record_payment(
                self.store, self.user, self.request_id, self.method(),
                dt.date(date.year(), date.month(), date.day()), self.reference.text(),
                today=self.today)
        except payments.PaymentError as exc:
            self._show_error(exc)
            return
        except AuthError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        text = "Plata a fost înregistrată. Tipăriți mențiunea pe certificatul de deces."
        if info.late:
            text += (f" Atenție: plata s-a făcut după termenul legal "
                     f"({info.due:%d.%m.%Y}).")
        self.message.setText(text)
        self.paid.emit(self.request_id)

    def print_approval(self) -> None:
        self._clear_errors()
        try:
            pdf = payments.approval_pdf(self.store, self.request_id, self.method() or None,
                                        self.user)
        except payments.PaymentError as exc:
            self._show_error(exc)
            return
        self.preview = lazy.pdf_preview(pdf, "Aprobare de plată a ajutorului de deces",
                                        "aprobare-plata-ajutor-deces.pdf", self)
        self.preview.show()

    def print_mention(self) -> None:
        self._clear_errors()
        try:
            pdf = payments.certificate_mention_pdf(self.store, self.request_id)
        except payments.PaymentError as exc:
            self._show_error(exc)
            return
        self.preview = lazy.pdf_preview(pdf, "Mențiune pe certificatul de deces",
                                        "mentiune-certificat-deces.pdf", self)
        self.preview.show()
