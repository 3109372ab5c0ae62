"""Editing the e-mail templates: one per e-mail step, with the fields to use.

Edits to several steps can be made in one go: each step's text is kept
while staff look at another, marked with a dot in the list, and saved with
"Save template" or when the settings dialog is saved. A template that names
a field the app does not know is refused at that moment, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from followup_desk.mail.templates import TemplateText, field_list
from followup_desk.services import mail_templates
from followup_desk.services.errors import ValidationError
from followup_desk.ui import messages, theme
from followup_desk.ui.forms import attach_form

STEP_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
FIELD_CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class MailTemplateEditor(QWidget):
    """The Templates tab of the mail settings."""

    template_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, who: str = "") -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "mail_template_editor")
        self._who = who
        self._pending: dict[str, TemplateText] = {}
        # The last refusal per step, shown again when that step is picked.
        self._errors: dict[str, tuple[str, str]] = {}
        self._titles: dict[str, str] = {}
        self._current = ""
        self._loading = False
        self._target = "body"
        self._setup()

    # -- what the dialog and tests drive -------------------------------------------

    @property
    def current_step(self) -> str:
        return self._current

    def select_step(self, step_key: str) -> bool:
        for row in range(self.ui.step_list.count()):
            item = self.ui.step_list.item(row)
            if item.data(STEP_KEY_ROLE) == step_key:
                self.ui.step_list.setCurrentItem(item)
                return True
        return False

    def edited(self) -> TemplateText:
        return TemplateText(
            self.ui.subject_edit.text(),
            self.ui.body_edit.toPlainText(),
            self.ui.attach_check.isChecked(),
        )

    def has_unsaved(self) -> bool:
        self._remember_current()
        return bool(self._pending)

    def save_current(self) -> bool:
        """Save the template on show; False (with the reason shown) if refused."""
        return self._save(self._current, self.edited())

    def save_all(self) -> bool:
        """Save every edited template; stop at the first one refused."""
        self._remember_current()
        for key in list(self._pending):
            if not self._save(key, self._pending[key]):
                self.select_step(key)
                self._show_error_again(key)
                return False
        return True

    def insert_field(self, code: str, into: str = "") -> None:
        """Put a field at the cursor of the subject or text, whichever was last."""
        if (into or self._target) == "subject":
            self.ui.subject_edit.insert(code)
            self.ui.subject_edit.setFocus()
        else:
            self.ui.body_edit.insertPlainText(code)
            self.ui.body_edit.setFocus()

    def eventFilter(self, watched, event) -> bool:
        # Double-clicking a field moves the focus to the field list, so the
        # edit to insert into is the one that had the focus before.
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.ui.subject_edit:
                self._target = "subject"
            elif watched is self.ui.body_edit:
                self._target = "body"
        return False

    # -- building ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        for key, title in mail_templates.email_steps():
            self._titles[key] = title
            item = QListWidgetItem(theme.icon("email"), title)
            item.setData(STEP_KEY_ROLE, key)
            ui.step_list.addItem(item)
        for code, label in field_list():
            item = QListWidgetItem(messages.translated(label))
            item.setData(FIELD_CODE_ROLE, code)
            item.setToolTip(code)
            ui.field_list.addItem(item)
        ui.template_error_label.hide()
        ui.subject_edit.installEventFilter(self)
        ui.body_edit.installEventFilter(self)
        theme.set_flag(ui.save_template_button, "primary", True)
        ui.step_list.currentItemChanged.connect(self._on_step_list_current_changed)
        ui.field_list.itemDoubleClicked.connect(self._on_field_list_double_clicked)
        ui.save_template_button.clicked.connect(self.save_current)
        ui.reset_button.clicked.connect(self._on_reset_button_clicked)
        ui.step_list.setCurrentRow(0)

    # -- inside ------------------------------------------------------------------

    def _saved_text(self, key: str) -> TemplateText:
        return mail_templates.template_for(key)

    def _remember_current(self) -> None:
        if not self._current or self._loading:
            return
        text = self.edited()
        if text != self._saved_text(self._current):
            self._pending[self._current] = text
        else:
            self._pending.pop(self._current, None)
        self._mark(self._current)

    def _show(self, key: str) -> None:
        self._loading = True
        try:
            text = self._pending.get(key) or self._saved_text(key)
            self.ui.subject_edit.setText(text.subject)
            self.ui.body_edit.setPlainText(text.body)
            self.ui.attach_check.setChecked(text.attach_quote)
        finally:
            self._loading = False
        self._current = key
        self._clear_error()
        self._show_state()

    def _show_state(self) -> None:
        key = self._current
        if key in self._pending:
            state = self.tr("Changed, not saved yet")
        elif mail_templates.is_customised(key):
            state = self.tr("Your own version")
        else:
            state = self.tr("The original template")
        self.ui.template_state_label.setText(state)
        self.ui.reset_button.setEnabled(
            mail_templates.is_customised(key) or key in self._pending
        )

    def _mark(self, key: str) -> None:
        for row in range(self.ui.step_list.count()):
            item = self.ui.step_list.item(row)
            if item.data(STEP_KEY_ROLE) == key:
                dot = "  •" if key in self._pending else ""
                item.setText(f"{self._titles[key]}{dot}")

    def _save(self, key: str, text: TemplateText) -> bool:
        self._clear_error()
        try:
            mail_templates.save_template(key, text, who=self._who)
        except ValidationError as exc:
            self._pending[key] = text
            self._errors[key] = (messages.translated(exc), exc.field)
            if key == self._current:
                self._show_error(messages.translated(exc), exc.field)
            return False
        self._pending.pop(key, None)
        self._errors.pop(key, None)
        self._mark(key)
        if key == self._current:
            self._show_state()
            self.ui.template_state_label.setText(self.tr("Saved"))
        self.template_saved.emit(key)
        return True

    def _show_error_again(self, key: str) -> None:
        message, field = self._errors.get(key, ("", ""))
        if message:
            self._show_error(message, field)

    def _show_error(self, message: str, field: str) -> None:
        self.ui.template_error_label.setText(message)
        self.ui.template_error_label.show()
        widget = self.ui.subject_edit if field == "subject" else self.ui.body_edit
        theme.set_flag(widget, "invalid", True)
        widget.setFocus()

    def _clear_error(self) -> None:
        self.ui.template_error_label.hide()
        for widget in (self.ui.subject_edit, self.ui.body_edit):
            theme.set_flag(widget, "invalid", False)

    def _on_step_list_current_changed(self, current, previous) -> None:
        self._remember_current()
        if current is not None:
            self._show(current.data(STEP_KEY_ROLE))

    def _on_field_list_double_clicked(self, item: QListWidgetItem) -> None:
        self.insert_field(item.data(FIELD_CODE_ROLE))

    def _on_reset_button_clicked(self) -> None:
        key = self._current
        mail_templates.reset_template(key)
        self._pending.pop(key, None)
        self._mark(key)
        self._show(key)
