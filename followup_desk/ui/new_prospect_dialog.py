"""Logging a first contact: who got in touch, how, and where they are.

The dialog stays open when the service refuses the input: the field at fault
is outlined, the reason is shown above the fields, and everything typed stays.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from followup_desk.services import contacts
from followup_desk.services import profile as profile_service
from followup_desk.services.contacts import NewContact
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Prospect
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

TEXT_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "street",
    "postcode",
    "city",
    "region",
    "country",
)
INTERESTS = ("low", "medium", "high")


class NewProspectDialog(QDialog):
    """Ask for a first contact and save it with its follow-up plan."""

    prospect_created = Signal(int)

    def __init__(self, parent: QWidget | None = None, who: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New prospect"))
        self.ui = attach_form(self, "new_prospect_dialog")
        self.prospect: Prospect | None = None
        self._who = who
        self._channels = {
            "phone": self.ui.phone_button,
            "walk_in": self.ui.walk_in_button,
            "email": self.ui.email_button,
        }
        self._setup()
        self.resize(760, self.sizeHint().height())
        session.restore_geometry(self, "new_prospect_dialog")

    # -- what the window and tests use ------------------------------------------

    def field(self, name: str) -> QWidget:
        """The input for a ``NewContact`` field name."""
        if name == "channel":
            return self.ui.phone_button
        if name == "interest":
            return self.ui.interest_combo
        return getattr(self.ui, f"{name}_edit")

    def set_channel(self, channel: str) -> None:
        self._channels[channel].setChecked(True)

    def channel(self) -> str:
        return next(key for key, button in self._channels.items() if button.isChecked())

    def contact(self) -> NewContact:
        """What is typed, as the service wants it."""
        values = {name: self.field(name).text() for name in TEXT_FIELDS}
        return NewContact(
            **values,
            channel=self.channel(),
            interest=self.ui.interest_combo.currentData(),
            qualified=self.ui.qualified_check.isChecked(),
            notes=self.ui.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        self._clear_error()
        contacted_on = formatting.from_qdate(self.ui.contacted_on_edit.date())
        try:
            self.prospect = contacts.log_first_contact(
                self.contact(), contacted_on=contacted_on, who=self._who
            )
        except ValidationError as exc:
            self._show_error(exc.field, messages.translated(exc))
            return
        session.save_geometry(self, "new_prospect_dialog")
        self.prospect_created.emit(self.prospect.id)
        super().accept()

    def reject(self) -> None:
        session.save_geometry(self, "new_prospect_dialog")
        super().reject()

    # -- inside ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        profile = profile_service.get_profile()
        icons = {"phone": "phone", "walk_in": "walk_in", "email": "email"}
        for channel, button in self._channels.items():
            button.setIcon(theme.icon(icons[channel]))
            button.setAccessibleName(
                self.tr("Channel: {channel}").format(channel=button.text())
            )
        for key in INTERESTS:
            ui.interest_combo.addItem(formatting.interest_label(key), key)
        ui.interest_combo.setCurrentIndex(1)
        ui.country_edit.setText(profile.country)
        ui.contacted_on_edit.setDate(formatting.to_qdate(profile_service.shop_today()))
        ui.error_label.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save prospect"))
        theme.set_flag(ok, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        for name in TEXT_FIELDS:
            edit: QLineEdit = self.field(name)
            edit.textEdited.connect(
                lambda _text, e=edit: theme.set_flag(e, "invalid", False)
            )
        ui.country_edit.textEdited.connect(self._on_country_edit_text_edited)
        ui.first_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, field: str, message: str) -> None:
        try:
            widget = self.field(field)
        except AttributeError:
            log.debug("No input for field %s", field)
            widget = None
        messages.show_inline_error(self.ui.error_label, message, widget)

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for name in (*TEXT_FIELDS, "interest"):
            theme.set_flag(self.field(name), "invalid", False)

    def _on_country_edit_text_edited(self, text: str) -> None:
        # Country codes are upper case; fix it while typing, cursor kept.
        if text != text.upper():
            position = self.ui.country_edit.cursorPosition()
            self.ui.country_edit.setText(text.upper())
            self.ui.country_edit.setCursorPosition(position)
