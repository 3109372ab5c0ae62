"""Quotation settings: the owner's numbering, validity, rounding and terms,
and how this desk prints.

The shop-wide values are saved together through ``services.quote_settings``
(owner only); the printing choice belongs to the desk and is kept in its own
window settings, since each desk has its own printer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from followup_desk.domain.money import ROUNDING_CHOICES
from followup_desk.domain.quote_numbers import PatternError
from followup_desk.services import profile as profile_service
from followup_desk.services import quote_settings, quotes
from followup_desk.services.errors import UserError
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.quote_printing import (
    DIALOG,
    VIEWER,
    print_method,
    set_print_method,
)


class QuoteSettingsDialog(QDialog):
    """Edit the quotation settings; saved together on OK."""

    settings_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quotation settings"))
        self.ui = attach_form(self, "quote_settings_dialog")
        self._setup()
        session.restore_geometry(self, "quote_settings_dialog")

    def accept(self) -> None:
        ui = self.ui
        ui.error_label.hide()
        try:
            quote_settings.update(
                prefix=ui.prefix_edit.text(),
                number_pattern=ui.pattern_edit.text(),
                valid_days=ui.valid_days_spin.value(),
                rounding=ui.rounding_combo.currentData(),
                default_tax_pct=ui.default_tax_edit.text() or "0",
                terms=ui.terms_edit.toPlainText(),
            )
        except UserError as exc:
            ui.error_label.setText(messages.translated(exc))
            ui.error_label.show()
            field = getattr(exc, "field", "")
            widget = {
                "number_pattern": ui.pattern_edit,
                "prefix": ui.prefix_edit,
                "default_tax_pct": ui.default_tax_edit,
            }.get(field)
            if widget is not None:
                theme.set_flag(widget, "invalid", True)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        set_print_method(DIALOG if ui.print_dialog_radio.isChecked() else VIEWER)
        session.save_geometry(self, "quote_settings_dialog")
        self.settings_saved.emit()
        super().accept()

    def reject(self) -> None:
        session.save_geometry(self, "quote_settings_dialog")
        super().reject()

    def _setup(self) -> None:
        ui = self.ui
        current = quote_settings.current()
        for caption, widget in (
            (ui.prefix_caption, ui.prefix_edit),
            (ui.pattern_caption, ui.pattern_edit),
            (ui.valid_caption, ui.valid_days_spin),
            (ui.rounding_caption, ui.rounding_combo),
            (ui.tax_caption, ui.default_tax_edit),
            (ui.terms_caption, ui.terms_edit),
        ):
            caption.setBuddy(widget)
        ui.prefix_edit.setText(current.prefix)
        ui.pattern_edit.setText(current.number_pattern)
        ui.pattern_edit.setToolTip(
            self.tr(
                "{prefix}, {year}, {yy}, {month} and the running number {seq}; "
                "{seq:04} pads it to four digits. With the year in it, numbers "
                "start at 1 each January."
            )
        )
        ui.valid_days_spin.setValue(current.valid_days)
        for key, label in ROUNDING_CHOICES.items():
            ui.rounding_combo.addItem(messages.translated(label), key)
        ui.rounding_combo.setCurrentIndex(ui.rounding_combo.findData(current.rounding))
        ui.default_tax_edit.setText(formatting.plain_number(current.default_tax_pct))
        ui.terms_edit.setPlainText(current.terms)
        ui.terms_edit.setPlaceholderText(
            self.tr("e.g. Payment within 14 days of delivery.")
        )
        radio = (
            ui.print_dialog_radio if print_method() == DIALOG else ui.print_viewer_radio
        )
        radio.setChecked(True)
        ui.error_label.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save settings"))
        theme.set_flag(ok, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.prefix_edit.textEdited.connect(self._show_preview)
        ui.pattern_edit.textEdited.connect(self._show_preview)
        self._show_preview()

    def _show_preview(self) -> None:
        ui = self.ui
        theme.set_flag(ui.pattern_edit, "invalid", False)
        try:
            numbers = quotes.preview_numbers(
                ui.pattern_edit.text(),
                ui.prefix_edit.text(),
                profile_service.shop_today(),
            )
        except PatternError as exc:
            ui.preview_label.setText(messages.translated(exc))
            theme.set_flag(ui.pattern_edit, "invalid", True)
            return
        ui.preview_label.setText(
            self.tr("Next quotes: {first}, {second} …").format(
                first=numbers[0], second=numbers[1]
            )
        )
