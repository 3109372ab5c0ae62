"""Starting the app, a database that cannot open, and the error net."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from followup_desk.services.errors import UserError
from followup_desk.ui import app as app_module
from followup_desk.ui.main_window import MainWindow


def test_a_database_that_cannot_open_is_explained(qapp, tmp_path, shown_messages):
    folder = tmp_path / "not-a-file"
    folder.mkdir()

    code = app_module.run(str(folder))

    assert code == 2
    kind, title, text, _details = shown_messages.shown[-1]
    assert (kind, title) == ("error", "Database")
    assert "folder" in text


def test_run_opens_the_main_window(qapp, tmp_path, monkeypatch, shown_messages):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    seen = []

    def fake_exec(self):
        # Stands in for the event loop: look at what run() set up, then "quit".
        # (A real exec() and quit() would leave Qt's timers stopped for every
        # later test in this process.)
        seen.extend(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        )
        seen.append(sys.excepthook)
        for widget in seen[:-1]:
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    code = app_module.run(str(tmp_path / "shop.sqlite3"))

    assert code == 0
    assert isinstance(seen[0], MainWindow)
    assert seen[-1] is app_module.show_unexpected_error
    assert sys.excepthook is not app_module.show_unexpected_error  # put back
    assert qapp.applicationName() == "Follow-up Desk"
    assert not qapp.windowIcon().isNull()
    assert (tmp_path / "shop.sqlite3").exists()


def test_unexpected_errors_are_shown_with_details(qapp, shown_messages):
    try:
        raise ValueError("boom")
    except ValueError as exc:
        app_module.show_unexpected_error(ValueError, exc, exc.__traceback__)

    kind, title, text, details = shown_messages.shown[-1]
    assert (kind, title) == ("error", "Unexpected error")
    assert "boom" not in text  # plain words for the user…
    assert "ValueError: boom" in details  # …the traceback for whoever helps


def test_user_errors_are_shown_plainly(qapp, shown_messages):
    error = UserError("There is no prospect with id 7.")

    app_module.show_unexpected_error(UserError, error, None)

    assert shown_messages.shown[-1][2] == "There is no prospect with id 7."
    assert shown_messages.shown[-1][3] == ""
