"""The "Șabloane de decizii" page: an admin's edit becomes a new version through
the service, a wrong placeholder is refused in Romanian, a clerk only reads,
placeholders insert at the cursor, and the signers' names are saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desk_app.gui.decision_templates_page import DecisionTemplatesPage, template_names
from desk_app.services import decision_templates, decisions
from tests.gui.conftest import type_text

NEW_ARTICLE = ("Art. 1. Se respinge cererea nr. {request_no} prin care {applicant_name} "
               "a solicitat {benefit} — text stabilit prin ordinul CNPP.")


def _page(qtbot, store, user) -> DecisionTemplatesPage:  # type: ignore[no-untyped-def]
    page = DecisionTemplatesPage(store, user)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _replace_first_line(page: DecisionTemplatesPage, text: str) -> None:
    articles = page.editors["articles"]
    articles.moveCursor(QTextCursor.MoveOperation.Start)
    articles.moveCursor(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    type_text(articles, text)


def test_fourteen_templates_with_romanian_names(qtbot, store, admin):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    names = [page.template_list.item(r).text() for r in range(page.template_list.count())]
    assert len(names) == 14 == len(set(names))
    assert "Pensie pentru limită de vârstă — admitere" in names
    assert template_names()["early.reject"] == "Pensie anticipată — respingere"
    page.select("early.reject")
    assert page.heading.text() == "Pensie anticipată — respingere"
    assert "Versiunea 1" in page.version_info.text()
    assert page.editors["decides"].text() == "DECIDE:"
    assert page.history.count() == 1


def test_admin_saves_a_new_version(qtbot, store, admin):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    page.select("early.reject")
    before = decision_templates.current(store, "early.reject")
    _replace_first_line(page, NEW_ARTICLE)
    type_text(page.note, "Ordinul președintelui CNPP nr. 123/2025")
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = decision_templates.current(store, "early.reject")
    assert saved.version == 2
    assert saved.articles[0] == NEW_ARTICLE
    assert saved.articles[1:] == before.articles[1:]
    assert saved.preamble == before.preamble and saved.contest == before.contest
    assert "versiunea 2" in page.message.text()
    assert "Versiunea 2 — salvată de admin" in page.version_info.text()
    assert page.history.count() == 2
    assert "Ordinul președintelui CNPP nr. 123/2025" in page.history.item(0).text()
    # Other templates are untouched.
    assert decision_templates.current(store, "early.admit").version == 1


def test_unknown_placeholder_is_refused(qtbot, store, admin):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    page.select("early.reject")
    _replace_first_line(page, "Art. 1. Se plătește în contul {iban}.")
    type_text(page.note, "Ordinul CNPP nr. 9/2025")
    page.save_button.click()

    assert "Câmpuri necunoscute în șablon: {iban}" in page.message.text()
    assert "b3261e" in page.message.styleSheet()
    assert [v.version for v in decision_templates.versions(store, "early.reject")] == [1]
    assert "{iban}" in page.editors["articles"].toPlainText()  # the admin's text stays


def test_reason_is_required_and_cancel_reloads(qtbot, store, admin):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    page.select("old_age.admit")
    original = page.editors["articles"].toPlainText()
    _replace_first_line(page, "Art. 1. Se admite.")
    page.save_button.click()
    assert "motivul modificării" in page.message.text()
    page.cancel_button.click()
    assert page.editors["articles"].toPlainText() == original
    assert decision_templates.current(store, "old_age.admit").version == 1


def test_clerk_reads_only(qtbot, store, clerk):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, clerk)
    page.select("early.reject")
    assert page.editors["articles"].isReadOnly()
    assert not page.save_button.isEnabled()
    assert "Doar administratorul" in page.read_only_note.text()
    # Even if the slot runs, the service refuses and the page says so.
    page.note.setText("Ordinul CNPP nr. 1/2025")
    page.editors["title"].setText("DECIZIA {decision_no}")
    page.save_template()
    assert "Nu aveți dreptul" in page.message.text()
    assert [v.version for v in decision_templates.versions(store, "early.reject")] == [1]
    assert not page.signers_button.isEnabled()
    page.save_signers()
    assert "Nu aveți dreptul" in page.signers_message.text()


def test_placeholder_double_click_inserts_at_cursor(qtbot, store, admin):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    page.select("early.reject")
    subject = page.editors["subject"]
    subject.setText("privind  pensia")
    subject.setCursorPosition(len("privind "))
    page.last_editor = subject  # the field last focused (focus events need an active window)
    row = page_placeholders(page).index("applicant_name")
    page.insert_placeholder(page.placeholders.item(row))
    assert subject.text() == "privind {applicant_name} pensia"


def page_placeholders(page: DecisionTemplatesPage) -> list[str]:
    return [page.placeholders.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(page.placeholders.count())]


def test_signers_are_saved(qtbot, store, admin):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    type_text(page.signer_edits["Director executiv"], "Maria Țurcanu")
    type_text(page.signer_edits["Șef serviciu"], "Ștefan Bălănescu")
    type_text(page.signer_edits["Verificat"], "Ioana Răduț")
    page.signers_button.click()
    assert decisions.signers(store) == {"Director executiv": "Maria Țurcanu",
                                        "Șef serviciu": "Ștefan Bălănescu",
                                        "Verificat": "Ioana Răduț"}
    assert "salvați" in page.signers_message.text()
    again = _page(qtbot, store, admin)
    assert again.signer_edits["Șef serviciu"].text() == "Ștefan Bălănescu"


def test_page_renders(qtbot, store, admin, tmp_path: Path):  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, admin)
    page.select("old_age.admit")
    path = tmp_path / "decision_templates.png"
    assert page.grab().save(str(path))
    assert path.stat().st_size > 10_000
