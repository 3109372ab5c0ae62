"""The shop's own details: address, trading area, currency, time zone and logo."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QSizePolicy,
    QWidget,
)

from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.ui import messages, session, theme
from followup_desk.ui.forms import attach_form

TEXT_FIELDS = (
    "name",
    "street",
    "postcode",
    "city",
    "region",
    "country",
    "phone",
    "email",
    "prime_area",
)
COMMON_CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK")


class SettingsDialog(QDialog):
    """Edit the company profile; changes are saved together on OK."""

    settings_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Company settings"))
        self.ui = attach_form(self, "settings_dialog")
        self._logo_path: Path | None = None
        self._setup()
        self.resize(600, self.sizeHint().height())
        session.restore_geometry(self, "settings_dialog")

    def field(self, name: str) -> QWidget:
        if name == "currency":
            return self.ui.currency_combo
        if name == "timezone":
            return self.ui.timezone_combo
        if name == "logo":
            return self.ui.logo_button
        return getattr(self.ui, f"{name}_edit")

    def choose_logo(self, path: Path) -> bool:
        """Show a logo to be stored on OK; False if it is not an image."""
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self._show_error(
                "logo",
                self.tr("{file} is not an image Qt can read.").format(file=path.name),
            )
            return False
        self._logo_path = path
        self._show_logo(pixmap, path.name)
        return True

    def changes(self) -> dict[str, str]:
        values = {name: self.field(name).text().strip() for name in TEXT_FIELDS}
        values["currency"] = self.ui.currency_combo.currentText().strip().upper()
        values["timezone"] = self.ui.timezone_combo.currentText().strip()
        return values

    def accept(self) -> None:
        self._clear_error()
        values = self.changes()
        currency = values["currency"]
        if len(currency) != 3 or not currency.isalpha():
            self._show_error(
                "currency",
                self.tr("Currency must be a three-letter code such as USD or EUR."),
            )
            return
        try:
            profile_service.update_profile(**values)
            if self._logo_path is not None:
                profile_service.set_logo(self._logo_path)
        except ValidationError as exc:
            self._show_error(exc.field, messages.translated(exc))
            return
        session.save_geometry(self, "settings_dialog")
        self.settings_saved.emit()
        super().accept()

    def reject(self) -> None:
        session.save_geometry(self, "settings_dialog")
        super().reject()

    def _setup(self) -> None:
        ui = self.ui
        profile = profile_service.get_profile()
        for name in TEXT_FIELDS:
            self.field(name).setText(getattr(profile, name))
        ui.currency_combo.addItems(COMMON_CURRENCIES)
        ui.currency_combo.setCurrentText(profile.currency)
        ui.timezone_combo.addItems(sorted(zoneinfo.available_timezones()))
        ui.timezone_combo.setCurrentText(profile.timezone)
        if profile.logo:
            pixmap = QPixmap()
            pixmap.loadFromData(bytes(profile.logo))
            self._show_logo(pixmap, profile.logo_name)
        else:
            ui.logo_preview.setText(self.tr("No logo yet"))
            ui.logo_name_label.setText(
                self.tr("PNG or JPEG, printed on letters and quotes")
            )
        ui.error_label.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save settings"))
        theme.set_flag(ok, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.logo_button.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed
        )
        ui.logo_button.clicked.connect(self._on_logo_button_clicked)

    def _show_logo(self, pixmap: QPixmap, name: str) -> None:
        preview = self.ui.logo_preview
        preview.setPixmap(
            pixmap.scaled(
                preview.size() * 0.9,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.ui.logo_name_label.setText(name)

    def _show_error(self, field: str, message: str) -> None:
        try:
            widget = self.field(field)
        except AttributeError:
            widget = None
        messages.show_inline_error(self.ui.error_label, message, widget)

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for name in (*TEXT_FIELDS, "currency", "timezone", "logo"):
            theme.set_flag(self.field(name), "invalid", False)

    def _on_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.choose_logo(Path(path))
