"""The e-mail commands of the main window: write, send all due, settings.

The window adds these actions to its menus and toolbar and connects two
signals; everything else about e-mail (the compose dialog, the outbox sender
with its retry timer, "send all due" with its progress bar) lives here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from followup_desk.services import mail, mail_respect, touches
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.ui import messages, session, theme
from followup_desk.ui.compose_dialog import ComposeDialog
from followup_desk.ui.mail_sending import DueMailSender, OutboxSender, describe_drain
from followup_desk.ui.mail_settings_dialog import MailSettingsDialog

log = logging.getLogger("followup_desk.ui")


class MailActions(QObject):
    """E-mail actions for the menus, and the senders working behind them.

    ``current_prospect`` gives the prospect open in the window (or None);
    ``selected_touch`` the follow-up picked in Today or the Calendar (or None).
    """

    data_changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        current_prospect: Callable[[], int | None],
        selected_touch: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._current_prospect = current_prospect
        self._selected_touch = selected_touch
        self.dialog: QWidget | None = None
        who = session.desk_user()
        self._who = who
        self.outbox_sender = OutboxSender(window)
        self.due_sender = DueMailSender(window, who=who)
        self._create_actions()
        self.outbox_sender.sent.connect(self._on_outbox_sender_sent)
        self.outbox_sender.failed.connect(self._on_outbox_sender_failed)
        self.due_sender.finished.connect(self._on_due_sender_finished)
        self.outbox_sender.start_retrying()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # A closed window stops retrying: mail left waiting goes out on the
        # next start, not from a window nobody sees.
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.outbox_sender.stop_retrying()
        elif watched is self._window and event.type() == QEvent.Type.Show:
            self.outbox_sender.start_retrying()
        return False

    @property
    def file_actions(self) -> list[QAction]:
        return [self.mail_settings_action]

    @property
    def prospect_actions(self) -> list[QAction]:
        return [self.write_email_action, self.opt_out_action, self.bounced_action]

    @property
    def toolbar_actions(self) -> list[QAction]:
        return [self.send_due_action]

    # -- what the menus and tests drive --------------------------------------------

    def write_email(self) -> ComposeDialog | None:
        """Ctrl+M: the e-mail picked in Today, else one to the open prospect."""
        touch_id = self._selected_touch()
        try:
            if touch_id is not None and touches.get_touch(touch_id).kind == "email":
                dialog = ComposeDialog.for_touch(
                    touch_id, self._window, self._who, self.outbox_sender
                )
            elif self._current_prospect() is not None:
                dialog = ComposeDialog.for_prospect(
                    self._current_prospect(),
                    self._window,
                    self._who,
                    self.outbox_sender,
                )
            else:
                messages.info(
                    self._window,
                    self.tr("E-mail"),
                    self.tr(
                        "Pick an e-mail in Today, or open a prospect, then write "
                        "the e-mail."
                    ),
                )
                return None
        except UserError as exc:
            messages.error(self._window, self.tr("E-mail"), messages.translated(exc))
            return None
        dialog.mail_queued.connect(self._on_compose_dialog_mail_queued)
        dialog.touch_completed.connect(self._on_compose_dialog_touch_completed)
        return self._open(dialog)

    def send_all_due(self) -> bool:
        return self.due_sender.start(profile_service.shop_today())

    def open_mail_settings(self) -> MailSettingsDialog:
        dialog = MailSettingsDialog(self._window, who=self._who)
        dialog.settings_saved.connect(self._on_mail_settings_dialog_settings_saved)
        return self._open(dialog)

    def opt_out(self) -> int:
        """The open prospect wants no more e-mail: cancel the rest."""
        prospect_id = self._current_prospect()
        if prospect_id is None:
            return 0
        if not messages.confirm(
            self._window,
            self.tr("No more e-mail"),
            self.tr(
                "This prospect asked not to receive e-mail (a STOP reply, the "
                "unsubscribe link, or in person). Cancel every later e-mail? They "
                "stay in the timeline; calls and post go on."
            ),
            yes_label=self.tr("Stop e-mail"),
        ):
            return 0
        cancelled = mail_respect.opt_out(prospect_id, "asked", who=self._who)
        self.message.emit(
            self.tr("No more e-mail to this prospect; %n cancelled.", "", cancelled)
        )
        self.data_changed.emit()
        return cancelled

    def mark_bounced(self) -> dict[str, int]:
        """The open prospect's e-mail came back: flag it, call instead."""
        prospect_id = self._current_prospect()
        if prospect_id is None:
            return {}
        if not messages.confirm(
            self._window,
            self.tr("E-mail bounced"),
            self.tr(
                "E-mail to this prospect came back undelivered. Flag the address? "
                "Later e-mails become calls where the plan says so, until the "
                "address is corrected."
            ),
            yes_label=self.tr("Flag address"),
        ):
            return {}
        counts = mail_respect.flag_address(prospect_id, "bounced")
        calls = counts.get("call", 0) + counts.get("mailer", 0)
        self.message.emit(
            self.tr("Address flagged; %n e-mails became calls or letters.", "", calls)
        )
        self.data_changed.emit()
        return counts

    # -- building ------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str = "", icon: str = "", tip=""):
        action = QAction(text, self._window)
        if icon:
            action.setIcon(theme.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.write_email_action = self._action(
            self.tr("Write &e-mail…"),
            self.write_email,
            "Ctrl+M",
            "email",
            self.tr("Write the e-mail picked in Today, or one to the open prospect"),
        )
        self.send_due_action = self._action(
            self.tr("Send due e-&mails…"),
            self.send_all_due,
            "Ctrl+Shift+M",
            "email",
            self.tr("Write and send every e-mail due today, each from its template"),
        )
        self.mail_settings_action = self._action(
            self.tr("&Mail settings…"),
            self.open_mail_settings,
            icon="settings",
            tip=self.tr("Mail server, sender, password and the e-mail templates"),
        )
        self.opt_out_action = self._action(
            self.tr("No more e-mail…"),
            self.opt_out,
            tip=self.tr("The open prospect asked not to receive e-mail"),
        )
        self.bounced_action = self._action(
            self.tr("E-mail &bounced…"),
            self.mark_bounced,
            tip=self.tr("E-mail to the open prospect came back undelivered"),
        )

    # -- inside ------------------------------------------------------------------

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _on_compose_dialog_mail_queued(self, outbox_id: int) -> None:
        self.message.emit(self.tr("E-mail saved in the outbox; sending…"))

    def _on_compose_dialog_touch_completed(self, touch_id: int) -> None:
        self.message.emit(self.tr("E-mail recorded as sent from your mail program."))
        self.data_changed.emit()

    def _on_outbox_sender_sent(self, report) -> None:
        if report.total == 0:
            return
        if report.error is not None and not report.sent:
            self.message.emit(
                self.tr("E-mail waits in the outbox: {problem}").format(
                    problem=messages.translated(report.error)
                )
            )
        else:
            self.message.emit(describe_drain(report))
        self.data_changed.emit()

    def _on_outbox_sender_failed(self, text: str) -> None:
        messages.error(self._window, self.tr("E-mail"), text)

    def _on_due_sender_finished(self, summary: str) -> None:
        self.data_changed.emit()

    def _on_mail_settings_dialog_settings_saved(self) -> None:
        self.message.emit(self.tr("Mail settings saved."))
        waiting = mail.waiting_count()
        if waiting:
            # New settings may be what the waiting mail needed.
            self.outbox_sender.send_now()
