"""First start and login as a clerk meets them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.gui.idle_lock import IdleWatcher
from desk_app.gui.login_dialog import LoginDialog
from desk_app.gui.setup_wizard import SetupWizard
from desk_app.services import office
from desk_app.services.store import open_store
from tests.gui.conftest import type_text


def test_setup_wizard_creates_office_and_admin(qtbot, tmp_path):
    store = open_store(tmp_path / "first.sqlite3")
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    index = wizard.county.findData("SV")
    wizard.county.setCurrentIndex(index)
    assert wizard.office_name.text() == "Casa Teritorială de Pensii Suceava"
    type_text(wizard.admin_name, "Mihai Țurcanu")
    type_text(wizard.password, "Parola123")
    type_text(wizard.password_again, "Parola124")
    wizard.finish()
    assert wizard.error.text() == "Parolele nu coincid."
    assert not office.is_initialised(store)
    wizard.password_again.clear()
    type_text(wizard.password_again, "Parola123")
    wizard.finish()
    info = office.office_info(store)
    assert (info.county_code, info.county_name) == ("SV", "Suceava")


def test_setup_wizard_refuses_weak_password(qtbot, tmp_path):
    store = open_store(tmp_path / "weak.sqlite3")
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    type_text(wizard.admin_name, "Mihai")
    for edit in (wizard.password, wizard.password_again):
        type_text(edit, "parola")
    wizard.finish()
    assert "cel puțin 8 caractere" in wizard.error.text()
    assert "literă mare" in wizard.error.text()
    assert not office.is_initialised(store)


def test_login_counts_down_and_locks(qtbot, gui_store):
    dialog = LoginDialog(gui_store, "Casa Teritorială de Pensii Cluj")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.usernameEdit, "ghiseu1")
    for attempt in range(1, 6):
        type_text(dialog.form.passwordEdit, "Gresit123")
        qtbot.keyClick(dialog.form.passwordEdit, Qt.Key.Key_Return)
        left = 5 - attempt
        if left > 1:
            assert f"Mai aveți {left} încercări" in dialog.form.errorLabel.text()
        elif left == 1:
            assert "Mai aveți o încercare" in dialog.form.errorLabel.text()
    assert "blocat" in dialog.form.errorLabel.text()
    type_text(dialog.form.passwordEdit, "Parola123")
    qtbot.keyClick(dialog.form.passwordEdit, Qt.Key.Key_Return)
    assert dialog.user is None and "blocat" in dialog.form.errorLabel.text()


def test_login_with_right_password_accepts(qtbot, gui_store):
    dialog = LoginDialog(gui_store, "Casa Teritorială de Pensii Cluj")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.usernameEdit, "ghiseu1")
    type_text(dialog.form.passwordEdit, "Parola123")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.form.passwordEdit, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.role == "clerk"


def test_idle_watcher_fires_after_the_interval_and_input_restarts_it(qtbot):
    watcher = IdleWatcher(1)
    watcher.timer.setInterval(300)
    watcher.timer.start()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    assert watcher.timer.interval() == 300
    watcher.set_minutes(10)
    assert watcher.timer.interval() == 600_000


def test_generated_forms_match_the_ui_files():
    from desk_app.gui import build_forms
    from desk_app.paths import asset_path

    for ui_file in asset_path("ui").glob("*.ui"):
        committed = build_forms.target_for(ui_file).read_text(encoding="utf-8")
        assert build_forms.generate(ui_file) == committed, f"regenerate {ui_file.name}"
