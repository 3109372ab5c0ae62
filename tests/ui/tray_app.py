"""Follow-up Desk started the way a person starts it, for the tray tests.

Run as a script in a process of its own, so the application object is made
with the desktop's D-Bus and display in its environment (pytest-qt makes one
application per test session, before any test could set them)::

    python tray_app.py DATABASE NAME PASSWORD NOW

It runs the real start-up (``followup_desk.ui.app.run``). Only two things
stand in for the world: the clock reads ``NOW`` (an ISO date and time on the
shop's clock), and the sign-in dialog is answered with NAME and PASSWORD as
the person would type them.

Once the window is up it minimizes it, as if the person were working in other
programs, and says ``{"event": "started", ...}`` on stdout. Then it reads
commands on stdin, one a line: ``state`` answers with what the window shows,
``minimize`` tucks the window away again, ``grab PATH`` saves a picture of
the window (for looking at it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from followup_desk.services import call_times
from followup_desk.ui import app as ui_app
from followup_desk.ui import desk_settings
from followup_desk.ui.call_reminders import CallReminders
from followup_desk.ui.main_window import MainWindow
from followup_desk.ui.sign_in_dialog import SignInDialog


def tell(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


def main() -> int:
    database, name, password, now = sys.argv[1:5]
    moment = dt.datetime.fromisoformat(now)
    call_times.shop_now = lambda: moment

    def ask(dialog: QDialog) -> int:
        try:
            if not isinstance(dialog, SignInDialog):
                tell("unexpected", dialog=type(dialog).__name__)
                return QDialog.DialogCode.Rejected
            dialog.ui.name_edit.setText(name)
            dialog.ui.password_edit.setText(password)
            dialog.accept()
            return dialog.result()
        finally:
            dialog.deleteLater()

    ui_app.ask = ask
    app = ui_app.application()
    # Queued before run() opens the window: the first thing its loop does.
    QTimer.singleShot(0, lambda: Watcher(app))
    return ui_app.run(database)


class Watcher(QObject):
    """Answers the test's questions about the window, from stdin."""

    def __init__(self, app: QApplication):
        super().__init__(app)  # lives as long as the app
        self.window = next(
            w
            for w in app.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        )
        reminders = self.window.findChild(CallReminders)
        tray = reminders.tray if reminders is not None else None
        self.typed = b""
        self.notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._on_stdin)
        self.window.showMinimized()
        tell(
            "started",
            tray=tray is not None,
            tray_visible=bool(tray and tray.isVisible()),
        )

    def _on_stdin(self) -> None:
        chunk = os.read(0, 4096)
        if not chunk:
            self.notifier.setEnabled(False)
            QApplication.quit()  # the test is gone
            return
        self.typed += chunk
        while b"\n" in self.typed:
            line, self.typed = self.typed.split(b"\n", 1)
            self.command(line.decode().strip())

    def command(self, what: str) -> None:
        window = self.window
        if what == "minimize":
            window.showMinimized()
        elif what.startswith("grab "):
            window.grab().save(what.removeprefix("grab "))
        tell(
            "state",
            prospect_id=window.detail.prospect_id,
            tab=window.ui.tabs.currentWidget().objectName(),
            minimized=window.isMinimized(),
            reminders_enabled=desk_settings.REMINDERS_ENABLED.get(),
        )


if __name__ == "__main__":
    sys.exit(main())
