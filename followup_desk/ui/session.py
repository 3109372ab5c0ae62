"""Who is at the desk, where printed files go, and remembered window state."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QSettings

from followup_desk import paths
from followup_desk.ui import desk_settings


def desk_user() -> str:
    """Who is recorded as "done by": the person signed in, else the login name."""
    from followup_desk.services import users

    signed_in = users.current_name()
    if signed_in:
        return signed_in
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return ""


def documents_folder() -> Path:
    """Where printed quotations and batches are written before opening them."""
    return paths.documents_dir()


def ui_state() -> QSettings:
    """This desk's preferences file (see ``desk_settings``, which declares them)."""
    return desk_settings.store()


def restore_geometry(widget, key: str) -> None:
    """Give a window or dialog back the size and place it had last time."""
    geometry = desk_settings.dialog_geometry(key).get()
    if not geometry.isEmpty():
        widget.restoreGeometry(geometry)


def save_geometry(widget, key: str) -> None:
    desk_settings.dialog_geometry(key).set(widget.saveGeometry())
