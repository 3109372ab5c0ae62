"""The window's language, and the locale dates and numbers follow.

Every string a person reads goes through Qt's translation system: ``self.tr``
in widgets, ``QCoreApplication.translate`` elsewhere, and the ``.ui`` forms,
which the form loader translates by itself. English is the source language;
``resources/translations`` holds the compiled catalogues (``.qm``) built from
the ``.ts`` sources there by ``packaging/translations.py``.

The language is the desk's setting, or the computer's when none is set. The
same choice becomes Qt's default locale, so dates, day and month names and
counts on screen follow it. Printed documents keep the shop's own locale
from the company profile: a quotation reads the same whoever prints it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from followup_desk import paths

log = logging.getLogger("followup_desk.ui")

CATALOGUE = "followup_desk"
# Languages shipped, by code, each named in itself for the language menu.
LANGUAGES = {"en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """The locale for a setting: a code such as ``de``, or "" for the computer's."""
    if language:
        return QLocale(language)
    return QLocale.system()


def install(app: QCoreApplication, language: str = "") -> QLocale:
    """Load the catalogues for ``language`` and make its locale the default.

    Loading again (the person picked another language) replaces what was
    installed before. Returns the locale now in use.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    locale = locale_for(language)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (CATALOGUE, str(paths.translations_dir())),
        # Qt's own words: OK, Cancel, the file dialog, the context menus.
        ("qtbase", qt_folder),
    ):
        translator = QTranslator(app)
        loaded = translator.load(locale, name, "_", folder)
        if not loaded and name == CATALOGUE:
            # English, the source language, still needs its catalogue for the
            # plural forms ("1 quote"); a language not shipped reads English.
            loaded = translator.load(f"{CATALOGUE}_en", folder)
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.debug("No %s catalogue for %s", name, locale.name())
    log.info("Language %s", locale.name())
    return locale


def uninstall(app: QCoreApplication) -> None:
    """Back to the untranslated English source strings (tests, language reset)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def language_of(locale: QLocale) -> str:
    """The shipped language code closest to ``locale`` (English if none)."""
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else "en"
