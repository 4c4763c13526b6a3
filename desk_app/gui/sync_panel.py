"""Status-bar widget of the county synchronisation: last sync, changes
waiting, online/offline, "Sincronizează acum", a progress bar for large
transfers, and automatic sync every few minutes with back-off on failure.

The sync runs in a worker (``gui.tasks.run_in_background``); progress comes
back through a queued Qt signal, so no widget is touched off the UI thread.
Network retries inside one sync use tenacity (``infra.sync_client``); between
syncs the timer doubles its interval after each failure, up to one hour.

    SyncStatusWidget(store, user, parent=None, *, interval_minutes=5, autostart=True)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desk_app.gui.tasks import run_in_background
from desk_app.infra.sync_client import SyncError, Unauthorised, Unreachable
from desk_app.services import offline_policy, sync, sync_state
from desk_app.services.auth import CurrentUser
from desk_app.services.status import pending_changes
from desk_app.services.store import Store

MAX_BACKOFF_MINUTES = 60
_LEVEL_STYLE = {"ok": "", "warn": "color: #8a5a00;", "block": "color: #b00020;"}


class _Bridge(QObject):
    progress = Signal(str, int, int)


class SyncStatusWidget(QWidget):
    """Emits ``synced(report)`` after each successful sync (e.g. to refresh the
    conflicts page) and ``failed(message)`` with the Romanian message."""

    synced = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, user: CurrentUser, parent: QWidget | None = None, *,
                 interval_minutes: float = 5, autostart: bool = True) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.interval_ms = int(interval_minutes * 60_000)
        self.failures = 0
        self.running = False
        self.last_message = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("sync_status")
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.button = QPushButton("Sincronizează acum")
        self.button.setObjectName("sync_now")
        self.button.clicked.connect(self.sync_now)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        self._bridge = _Bridge()
        self._bridge.progress.connect(self._on_progress)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.refresh()
        if autostart and sync_state.is_enrolled(store):
            self.timer.start(5_000)

    # --- status ---------------------------------------------------------------

    def refresh(self, online: bool | None = None) -> None:
        info = sync_state.info(self.store)
        if not info.enrolled:
            self.status.setText("Lucru autonom (stația nu este înrolată la serverul județean)")
            self.button.setEnabled(False)
            return
        waiting = pending_changes(self.store)
        when = f"{info.last_success_at:%d.%m.%Y %H:%M}" if info.last_success_at else "niciodată"
        state = {True: "online", False: "offline", None: "—"}[online]
        policy = offline_policy.offline_status(self.store)
        text = f"Server: {state} · ultima sincronizare: {when} · de trimis: {waiting}"
        if self.last_message:
            text += f" · {self.last_message}"
        self.status.setText(text)
        self.status.setToolTip(policy.message_ro)
        self.status.setStyleSheet(_LEVEL_STYLE.get(policy.level, ""))
        self.button.setEnabled(not self.running)

    def next_delay_ms(self) -> int:
        """The interval, doubled after each failed sync, at most one hour."""
        return min(self.interval_ms * (2 ** self.failures), MAX_BACKOFF_MINUTES * 60_000)

    # --- sync -----------------------------------------------------------------

    def sync_now(self) -> None:
        if self.running or not sync_state.is_enrolled(self.store):
            return
        self.running = True
        self.timer.stop()
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        bridge, store = self._bridge, self.store

        def work() -> Any:
            return sync.sync_now(store, progress=lambda stage, done, total:
                                 bridge.progress.emit(stage, done, total))

        run_in_background(work, self._done, self._failed)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(("Trimit" if stage == "push" else "Primesc") + " %v/%m")

    def _finish(self) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.timer.start(self.next_delay_ms())

    def _done(self, report: sync.SyncReport) -> None:
        self.failures = 0
        self.last_message = " ".join(report.warnings)
        if report.conflicts_open:
            self.last_message += f" Conflicte de rezolvat: {report.conflicts_open}."
        if report.duplicate_groups:
            self.last_message += f" Cereri duplicate: {report.duplicate_groups}."
        self.last_message = self.last_message.strip()
        self._finish()
        self.refresh(online=True)
        self.synced.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.failures += 1
        if isinstance(exc, Unauthorised):
            message = ("Accesul stației a fost revocat sau tokenul nu mai este valid. "
                       "Cereți administratorului un cod nou de înrolare.")
        elif isinstance(exc, (Unreachable, SyncError, sync.SyncSetupError)):
            message = str(exc)
        else:
            message = f"Sincronizarea a eșuat: {exc}"
        minutes = max(1, self.next_delay_ms() // 60_000)
        self.last_message = f"{message} Reîncerc în {minutes} min."
        self._finish()
        self.refresh(online=False)
        self.failed.emit(message)
