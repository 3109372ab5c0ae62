"""Sending e-mail off the GUI thread: one message, the outbox, "send all due".

Connecting to a mail server can take seconds (or thirty, when it is down),
so every send runs in a ``QThread``; the window keeps painting and shows
progress. The password prompt lives here too: where no keyring works, the
password typed is kept in memory until the app closes, never written down.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import traceback
from collections.abc import Callable

from peewee import PeeweeException
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from followup_desk.services import mail, mail_settings
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.ui import formatting, messages

log = logging.getLogger("followup_desk.ui")

RETRY_INTERVAL_MS = 60_000


def ask_password(parent: QWidget | None, text: str) -> str:
    """Ask for the mail server password; "" when the user cancels."""
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("mail_sending", "Mail password"),
        QCoreApplication.translate(
            "mail_sending", "{reason}\n\nMail server password:"
        ).format(reason=text),
        QLineEdit.EchoMode.Password,
    )
    return password if ok else ""


def ensure_password(parent: QWidget | None) -> bool:
    """True when sending can start; asks for a missing password first."""
    try:
        mail_settings.smtp_config()
        return True
    except mail_settings.PasswordNeeded as exc:
        password = ask_password(parent, messages.translated(exc))
        if not password:
            return False
        if exc.keyring_works:
            mail_settings.set_password(password)
        else:
            mail_settings.remember_password_for_session(password)
        return True
    except UserError as exc:
        messages.error(
            parent,
            QCoreApplication.translate("mail_sending", "E-mail"),
            messages.translated(exc),
        )
        return False


class _Worker(QObject):
    """Runs one function in the worker thread and hands back its result."""

    progressed = Signal(int, int)
    finished = Signal(object, object, str)

    def __init__(self, work: Callable[[Callable[[int, int], None]], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        result, error, details = None, None, ""
        try:
            result = self._work(self.progressed.emit)
        except Exception as exc:
            error = exc
            if not isinstance(exc, UserError):
                log.exception("E-mail work failed")
                details = traceback.format_exc()
        finally:
            # peewee keeps one connection per thread; close this thread's own.
            if not database.is_closed():
                database.close()
        self.finished.emit(result, error, details)


class BackgroundJob(QObject):
    """One piece of work in its own thread; ``done`` or ``failed`` at the end."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)

    def __init__(self, work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._on_worker_finished)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the work ends (closing a window, tests), at most so long."""
        if self._thread.isRunning():
            self._thread.wait(timeout_ms)

    def _on_worker_finished(self, result, error, details: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()
        if error is None:
            self.done.emit(result)
        else:
            self.failed.emit(error, details)


class _DrainWords(QObject):
    """An outbox run in words.

    A QObject so ``self.tr`` marks the plural forms: lupdate drops a plural
    ``QCoreApplication.translate`` whose count is not a literal number.
    """

    def describe(self, report) -> str:
        parts = []
        if report.sent:
            parts.append(self.tr("Sent %n e-mails.", "", len(report.sent)))
        if report.waiting:
            parts.append(
                self.tr(
                    "%n waiting in the outbox to be tried again.",
                    "",
                    len(report.waiting),
                )
            )
        if report.failed:
            parts.append(
                self.tr("%n refused by the mail server.", "", len(report.failed))
            )
        if report.cancelled:
            parts.append(
                self.tr("%n no longer needed, not sent.", "", len(report.cancelled))
            )
        if report.held:
            parts.append(
                self.tr(
                    "%n wait until someone reads the prospect's reply.",
                    "",
                    len(report.held),
                )
            )
        return " ".join(parts) or self.tr("Nothing waiting in the outbox.")


def describe_drain(report) -> str:
    """What an outbox run did, in a sentence or two for the status bar."""
    return _DrainWords().describe(report)


class OutboxSender(QObject):
    """Sends what waits in the outbox, now or on a timer, one run at a time."""

    sent = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._job: BackgroundJob | None = None
        self._again: list[int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.last_report = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start_retrying(self) -> None:
        """Try waiting mail again every minute, once its back-off has passed."""
        self._timer.start()

    def send_now(self, ids: list[int] | None = None) -> bool:
        """Send these outbox messages (or all waiting) now; False if not started."""
        if self.busy:
            self._again = (self._again or []) + (ids or [])
            return True
        self._start(lambda progress: mail.send_outbox(True, ids, progress))
        return True

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the current run ends (tests, and closing the window)."""
        job = self._job
        if job is not None and job.running:
            job._thread.wait(timeout_ms)

    def _start(self, work) -> None:
        self._job = BackgroundJob(work, self)
        self._job.done.connect(self._on_job_done)
        self._job.failed.connect(self._on_job_failed)
        self._job.start()

    def _finish(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        again, self._again = self._again, None
        if again is not None:
            self.send_now(again or None)

    def _on_job_done(self, report) -> None:
        self.last_report = report
        self._finish()
        self.sent.emit(report)

    def _on_job_failed(self, error, details: str) -> None:
        self._finish()
        self.failed.emit(messages.translated(error))

    def stop_retrying(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        if self.busy or not self._window.isVisible():
            return
        try:
            if mail.waiting_count() == 0:
                return
            mail_settings.smtp_config()
        except UserError:
            return  # nobody to ask on a timer; the next manual send asks
        except PeeweeException:
            # A timer must never raise into the event loop; the database
            # trouble shows wherever staff next save something.
            log.warning("Could not look at the outbox", exc_info=True)
            return
        self._start(lambda progress: mail.send_outbox(False, None, progress))


class DueMailSender(QObject):
    """ "Send all due e-mails": one question, a progress bar, a summary."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, who: str = "", staff_name: str = "") -> None:
        super().__init__(parent)
        self._window = parent
        self._who = who
        self._staff_name = staff_name
        self._job: BackgroundJob | None = None
        self._progress: QProgressDialog | None = None
        self._stop = threading.Event()
        self.summary = ""

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, day: dt.date) -> bool:
        """Ask once, then write and send every e-mail due by ``day``."""
        if self.busy:
            return False
        # E-mails waiting for a reply to be read are not asked about.
        count = len(mail.due_email_touches(day, include_held=False))
        if count == 0:
            messages.info(
                self._window,
                self.tr("E-mail"),
                self.tr("No e-mails are due. All done!"),
            )
            return False
        if not ensure_password(self._window):
            return False
        if not messages.confirm(
            self._window,
            self.tr("Send e-mails"),
            self.tr(
                "Send the %n e-mails due by {day}? Each is filled in from its "
                "template for that prospect. Prospects who asked for no e-mail, or "
                "whose address does not work, get a call instead where the plan "
                "says so.",
                "",
                count,
            ).format(day=formatting.short_day(day)),
            yes_label=self.tr("Send %n e-mails", "", count),
        ):
            return False
        self._stop.clear()
        self._show_progress(count)
        who, staff = self._who, self._staff_name
        stop = self._stop

        def work(progress):
            due = mail.queue_due(
                day, who, staff, progress=lambda d, t: progress(d, 2 * t)
            )
            total = max(len(due.queued), 1)
            sent = mail.send_outbox(
                ignore_schedule=True,
                progress=lambda d, t: progress(total + d, 2 * total),
                should_stop=stop.is_set,
            )
            return due, sent

        self._job = BackgroundJob(work, self)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.done.connect(self._on_job_done)
        self._job.failed.connect(self._on_job_failed)
        self._job.start()
        return True

    def wait(self, timeout_ms: int = 60_000) -> None:
        if self._job is not None and self._job.running:
            self._job._thread.wait(timeout_ms)

    def _show_progress(self, count: int) -> None:
        dialog = QProgressDialog(
            self.tr("Writing the e-mails…"),
            self.tr("Stop sending"),
            0,
            2 * count,
            self._window,
        )
        dialog.setWindowTitle(self.tr("Send e-mails"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._stop.set)
        dialog.show()
        self._progress = dialog

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        half = total // 2
        self._progress.setMaximum(total)
        self._progress.setValue(done)
        if done <= half:
            self._progress.setLabelText(self.tr("Writing the e-mails…"))
        else:
            self._progress.setLabelText(
                self.tr("Sending e-mail {done} of {total}…").format(
                    done=done - half, total=max(half, 1)
                )
            )

    def _on_job_done(self, result) -> None:
        self._close_progress()
        due, sent = result
        lines = [describe_drain(sent)]
        calls = due.rerouted.get("call", 0)
        letters = due.rerouted.get("mailer", 0)
        dropped = due.rerouted.get("cancelled", 0)
        if calls or letters:
            lines.append(
                self.tr(
                    "%n e-mails became calls or letters: the prospect has no "
                    "working e-mail address.",
                    "",
                    calls + letters,
                )
            )
        if dropped:
            lines.append(
                self.tr(
                    "%n e-mails cancelled for prospects without e-mail.", "", dropped
                )
            )
        if due.held:
            lines.append(
                self.tr(
                    "%n e-mails wait: the prospect replied and nobody has read "
                    "the reply yet.",
                    "",
                    due.held,
                )
            )
        lines.extend(messages.translated(problem) for problem in due.problems)
        self.summary = "\n".join(lines)
        title = self.tr("Send e-mails")
        if sent.error is not None:
            problem = messages.translated(sent.error)
            messages.error(self._window, title, f"{problem}\n\n{self.summary}")
        else:
            messages.info(self._window, title, self.summary)
        self.finished.emit(self.summary)

    def _on_job_failed(self, error, details: str) -> None:
        self._close_progress()
        if isinstance(error, UserError):
            messages.error(
                self._window, self.tr("Send e-mails"), messages.translated(error)
            )
        else:
            messages.error(
                self._window,
                self.tr("Send e-mails"),
                self.tr(
                    "The e-mails could not be sent. Those already written wait in "
                    "the outbox and nothing is lost."
                ),
                details,
            )
        self.summary = messages.translated(error)
        self.finished.emit(self.summary)
