"""'Șabloane de decizii' (Administrare): the admin edits the wording of each
decision template and the names of the signers.

The wording is set by CNPP orders (art. 151 (2) of Law 360/2023), so it is
data: every save is a new version with the reason (the order) and decisions
keep the version they were issued with. Paragraph lists are edited one per
line; the placeholders a template may use are listed on the right and a double
click inserts one at the cursor of the last focused field. Users without the
right see the page read-only; the services refuse their saves anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.decisions.kinds import KINDS, OUTCOME_LABELS, Outcome
from desk_app.domain.decisions.template import PLACEHOLDERS, Template, TemplateError
from desk_app.domain.roles import Permission
from desk_app.gui.style import ERROR_COLOUR, OK_COLOUR
from desk_app.services import decision_templates, decisions
from desk_app.services.auth import AuthError, CurrentUser
from desk_app.services.decision_templates import TemplateVersion
from desk_app.services.store import Store

SIGNER_LABELS = ("Director executiv", "Șef serviciu", "Verificat")
# Fields kept as lists of paragraphs: one paragraph per line in the editor.
LIST_FIELDS = ("legal_basis", "preamble", "articles", "notes", "signatures")

Editor = QLineEdit | QTextEdit
PARAGRAPH_GAP = 5  # px between paragraphs, so a wrapped paragraph reads as one


def template_names() -> dict[str, str]:
    """Template key → Romanian name, e.g. "Pensie anticipată — respingere"."""
    names: dict[str, str] = {}
    for kind in KINDS.values():
        benefit = kind.benefit_label
        if benefit.startswith("pensia "):
            benefit = "pensie " + benefit.removeprefix("pensia ")
        for outcome in Outcome:
            names[kind.template_key(outcome)] = (benefit[:1].upper() + benefit[1:]
                                                 + " — " + OUTCOME_LABELS[outcome])
    return names


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _version_text(version: TemplateVersion) -> str:
    when = version.created_at.strftime("%d.%m.%Y %H:%M") if version.created_at else "livrat"
    return f"v{version.version} · {when} · {version.created_by} · {version.note}"


def _set_paragraphs(editor: QTextEdit, text: str) -> None:
    editor.setPlainText(text)
    cursor = QTextCursor(editor.document())
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setBottomMargin(PARAGRAPH_GAP)
    # New paragraphs typed after Enter inherit the format of the one they split.
    cursor.mergeBlockFormat(spacing)
    editor.document().setModified(False)


def _show(label: QLabel, text: str, ok: bool) -> None:
    label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")
    label.setText(text)


class DecisionTemplatesPage(QWidget):
    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.can_edit = user.can(Permission.EDIT_REFERENCE)
        self.can_edit_signers = user.can(Permission.EDIT_OFFICE)
        self.loaded: Template | None = None
        self.editors: dict[str, Editor] = {}
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_left(), 0)
        layout.addLayout(self._build_middle(), 5)
        layout.addLayout(self._build_right(), 3)
        self.last_editor: Editor = self.editors["articles"]
        self._apply_permissions()
        self.template_list.setCurrentRow(0)
        self.load_signers()

    # -- building ------------------------------------------------------------------

    def _build_left(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel("<b>Șabloane de decizii</b>"))
        self.template_list = QListWidget()
        self.template_list.setObjectName("template_list")
        for key, name in template_names().items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(key)
            self.template_list.addItem(item)
        self.template_list.currentItemChanged.connect(lambda *_: self.reload())
        self.template_list.setMinimumWidth(self.template_list.sizeHintForColumn(0) + 8)
        self.template_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.template_list, 3)
        column.addWidget(QLabel("Istoricul versiunilor"))
        self.history = QListWidget()
        self.history.setObjectName("template_history")
        self.history.setWordWrap(True)
        column.addWidget(self.history, 2)
        return column

    def _build_middle(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("template_heading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        column.addWidget(self.heading)
        self.version_info = QLabel()
        self.version_info.setObjectName("template_version")
        column.addWidget(self.version_info)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("template_read_only")
        self.read_only_note.setWordWrap(True)
        column.addWidget(self.read_only_note)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for name, label, lines in (
                ("title", "Titlu", 0), ("subject", "Subiect", 0),
                ("legal_basis", "Temei legal\n(unul pe rând)", 3),
                ("preamble", "Preambul\n(un paragraf pe rând)", 4),
                ("decides", "Rândul „DECIDE:”", 0),
                ("articles", "Articole\n(unul pe rând)", 6),
                ("contest", "Calea de atac", 3),
                ("notes", "Note\n(una pe rând)", 2),
                ("signatures", "Semnături\n(una pe rând)", 3)):
            editor: Editor
            if lines:
                editor = QTextEdit()
                editor.setAcceptRichText(False)
                editor.setTabChangesFocus(True)
                height = editor.fontMetrics().lineSpacing() * lines + 12
                editor.setMinimumHeight(height)
                editor.setMaximumHeight(height + 40)
            else:
                editor = QLineEdit()
            editor.setObjectName(f"template_{name}")
            editor.installEventFilter(self)
            self.editors[name] = editor
            form.addRow(label, editor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        column.addWidget(scroll, 1)

        self.note = QLineEdit()
        self.note.setObjectName("template_note")
        self.note.setPlaceholderText("de ex. Ordinul președintelui CNPP nr. … / …")
        note_row = QFormLayout()
        note_row.addRow("Motivul modificării (ordinul CNPP)", self.note)
        column.addLayout(note_row)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Salvează ca versiune nouă")
        self.save_button.setObjectName("template_save")
        self.save_button.clicked.connect(self.save_template)
        self.cancel_button = QPushButton("Renunță")
        self.cancel_button.setObjectName("template_cancel")
        self.cancel_button.clicked.connect(self.reload)
        self.message = QLabel()
        self.message.setObjectName("template_message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.message, 1)
        column.addLayout(buttons)
        return column

    def _build_right(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel("<b>Câmpuri</b> (dublu clic: se inserează la cursor)"))
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("template_placeholders")
        self.placeholders.setWordWrap(True)
        for name, description in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemDoubleClicked.connect(self.insert_placeholder)
        column.addWidget(self.placeholders, 1)

        group = QGroupBox("Semnatari")
        form = QFormLayout(group)
        self.signer_edits: dict[str, QLineEdit] = {}
        for label in SIGNER_LABELS:
            edit = QLineEdit()
            edit.setObjectName(f"signer_{label}")
            self.signer_edits[label] = edit
            form.addRow(label, edit)
        hint = QLabel("„Întocmit” este întotdeauna utilizatorul care emite decizia.")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.signers_button = QPushButton("Salvează semnatarii")
        self.signers_button.setObjectName("signers_save")
        self.signers_button.clicked.connect(self.save_signers)
        form.addRow(self.signers_button)
        self.signers_message = QLabel()
        self.signers_message.setObjectName("signers_message")
        self.signers_message.setWordWrap(True)
        form.addRow(self.signers_message)
        column.addWidget(group)
        return column

    def _apply_permissions(self) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(not self.can_edit)
        self.note.setReadOnly(not self.can_edit)
        self.save_button.setEnabled(self.can_edit)
        if not self.can_edit:
            _show(self.read_only_note, "Doar administratorul poate modifica șabloanele de "
                  "decizii; le puteți consulta.", ok=False)
        for edit in self.signer_edits.values():
            edit.setReadOnly(not self.can_edit_signers)
        self.signers_button.setEnabled(self.can_edit_signers)
        if not self.can_edit_signers:
            _show(self.signers_message, "Doar administratorul poate schimba semnatarii.",
                  ok=False)

    # -- template --------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.template_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select(self, key: str) -> None:
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.template_list.setCurrentRow(row)
                return
        raise KeyError(key)

    def reload(self) -> None:
        """Show the version in force of the selected template (drops unsaved edits)."""
        key = self.current_key()
        if not key:
            return
        self.message.clear()
        self.note.clear()
        try:
            template = decision_templates.current(self.store, key)
            history = decision_templates.versions(self.store, key)
        except TemplateError as exc:
            _show(self.message, str(exc), ok=False)
            return
        self.loaded = template
        self.heading.setText(self.template_list.currentItem().text())
        self._fill(template)
        self.history.clear()
        for version in history:
            self.history.addItem(_version_text(version))
        newest = next((v for v in history if v.version == template.version), None)
        if newest is None or newest.created_at is None:
            info = f"Versiunea {template.version} — șablonul implicit livrat cu aplicația"
        else:
            info = (f"Versiunea {template.version} — salvată de {newest.created_by} la "
                    f"{newest.created_at:%d.%m.%Y %H:%M}")
        self.version_info.setText(info)

    def _fill(self, template: Template) -> None:
        data = template.to_json()
        for name, editor in self.editors.items():
            value = data[name]
            text = "\n".join(value) if isinstance(value, list) else str(value)
            if isinstance(editor, QTextEdit):
                _set_paragraphs(editor, text)
            else:
                editor.setText(text)

    def body(self) -> dict[str, Any]:
        """The edited template in the shape of ``Template.to_json()``."""
        body: dict[str, Any] = {}
        for name, editor in self.editors.items():
            text = editor.toPlainText() if isinstance(editor, QTextEdit) else editor.text()
            if name in LIST_FIELDS:
                body[name] = _lines(text)
            else:
                # One paragraph: line breaks typed in the editor are only wrapping.
                body[name] = " ".join(_lines(text))
        return body

    def save_template(self) -> None:
        key = self.current_key()
        body = self.body()
        if self.can_edit and self.loaded is not None and body == self.loaded.to_json():
            _show(self.message, "Șablonul nu a fost modificat; nu s-a salvat nimic.", ok=False)
            return
        try:
            saved = decision_templates.save(self.store, self.user, key, body, self.note.text())
        except (TemplateError, AuthError) as exc:
            _show(self.message, str(exc), ok=False)
            return
        self.reload()
        _show(self.message, f"Șablonul a fost salvat ca versiunea {saved.version}. Deciziile "
              "emise de acum îl folosesc; cele emise rămân cu versiunea lor.", ok=True)

    # -- placeholders ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.editors.values():
            self.last_editor = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        editor = self.last_editor
        if editor.isReadOnly():
            return
        text = "{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}"
        if isinstance(editor, QTextEdit):
            editor.insertPlainText(text)
        else:
            editor.insert(text)
        editor.setFocus()

    # -- signers ---------------------------------------------------------------------

    def load_signers(self) -> None:
        names = decisions.signers(self.store)
        for label, edit in self.signer_edits.items():
            edit.setText(names.get(label, ""))

    def save_signers(self) -> None:
        names = {label: edit.text() for label, edit in self.signer_edits.items()}
        try:
            decisions.set_signers(self.store, self.user, names)
        except (decisions.DecisionError, AuthError) as exc:
            _show(self.signers_message, str(exc), ok=False)
            return
        self.load_signers()
        _show(self.signers_message, "Semnatarii au fost salvați; apar pe deciziile emise "
              "de acum.", ok=True)
