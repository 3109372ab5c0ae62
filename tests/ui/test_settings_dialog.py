"""Company settings: saved to the profile, refused input kept and marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from followup_desk.services import profile
from followup_desk.ui.quote_lines_model import DESCRIPTION, UNIT_PRICE
from followup_desk.ui.settings_dialog import SettingsDialog


def _click_ok(qtbot, dialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_settings_are_saved_and_used(qtbot, window, make_prospect, type_text):
    prospect = make_prospect()
    window.settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.ui.name_edit.text() == "My Shop"

    dialog.ui.name_edit.clear()
    type_text(dialog.ui.name_edit, "Lindqvist & Söhne")
    dialog.ui.country_edit.setText("DE")
    dialog.ui.currency_combo.setCurrentText("EUR")
    dialog.ui.timezone_combo.setCurrentText("Europe/Berlin")
    dialog.ui.prime_area_edit.setText("803, München")
    _click_ok(qtbot, dialog)

    saved = profile.get_profile()
    assert (saved.name, saved.country, saved.currency, saved.timezone) == (
        "Lindqvist & Söhne",
        "DE",
        "EUR",
        "Europe/Berlin",
    )
    assert saved.prime_area == "803, München"
    # Quotes typed from now on show the new currency.
    window.show_prospect(prospect.id)
    editor = window.detail.quote_editor
    editor.model.setData(editor.model.index(0, DESCRIPTION), "Oak door")
    editor.model.setData(editor.model.index(0, UNIT_PRICE), "12")
    assert "€" in editor.ui.total_value.text()


def test_wrong_values_keep_the_dialog_open(qtbot, window):
    dialog = window.open_settings_dialog()
    dialog.ui.name_edit.setText("Corner Shop")
    dialog.ui.timezone_combo.setCurrentText("Mars/Olympus")
    _click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "time zone" in dialog.ui.error_label.text()
    assert dialog.ui.timezone_combo.property("invalid") is True
    assert dialog.ui.name_edit.text() == "Corner Shop"

    dialog.ui.timezone_combo.setCurrentText("America/Chicago")
    dialog.ui.currency_combo.setCurrentText("EURO")
    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "three-letter" in dialog.ui.error_label.text()


def test_a_chosen_logo_is_stored(qtbot, window, tmp_path: Path):
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2563c9"))
    assert image.save(str(logo))
    dialog = window.open_settings_dialog()

    assert dialog.choose_logo(logo)
    assert dialog.ui.logo_name_label.text() == "logo.png"
    _click_ok(qtbot, dialog)

    saved = profile.get_profile()
    assert saved.logo_name == "logo.png"
    assert bytes(saved.logo) == logo.read_bytes()
