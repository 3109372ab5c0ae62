"""The Replies tab of Mail settings: where replies are read from, and a test.

Like the sending password, the inbox password field is never filled from
storage: it shows whether one is saved and saves a new one only when
something is typed. "Test inbox" saves the inbox settings, then logs in and
opens the folder off the GUI thread, and says in plain words what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from followup_desk.mail import credentials
from followup_desk.mail.imap import SECURITY_LABELS
from followup_desk.services import inbox_settings
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.ui import messages, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.mail_sending import BackgroundJob

TEXT_FIELDS = ("host", "user", "folder")


class InboxSettingsPane(QWidget):
    """Edit the inbox settings; the mail settings dialog saves them with its own."""

    test_finished = Signal(bool, str)

    def __init__(
        self,
        parent: QWidget | None = None,
        save_first: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "inbox_settings_pane")
        # What "Test inbox" saves first: the whole dialog, whose certificate
        # file the inbox shares with sending.
        self._save_first = save_first or self.save
        self._test_job: BackgroundJob | None = None
        self._setup()

    # -- what the dialog and tests drive --------------------------------------------

    def field(self, name: str) -> QWidget:
        widgets = {
            "enabled": self.ui.enabled_check,
            "security": self.ui.security_combo,
            "port": self.ui.port_spin,
            "interval_minutes": self.ui.interval_spin,
            "password": self.ui.password_edit,
        }
        return widgets.get(name) or getattr(self.ui, f"{name}_edit")

    def changes(self) -> dict[str, object]:
        ui = self.ui
        values: dict[str, object] = {
            name: self.field(name).text().strip() for name in TEXT_FIELDS
        }
        values["enabled"] = ui.enabled_check.isChecked()
        values["security"] = ui.security_combo.currentData()
        values["port"] = ui.port_spin.value()
        values["interval_minutes"] = ui.interval_spin.value()
        return values

    def save(self) -> bool:
        """Save the settings and a newly typed password; False shows why."""
        self._clear_error()
        try:
            settings = inbox_settings.update_settings(**self.changes())
            password = self.ui.password_edit.text()
            if password:
                inbox_settings.set_password(password, settings)
                self.ui.password_edit.clear()
        except ValidationError as exc:
            self._show_error(exc.field, messages.translated(exc))
            return False
        self._show_password_state()
        return True

    def test_inbox(self) -> bool:
        """Save, then log in and open the folder in the background."""
        if self._test_job is not None or not self._save_first():
            return False
        try:
            inbox_settings.imap_config()
        except inbox_settings.InboxPasswordNeeded as exc:
            from followup_desk.ui.inbox_actions import ask_inbox_password

            password = ask_inbox_password(self, messages.translated(exc))
            if not password:
                return False
            inbox_settings.remember_password_for_session(password)
        except UserError as exc:
            self._show_result(False, messages.translated(exc))
            return False
        self._show_result(None, self.tr("Looking at the inbox…"))
        self.ui.test_inbox_button.setEnabled(False)
        self._test_job = BackgroundJob(
            lambda progress: inbox_settings.check_connection(), self
        )
        self._test_job.done.connect(self._on_test_job_done)
        self._test_job.failed.connect(self._on_test_job_failed)
        self._test_job.start()
        return True

    def wait(self, timeout_ms: int = 30_000) -> None:
        if self._test_job is not None:
            self._test_job.wait(timeout_ms)

    # -- building ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        settings = inbox_settings.get_settings()
        for name in TEXT_FIELDS:
            self.field(name).setText(getattr(settings, name))
        for key, label in SECURITY_LABELS.items():
            ui.security_combo.addItem(messages.translated(label), key)
        ui.security_combo.setCurrentIndex(
            max(ui.security_combo.findData(settings.security), 0)
        )
        ui.port_spin.setValue(settings.port)
        ui.interval_spin.setValue(settings.interval_minutes)
        ui.enabled_check.setChecked(settings.enabled)
        ui.inbox_error_label.hide()
        ui.inbox_result_label.hide()
        ui.test_inbox_button.setIcon(theme.icon("email"))
        self._show_enabled()
        self._show_password_state()

        ui.enabled_check.toggled.connect(self._on_enabled_check_toggled)
        ui.security_combo.currentIndexChanged.connect(
            self._on_security_combo_current_index_changed
        )
        ui.test_inbox_button.clicked.connect(self.test_inbox)

    def line_up_labels(self, width: int) -> None:
        """Give the labels the width of the dialog's other cards."""
        for label in self._labels():
            label.setMinimumWidth(width)

    def label_width(self) -> int:
        return max(label.sizeHint().width() for label in self._labels())

    def _labels(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.host_label,
            ui.security_label,
            ui.user_label,
            ui.password_label,
            ui.folder_label,
            ui.interval_label,
        ]

    def _show_enabled(self) -> None:
        on = self.ui.enabled_check.isChecked()
        self.ui.inbox_card.setEnabled(on)
        self.ui.test_inbox_button.setEnabled(on and self._test_job is None)

    def _show_password_state(self) -> None:
        settings = inbox_settings.get_settings()
        saved = inbox_settings.password_saved(settings)
        if not credentials.keyring_works():
            text = self.tr(
                "This computer has no password store (keyring). The password is "
                "asked once each time Follow-up Desk starts and never written down."
            )
            if saved:
                text = self.tr("Remembered until Follow-up Desk closes. ") + text
        elif saved:
            text = self.tr("Saved in the system keyring. Type a new one to change it.")
        else:
            text = self.tr(
                "Not saved yet. It is kept in the system keyring, never in a file."
            )
        self.ui.password_state_label.setText(text)
        self.ui.password_edit.setPlaceholderText("••••••••" if saved else "")

    def _show_result(self, ok: bool | None, text: str) -> None:
        label = self.ui.inbox_result_label
        label.setText(text)
        theme.set_flag(label, "error", ok is False)
        theme.set_flag(label, "muted", ok is None)
        label.show()

    def _show_error(self, field: str, message: str) -> None:
        try:
            widget = self.field(field)
        except AttributeError:
            widget = None
        messages.show_inline_error(self.ui.inbox_error_label, message, widget)

    def _clear_error(self) -> None:
        self.ui.inbox_error_label.hide()
        for name in (*TEXT_FIELDS, "port", "interval_minutes"):
            theme.set_flag(self.field(name), "invalid", False)

    def _end_test(self) -> None:
        job, self._test_job = self._test_job, None
        if job is not None:
            job.deleteLater()
        self._show_enabled()
        self._show_password_state()

    def _on_enabled_check_toggled(self, checked: bool) -> None:
        self._show_enabled()

    def _on_security_combo_current_index_changed(self, index: int) -> None:
        # The usual port follows the security choice; a port typed by hand stays.
        if self.ui.port_spin.value() in (993, 143):
            security = self.ui.security_combo.currentData()
            self.ui.port_spin.setValue(inbox_settings.default_port(security))

    def _on_test_job_done(self, text: str) -> None:
        self._end_test()
        text = messages.translated(text)
        self._show_result(True, text)
        self.test_finished.emit(True, text)

    def _on_test_job_failed(self, error, details: str) -> None:
        self._end_test()
        if isinstance(error, UserError):
            text = messages.translated(error)
        else:
            text = self.tr("The test could not run; the log has the details.")
        self._show_result(False, text)
        self.test_finished.emit(False, text)
