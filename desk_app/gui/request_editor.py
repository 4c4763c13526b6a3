"""Typing one request: the generated form, draft, registration, preview and print.

After registration the number appears in a banner ("Nr. 1234 din 22.11.2026")
with buttons to print the request for signing and the receipt.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.annexes.spec import AnnexSpec
from desk_app.domain.registry_numbers import format_registration
from desk_app.gui import lazy
from desk_app.gui.annex_form import AnnexForm
from desk_app.services import duplicates, offline_policy, persons, requests
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.office import office_info
from desk_app.services.requests import RequestError, RequestInfo, ValidationFailed
from desk_app.services.store import Store

# Models where the clerk checks bonuses against annex 14 (employer certificates,
# recalculation with bonuses).
BONUS_CHECK_ANNEXES = frozenset({"13", "15", "16"})


class RequestEditor(QWidget):
    registered = Signal(object)  # RequestInfo
    back_requested = Signal()

    def __init__(self, store: Store, user: CurrentUser, spec: AnnexSpec,
                 parent: QWidget | None = None, *, draft_id: str | None = None) -> None:
        super().__init__(parent)
        self.store, self.user, self.spec = store, user, spec
        self.draft_id = draft_id
        self.info: RequestInfo | None = None
        self.preview: QDialog | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton("← Modele")
        back.clicked.connect(self.back_requested.emit)
        header.addWidget(back)
        title = QLabel(f"{spec.title}  ({spec.annex_label})")
        title.setProperty("role", "title")
        title.setWordWrap(True)
        header.addWidget(title, 1)
        if spec.annex_id in BONUS_CHECK_ANNEXES:
            bonuses = QPushButton("Anexa 14 — sporuri")
            bonuses.setObjectName("open_bonuses")
            bonuses.clicked.connect(self.show_bonuses)
            header.addWidget(bonuses)
        layout.addLayout(header)
        self.banner = QLabel()
        self.banner.setObjectName("registration_banner")
        self.banner.setProperty("role", "banner")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.form = AnnexForm(spec, self)
        self.form.cnp_entered.connect(self._prefill_person)
        layout.addWidget(self.form, 1)
        self.message = QLabel()
        self.message.setObjectName("editor_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.draft_button = self._button(buttons, "Salvează ciorna", "save_draft", self.save_draft)
        self.register_button = self._button(buttons, "Înregistrează", "register", self.register)
        self._button(buttons, "Previzualizare", "preview", self.show_preview)
        self._button(buttons, "Formular necompletat", "print_blank", self.show_blank)
        buttons.addStretch(1)
        self.print_request_button = self._button(buttons, "Tipărește cererea", "print_request",
                                                 self.print_request)
        self.print_receipt_button = self._button(buttons, "Tipărește dovada", "print_receipt",
                                                 self.print_receipt)
        self.new_button = self._button(buttons, "Cerere nouă", "new_request", self.start_new)
        for button in (self.print_request_button, self.print_receipt_button, self.new_button):
            button.setEnabled(False)
        layout.addLayout(buttons)
        self.register_button.setDefault(True)

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _prefill_person(self, prefix: str, cnp: str) -> None:
        values = persons.prefill(self.store, self.spec, cnp, prefix)
        if values:
            self.form.set_payload(values, only_empty=True)
            self.message.setText("Persoana există în evidență: datele au fost completate.")

    def save_draft(self) -> None:
        try:
            info = requests.save_draft(self.store, self.user, self.spec.annex_id,
                                       self.form.payload(), request_id=self.draft_id)
        except (RequestError, AuthError) as exc:
            self.message.setText(str(exc))
            return
        self.draft_id = info.id
        self.message.setText("Ciorna a fost salvată (fără număr de înregistrare).")

    def register(self) -> None:
        payload = self.form.payload()
        errors = self.form.validate_all()
        if errors:
            self.message.setText(f"Cererea nu poate fi înregistrată: {len(errors)} câmpuri de "
                                 "corectat (marcate cu roșu).")
            return
        if not self._offline_policy_allows() or not self._duplicates_accepted(payload):
            return
        update: bool | None = None
        while True:
            try:
                info = requests.register(self.store, self.user, self.spec.annex_id, payload,
                                         request_id=self.draft_id, update_person=update)
                break
            except persons.PersonDiffers as exc:
                answer = QMessageBox.question(
                    self, "Date diferite față de evidență",
                    f"{exc}\n\nActualizați datele persoanei în evidență?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No |
                    QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                update = answer == QMessageBox.StandardButton.Yes
            except ValidationFailed as exc:
                self.form.show_errors(exc.errors)
                self.message.setText("Cererea nu este completă.")
                return
            except (RequestError, AuthError) as exc:
                self.message.setText(str(exc))
                return
        self._registered(info)

    def _offline_policy_allows(self) -> bool:
        """Too long without sync: warn; past the hard limit a supervisor confirms."""
        state = offline_policy.offline_status(self.store)
        if state.level == "ok":
            return True
        if state.level == "warn":
            self.message.setText(state.message_ro)
            return True
        from desk_app.gui.supervisor_confirm import confirm_by_supervisor

        return confirm_by_supervisor(self.store, state.message_ro, self)

    def _duplicates_accepted(self, payload: dict) -> bool:
        """Requests for the same benefit already here (also from other counters)."""
        found = duplicates.find_duplicates(self.store, self.spec.annex_id, payload,
                                           exclude_request_id=self.draft_id)
        if not found:
            return True
        lines = "\n".join(f"• nr. {d.registration_no} din {d.registration_date} — "
                          f"{d.applicant_name} ({d.office_name or d.origin_workstation})"
                          for d in found[:5])
        answer = QMessageBox.question(
            self, "Cerere asemănătoare deja înregistrată",
            f"{found[0].reason}:\n{lines}\n\nÎnregistrați totuși cererea?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _registered(self, info: RequestInfo) -> None:
        self.info = info
        deadline = f" — termen legal {info.deadline:%d.%m.%Y}" if info.deadline else ""
        number = format_registration(info.registration_no, info.registration_date)
        self.banner.setText(f"Cerere înregistrată: {number}{deadline}")
        self.banner.show()
        self.message.setText("")
        self.form.setEnabled(False)
        self.draft_button.setEnabled(False)
        self.register_button.setEnabled(False)
        for button in (self.print_request_button, self.print_receipt_button, self.new_button):
            button.setEnabled(True)
        self.registered.emit(info)

    def _show_pdf(self, pdf: bytes, title: str, name: str) -> None:
        self.preview = lazy.pdf_preview(pdf, title, name, self)
        self.preview.show()

    def show_bonuses(self) -> None:
        from desk_app.gui.bonuses_dialog import BonusesDialog

        self.bonuses_dialog = BonusesDialog(self)
        self.bonuses_dialog.show()

    def show_preview(self) -> None:
        payload = self.form.payload()
        self._show_pdf(lazy.printing().preview_pdf(self.store, self.spec.annex_id, payload),
                       "Previzualizare", f"cerere-anexa-{self.spec.annex_id}.pdf")

    def show_blank(self) -> None:
        office = office_info(self.store).house_name
        self._show_pdf(lazy.printing().blank_pdf(self.spec.annex_id, office_name=office),
                       "Formular necompletat", f"formular-anexa-{self.spec.annex_id}.pdf")

    def print_request(self) -> None:
        if self.info:
            self._show_pdf(lazy.printing().request_pdf(self.store, self.info.id),
                           "Cererea — pentru semnare",
                           f"cerere-{self.info.registration_no}.pdf")

    def print_receipt(self) -> None:
        if self.info:
            self._show_pdf(lazy.printing().receipt_pdf(self.store, self.info.id),
                           "Dovada de înregistrare", f"dovada-{self.info.registration_no}.pdf")

    def start_new(self) -> None:
        self.info = None
        self.draft_id = None
        self.form.clear()
        self.form.setEnabled(True)
        self.banner.hide()
        self.draft_button.setEnabled(True)
        self.register_button.setEnabled(True)
        for button in (self.print_request_button, self.print_receipt_button, self.new_button):
            button.setEnabled(False)
