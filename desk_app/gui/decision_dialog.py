"""Issue the decision on a request: admission/approval or rejection with a reason
from the list and the facts in free text; for pensions the stored calculation's
figures are shown before issuing. Errors appear in red next to the field."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.decisions.kinds import DecisionKind
from desk_app.domain.decisions.reasons import reasons_for
from desk_app.gui import lazy
from desk_app.services import decisions
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.calculation import latest_calculation
from desk_app.services.queries import detail
from desk_app.services.store import Store

ERROR_STYLE = "color: #b00020;"


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class DecisionDialog(QDialog):
    issued = Signal(str)  # decision id

    def __init__(self, store: Store, user: CurrentUser, request_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user, self.request_id = store, user, request_id
        self.preview: QDialog | None = None
        summary = detail(store, request_id).summary
        kind = decisions.kind_of_request(summary.annex_id)
        assert kind is not None, "only requests that end with a decision open this dialog"
        self.kind: DecisionKind = kind
        self.setWindowTitle(f"Decizie — {summary.request_type}")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{summary.request_type}</b> nr. {summary.registration_no} "
                                f"din {summary.registration_date:%d.%m.%Y} — "
                                f"{summary.applicant_name} ({summary.applicant_cnp})"))
        self.calculation_info = QLabel(self._calculation_text())
        self.calculation_info.setObjectName("calculation_info")
        self.calculation_info.setWordWrap(True)
        layout.addWidget(self.calculation_info)

        outcome_row = QHBoxLayout()
        self.admit_button = QRadioButton("Admitere / aprobare")
        self.admit_button.setObjectName("outcome_admit")
        self.reject_button = QRadioButton("Respingere")
        self.reject_button.setObjectName("outcome_reject")
        group = QButtonGroup(self)
        for button in (self.admit_button, self.reject_button):
            group.addButton(button)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        self.admit_button.setChecked(True)
        layout.addLayout(outcome_row)

        form = self.form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem("— alegeți motivul —", "")
        for item in reasons_for(kind.key):
            self.reason.addItem(f"{item.label} ({item.article})", item.code)
        self.reason_text = QPlainTextEdit()
        self.reason_text.setObjectName("reason_text")
        self.reason_text.setPlaceholderText("Motivarea în fapt (ce lipsește, ce s-a constatat)")
        self.reason_text.setFixedHeight(80)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("de ex. 2.450,50")
        self.use_grant_date = QCheckBox("altă dată a acordării decât cea din calcul")
        self.grant_date = QDateEdit(QDate.currentDate())
        self.grant_date.setDisplayFormat("dd.MM.yyyy")
        self.grant_date.setCalendarPopup(True)
        self.errors = {name: _error_label(name) for name in
                       ("outcome", "reason", "reason_text", "amount", "calculation",
                        "issued_on", "")}
        form.addRow("Motivul respingerii", self._with_error(self.reason, "reason"))
        form.addRow("Motivarea", self._with_error(self.reason_text, "reason_text"))
        self.amount_row = self._with_error(self.amount, "amount")
        form.addRow("Cuantumul (lei)", self.amount_row)
        grant = QHBoxLayout()
        grant.addWidget(self.use_grant_date)
        grant.addWidget(self.grant_date)
        grant_box = QWidget()
        grant_box.setLayout(grant)
        form.addRow("Data acordării", grant_box)
        layout.addLayout(form)
        layout.addWidget(self.errors["calculation"])
        layout.addWidget(self.errors[""])
        self.reason_rows = (self.reason.parentWidget(), self.reason_text.parentWidget())
        self.admit_rows = ((self.amount_row,) if kind.key in ("survivor", "unpaid_amounts")
                           else ()) + ((grant_box,) if kind.pension else ())
        for row in (self.amount_row, grant_box):
            form.setRowVisible(row, False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton("Renunță")
        cancel.clicked.connect(self.reject)
        self.issue_button = QPushButton("Emite decizia și tipărește")
        self.issue_button.setObjectName("issue")
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue)
        buttons.addWidget(cancel)
        buttons.addWidget(self.issue_button)
        layout.addLayout(buttons)
        self.admit_button.toggled.connect(self._outcome_changed)
        self._outcome_changed()
        self.resize(720, 300)

    def _with_error(self, widget: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self.errors[name])
        return box

    def _calculation_text(self) -> str:
        if not self.kind.pension:
            if self.kind.key == "death_aid":
                return ("Cuantumul ajutorului de deces se ia din valorile de referință în vigoare "
                        "la data decesului (art. 116 alin. (3) din Legea nr. 360/2023).")
            return ""
        saved = latest_calculation(self.store, self.request_id)
        if saved is None:
            return ("Nu există un calcul salvat la această cerere"
                    + (" — admiterea cere calculul (butonul Calculează)."
                       if self.kind.calculation_required else "."))
        result = saved["result"]
        return (f"Calculul salvat la {saved['created_at']:%d.%m.%Y %H:%M} de "
                f"{saved['created_by']}: cuantum {result.get('amount_lei') or '—'} lei, "
                f"{(result.get('points') or {}).get('total', '—')} puncte, data acordării "
                f"{result.get('grant_date') or '—'}.")

    def _outcome_changed(self) -> None:
        rejecting = self.reject_button.isChecked()
        for row in self.reason_rows:
            self.form.setRowVisible(row, rejecting)
        for row in self.admit_rows:
            self.form.setRowVisible(row, not rejecting)
        self.adjustSize()

    def _show_error(self, field: str, message: str) -> None:
        for label in self.errors.values():
            label.hide()
        target = self.errors.get(field, self.errors[""])
        target.setText(message)
        target.show()

    def issue(self) -> bool:
        outcome = "reject" if self.reject_button.isChecked() else "admit"
        try:
            info = decisions.issue(
                self.store, self.user, self.request_id, outcome,
                reason_code=str(self.reason.currentData() or ""),
                reason_text=self.reason_text.toPlainText(),
                amount_lei=self.amount.text().strip() or None,
                grant_date=self.grant_date.date().toPython()
                if self.use_grant_date.isChecked() else None)
        except decisions.DecisionError as exc:
            self._show_error(exc.field, str(exc))
            return False
        except AuthError as exc:
            self._show_error("", str(exc))
            return False
        self.issued.emit(info.id)
        pdf = decisions.pdf(self.store, self.user, [info.id])
        self.preview = lazy.pdf_preview(pdf, f"Decizia {info.number_line}",
                                        f"decizia_{info.year}_{info.number}.pdf",
                                        self.parentWidget())
        self.preview.show()
        self.accept()
        return True
