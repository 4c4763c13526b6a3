"""The counter as a clerk uses it: the real main window, typed into offscreen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.gui.field_widgets import object_name
from desk_app.gui.main_window import MainWindow
from desk_app.services import queries
from tests.gui.conftest import type_text

WOMAN_CNP = make_cnp("F", dt.date(1963, 7, 15), "12", 77)
MAN_CNP = make_cnp("M", dt.date(1960, 2, 29), "05", 12)


def _edit(window, key: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    return window.findChild(QLineEdit, object_name(key) + "__edit")


def _type(qtbot, window, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = _edit(window, key)
    edit.clear()
    type_text(edit, text)


def _click(qtbot, window, cls, name: str) -> None:  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert widget is not None, name
    # Click on the box itself (left edge), as a clerk does, not on empty space.
    where = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else \
        widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)


def _error_text(window, key: str) -> str:  # type: ignore[no-untyped-def]
    label = window.findChild(QLabel, object_name(key) + "__error")
    return label.text() if label.isVisible() or label.text() else ""


def _fill_annex_3(qtbot, window, cnp: str) -> None:  # type: ignore[no-untyped-def]
    for key, text in (("applicant.surname", "Țăranu"), ("applicant.given_names", "Ștefania"),
                      ("applicant.cnp", cnp), ("applicant.locality", "Câmpia Turzii"),
                      ("applicant.street", "Aleea Teiului"), ("applicant.street_no", "7"),
                      ("applicant.county", "Cluj"), ("applicant.id_series", "CJ"),
                      ("applicant.id_number", "654321"),
                      ("applicant.id_issuer", "SPCLEP Câmpia Turzii"),
                      ("applicant.id_date", "02.05.2020")):
        _type(qtbot, window, key, text)
    qtbot.wait(250)  # the form shows the questions that depend on the CNP
    _click(qtbot, window, QCheckBox, object_name("doc.identity_card") + "__submitted")
    type_text(window.findChild(QLineEdit, object_name("doc.identity_card") + "__series"),
                    "CJ")
    type_text(window.findChild(QLineEdit, object_name("doc.identity_card") + "__number"),
                    "654321")
    for key, value in (("decl.insured", "nu_sunt"), ("decl.other_pension", "nu_primesc"),
                       ("decl.integrated_pension", "nu_primesc"),
                       ("decl.non_integrated_pension", "nu_primesc"),
                       ("decl.allowance", "nu_primesc"), ("decl.unemployment", "nu_primesc"),
                       ("decl.disability_allowance", "nu_primesc"),
                       ("decl.raised_children", "nu_am")):
        if not window.findChild(QRadioButton, object_name(key) + "__" + value).isVisible():
            continue
        _click(qtbot, window, QRadioButton, object_name(key) + "__" + value)


def test_annex_3_typed_in_the_window_is_registered_with_a_number(qtbot, gui_store, gui_clerk):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    editor = window.new_request.open_annex("03")
    _fill_annex_3(qtbot, window, WOMAN_CNP)
    _click(qtbot, window, QPushButton, "register")
    today = dt.date.today()
    errors = {k: e.error.text() for k, e in editor.form.editors.items() if e.error.text()}
    assert editor.banner.isVisible(), (editor.message.text(), errors)
    assert f"Nr. 1 din {today:%d.%m.%Y}" in editor.banner.text()
    found = queries.search(gui_store, "stefania taranu")
    assert [r.registration_no for r in found] == [1]
    assert found[0].applicant_cnp == WOMAN_CNP
    detail = queries.detail(gui_store, found[0].id)
    assert detail.payload["applicant.locality"] == "Câmpia Turzii"
    assert [d.number for d in detail.documents] == ["654321"]
    # Waiting for sync: the office, the two staff accounts and this request.
    assert window.sync_label.text() == "Modificări nesincronizate: 4"


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, gui_store, gui_clerk):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    editor = window.new_request.open_annex("03")
    _fill_annex_3(qtbot, window, WOMAN_CNP)
    _type(qtbot, window, "applicant.cnp", WOMAN_CNP[:-1] + str((int(WOMAN_CNP[-1]) + 1) % 10))
    _type(qtbot, window, "applicant.id_date", "31.02.2026")
    _type(qtbot, window, "applicant.surname", "'; DROP TABLE requests; --" + "x" * 5000)
    _click(qtbot, window, QPushButton, "register")
    assert "cifra de control" in _error_text(window, "applicant.cnp")
    assert "nu există în calendar" in _error_text(window, "applicant.id_date")
    assert "maximum 100" in _error_text(window, "applicant.surname")
    assert not editor.banner.isVisible()
    assert queries.search(gui_store, WOMAN_CNP) == []
    # The typed text is kept: a draft saves it without a number.
    _click(qtbot, window, QPushButton, "save_draft")
    drafts = queries.recent(gui_store)
    assert drafts[0].status == "draft" and drafts[0].registration_no is None
    assert queries.detail(gui_store, drafts[0].id).payload["applicant.id_date"] == "31.02.2026"


def test_children_question_only_for_women(qtbot, gui_store, gui_clerk):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    editor = window.new_request.open_annex("03")
    question = editor.form.editors["decl.raised_children"]
    _type(qtbot, window, "applicant.cnp", MAN_CNP)
    qtbot.waitUntil(lambda: not question.isVisible())
    _type(qtbot, window, "applicant.cnp", WOMAN_CNP)
    qtbot.waitUntil(question.isVisible)
    assert "feminin" in editor.form.editors["applicant.sex"].view.text()


def test_known_person_fills_the_form_by_cnp(qtbot, gui_store, gui_clerk):
    from desk_app.services import requests

    spec = get_spec("03")
    requests.register(gui_store, gui_clerk, "03", dict(spec.sample))
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    window.new_request.open_annex("03")
    _type(qtbot, window, "applicant.cnp", spec.sample["applicant.cnp"])
    assert _edit(window, "applicant.surname").text() == spec.sample["applicant.surname"]
    assert _edit(window, "applicant.mother_name").text() == spec.sample["applicant.mother_name"]


def test_clerk_sees_no_administration_admin_does(qtbot, gui_store, gui_clerk, gui_admin):
    clerk_window = MainWindow(gui_store, gui_clerk)
    admin_window = MainWindow(gui_store, gui_admin)
    qtbot.addWidget(clerk_window)
    qtbot.addWidget(admin_window)
    assert clerk_window.section_titles() == ["Cerere nouă", "Căutare", "Registru", "Termene",
                                             "Decizii", "Calculator"]
    assert admin_window.section_titles()[-1] == "Administrare"


def test_search_opens_a_request_and_changes_its_status(qtbot, gui_store, gui_clerk):
    from desk_app.services import requests

    info = requests.register(gui_store, gui_clerk, "03", dict(get_spec("03").sample))
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("Căutare")
    type_text(page.query, "stefania")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.table.row_count() == 1
    dialog = window.open_request(page.table.request_id_at(0))
    qtbot.addWidget(dialog)
    assert f"Nr. {info.registration_no} din" in dialog.findChild(QLabel, "request_heading").text()
    assert dialog.findChild(QPushButton, "status_voided") is None  # a clerk cannot void
    assert dialog.change_status(__import__("desk_app.domain.statuses").domain.statuses
                                .Status.IN_PROGRESS, note="dosar preluat")
    assert queries.detail(gui_store, info.id).summary.status == "in_progress"
    history = queries.detail(gui_store, info.id).history
    assert [h.to_status for h in history] == ["registered", "in_progress"]


def test_register_page_lists_todays_requests_in_number_order(qtbot, gui_store, gui_clerk):
    from desk_app.services import requests

    spec = get_spec("03")
    for _ in range(3):
        requests.register(gui_store, gui_clerk, "03", dict(spec.sample))
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    page = window.show_section("Registru")
    assert page.table.row_count() == 3
    numbers = [page.table.source.item(r, 0).text() for r in range(3)]
    assert numbers == ["1", "2", "3"]


def test_deadlines_page_marks_overdue_requests(qtbot, gui_store, gui_clerk):
    from desk_app.services import requests

    requests.register(gui_store, gui_clerk, "03", dict(get_spec("03").sample),
                      today=dt.date(2020, 1, 6))
    requests.register(gui_store, gui_clerk, "03", dict(get_spec("03").sample))
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    page = window.show_section("Termene")
    assert page.table.rowCount() == 2
    assert page.level_at(0) == "depășit"  # the 2020 request, most urgent first
    assert page.table.item(0, 0).background().color().name() == "#f8d7d4"
    assert "1 cu termenul depășit" in page.summary.text()
