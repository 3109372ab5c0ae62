"""The main window driven as staff use it: new prospects, search, shortcuts."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
)

from followup_desk.services import contacts, prospects, touches
from followup_desk.ui.formatting import to_qdate
from followup_desk.ui.main_window import CALENDAR_TAB, PROSPECT_TAB, TODAY_TAB
from followup_desk.ui.new_prospect_dialog import NewProspectDialog


def _list_names(window) -> list[str]:
    model = window.prospect_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _click_ok(qtbot, dialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_new_prospect(type_text, dialog, **fields) -> None:
    for name, text in fields.items():
        type_text(dialog.field(name), text)


def test_new_prospect_shows_in_list_and_timeline(
    qtbot, window, type_text, last_working_day
):
    window.new_prospect_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, NewProspectDialog)
    assert dialog.channel() == "phone"
    assert dialog.ui.country_edit.text() == "US"

    _type_new_prospect(
        type_text,
        dialog,
        first_name="Zoë",
        last_name="Müller",
        company="Smith & Sons",
        email="zoe@example.com",
        phone="+1 217 555 0199",
        street="12 Elm Street",
        postcode="62704",
        city="Springfield",
    )
    dialog.ui.contacted_on_edit.setDate(to_qdate(last_working_day))
    _click_ok(qtbot, dialog)

    assert dialog.prospect is not None
    assert dialog.prospect.first_contact == last_working_day
    assert "Müller, Zoë" in _list_names(window)
    assert window.ui.tabs.currentIndex() == PROSPECT_TAB
    assert window.detail.ui.name_label.text() == "Zoë Müller"
    assert "Smith & Sons" in window.detail.ui.company_label.text()

    planned = touches.touches_for(dialog.prospect.id)
    assert planned, "a phone caller gets a plan"
    timeline = window.detail.timeline
    titles = [timeline.index(r, 2).data() for r in range(timeline.rowCount())]
    assert titles == [t.title for t in planned]
    assert "E-mail the quotation" in titles
    # The quotation e-mail is due on the contact day, so Today lists it.
    assert any(i.prospect_id == dialog.prospect.id for i in window.today_pane.items)
    assert "1 prospect shown" in window.counts_label.text()


def test_refused_input_keeps_everything_typed(qtbot, window, type_text):
    dialog = window.open_new_prospect_dialog()
    _type_new_prospect(
        type_text,
        dialog,
        first_name="Γιώργος",
        last_name="Παπαδόπουλος",
        email="giorgos@",
    )
    dialog.set_channel("email")
    qtbot.keyClicks(dialog.ui.notes_edit, "Wants oak frames")
    _click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.ui.error_label.isVisible()
    assert "e-mail address" in dialog.ui.error_label.text()
    assert dialog.ui.email_edit.property("invalid") is True
    assert dialog.ui.first_name_edit.text() == "Γιώργος"
    assert dialog.ui.notes_edit.toPlainText() == "Wants oak frames"
    assert dialog.channel() == "email"
    assert prospects.count() == 0

    qtbot.keyClicks(dialog.ui.email_edit, "example.gr")
    _click_ok(qtbot, dialog)

    assert not dialog.isVisible()
    assert prospects.count() == 1
    saved = contacts.get_prospect(dialog.prospect.id)
    assert (saved.email, saved.channel, saved.notes) == (
        "giorgos@example.gr",
        "email",
        "Wants oak frames",
    )


def test_walk_in_is_offered_the_quote_editor(qtbot, window, shown_messages, type_text):
    dialog = window.open_new_prospect_dialog()
    dialog.set_channel("walk_in")
    _type_new_prospect(type_text, dialog, first_name="Анна", last_name="Иванова")
    _click_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: "Quotation" in shown_messages.titles())
    editor = window.detail.quote_editor
    assert window.ui.tabs.currentIndex() == PROSPECT_TAB
    assert editor.prospect_id == dialog.prospect.id
    assert editor.quote_id is None
    view = editor.ui.lines_view
    assert window.focusWidget() is view
    assert view.currentIndex().row() == editor.model.rowCount() - 1

    # The first key typed opens the blank line; Enter keeps what was typed.
    type_text(view, "O")
    assert view.state() == QAbstractItemView.State.EditingState
    cell_editor = view.viewport().findChild(QLineEdit)
    type_text(cell_editor, "ak door")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: bool(editor.model.line_items()))
    assert [line.description for line in editor.model.line_items()] == ["Oak door"]
    assert editor.model.rowCount() == 2  # the line and a new blank row


def test_search_filters_the_list_as_you_type(qtbot, window, make_prospect, type_text):
    make_prospect(first_name="Zoë", last_name="Müller")
    make_prospect(first_name="José", last_name="Martínez", company="Café Zürich")
    make_prospect(first_name="Дмитрий", last_name="Петров")
    window.refresh()
    assert len(_list_names(window)) == 3

    type_text(window.ui.search_edit, "mü")
    # Typing only starts the pause timer; the query runs when typing stops.
    assert window._search_timer.isActive()
    qtbot.waitUntil(lambda: _list_names(window) == ["Müller, Zoë"])
    assert window.ui.list_count_label.text() == "1 found"

    window.ui.search_edit.clear()
    type_text(window.ui.search_edit, "café")
    qtbot.waitUntil(lambda: _list_names(window) == ["Martínez, José"])

    window.ui.search_edit.clear()
    qtbot.waitUntil(lambda: len(_list_names(window)) == 3)


def test_clicking_a_row_opens_the_prospect(qtbot, window, make_prospect):
    prospect = make_prospect(
        first_name="Søren", last_name="Åberg", notes="Call after 5"
    )
    window.refresh()
    window.ui.tabs.setCurrentIndex(TODAY_TAB)

    view = window.ui.prospect_table
    row = window.prospect_model.row_of(prospect.id)
    rect = view.visualRect(window.prospect_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.ui.tabs.currentIndex() == PROSPECT_TAB
    assert window.detail.prospect_id == prospect.id
    assert window.detail.ui.notes_label.text() == "Call after 5"


def test_keyboard_shortcuts_switch_views_and_find(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    control = Qt.KeyboardModifier.ControlModifier

    qtbot.keyClick(window, Qt.Key.Key_2, control)
    assert window.ui.tabs.currentIndex() == CALENDAR_TAB
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.ui.tabs.currentIndex() == TODAY_TAB
    qtbot.keyClick(window, Qt.Key.Key_3, control)
    assert window.ui.tabs.currentIndex() == PROSPECT_TAB
    qtbot.keyClick(window, Qt.Key.Key_1, control)
    assert window.ui.tabs.currentIndex() == TODAY_TAB
    qtbot.keyClick(window, Qt.Key.Key_F, control)
    assert QApplication.focusWidget() is window.ui.search_edit
    qtbot.keyClick(window, Qt.Key.Key_N, control)
    assert isinstance(window.dialog, NewProspectDialog)
    window.dialog.reject()

    assert window.new_prospect_action.shortcut().toString() == "Ctrl+N"
    assert window.print_batch_action.shortcut().toString() == "Ctrl+Shift+P"
    assert window.mark_done_action.shortcut().toString() == "Ctrl+D"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_main_controls_have_tooltips_and_accessible_names(window):
    ui = window.ui
    for widget in (ui.search_edit, ui.prospect_table, ui.tabs):
        assert widget.accessibleName()
    for widget in (ui.search_edit, ui.new_prospect_button):
        assert widget.toolTip()
    assert window.detail.ui.mark_done_button.toolTip()


def test_printing_code_is_not_loaded_at_start(tmp_path):
    """ReportLab costs start-up time; it must load only when printing."""
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["FOLLOWUP_DESK_HOME"] = {str(tmp_path)!r}
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from followup_desk.storage.database import open_database
        open_database({str(tmp_path / "t.sqlite3")!r})
        from followup_desk.ui.main_window import MainWindow
        window = MainWindow()
        window.show()
        app.processEvents()
        print(sorted(m for m in sys.modules if m.startswith("reportlab")))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_fits_a_laptop_screen_in_every_language(qapp, window, language):
    from followup_desk.ui import i18n
    from followup_desk.ui.main_window import MainWindow

    i18n.install(qapp, language)
    try:
        fresh = MainWindow()  # built in the language, as after a restart
        smallest = fresh.minimumSizeHint()
        fresh.deleteLater()
    finally:
        i18n.uninstall(qapp)
    # 1366 × 768 is the smallest common laptop screen; keep room for a frame,
    # and below it for the title bar and the taskbar.
    assert smallest.width() <= 1340
    assert smallest.height() <= 700
