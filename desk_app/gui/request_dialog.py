"""One request opened from search or the register: its data, the documents
handed in, its history, its decisions; reprint of the request and the receipt;
taking it into work or voiding it; issuing the decision (the only way a
request is closed); for a death aid, its payment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.annexes import get_spec
from desk_app.domain.annexes.spec import FieldKind
from desk_app.domain.pension_kinds import PENSION_OF_ANNEX
from desk_app.domain.registry_numbers import format_registration
from desk_app.domain.roles import Permission
from desk_app.domain.statuses import OPEN, Status, allowed_next, label
from desk_app.gui import lazy
from desk_app.gui.decisions_panel import DecisionsPanel
from desk_app.services import decisions, requests
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.queries import RequestDetail, detail
from desk_app.services.store import Store


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def payload_rows(item: RequestDetail) -> list[list[str]]:
    """(label, value) of every filled field, as the clerk typed it."""
    spec = get_spec(item.summary.annex_id)
    rows = []
    for field in spec.fields():
        value = item.payload.get(field.key)
        if value in (None, "", [], {"submitted": False}):
            continue
        if field.kind is FieldKind.CHOICE:
            text = field.option_label(str(value))
        elif field.kind is FieldKind.DOCUMENT:
            if not value.get("submitted"):
                continue
            parts = [value.get("form", ""), value.get("series", ""), value.get("number", ""),
                     value.get("date", "")]
            text = "depus — " + " ".join(p for p in parts if p)
        elif field.kind is FieldKind.ROWS:
            text = "; ".join(", ".join(str(v) for v in row.values()) for row in value)
        else:
            text = str(value)
        rows.append([field.label, text])
    return rows


class RequestDialog(QDialog):
    open_draft = Signal(str, str)  # annex id, request id
    calculate = Signal(str)  # request id
    changed = Signal()

    def __init__(self, store: Store, user: CurrentUser, request_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user, self.request_id = store, user, request_id
        self.preview: QDialog | None = None
        self.resize(900, 650)
        self.layout_ = QVBoxLayout(self)
        self._build()

    def _build(self) -> None:
        item = detail(self.store, self.request_id)
        summary = item.summary
        self.setWindowTitle(f"Cerere — {summary.request_type}")
        heading = QLabel(
            f"{summary.request_type} — "
            f"{format_registration(summary.registration_no, summary.registration_date)}"
            if summary.registration_no else f"{summary.request_type} — ciornă")
        heading.setObjectName("request_heading")
        heading.setProperty("role", "title")
        self.layout_.addWidget(heading)
        deadline = f"termen legal {summary.deadline:%d.%m.%Y}" if summary.deadline else \
            "fără termen legal"
        info = QLabel(f"Solicitant: {summary.applicant_name} ({summary.applicant_cnp}) · "
                      f"stare: {summary.status_label} · {deadline}")
        info.setObjectName("request_info")
        info.setWordWrap(True)
        self.layout_.addWidget(info)
        tabs = QTabWidget()
        tabs.addTab(_table(["Câmp", "Valoare"], payload_rows(item)), "Date")
        tabs.addTab(_table(["Document", "Formă", "Seria", "Nr.", "Din"],
                           [[d.label, d.form, d.series, d.number, d.issued_on]
                            for d in item.documents]), "Documente depuse")
        tabs.addTab(_table(["Data și ora", "Utilizator", "Din", "În", "Observații"],
                           [[f"{h.at:%d.%m.%Y %H:%M}", h.by,
                             label(h.from_status) if h.from_status else "",
                             label(h.to_status), h.note] for h in item.history]), "Istoric")
        made = decisions.of_request(self.store, self.request_id)
        if made:
            self.decisions_panel = DecisionsPanel(self.store, self.user)
            self.decisions_panel.set_items(made)
            self.decisions_panel.changed.connect(self._decision_changed)
            tabs.addTab(self.decisions_panel, "Decizii")
            tabs.setCurrentWidget(self.decisions_panel)
        self.layout_.addWidget(tabs, 1)
        buttons = QHBoxLayout()
        status = Status(summary.status)
        if status is Status.DRAFT:
            button = QPushButton("Continuă ciorna")
            button.setObjectName("continue_draft")
            button.clicked.connect(lambda: (self.open_draft.emit(summary.annex_id,
                                                                 summary.id), self.accept()))
            buttons.addWidget(button)
        else:
            for text, name, slot in (("Retipărește cererea", "reprint_request",
                                      self.reprint_request),
                                     ("Retipărește dovada", "reprint_receipt",
                                      self.reprint_receipt)):
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(slot)
                buttons.addWidget(button)
        if summary.annex_id in PENSION_OF_ANNEX and status is not Status.DRAFT:
            button = QPushButton("Calculează")
            button.setObjectName("calculate")
            button.clicked.connect(lambda: (self.calculate.emit(summary.id), self.accept()))
            buttons.addWidget(button)
        kind = decisions.kind_of_request(summary.annex_id)
        if kind is not None and status in OPEN and self.user.can(Permission.ISSUE_DECISION):
            button = QPushButton("Emite decizia…")
            button.setObjectName("issue_decision")
            button.clicked.connect(self.open_decision)
            buttons.addWidget(button)
        if kind is not None and kind.key == "death_aid" and status is not Status.DRAFT:
            button = QPushButton("Plata ajutorului de deces…")
            button.setObjectName("death_aid_payment")
            button.clicked.connect(self.open_payment)
            buttons.addWidget(button)
        buttons.addStretch(1)
        if self.user.can(Permission.CHANGE_STATUS):
            for target in sorted(allowed_next(status), key=list(Status).index):
                if target is Status.VOIDED and not self.user.can(Permission.VOID_NUMBER):
                    continue
                if target is Status.REGISTERED or target in requests.DECIDED:
                    continue  # closing is done by issuing the decision
                button = QPushButton(f"→ {label(target)}")
                button.setObjectName(f"status_{target.value}")
                button.clicked.connect(lambda _=False, t=target: self.change_status(t))
                buttons.addWidget(button)
        self.layout_.addLayout(buttons)

    def open_decision(self) -> QDialog:
        from desk_app.gui.decision_dialog import DecisionDialog

        dialog = DecisionDialog(self.store, self.user, self.request_id, self)
        dialog.issued.connect(lambda _id: self._decision_changed())
        dialog.show()
        self.decision_dialog = dialog
        return dialog

    def open_payment(self) -> QDialog:
        from desk_app.gui.death_aid_payment_dialog import DeathAidPaymentDialog

        dialog = DeathAidPaymentDialog(self.store, self.user, self.request_id, self)
        dialog.show()
        self.payment_dialog = dialog
        return dialog

    def _decision_changed(self) -> None:
        self.changed.emit()
        self._rebuild()

    def reprint_request(self) -> None:
        pdf = lazy.printing().request_pdf(self.store, self.request_id)
        self.preview = lazy.pdf_preview(pdf,
                                        "Cererea", "cerere.pdf", self)
        self.preview.show()

    def reprint_receipt(self) -> None:
        pdf = lazy.printing().receipt_pdf(self.store, self.request_id)
        self.preview = lazy.pdf_preview(pdf,
                                        "Dovada de înregistrare", "dovada.pdf", self)
        self.preview.show()

    def change_status(self, target: Status, note: str | None = None) -> bool:
        if note is None:
            prompt = "Motivul anulării (obligatoriu):" if target is Status.VOIDED else \
                "Observații (opțional):"
            note, ok = QInputDialog.getText(self, label(target), prompt)
            if not ok:
                return False
        try:
            requests.change_status(self.store, self.user, self.request_id, target, note)
        except (requests.RequestError, AuthError) as exc:
            QMessageBox.warning(self, "Schimbare de stare", str(exc))
            return False
        self.changed.emit()
        self._rebuild()
        return True

    def _rebuild(self) -> None:
        while self.layout_.count():
            child = self.layout_.takeAt(0)
            if child.widget():
                child.widget().deleteLater()
            elif child.layout():
                _clear_layout(child.layout())
        self._build()


def _clear_layout(layout) -> None:  # type: ignore[no-untyped-def]
    while layout.count():
        child = layout.takeAt(0)
        if child.widget():
            child.widget().deleteLater()
