"""Writing one e-mail: prefilled from its template, edited, previewed, sent.

"Send" saves the finished message in the outbox and hands it to the
window's sender, which sends it off the GUI thread; the dialog closes at
once. Shops without SMTP use "Open in my mail program": a ``mailto:`` link,
or a saved ``.eml`` file when the quotation must be attached (links cannot
carry files).
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from followup_desk.services import mail, mail_settings, touches
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.services.mail import Draft
from followup_desk.services.touches import KIND_LABELS
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.mail_sending import OutboxSender, ensure_password

log = logging.getLogger("followup_desk.ui")

WRITE_TAB, PREVIEW_TAB = 0, 1


class ComposeDialog(QDialog):
    """One e-mail to one prospect, as the customer will receive it."""

    mail_queued = Signal(int)
    touch_completed = Signal(int)

    def __init__(
        self,
        draft: Draft,
        parent: QWidget | None = None,
        who: str = "",
        sender: OutboxSender | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._who = who
        self._sender = sender
        self.setWindowTitle(self.tr("E-mail"))
        self.ui = attach_form(self, "compose_dialog")
        self._setup()
        self.resize(720, 680)
        session.restore_geometry(self, "compose_dialog")

    @classmethod
    def for_touch(
        cls, touch_id: int, parent=None, who: str = "", sender=None
    ) -> ComposeDialog:
        draft = mail.draft_for_touch(touch_id)
        return cls(draft, parent, who, sender)

    @classmethod
    def for_prospect(
        cls, prospect_id: int, parent=None, who: str = "", sender=None
    ) -> ComposeDialog:
        draft = mail.draft_for_prospect(prospect_id)
        return cls(draft, parent, who, sender)

    # -- what the window and tests drive ------------------------------------------

    def current_draft(self) -> Draft:
        """The draft as it stands in the dialog, edits included."""
        return replace(
            self.draft,
            subject=self.ui.subject_edit.text(),
            text=self.ui.body_edit.toPlainText(),
            attach_quote=self.ui.attach_check.isChecked(),
        )

    def show_preview(self) -> None:
        self.ui.body_tabs.setCurrentIndex(PREVIEW_TAB)
        self._render_preview()

    def send(self) -> bool:
        """Put the e-mail in the outbox and start sending it; True when queued."""
        self._clear_error()
        if not ensure_password(self):
            return False
        try:
            row = mail.queue(self.current_draft(), who=self._who)
        except ValidationError as exc:
            self._show_error(messages.translated(exc), exc.field)
            return False
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        self.mail_queued.emit(row.id)
        if self._sender is not None:
            self._sender.send_now([row.id])
        self._close_accepted()
        return True

    def open_in_mail_program(self) -> bool:
        """Hand the e-mail to the desk's own mail program; True if it opened."""
        self._clear_error()
        draft = self.current_draft()
        try:
            if draft.attach_quote:
                name = f"e-mail-{draft.prospect_id}-{draft.touch_id or 'message'}.eml"
                path = mail.save_eml(draft, session.documents_folder() / name)
                url = QUrl.fromLocalFile(str(path))
            else:
                url = QUrl(mail.mailto_link(draft), QUrl.ParsingMode.TolerantMode)
        except ValidationError as exc:
            self._show_error(messages.translated(exc), exc.field)
            return False
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        if not QDesktopServices.openUrl(url):
            self._show_error(
                self.tr(
                    "No mail program opened. Save the e-mail as a file instead "
                    "and open it from your mail program."
                )
            )
            return False
        self._offer_mark_done()
        return True

    def save_as_file(self, path: Path | None = None) -> Path | None:
        """Save the e-mail as ``.eml``; asks where unless ``path`` is given."""
        self._clear_error()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save e-mail"),
                str(session.documents_folder() / f"{self._file_stem()}.eml"),
                self.tr("E-mail files (*.eml)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            saved = mail.save_eml(self.current_draft(), path)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return None
        except OSError as exc:
            self._show_error(
                self.tr("Cannot write {file}: {problem}.").format(
                    file=path, problem=exc.strerror or exc
                )
            )
            return None
        return saved

    # -- building ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        draft = self.draft
        ui.title_label.setText(
            self.tr("E-mail to {name}").format(name=draft.to_name or draft.to_address)
        )
        ui.info_label.setText(self._info_text())
        ui.to_label.setText(
            f"{draft.to_name} <{draft.to_address}>"
            if draft.to_address
            else self.tr("(no e-mail address)")
        )
        ui.subject_edit.setText(draft.subject)
        ui.body_edit.setPlainText(draft.text)
        if draft.quote_id is not None:
            ui.attach_check.setText(
                self.tr("Attach quotation {number} (PDF)").format(
                    number=draft.quote_number
                )
            )
            ui.attach_check.setChecked(draft.attach_quote)
        else:
            ui.attach_check.setText(self.tr("No quotation to attach yet"))
            ui.attach_check.setChecked(False)
            ui.attach_check.setEnabled(False)
        ui.blocker_label.setText(messages.translated(draft.blocker))
        ui.blocker_label.setVisible(bool(draft.blocker))
        ui.error_label.hide()

        by_program = mail_settings.get_settings().delivery == "mail_program"
        ui.send_button.setVisible(not by_program)
        ui.send_button.setIcon(theme.icon("email", "#ffffff"))
        primary = ui.mail_program_button if by_program else ui.send_button
        theme.set_flag(primary, "primary", True)
        primary.setDefault(True)
        for button in (ui.send_button, ui.mail_program_button, ui.save_file_button):
            button.setEnabled(not draft.blocker)
        ui.subject_edit.setEnabled(not draft.blocker)
        ui.body_edit.setReadOnly(bool(draft.blocker))

        ui.send_button.clicked.connect(self.send)
        ui.mail_program_button.clicked.connect(self.open_in_mail_program)
        ui.save_file_button.clicked.connect(self._on_save_file_button_clicked)
        ui.cancel_button.clicked.connect(self.reject)
        ui.body_tabs.currentChanged.connect(self._on_body_tabs_current_changed)
        ui.body_edit.setFocus()

    def _info_text(self) -> str:
        draft = self.draft
        if draft.touch_id is None:
            return self.tr(
                "A message outside the plan; it is added to the timeline as sent."
            )
        touch = touches.get_touch(draft.touch_id)
        kind = messages.translated(KIND_LABELS.get(touch.kind, touch.kind))
        return self.tr(
            "{title}  ·  {kind} due {day}  ·  sending it marks the follow-up as done"
        ).format(title=touch.title, kind=kind, day=formatting.short_day(touch.due))

    def _file_stem(self) -> str:
        name = self.draft.to_name or self.tr("e-mail")
        return "".join(c if c.isalnum() or c in " -_" else "-" for c in name).strip()

    # -- inside ------------------------------------------------------------------

    def _render_preview(self) -> None:
        draft = self.current_draft()
        settings = mail_settings.get_settings()
        sender = mail_settings.sender_name(settings)
        address = settings.from_address or self.tr("not set up yet")
        rows = [
            (self.tr("From"), f"{sender} <{address}>"),
            (self.tr("To"), f"{draft.to_name} <{draft.to_address}>"),
            (self.tr("Subject"), draft.subject),
        ]
        if draft.attach_quote:
            # The file's name as the mail service attaches it, not translated.
            rows.append((self.tr("Attached"), f"Quotation {draft.quote_number}.pdf"))
        header = "".join(
            f'<tr><td width="96" style="color:#6b7480;padding:2px 8px">{label}</td>'
            f'<td style="padding:2px 0"><b>{html.escape(value)}</b></td></tr>'
            for label, value in rows
        )
        body = draft.html.split("<body", 1)[-1].split(">", 1)[-1]
        body = body.rsplit("</body>", 1)[0]
        # Qt's rich text knows little CSS; a shaded table reads as the header
        # block of a mail program, with the message below it.
        self.ui.preview_browser.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="6" '
            f'bgcolor="#f4f5f7">{header}</table><p></p>{body}'
        )

    def _offer_mark_done(self) -> None:
        touch_id = self.draft.touch_id
        if touch_id is None:
            self._close_accepted()
            return
        if messages.confirm(
            self,
            self.tr("E-mail"),
            self.tr(
                "Once you have sent the e-mail from your mail program, mark this "
                "follow-up as done?"
            ),
            yes_label=self.tr("Mark as sent"),
        ):
            mail.record_sent_elsewhere(touch_id, who=self._who)
            self.touch_completed.emit(touch_id)
            self._close_accepted()

    def _close_accepted(self) -> None:
        session.save_geometry(self, "compose_dialog")
        self.accept()

    def reject(self) -> None:
        session.save_geometry(self, "compose_dialog")
        super().reject()

    def _show_error(self, text: str, field: str = "") -> None:
        widget = {"subject": self.ui.subject_edit, "text": self.ui.body_edit}.get(field)
        messages.show_inline_error(self.ui.error_label, text, widget)

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for widget in (self.ui.subject_edit, self.ui.body_edit):
            theme.set_flag(widget, "invalid", False)

    def _on_body_tabs_current_changed(self, index: int) -> None:
        if index == PREVIEW_TAB:
            self._render_preview()

    def _on_save_file_button_clicked(self) -> None:
        saved = self.save_as_file()
        if saved is not None:
            messages.info(
                self,
                self.tr("E-mail"),
                self.tr(
                    "Saved as {file} in {folder}. Open it in your mail program to "
                    "send it."
                ).format(file=saved.name, folder=saved.parent),
            )
