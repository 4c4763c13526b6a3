"""The main window (form from ui/main_window.ui): navigation on the left, the
working page on the right, and a status bar with the user, the office, the
store file and the changes waiting for synchronisation. Only sections the
user's role may use are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from desk_app.domain.roles import Permission
from desk_app.gui.deadlines_page import DeadlinesPage
from desk_app.gui.forms.ui_main_window import Ui_MainWindow
from desk_app.gui.idle_lock import IdleWatcher
from desk_app.gui.new_request_page import NewRequestPage
from desk_app.gui.register_page import RegisterPage
from desk_app.gui.search_page import SearchPage
from desk_app.services.auth import CurrentUser
from desk_app.services.office import idle_lock_minutes, office_info
from desk_app.services.status import pending_changes
from desk_app.services.store import Store

if TYPE_CHECKING:
    from desk_app.gui.admin_page import AdminPage
    from desk_app.gui.calculator_panel import CalculatorPanel
    from desk_app.gui.request_dialog import RequestDialog


class MainWindow(QMainWindow):
    def __init__(self, store: Store, user: CurrentUser) -> None:
        super().__init__()
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.store, self.user = store, user
        self.office = office_info(store)
        self.setWindowTitle(f"desk_app — {self.office.name}")
        self.sections: dict[str, QWidget] = {}
        self._lazy: dict[str, object] = {}
        self.new_request = NewRequestPage(store, user)
        self.new_request.registered.connect(lambda _info: self.refresh_status())
        self._add_section("Cerere nouă", self.new_request)
        self.search = SearchPage(store)
        self.search.open_request.connect(self.open_request)
        self._add_section("Căutare", self.search)
        self.register_page = RegisterPage(store)
        self.register_page.open_request.connect(self.open_request)
        self._add_section("Registru", self.register_page)
        self.deadlines = DeadlinesPage(store, user)
        self.deadlines.open_request.connect(self.open_request)
        self._add_section("Termene", self.deadlines)
        if user.can(Permission.ISSUE_DECISION):
            self._add_lazy_section("Decizii", self._build_decisions)
        self._add_lazy_section("Calculator", self._build_calculator)
        if user.can(Permission.VIEW_AUDIT):
            self._add_lazy_section("Conflicte de sincronizare", self._build_conflicts)
        if user.can(Permission.MANAGE_USERS):
            self._add_lazy_section("Administrare", self._build_admin)
        self.form.navigation.currentRowChanged.connect(self._show_section)
        self.form.navigation.setCurrentRow(0)
        self._build_status_bar()
        self.request_dialog: RequestDialog | None = None
        self.idle = IdleWatcher(idle_lock_minutes(store), self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(30_000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        # The WAL is folded into the file in a worker, not during a clerk's save.
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(20_000)
        self._checkpoint_timer.timeout.connect(self._checkpoint)
        self._checkpoint_timer.start()

    def _add_section(self, title: str, page: QWidget) -> None:
        self.form.navigation.addItem(title)
        self.form.pages.addWidget(page)
        self.sections[title] = page

    def _build_calculator(self) -> QWidget:
        from desk_app.gui.calculator_panel import CalculatorPanel

        return CalculatorPanel(self.store, self.user)

    def _build_decisions(self) -> QWidget:
        from desk_app.gui.decisions_page import DecisionsPage

        page = DecisionsPage(self.store, self.user)
        page.open_request.connect(self.open_request)
        page.refresh()
        return page

    def _build_conflicts(self) -> QWidget:
        from desk_app.gui.conflicts_page import ConflictsPage

        page = ConflictsPage(self.store, self.user)
        self.sync_widget.synced.connect(lambda _report: page.refresh())
        return page

    def _build_admin(self) -> QWidget:
        from desk_app.gui.admin_page import AdminPage

        return AdminPage(self.store, self.user)

    def _add_lazy_section(self, title: str, build) -> None:  # type: ignore[no-untyped-def]
        """A section built on its first visit: start-up pays only for what is seen."""
        placeholder = QWidget()
        self._lazy[title] = build
        self._add_section(title, placeholder)

    def _materialise(self, title: str) -> QWidget:
        build = self._lazy.pop(title, None)
        if build is None:
            return self.sections[title]
        placeholder = self.sections[title]
        page = build()
        index = self.form.pages.indexOf(placeholder)
        self.form.pages.insertWidget(index, page)
        self.form.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.sections[title] = page
        return page

    @property
    def calculator(self) -> CalculatorPanel:
        return self._materialise("Calculator")  # type: ignore[return-value]

    @property
    def admin(self) -> AdminPage:
        return self._materialise("Administrare")  # type: ignore[return-value]

    def section_titles(self) -> list[str]:
        return [self.form.navigation.item(i).text() for i in range(self.form.navigation.count())]

    def show_section(self, title: str) -> QWidget:
        self.form.navigation.setCurrentRow(self.section_titles().index(title))
        return self.sections[title]

    def _show_section(self, row: int) -> None:
        self._materialise(self.section_titles()[row])
        self.form.pages.setCurrentIndex(row)
        page = self.form.pages.currentWidget()
        if isinstance(page, (RegisterPage, DeadlinesPage)) or getattr(page, "refresh_on_show",
                                                                      False):
            page.refresh()

    def _build_status_bar(self) -> None:
        bar = self.form.statusbar
        self.user_label = QLabel(f"Utilizator: {self.user.full_name} ({self.user.role_label})")
        self.office_label = QLabel(f"{self.office.name} [{self.office.county_code}]")
        self.store_label = QLabel(f"Baza de date: {self.store.path}")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync_label")
        for label in (self.user_label, self.office_label, self.store_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.sync_label)
        from desk_app.gui.sync_panel import SyncStatusWidget

        self.sync_widget = SyncStatusWidget(self.store, self.user, self)
        self.sync_widget.setObjectName("sync_widget")
        self.sync_widget.synced.connect(lambda _report: self.refresh_status())
        bar.addPermanentWidget(self.sync_widget)
        self.refresh_status()

    def _checkpoint(self) -> None:
        from desk_app.gui.tasks import run_in_background
        from desk_app.services.maintenance import checkpoint

        run_in_background(lambda: checkpoint(self.store), lambda _r: None, lambda _e: None)

    def refresh_status(self) -> None:
        waiting = pending_changes(self.store)
        self.sync_label.setText(f"Modificări nesincronizate: {waiting}")

    def open_request(self, request_id: str) -> RequestDialog:
        # Loaded on the first opened request (it brings the decisions' services).
        from desk_app.gui.request_dialog import RequestDialog

        self.request_dialog = RequestDialog(self.store, self.user, request_id, self)
        self.request_dialog.open_draft.connect(self._open_draft)
        self.request_dialog.calculate.connect(self._calculate)
        self.request_dialog.changed.connect(self.refresh_status)
        self.request_dialog.show()
        return self.request_dialog

    def _calculate(self, request_id: str) -> None:
        self.show_section("Calculator")
        self.calculator.load_request(request_id)

    def _open_draft(self, annex_id: str, request_id: str) -> None:
        from desk_app.services.queries import detail

        payload = detail(self.store, request_id).payload
        self.show_section("Cerere nouă")
        self.new_request.open_annex(annex_id, draft_id=request_id, payload=payload)

    def lock(self) -> None:
        from desk_app.gui.login_dialog import LoginDialog

        self.idle.pause()
        dialog = LoginDialog(self.store, self.office.name, locked_user=self.user.username,
                             parent=self)
        if dialog.exec():
            self.idle.resume()
        else:
            self.close()
