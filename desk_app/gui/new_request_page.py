""""Cerere nouă": the official models in groups, with a search box; choosing
one opens its form."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.annexes import GROUPS, all_specs, get_spec
from desk_app.gui.request_editor import RequestEditor
from desk_app.services.auth import CurrentUser
from desk_app.services.store import Store


def fold(text: str) -> str:
    """Lower case without diacritics, for "stefan" to find "Ștefan"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class NewRequestPage(QWidget):
    registered = Signal(object)

    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        chooser = QWidget()
        chooser_layout = QVBoxLayout(chooser)
        title = QLabel("Cerere nouă — alegeți modelul")
        title.setProperty("role", "title")
        chooser_layout.addWidget(title)
        self.filter = QLineEdit()
        self.filter.setObjectName("model_filter")
        self.filter.setPlaceholderText("Caută modelul (ex. „deces”, „anexa 7”, „invaliditate”)")
        self.filter.textChanged.connect(self._apply_filter)
        chooser_layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("model_tree")
        self.tree.setHeaderLabels(["Model", "Anexa"])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.itemDoubleClicked.connect(self._open_item)
        chooser_layout.addWidget(self.tree)
        bonuses = QPushButton("Anexa 14 — lista sporurilor cu caracter permanent")
        bonuses.setObjectName("open_bonuses_list")
        bonuses.clicked.connect(self.show_bonuses)
        chooser_layout.addWidget(bonuses)
        self.stack.addWidget(chooser)
        self._fill()
        self.editor: RequestEditor | None = None

    def show_bonuses(self) -> None:
        from desk_app.gui.bonuses_dialog import BonusesDialog

        self.bonuses_dialog = BonusesDialog(self)
        self.bonuses_dialog.show()

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        specs = all_specs()
        for group in (*GROUPS, *sorted({s.group for s in specs} - set(GROUPS))):
            members = [s for s in specs if s.group == group]
            if not members:
                continue
            item = QTreeWidgetItem([group, ""])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(item)
            groups[group] = item
            for spec in members:
                child = QTreeWidgetItem([spec.title, spec.annex_id])
                child.setData(0, Qt.ItemDataRole.UserRole, spec.annex_id)
                child.setToolTip(0, f"{spec.title}\n{spec.annex_label}; {spec.legal_basis}")
                item.addChild(child)
        self.tree.expandAll()

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text).replace("anexa", "").strip()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            visible = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                haystack = fold(f"{child.text(0)} {group.text(0)} anexa {child.text(1)}")
                show = all(word in haystack for word in wanted.split())
                child.setHidden(not show)
                visible += show
            group.setHidden(visible == 0)

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        annex_id = item.data(0, Qt.ItemDataRole.UserRole)
        if annex_id:
            self.open_annex(annex_id)

    def open_annex(self, annex_id: str, *, draft_id: str | None = None,
                   payload: dict | None = None) -> RequestEditor:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = RequestEditor(self.store, self.user, get_spec(annex_id), self,
                                    draft_id=draft_id)
        if payload:
            self.editor.form.set_payload(payload)
        self.editor.back_requested.connect(lambda: self.stack.setCurrentIndex(0))
        self.editor.registered.connect(self.registered.emit)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        return self.editor
