"""An error nobody foresaw: a friendly dialog, details to copy, data intact."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from followup_desk.services import contacts
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.ui import app as app_module
from followup_desk.ui import theme
from followup_desk.ui.error_dialog import ErrorDialog
from followup_desk.ui.main_window import MainWindow

SECRET = "hunter2-secret"


def _error_dialogs() -> list[ErrorDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ErrorDialog) and w.isVisible()
    ]


@pytest.fixture
def real_window(qtbot, qapp, ui_db):
    """The window with real message boxes (no recorder), as a person sees it."""
    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)
    yield window
    for dialog in _error_dialogs():
        dialog.close()
    window.close()
    window.deleteLater()
    qapp.processEvents()


@pytest.mark.qt_no_exception_capture
def test_a_failing_save_shows_the_dialog_and_keeps_the_data(
    qtbot, real_window, make_prospect, monkeypatch
):
    for name in ("Ana", "Zoë"):
        make_prospect(first_name=name)
    touches_before = Touch.select().count()

    def broken_plan(*args, **kwargs):
        # Fails inside the save's transaction, after the prospect row went in.
        raise RuntimeError(f"plan engine broke at postgresql://desk:{SECRET}@db/x")

    monkeypatch.setattr(contacts, "build_plan", broken_plan)
    dialog = real_window.open_new_prospect_dialog()
    dialog.ui.first_name_edit.setText("Jürgen")
    dialog.ui.last_name_edit.setText("Groß & Söhne")
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    with app_module.error_net():
        save.click()
        qtbot.waitUntil(lambda: len(_error_dialogs()) == 1, timeout=5000)

    shown = _error_dialogs()[0]
    assert shown.windowTitle() == "Unexpected error"
    assert "did not expect" in shown.ui.text_label.text()
    assert "RuntimeError" not in shown.ui.text_label.text()  # plain words up front
    assert not shown.ui.details_edit.isVisible()
    shown.ui.details_button.click()
    assert shown.ui.details_edit.isVisible()
    shown.ui.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: plan engine broke" in copied
    assert "Follow-up Desk 0." in copied  # the version, for whoever helps
    assert SECRET not in copied and SECRET not in shown.details

    # Nothing half-saved, nothing lost, and the file is sound.
    assert [p.first_name for p in Prospect.select().order_by(Prospect.id)] == [
        "Ana",
        "Zoë",
    ]
    assert Touch.select().count() == touches_before
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not database.in_transaction()

    # The app carries on: close the message and save again once it works.
    shown.ui.close_button.click()
    assert real_window.isVisible() and dialog.isVisible()
    monkeypatch.undo()
    save.click()
    assert Prospect.select().count() == 3
    assert Prospect.get(Prospect.last_name == "Groß & Söhne").touches.count() > 0


def test_errors_in_worker_threads_reach_the_window(qtbot, qapp, shown_messages):
    import threading

    def work():
        raise OSError("disk went away")

    with app_module.error_net():
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown_messages.shown), timeout=5000)

    kind, title, _text, details = shown_messages.shown[-1]
    assert (kind, title) == ("unexpected", "Unexpected error")
    assert "OSError: disk went away" in details
