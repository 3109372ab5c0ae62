"""Starting the desktop app: application object, database, window, error net."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from followup_desk import __version__
from followup_desk.services.errors import UserError
from followup_desk.storage.database import (
    DatabaseOpenError,
    close_database,
    open_database,
)
from followup_desk.ui import messages, theme

log = logging.getLogger("followup_desk.ui")

EXIT_DATABASE_FAILED = 2
_showing_error = False


def run(database_target: str | None = None) -> int:
    """Open the database and the main window; return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Follow-up Desk")
    app.setOrganizationName("Follow-up Desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(theme.icon("app"))
    theme.apply(app)

    try:
        open_database(database_target)
    except (DatabaseOpenError, OSError) as exc:
        log.error("Cannot open the database: %s", exc)
        messages.error(
            None,
            "Database",
            f"{exc}\n\nCheck the database file or address and start Follow-up "
            "Desk again.",
        )
        return EXIT_DATABASE_FAILED

    # Imported after the database opens: the window reads it while building.
    from followup_desk.ui.main_window import MainWindow

    previous_hook = sys.excepthook
    sys.excepthook = show_unexpected_error
    try:
        window = MainWindow()
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        close_database()


def show_unexpected_error(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> None:
    """Tell the user about an error nobody caught; the app keeps running."""
    global _showing_error
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if isinstance(error, UserError):
        # A service refused something no screen checked first: say it plainly.
        messages.error(QApplication.activeWindow(), "Follow-up Desk", str(error))
        return
    log.error("Unexpected error", exc_info=(kind, error, trace))
    if _showing_error:
        return  # an error while showing an error: the log has it
    _showing_error = True
    try:
        messages.error(
            QApplication.activeWindow(),
            "Unexpected error",
            "Something went wrong that Follow-up Desk did not expect. What was "
            "saved is safe; the last step may not have finished. If it happens "
            "again, send the details below to whoever looks after the app.",
            "".join(traceback.format_exception(kind, error, trace)),
        )
    finally:
        _showing_error = False
