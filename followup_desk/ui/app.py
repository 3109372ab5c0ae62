"""Starting the desktop app: one instance, the database, first run, the window.

The order of a start:

1. Logging to the rotating file, then the application object (high-DPI
   rounding must be set before it exists).
2. If Follow-up Desk already runs for this person, hand over to it (it comes
   to the front) and quit.
3. Language and colours from this desk's settings.
4. Open the database. A damaged SQLite file gets the rescue dialog; anything
   else that fails is explained and the app quits.
5. A database nobody has set up gets the first-run wizard, which may instead
   open the sample shop, a separate file. A shop with accounts asks who is
   at the desk.
6. The main window, the call reminders, and the net that catches errors
   nobody foresaw: they are logged, shown in a friendly dialog, and the
   window carries on.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Iterator
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from followup_desk import __version__, logging_setup, paths
from followup_desk.services.errors import UserError
from followup_desk.storage.database import (
    DatabaseDamagedError,
    DatabaseOpenError,
    close_database,
    current_file,
    damage_in,
    describe,
    open_database,
    resolve_target,
)
from followup_desk.ui import accessibility, desk_settings, i18n, messages, theme

log = logging.getLogger("followup_desk.ui")
qt_log = logging.getLogger("followup_desk.qt")

EXIT_DATABASE_FAILED = 2
EXIT_SELF_TEST_FAILED = 3
EXIT_CANCELLED = 0
SELF_TEST_QUIT_MS = 500
_showing_error = False


def run(
    database_target: str | None = None,
    *,
    verbose: bool = False,
    self_test: bool = False,
) -> int:
    """Start the window and return the exit code when it closes.

    ``self_test`` opens the window on the sample shop in the data folder,
    paints it and quits: a check that an installed bundle is complete.
    """
    logging_setup.configure(verbose)
    package_log = logging.getLogger("followup_desk")
    propagated = package_log.propagate
    # The terminal stays quiet unless asked; the log file has everything.
    package_log.propagate = verbose
    previous_qt_handler = qInstallMessageHandler(_log_qt_message)
    try:
        return _run(database_target, self_test)
    finally:
        close_database()
        log.info("Follow-up Desk closed")
        qInstallMessageHandler(previous_qt_handler)
        package_log.propagate = propagated


def _run(database_target: str | None, self_test: bool) -> int:
    app = application()
    log.info("Follow-up Desk %s starting", __version__)

    from followup_desk.ui.single_instance import SingleInstance

    instance = SingleInstance()
    if not self_test:
        if instance.hand_over(sys.argv[1:]):
            return 0
        instance.listen()

    i18n.install(app, desk_settings.LANGUAGE.get())
    theme.apply(app, desk_settings.COLOUR_SCHEME.get())

    desk = Desk(database_target, sample=self_test)
    instance.activation_requested.connect(desk.bring_forward)
    try:
        if not desk.start():
            return desk.exit_code
        if self_test:
            if not _self_test_printing():
                return EXIT_SELF_TEST_FAILED
            QTimer.singleShot(SELF_TEST_QUIT_MS, desk.close)
        with error_net():
            code = app.exec()
        return code or desk.exit_code
    finally:
        desk.stop()
        instance.close()


def _self_test_printing() -> bool:
    """Print one sample quotation: fonts, logo and ReportLab are all in place."""
    from followup_desk.services import documents
    from followup_desk.storage.models import Quote

    quote = Quote.select().order_by(Quote.id).first()
    if quote is None:
        log.error("Self-test: the sample shop has no quotation to print")
        return False
    out = paths.documents_dir() / f"self-test-{quote.number}.pdf"
    try:
        documents.print_quote(quote.id, out)
    except Exception:
        log.exception("Self-test: printing a quotation failed")
        return False
    log.info("Self-test: printed %s (%d bytes)", out.name, out.stat().st_size)
    return out.stat().st_size > 1000


def application() -> QApplication:
    """The application object, made once, with names, icon and high-DPI set."""
    existing = QApplication.instance()
    if existing is None:
        # Fractional scales (125 %, 150 %) as the screen says, not rounded:
        # Qt can only be told before the application object exists.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        existing = QApplication(sys.argv)
    app = existing
    app.setApplicationName("Follow-up Desk")
    app.setOrganizationName("Follow-up Desk")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Follow-up Desk")
    # Matches the .desktop file, so the desktop shows our icon and groups
    # our windows under it.
    app.setDesktopFileName("followup-desk")
    app.setWindowIcon(theme.icon("app"))
    accessibility.install(app)
    return app


class Desk(QObject):
    """One session at the desk: the database, who is signed in, the window.

    Dialogs before the window (rescue, wizard, sign-in) are modal and run
    their own loop; once the window is up, everything is driven by signals.
    """

    window_opened = Signal(object)

    def __init__(self, database_target: str | None = None, sample: bool = False):
        super().__init__()
        self.target = database_target
        self.sample = sample
        self.window = None
        self.reminders = None
        self.exit_code = 0

    # -- the start ------------------------------------------------------------

    def start(self) -> bool:
        """Open the shop and the window; False (and ``exit_code``) to quit."""
        target = str(paths.sample_database_path()) if self.sample else self.target
        while True:
            try:
                return self._start_on(target)
            except Exception as exc:
                # Damage deep in the file surfaces only when a query reads it,
                # often while the window is being built: same way out as at open.
                damaged = damage_in(exc)
                if damaged is None:
                    raise
                log.error("Damaged database found at start: %s", exc)
                close_database()
                target = self._rescue(damaged)
                if target is None:
                    self.exit_code = EXIT_DATABASE_FAILED
                    return False

    def _start_on(self, target: str | None) -> bool:
        if not self._open(target):
            return False
        if self.sample:
            self._fill_sample_if_empty()
        elif not self._first_run_or_sign_in():
            return False
        self._open_window()
        return True

    def stop(self) -> None:
        if self.reminders is not None:
            self.reminders.stop()
        if self.window is not None and self.window.isVisible():
            self.window.close()

    def close(self) -> None:
        """Close the window as if the person did; the app then quits."""
        if self.window is not None:
            self.window.close()
        QApplication.quit()

    def bring_forward(self, arguments: list | None = None) -> None:
        """A second start asked for us: show whichever window is in front."""
        widget = QApplication.activeModalWidget() or self.window
        if widget is None:
            return
        if widget.isMinimized():
            widget.showNormal()
        widget.show()
        widget.raise_()
        widget.activateWindow()
        # Where the desktop refuses to give focus away, at least flash.
        QApplication.alert(widget, 0)

    def use_sample_shop(self) -> None:
        """Open the sample shop, in its own file, instead of the real one."""
        self._switch(str(paths.sample_database_path()), sample=True)

    def leave_sample_shop(self) -> None:
        """From the sample shop to the real one, which then gets the wizard."""
        self._switch(self.target, sample=False)

    # -- inside ---------------------------------------------------------------

    def _open(self, target: str | None) -> bool:
        while True:
            try:
                open_database(target)
                return True
            except DatabaseDamagedError as exc:
                target = self._rescue(exc)
                if target is None:
                    self.exit_code = EXIT_DATABASE_FAILED
                    return False
            except (DatabaseOpenError, OSError) as exc:
                log.error("Cannot open the database: %s", exc)
                messages.error(
                    None,
                    QCoreApplication.translate("app", "Database"),
                    QCoreApplication.translate(
                        "app",
                        "{problem}\n\nCheck the database file or address and "
                        "start Follow-up Desk again.",
                    ).format(problem=exc),
                )
                self.exit_code = EXIT_DATABASE_FAILED
                return False

    def _rescue(self, error: DatabaseDamagedError) -> str | None:
        """The damaged-file dialog; the database to try next, or None to quit."""
        from followup_desk.ui.database_rescue_dialog import DatabaseRescueDialog

        dialog = DatabaseRescueDialog(error.path, [str(error)])
        result = ask(dialog)
        if result == DatabaseRescueDialog.RESTORED:
            return str(error.path)
        if result == DatabaseRescueDialog.OTHER_FILE and dialog.chosen_file:
            return str(dialog.chosen_file)
        return None

    def _first_run_or_sign_in(self) -> bool:
        from followup_desk.services import first_run, users

        if not first_run.shop_is_set_up():
            return self._first_run()
        if users.current_user() is not None:
            return True
        return self._sign_in()

    def _first_run(self) -> bool:
        from followup_desk.ui.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard()
        if ask(wizard) != QDialog.DialogCode.Accepted:
            self.exit_code = EXIT_CANCELLED
            return False
        if wizard.chose_sample:
            close_database()
            self.sample = True
            if not self._open(str(paths.sample_database_path())):
                return False
            self._fill_sample_if_empty()
        return True

    def _sign_in(self) -> bool:
        from followup_desk.ui.sign_in_dialog import SignInDialog

        while True:
            dialog = SignInDialog()
            result = ask(dialog)
            if result == QDialog.DialogCode.Accepted:
                return True
            if result != SignInDialog.OTHER_DATABASE:
                self.exit_code = EXIT_CANCELLED
                return False
            if not self._choose_database():
                continue
            close_database()
            if not self._open(self.target):
                return False
            return self._first_run_or_sign_in()

    def _choose_database(self) -> bool:
        """ "Use another database" at sign-in: a file here, or the shop's server."""
        from followup_desk.ui.database_settings_dialog import DatabaseSettingsDialog

        dialog = DatabaseSettingsDialog(applies_now=True)
        if ask(dialog) != QDialog.DialogCode.Accepted:
            return False
        # The choice is saved for this desk; it wins over a --database given
        # at start, which is what the person just changed their mind about.
        self.target = None
        return True

    def _fill_sample_if_empty(self) -> None:
        from followup_desk.services import first_run, sample_data

        if not first_run.shop_is_set_up():
            # A second or two of planning and quoting: say so with the cursor.
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                sample_data.fill_sample_shop()
            finally:
                QGuiApplication.restoreOverrideCursor()

    def _open_window(self) -> None:
        # Imported once the database is open: the window reads it while building.
        from followup_desk.ui.call_reminders import CallReminders
        from followup_desk.ui.main_window import MainWindow

        window = MainWindow()
        if self.sample:
            show_sample_banner(window, self)
        window.show()
        self.window = window
        self.reminders = CallReminders(window)
        self.reminders.start()
        # The start-of-session backup (which also checks the file for
        # damage) and the watch on other desks, once the window is painted.
        window.desk_actions.start_guard()
        window.desk_menus.call_time_saved.connect(self._on_call_time_saved)
        self.window_opened.emit(window)
        file = current_file()
        log.info("Window open on %s", file or describe(resolve_target(self.target)))

    def _on_call_time_saved(self, touch_id: int) -> None:
        # A call set for ten minutes from now is announced at once.
        if self.reminders is not None:
            self.reminders.check()

    def _switch(self, target: str | None, sample: bool) -> None:
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None
        old = self.window
        if old is not None:
            old.close()
            if old.isVisible():
                return  # it refused to close (a batch still printing)
            old.deleteLater()
        self.window = None
        close_database()
        self.sample = sample
        if not self._open(target):
            QApplication.quit()
            return
        if sample:
            self._fill_sample_if_empty()
        elif not self._first_run_or_sign_in():
            QApplication.quit()
            return
        self._open_window()


def show_sample_banner(window: QWidget, desk: Desk) -> None:
    """Say plainly, in the window, that this is the sample shop."""
    from followup_desk.ui.sample_banner import SampleBanner

    banner = SampleBanner(window)
    banner.set_up_requested.connect(desk.leave_sample_shop)
    window.setWindowTitle(
        QCoreApplication.translate("app", "Follow-up Desk — sample shop")
    )
    window.statusBar().insertPermanentWidget(0, banner)


def ask(dialog: QDialog) -> int:
    """Run a dialog before the window exists and return how it ended.

    One place, so tests can answer for the person. The dialog is deleted
    afterwards, at a moment of our choosing rather than the collector's.
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


# -- the error net ----------------------------------------------------------------


class _ThreadErrors(QObject):
    """Carries an error from a worker thread to the window's thread."""

    raised = Signal(object, object, object)


_thread_errors: _ThreadErrors | None = None


@contextlib.contextmanager
def error_net() -> Iterator[None]:
    """Catch errors nobody caught while the window runs; put the hooks back."""
    global _thread_errors
    sys_hook, thread_hook = sys.excepthook, threading.excepthook
    _thread_errors = _ThreadErrors()
    _thread_errors.raised.connect(
        show_unexpected_error, Qt.ConnectionType.QueuedConnection
    )
    sys.excepthook = show_unexpected_error
    threading.excepthook = _on_thread_error
    try:
        yield
    finally:
        sys.excepthook, threading.excepthook = sys_hook, thread_hook
        _thread_errors = None


def _on_thread_error(args: threading.ExceptHookArgs) -> None:
    if _thread_errors is not None and args.exc_value is not None:
        _thread_errors.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)


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
    _roll_back_open_transaction()
    if isinstance(error, UserError):
        # A service refused something no screen checked first: say it plainly.
        messages.error(
            QApplication.activeWindow(), "Follow-up Desk", messages.translated(error)
        )
        return
    log.error("Unexpected error", exc_info=(kind, error, trace))
    if _showing_error:
        return  # an error while showing an error: the log has it
    _showing_error = True
    try:
        messages.unexpected(
            QApplication.activeWindow(),
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app",
                "Something went wrong that Follow-up Desk did not expect. If it "
                "happens again, copy the details and send them to whoever looks "
                "after the app.",
            ),
            "".join(traceback.format_exception(kind, error, trace)),
        )
    finally:
        _showing_error = False


def _roll_back_open_transaction() -> None:
    """Leave no half-done change open after an error: roll back to the last save.

    Services wrap multi-row changes in ``atomic()``, which rolls back as the
    error passes; this catches a transaction an error left open anyway, so the
    next save does not commit half of the failed one.
    """
    from followup_desk.storage.database import database

    db = database.obj
    try:
        if db is not None and not db.is_closed() and db.in_transaction():
            log.warning("Rolling back a change an error left unfinished")
            db.rollback()
    except Exception:
        log.debug("Could not check for an open transaction", exc_info=True)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, context, message: str) -> None:
    """Qt's own warnings go to the log file, not a terminal nobody reads."""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
