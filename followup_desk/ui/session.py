"""Who is at the desk, where printed files go, and remembered window state."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QSettings

from followup_desk import paths


def desk_user() -> str:
    """The login name, recorded as "done by" on touches."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return ""


def documents_folder() -> Path:
    """Where printed quotations and batches are written before opening them."""
    folder = paths.data_dir() / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ui_state() -> QSettings:
    """Window sizes and splitter positions, kept beside the database.

    An INI file under the app's folders rather than the platform default, so
    ``FOLLOWUP_DESK_HOME`` moves it with everything else.
    """
    return QSettings(str(paths.data_dir() / "window-state.ini"), QSettings.IniFormat)


def restore_geometry(widget, key: str) -> None:
    """Give a window or dialog back the size and place it had last time."""
    geometry = ui_state().value(f"{key}/geometry")
    if geometry is not None:
        widget.restoreGeometry(geometry)


def save_geometry(widget, key: str) -> None:
    ui_state().setValue(f"{key}/geometry", widget.saveGeometry())
