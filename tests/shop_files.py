"""Database files with known content, for the backup and upgrade tests."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

NAMES = (
    "Zoë Ångström & <Co>",
    "Μαρία Παπαδοπούλου",
    "Сергей Иванов",
    "山田 太郎",
    "Ana 🌷",
)


def make_shop(path: Path, prospects: int, note_size: int = 0, tag: str = "") -> Path:
    """A database file with ``prospects`` prospects named ``<tag>-<n>``.

    Rows go in with one multi-row insert per thousand, through the app's own
    models, so the file has the app's schema and change log.
    """
    from followup_desk.storage.database import close_database, open_database
    from followup_desk.storage.models import Prospect

    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path)
    try:
        rows = [
            {
                "first_name": NAMES[i % len(NAMES)],
                "last_name": f"{tag}-{i}",
                "search_last": f"{tag}-{i}".casefold(),
                "first_contact": dt.date(2026, 11, 2),
                "notes": "n" * note_size,
            }
            for i in range(prospects)
        ]
        for start in range(0, len(rows), 1000):
            Prospect.insert_many(rows[start : start + 1000]).execute()
    finally:
        close_database()
    return path


def prospect_names(path: Path) -> list[str]:
    """Every prospect's last name, read without the app (a second opinion)."""
    conn = sqlite3.connect(path)
    try:
        return [
            r[0] for r in conn.execute("SELECT last_name FROM prospect ORDER BY id")
        ]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """ "ok", or what SQLite says is wrong (a file too broken to check included)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def damage(path: Path, page: int = 40) -> None:
    """Overwrite one page with junk that looks like a table page to SQLite."""
    with open(path, "r+b") as handle:
        handle.seek(4096 * page)
        handle.write(b"\x0d" + os.urandom(4095))
