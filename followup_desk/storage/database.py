"""Opening the database: a SQLite file by default, or a PostgreSQL URL."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

from peewee import Database, DatabaseProxy, PostgresqlDatabase, SqliteDatabase

from followup_desk import paths

log = logging.getLogger("followup_desk.storage")

database = DatabaseProxy()

ENV_VAR = "FOLLOWUP_DESK_DATABASE"


class DatabaseOpenError(RuntimeError):
    """The database could not be opened; the message says what to fix."""


def resolve_target(target: str | os.PathLike | None) -> str:
    """The database to use: the argument, else the environment, else the default."""
    if target:
        return str(target)
    return os.environ.get(ENV_VAR) or str(paths.default_database_path())


def _open_postgres(url: str) -> PostgresqlDatabase:
    parts = urlparse(url)
    name = (parts.path or "/").lstrip("/") or "followup_desk"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise DatabaseOpenError(
            "PostgreSQL support is not installed. "
            "Run: pip install 'followup-desk[postgres]'"
        ) from None
    return PostgresqlDatabase(
        name,
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        # Query parameters (sslmode, options, connect_timeout...) go to libpq.
        **dict(parse_qsl(parts.query)),
    )


def _open_sqlite(path: Path) -> SqliteDatabase:
    if path.exists() and path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder; give a database file name.")
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "normal",
            "busy_timeout": 5000,
            "cache_size": -32000,
        },
    )


def open_database(target: str | os.PathLike | None = None) -> Database:
    """Bind the models to a database and bring its schema up to date."""
    from followup_desk.storage.migrations import migrate

    resolved = resolve_target(target)
    if resolved.startswith(("postgresql://", "postgres://")):
        db = _open_postgres(resolved)
        shown = urlparse(resolved)._replace(netloc=urlparse(resolved).hostname or "")
        log.info("Opening PostgreSQL database %s", shown.geturl())
    else:
        db = _open_sqlite(Path(resolved).expanduser())
        log.info("Opening SQLite database %s", resolved)

    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        migrate(db)
    except DatabaseOpenError:
        raise
    except Exception as exc:
        db.close()
        raise DatabaseOpenError(
            f"Could not open the database {resolved}: {exc}"
        ) from exc
    return db


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
