"""Every model's generated form: filled through its widgets, read back equal to
what was put in, registered from the window with a number shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from desk_app.domain.annexes import all_specs
from desk_app.domain.annexes.validation import normalise
from desk_app.gui.main_window import MainWindow

SPECS = all_specs()


@pytest.mark.parametrize("spec", SPECS, ids=[s.annex_id for s in SPECS])
def test_model_form_fills_reads_back_and_registers(qtbot, gui_store, gui_clerk, spec):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    window.show()
    editor = window.new_request.open_annex(spec.annex_id)
    editor.form.set_payload(dict(spec.sample))
    expected = normalise(spec, dict(spec.sample))
    read_back = editor.form.payload()
    # Every value the sample gives survives the widgets (documents not handed in
    # and empty values are simply absent from the form's payload).
    for key, value in expected.items():
        if value in ("", [], None) or value == {"submitted": False}:
            continue
        assert read_back.get(key) == value, key
    editor.findChild(QPushButton, "register").click()
    assert editor.info is not None, editor.message.text()
    assert editor.banner.isVisible()
    assert f"Nr. {editor.info.registration_no} din" in editor.banner.text()


def test_model_chooser_groups_and_search(qtbot, gui_store, gui_clerk):
    window = MainWindow(gui_store, gui_clerk)
    qtbot.addWidget(window)
    page = window.new_request
    groups = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert groups == ["Pensii", "Ajutor de deces", "Expertiză medicală", "Angajatori",
                      "Cont online"]
    page.filter.setText("deces")
    visible = [page.tree.topLevelItem(i).child(j).text(1)
               for i in range(page.tree.topLevelItemCount())
               for j in range(page.tree.topLevelItem(i).childCount())
               if not page.tree.topLevelItem(i).child(j).isHidden()]
    assert set(visible) >= {"11", "12a", "12b"}
    assert "03" not in visible
