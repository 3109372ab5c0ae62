"""Mail settings: the server, the sender, the password, and the templates.

The password field is never filled from storage: it shows whether a
password is saved (in the system keyring, or for this session only where
no keyring works) and saves a new one only when something is typed.
"Send test e-mail" saves the settings first, then tries them for real off
the GUI thread and says in plain words what went wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from followup_desk.mail import credentials
from followup_desk.mail.smtp import SECURITY_LABELS
from followup_desk.services import mail_settings
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.ui import messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.inbox_settings_pane import InboxSettingsPane
from followup_desk.ui.mail_sending import BackgroundJob, ask_password
from followup_desk.ui.mail_template_editor import MailTemplateEditor

TEXT_FIELDS = ("smtp_host", "smtp_user", "from_name", "from_address", "reply_to")
SERVER_TAB, TEMPLATES_TAB, INBOX_TAB = 0, 1, 2


class MailSettingsDialog(QDialog):
    """Edit how e-mail goes out and what it says; saved together on OK."""

    settings_saved = Signal()
    test_finished = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None, who: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail settings"))
        self.ui = attach_form(self, "mail_settings_dialog")
        self.templates = MailTemplateEditor(self.ui.templates_tab, who=who)
        self.ui.templates_tab_layout.addWidget(self.templates)
        self.inbox = InboxSettingsPane(self.ui.inbox_tab, save_first=self.save)
        self.ui.inbox_tab_layout.addWidget(self.inbox)
        self._test_job: BackgroundJob | None = None
        self._setup()
        # Longer words (German) need more room than the usual size gives.
        self.resize(self.sizeHint().expandedTo(QSize(1040, 760)))
        session.restore_geometry(self, "mail_settings_dialog")

    # -- what the window and tests drive ------------------------------------------

    def field(self, name: str) -> QWidget:
        widgets = {
            "smtp_security": self.ui.smtp_security_combo,
            "smtp_port": self.ui.smtp_port_spin,
            "signature": self.ui.signature_edit,
            "ca_file": self.ui.ca_file_edit,
            "delivery": self.ui.smtp_radio,
            "password": self.ui.password_edit,
        }
        return widgets.get(name) or getattr(self.ui, f"{name}_edit")

    def changes(self) -> dict[str, object]:
        ui = self.ui
        values: dict[str, object] = {
            name: self.field(name).text().strip() for name in TEXT_FIELDS
        }
        values["delivery"] = "smtp" if ui.smtp_radio.isChecked() else "mail_program"
        values["smtp_security"] = ui.smtp_security_combo.currentData()
        values["smtp_port"] = ui.smtp_port_spin.value()
        values["ca_file"] = ui.ca_file_edit.text().strip()
        values["signature"] = ui.signature_edit.toPlainText()
        return values

    def save(self) -> bool:
        """Save settings, a newly typed password and edited templates."""
        self._clear_error()
        try:
            settings = mail_settings.update_settings(**self.changes())
            password = self.ui.password_edit.text()
            if password:
                mail_settings.set_password(password, settings)
                self.ui.password_edit.clear()
        except ValidationError as exc:
            self.ui.tabs.setCurrentIndex(SERVER_TAB)
            self._show_error(exc.field, messages.translated(exc))
            return False
        self._show_password_state()
        if not self.inbox.save():
            self.ui.tabs.setCurrentIndex(INBOX_TAB)
            return False
        if not self.templates.save_all():
            self.ui.tabs.setCurrentIndex(TEMPLATES_TAB)
            return False
        return True

    def accept(self) -> None:
        if not self.save():
            return
        session.save_geometry(self, "mail_settings_dialog")
        self.settings_saved.emit()
        super().accept()

    def reject(self) -> None:
        session.save_geometry(self, "mail_settings_dialog")
        super().reject()

    def send_test(self) -> bool:
        """Save, then send a test e-mail in the background; False if not started."""
        if self._test_job is not None or not self.save():
            return False
        try:
            mail_settings.smtp_config()
        except mail_settings.PasswordNeeded as exc:
            password = ask_password(self, messages.translated(exc))
            if not password:
                return False
            mail_settings.remember_password_for_session(password)
        except UserError as exc:
            self._show_test_result(False, messages.translated(exc))
            return False
        self._show_test_result(None, self.tr("Sending a test e-mail…"))
        self.ui.test_button.setEnabled(False)
        self._test_job = BackgroundJob(
            lambda progress: mail_settings.send_test_email(), self
        )
        self._test_job.done.connect(self._on_test_job_done)
        self._test_job.failed.connect(self._on_test_job_failed)
        self._test_job.start()
        return True

    # -- building ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        settings = mail_settings.get_settings()
        for name in TEXT_FIELDS:
            self.field(name).setText(getattr(settings, name))
        for key, label in SECURITY_LABELS.items():
            ui.smtp_security_combo.addItem(messages.translated(label), key)
        ui.smtp_security_combo.setCurrentIndex(
            max(ui.smtp_security_combo.findData(settings.smtp_security), 0)
        )
        ui.smtp_port_spin.setValue(settings.smtp_port)
        ui.ca_file_edit.setText(settings.ca_file)
        ui.signature_edit.setPlainText(settings.signature)
        by_program = settings.delivery == "mail_program"
        ui.mail_program_radio.setChecked(by_program)
        ui.smtp_radio.setChecked(not by_program)
        self._show_delivery()
        self._show_password_state()
        ui.error_label.hide()
        ui.test_result_label.hide()
        # The two cards are separate forms; one label width lines them up.
        labels = [
            ui.smtp_host_label,
            ui.smtp_security_label,
            ui.smtp_user_label,
            ui.password_label,
            ui.ca_file_label,
            ui.from_name_label,
            ui.from_address_label,
            ui.reply_to_label,
            ui.signature_label,
        ]
        width = max(label.sizeHint().width() for label in labels)
        width = max(width, self.inbox.label_width())
        for label in labels:
            label.setMinimumWidth(width)
        self.inbox.line_up_labels(width)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save settings"))
        theme.set_flag(ok, "primary", True)
        ui.test_button.setIcon(theme.icon("email"))
        ui.tabs.setTabIcon(SERVER_TAB, theme.icon("settings"))
        ui.tabs.setTabIcon(TEMPLATES_TAB, theme.icon("email"))
        ui.tabs.setTabIcon(INBOX_TAB, theme.icon("email"))

        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.smtp_radio.toggled.connect(self._on_smtp_radio_toggled)
        ui.smtp_security_combo.currentIndexChanged.connect(
            self._on_smtp_security_combo_current_index_changed
        )
        ui.ca_file_button.clicked.connect(self._on_ca_file_button_clicked)
        ui.test_button.clicked.connect(self.send_test)

    def _show_delivery(self) -> None:
        by_smtp = self.ui.smtp_radio.isChecked()
        self.ui.server_card.setEnabled(by_smtp)
        self.ui.test_button.setEnabled(by_smtp and self._test_job is None)

    def _show_password_state(self) -> None:
        settings = mail_settings.get_settings()
        saved = settings.smtp_host and mail_settings.password_saved(settings)
        if not credentials.keyring_works():
            text = self.tr(
                "This computer has no password store (keyring). The password is "
                "asked once each time Follow-up Desk starts and never written down."
            )
            if saved:
                text = self.tr("Remembered until Follow-up Desk closes.") + " " + text
        elif saved:
            text = self.tr("Saved in the system keyring. Type a new one to change it.")
        else:
            text = self.tr(
                "Not saved yet. It is kept in the system keyring, never in a file."
            )
        self.ui.password_state_label.setText(text)
        self.ui.password_edit.setPlaceholderText("••••••••" if saved else "")

    def _show_test_result(self, ok: bool | None, text: str) -> None:
        label = self.ui.test_result_label
        label.setText(text)
        theme.set_flag(label, "error", ok is False)
        theme.set_flag(label, "muted", ok is None)
        label.show()

    def _show_error(self, field: str, message: str) -> None:
        try:
            widget = self.field(field)
        except AttributeError:
            widget = None
        messages.show_inline_error(self.ui.error_label, message, widget)

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for name in (*TEXT_FIELDS, "ca_file", "smtp_port", "signature"):
            theme.set_flag(self.field(name), "invalid", False)

    def _on_smtp_radio_toggled(self, checked: bool) -> None:
        self._show_delivery()

    def _on_smtp_security_combo_current_index_changed(self, index: int) -> None:
        # Moving between the two usual ports follows the security choice; a
        # port the shop typed itself stays.
        if self.ui.smtp_port_spin.value() in (465, 587):
            security = self.ui.smtp_security_combo.currentData()
            self.ui.smtp_port_spin.setValue(mail_settings.default_port(security))

    def _on_ca_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the certificate file"),
            "",
            self.tr("Certificates (*.pem *.crt)"),
        )
        if path:
            self.ui.ca_file_edit.setText(path)

    def _end_test(self) -> None:
        job, self._test_job = self._test_job, None
        if job is not None:
            job.deleteLater()
        self._show_delivery()
        self._show_password_state()

    def _on_test_job_done(self, text: str) -> None:
        self._end_test()
        text = messages.translated(text)
        self._show_test_result(True, text)
        self.test_finished.emit(True, text)

    def _on_test_job_failed(self, error, details: str) -> None:
        self._end_test()
        text = (
            messages.translated(error)
            if isinstance(error, UserError)
            else self.tr("The test could not run; the log has the details.")
        )
        self._show_test_result(False, text)
        self.test_finished.emit(False, text)
