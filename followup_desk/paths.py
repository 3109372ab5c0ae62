"""Where Follow-up Desk keeps its files.

Every folder the app writes to comes from here. ``FOLLOWUP_DESK_HOME`` moves all
of them under one folder, which tests use so they never touch a real user folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FollowupDesk"


def _bundle_root() -> Path:
    """The folder holding ``resources/`` and ``forms/``.

    In a PyInstaller bundle the package is unpacked under ``sys._MEIPASS``
    and the data folders are put beside it there; from a source checkout or
    an editable install they sit next to the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


_SOURCE_ROOT = _bundle_root()


def _home_override() -> Path | None:
    value = os.environ.get("FOLLOWUP_DESK_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Folder of the database and its backups."""
    home = _home_override()
    if home:
        return _ensure(home / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    home = _home_override()
    if home:
        return _ensure(home / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def default_database_path() -> Path:
    return data_dir() / "followup-desk.sqlite3"


def config_dir() -> Path:
    """Settings of this computer only, such as which database the desk uses."""
    home = _home_override()
    if home:
        return _ensure(home / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def settings_file() -> Path:
    """This desk's own preferences: window layout, language, reminders."""
    return config_dir() / "settings.ini"


def documents_dir() -> Path:
    """Where printed quotations, batches and saved e-mails are written."""
    home = _home_override()
    if home:
        return _ensure(home / "documents")
    documents = Path(platformdirs.user_documents_dir())
    return _ensure(documents / "Follow-up Desk")


def sample_database_path() -> Path:
    """The sample shop to try the app with, kept apart from the real data."""
    return _ensure(data_dir() / "sample-shop") / "sample-shop.sqlite3"


def translations_dir() -> Path:
    """Compiled ``.qm`` translations of the window."""
    return resources_dir() / "translations"


def resources_dir() -> Path:
    """Shipped read-only files: logo, icons, fonts, the default plan."""
    return _SOURCE_ROOT / "resources"


def forms_dir() -> Path:
    """Qt Designer ``.ui`` files, loaded at run time."""
    return _SOURCE_ROOT / "forms"
