"""German proves the translation pipeline: forms, code, Qt's own words, dates."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from followup_desk import paths
from followup_desk.ui import formatting, i18n


@pytest.fixture
def german(qapp):
    locale = i18n.install(qapp, "de")
    yield locale
    i18n.uninstall(qapp)


def test_the_compiled_catalogues_ship_with_the_app():
    folder = paths.translations_dir()
    for language in ("de", "en"):
        assert (folder / f"followup_desk_{language}.ts").is_file()
        assert (folder / f"followup_desk_{language}.qm").stat().st_size > 100


def test_the_window_speaks_german(german, window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Hilfe" in menus and "&Ansicht" in menus
    assert window.desk_menus.guide_action.text() == "&Anleitung"
    # A Designer form, translated by the form loader.
    from followup_desk.ui.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard()
    try:
        assert wizard.shop.ui.name_label.text() == "&Name des Geschäfts"
        assert "Ihr Geschäft" in wizard.shop.title()
        # Qt's own buttons come from Qt's German catalogue.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    finally:
        wizard.deleteLater()


def test_dates_and_numbers_follow_the_language(german):
    day = dt.date(2026, 12, 4)

    assert QLocale().name() == "de_DE"
    assert formatting.long_day(day) == "Freitag, 4 Dezember 2026"
    assert QLocale().toString(1234567) == "1.234.567"


def test_english_plurals_read_right(qapp):
    i18n.install(qapp, "en")
    try:
        text = "%n calls in the next few minutes"
        one = QCoreApplication.translate("CallReminders", text, "", 1)
        two = QCoreApplication.translate("CallReminders", text, "", 2)
    finally:
        i18n.uninstall(qapp)
    assert (one, two) == (
        "1 call in the next few minutes",
        "2 calls in the next few minutes",
    )


def test_an_unknown_language_falls_back_to_english(qapp):
    locale = i18n.install(qapp, "xx")
    try:
        assert i18n.language_of(locale) == "en"
    finally:
        i18n.uninstall(qapp)
