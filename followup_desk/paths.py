"""Where Follow-up Desk keeps its files.

Every folder the app writes to comes from here. ``FOLLOWUP_DESK_HOME`` moves all
of them under one folder, which tests use so they never touch a real user folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "FollowupDesk"
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


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


def resources_dir() -> Path:
    """Shipped read-only files: logo, icons, fonts, the default plan."""
    return _SOURCE_ROOT / "resources"


def forms_dir() -> Path:
    """Qt Designer ``.ui`` files, loaded at run time."""
    return _SOURCE_ROOT / "forms"
