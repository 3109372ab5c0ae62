"""This desk's own preferences, each declared once with its type and default.

What belongs to the shop (address, prices, the plan) lives in the database and
is shared by every desk. What belongs to one computer (window layout, column
widths, the last view, language, colours, reminders) lives here, in an INI
file in the config folder (``paths.settings_file``) read through
``QSettings``. An INI file rather than the platform default (registry,
property list) so ``FOLLOWUP_DESK_HOME`` moves it with every other file and
tests never touch a real user's settings.

Every value is read through its :class:`Setting`, which turns what the file
holds back into the declared type and falls back to the default when the file
holds nonsense (a hand-edited file, a value from an older version). The file
carries a version number; :func:`upgrade` brings older files forward once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from followup_desk import paths

log = logging.getLogger("followup_desk.ui")

T = TypeVar("T")

SETTINGS_VERSION = 1
VERSION_KEY = "meta/version"
# Where window state lived before version 1, beside the database.
OLD_STATE_FILE = "window-state.ini"

_upgraded: set[str] = set()


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is kept, what type it has, and its default."""

    key: str
    kind: type
    default: T
    # What the value means, for whoever reads the file or this module.
    label: str

    def get(self) -> T:
        """The stored value in its declared type, else the default."""
        raw = store().value(self.key)
        if raw is None:
            # A copy: a caller changing the list must not change the default.
            return _CONVERT[self.kind](self.default)
        try:
            return _CONVERT[self.kind](raw)
        except (TypeError, ValueError):
            log.warning("Setting %s holds %r; using the default", self.key, raw)
            return self.default

    def set(self, value: T) -> None:
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.key} takes {self.kind.__name__}, not {value!r}")
        store().setValue(self.key, value)

    def reset(self) -> None:
        store().remove(self.key)


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off", ""):
        return False
    raise ValueError(raw)


def _to_bytes(raw: Any) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, bytes):
        return QByteArray(raw)
    raise ValueError(raw)


def _to_int_list(raw: Any) -> list:
    # An INI file gives a one-item list back as a plain string.
    items = [raw] if isinstance(raw, (str, int)) else list(raw)
    return [int(item) for item in items]


_CONVERT: dict[type, Callable[[Any], Any]] = {
    bool: _to_bool,
    int: int,
    str: str,
    QByteArray: _to_bytes,
    list: _to_int_list,
}


# -- the preferences -----------------------------------------------------------

LANGUAGE = Setting[str](
    "appearance/language",
    str,
    "",
    "Language of the window; empty follows the computer",
)
COLOUR_SCHEME = Setting[str](
    "appearance/colour_scheme",
    str,
    "system",
    "Light, dark, or as the computer is set (system)",
)
REMINDERS_ENABLED = Setting[bool](
    "reminders/enabled",
    bool,
    True,
    "Remind me of calls due soon",
)
REMINDER_MINUTES = Setting[int](
    "reminders/minutes_ahead",
    int,
    15,
    "How many minutes before a call the reminder comes",
)
MAIN_GEOMETRY = Setting[QByteArray](
    "main_window/geometry", QByteArray, QByteArray(), "Main window size and place"
)
MAIN_STATE = Setting[QByteArray](
    "main_window/state", QByteArray, QByteArray(), "Tool bars of the main window"
)
MAIN_SPLITTER = Setting[QByteArray](
    "main_window/splitter",
    QByteArray,
    QByteArray(),
    "Width of the prospect list beside the tabs",
)
PROSPECT_COLUMNS = Setting[list](
    "main_window/prospect_columns", list, [], "Widths of the prospect list's columns"
)
LAST_TAB = Setting[int]("main_window/last_tab", int, 0, "Tab shown at the last close")
LAST_PROSPECT = Setting[int](
    "main_window/last_prospect", int, 0, "Prospect open at the last close"
)
SIGN_IN_LAST_NAME = Setting[str](
    "sign_in/last_name", str, "", "Who signed in last at this desk"
)

ALL_SETTINGS: tuple[Setting, ...] = (
    LANGUAGE,
    COLOUR_SCHEME,
    REMINDERS_ENABLED,
    REMINDER_MINUTES,
    MAIN_GEOMETRY,
    MAIN_STATE,
    MAIN_SPLITTER,
    PROSPECT_COLUMNS,
    LAST_TAB,
    LAST_PROSPECT,
    SIGN_IN_LAST_NAME,
)

COLOUR_SCHEMES = ("system", "light", "dark")


def dialog_geometry(name: str) -> Setting[QByteArray]:
    """The remembered size and place of one dialog, by its name."""
    return Setting[QByteArray](
        f"{name}/geometry", QByteArray, QByteArray(), f"Size and place of {name}"
    )


# -- the file ------------------------------------------------------------------


def store() -> QSettings:
    """The settings file of this desk, upgraded to the current version.

    QSettings objects for one file share their data inside the process, so a
    fresh one per call sees every change made through another.
    """
    path = str(paths.settings_file())
    settings = QSettings(path, QSettings.Format.IniFormat)
    if path not in _upgraded:
        _upgraded.add(path)
        upgrade(settings)
    return settings


def upgrade(settings: QSettings) -> int:
    """Bring an older settings file to :data:`SETTINGS_VERSION`; return it."""
    try:
        version = int(settings.value(VERSION_KEY, 0))
    except (TypeError, ValueError):
        version = 0
    if version > SETTINGS_VERSION:
        # A newer app wrote this file: read what we know, change nothing else.
        return version
    if version < 1:
        _import_old_window_state(settings)
    settings.setValue(VERSION_KEY, SETTINGS_VERSION)
    settings.sync()
    return SETTINGS_VERSION


def _import_old_window_state(settings: QSettings) -> None:
    """Version 0 kept window state in ``window-state.ini`` beside the database."""
    old_path = paths.data_dir() / OLD_STATE_FILE
    if not old_path.is_file():
        return
    old = QSettings(str(old_path), QSettings.Format.IniFormat)
    keys = old.allKeys()
    for key in keys:
        if not settings.contains(key):
            settings.setValue(key, old.value(key))
    settings.sync()
    if settings.status() == QSettings.Status.NoError:
        try:
            old_path.unlink()
        except OSError:
            log.warning("Could not remove the old %s", OLD_STATE_FILE)
    log.info("Moved %d window settings into %s", len(keys), settings.fileName())


def forget_upgrades() -> None:
    """Check the file's version again on next use (another home, in tests)."""
    _upgraded.clear()
