"""What the clerk is asked at registration: the stored person differs, or the
same benefit is already requested for this person. Answers are given by
replacing the message box's question (a Qt dialog, not our storage)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from desk_app.domain.annexes import get_spec
from desk_app.gui.main_window import MainWindow
from desk_app.services import persons, requests

SAMPLE = dict(get_spec("03").sample)


def _answer(monkeypatch, button, asked):  # type: ignore[no-untyped-def]
    def question(_parent, title, text, *_args, **_kwargs):
        asked.append((title, text))
        return button
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def _editor_with(qtbot, store, user, payload):  # type: ignore[no-untyped-def]
    window = MainWindow(store, user)
    qtbot.addWidget(window)
    editor = window.new_request.open_annex("03")
    editor.form.set_payload(payload)
    return editor


def test_moved_person_is_updated_when_the_clerk_says_so(qtbot, gui_store, gui_clerk,
                                                        monkeypatch):
    first = requests.register(gui_store, gui_clerk, "03", SAMPLE)
    asked: list[tuple[str, str]] = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    editor = _editor_with(qtbot, gui_store, gui_clerk, {**SAMPLE, "applicant.locality": "Dej"})
    editor.findChild(QPushButton, "register").click()
    titles = [title for title, _ in asked]
    # First the earlier request of the same person, then the changed address.
    assert titles == ["Cerere asemănătoare deja înregistrată", "Date diferite față de evidență"]
    assert f"nr. {first.registration_no}" in asked[0][1]
    assert "„Cluj-Napoca” → „Dej”" in asked[1][1]
    assert editor.info is not None
    stored = persons.prefill(gui_store, get_spec("03"), SAMPLE["applicant.cnp"])
    assert stored["applicant.locality"] == "Dej"


def test_clerk_can_stop_when_the_benefit_was_already_requested(qtbot, gui_store, gui_clerk,
                                                               monkeypatch):
    requests.register(gui_store, gui_clerk, "03", SAMPLE)
    asked: list[tuple[str, str]] = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    editor = _editor_with(qtbot, gui_store, gui_clerk, SAMPLE)
    editor.findChild(QPushButton, "register").click()
    assert len(asked) == 1 and editor.info is None
    assert not editor.banner.isVisible()
