"""The inbox commands: "Check inbox now", the check on a timer, "Mark reply read".

The check talks to the mail server, which can take seconds (or thirty, when
it is down), so it always runs in a worker thread. A check the timer started
never interrupts anyone: a failure goes to the log and, in a few words, to
the status bar. Only a check someone asked for answers with a message box.

The IMAP code is imported on the first check, not with the window: a shop
that never reads its inbox never loads it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from followup_desk.ui import messages, session

log = logging.getLogger("followup_desk.ui")

# The first automatic look comes shortly after the window opens, once it
# has painted and the morning's work is on screen.
FIRST_CHECK_MS = 20_000
TICK_MS = 60_000


def ask_inbox_password(parent: QWidget | None, text: str) -> str:
    """Ask for the inbox password; "" when the user cancels."""
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("InboxActions", "Inbox password"),
        text + "\n\n" + QCoreApplication.translate("InboxActions", "Inbox password:"),
        QLineEdit.EchoMode.Password,
    )
    return password if ok else ""


class InboxActions(QObject):
    """The inbox actions for the menus, and the checks working behind them.

    ``current_prospect`` gives the prospect open in the window (or None);
    ``selected_reply`` the reply picked in Today or the timeline (or None).
    """

    data_changed = Signal()
    message = Signal(str)
    checked = Signal(object)

    def __init__(
        self,
        window: QWidget,
        current_prospect: Callable[[], int | None],
        selected_reply: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._current_prospect = current_prospect
        self._selected_reply = selected_reply
        self._job = None
        self._asked = False
        self._last_failure = ""
        self._next_check = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        # Children of this object: they go with it, never firing into a
        # window already closed.
        self._first_timer = QTimer(self)
        self._first_timer.setSingleShot(True)
        self._first_timer.timeout.connect(self._on_timer_timeout)
        self._create_actions()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Checks run while the window is open; a closed one stops asking,
        # and lets a check under way finish before its thread goes.
        if watched is self._window and event.type() == QEvent.Type.Close:
            self._timer.stop()
            self._first_timer.stop()
            self.wait()
        elif watched is self._window and event.type() == QEvent.Type.Show:
            self.start_checking()
        return False

    @property
    def prospect_actions(self) -> list[QAction]:
        return [self.check_action, self.mark_read_action]

    @property
    def busy(self) -> bool:
        return self._job is not None

    # -- what the menus and tests drive --------------------------------------------

    def check_now(self) -> bool:
        """Look in the inbox now, asking for a missing password; False if not."""
        from followup_desk.services import inbox_settings
        from followup_desk.services.errors import UserError

        self._asked = True
        if self.busy:
            return True
        try:
            inbox_settings.imap_config()
        except inbox_settings.InboxPasswordNeeded as exc:
            password = ask_inbox_password(self._window, messages.translated(exc))
            if not password:
                return False
            if exc.keyring_works:
                inbox_settings.set_password(password)
            else:
                inbox_settings.remember_password_for_session(password)
        except UserError as exc:
            messages.error(self._window, self.tr("Inbox"), messages.translated(exc))
            return False
        self.message.emit(self.tr("Looking in the inbox for replies…"))
        self._start()
        return True

    def start_checking(self) -> None:
        """Check on a timer while the window is open, if the settings say so.

        The timer ticks every minute and reads the settings each time, so
        switching the check on or changing how often takes effect without
        a restart.
        """
        self._next_check = time.monotonic() + FIRST_CHECK_MS / 1000
        self._timer.start(TICK_MS)
        self._first_timer.start(FIRST_CHECK_MS)

    def mark_read(self) -> int:
        """Mark the picked reply read, else every unread one of the open prospect."""
        from followup_desk.services import replies

        who = session.desk_user()
        reply_id = self._selected_reply()
        if reply_id is not None:
            count = replies.mark_read([reply_id], who)
        elif self._current_prospect() is not None:
            count = replies.mark_prospect_read(self._current_prospect(), who)
        else:
            messages.info(
                self._window,
                self.tr("Replies"),
                self.tr("Pick a reply in Today, or open a prospect, to mark it read."),
            )
            return 0
        if count:
            self.message.emit(
                self.tr("Reply marked read; the prospect's planned e-mails go ahead.")
            )
            self.data_changed.emit()
        else:
            self.message.emit(self.tr("No unread reply to mark."))
        return count

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the running check ends (tests, and closing the window)."""
        if self._job is not None:
            self._job.wait(timeout_ms)

    # -- building ------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.check_action = self._action(
            self.tr("Check &inbox now"),
            self.check_now,
            "F5",
            self.tr("Look in the shop's inbox for replies and bounces now"),
        )
        self.mark_read_action = self._action(
            self.tr("Mark reply &read"),
            self.mark_read,
            "Ctrl+Shift+R",
            self.tr(
                "The reply picked in Today or the timeline is read: its "
                "prospect's planned e-mails go ahead"
            ),
        )

    # -- inside ------------------------------------------------------------------

    def _start(self) -> None:
        from followup_desk.services import inbox
        from followup_desk.ui.mail_sending import BackgroundJob

        self._job = BackgroundJob(lambda progress: inbox.check_inbox(), self)
        self._job.done.connect(self._on_job_done)
        self._job.failed.connect(self._on_job_failed)
        self._job.start()

    def _finish(self) -> bool:
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        asked, self._asked = self._asked, False
        return asked

    def _on_timer_timeout(self) -> None:
        from followup_desk.services import inbox_settings
        from followup_desk.services.errors import UserError

        if self.busy or not self._window.isVisible():
            return
        try:
            settings = inbox_settings.get_settings()
            if not inbox_settings.is_configured(settings):
                return
            if time.monotonic() < self._next_check:
                return
            self._next_check = time.monotonic() + settings.interval_minutes * 60
            inbox_settings.imap_config(settings)
        except UserError:
            return  # nobody to ask on a timer; "Check inbox now" asks
        except Exception:
            # A timer must never raise into the event loop; database trouble
            # shows wherever staff next save something.
            log.warning("Could not read the inbox settings", exc_info=True)
            return
        self._start()

    def _on_job_done(self, report) -> None:
        asked = self._finish()
        self._last_failure = ""
        self.checked.emit(report)
        if report.found:
            self.message.emit(self._found_text(report))
            self.data_changed.emit()
        elif asked:
            self.message.emit(self.tr("No new replies in the inbox."))

    def _found_text(self, report) -> str:
        parts = []
        if report.replies:
            parts.append(
                self.tr("New replies from prospects: {count}. See Today.").format(
                    count=len(report.replies)
                )
            )
        if report.bounces:
            parts.append(
                self.tr(
                    "Bounced e-mails: {count}; their addresses are flagged."
                ).format(count=len(report.bounces))
            )
        return " ".join(parts)

    def _on_job_failed(self, error, details: str) -> None:
        from followup_desk.services.errors import UserError

        asked = self._finish()
        if isinstance(error, UserError):
            text = messages.translated(error)
        else:
            text = self.tr("The inbox could not be checked; the log has the details.")
        if asked:
            messages.error(self._window, self.tr("Inbox"), text, details)
            return
        # On a timer: once in the log per new problem, always in the status bar.
        if text != self._last_failure:
            log.warning("Automatic inbox check failed: %s", text)
        self._last_failure = text
        self.message.emit(self.tr("Inbox not checked: {reason}").format(reason=text))
