"""Opening the database: a SQLite file by default, or a PostgreSQL server.

Which database a desk uses comes from, in order: the ``--database`` argument,
``FOLLOWUP_DESK_DATABASE``, the choice saved on this computer by the database
settings screen (``storage.server_settings``), else the file in the user's
data folder.

Opening also keeps the data safe:

* an existing SQLite file that needs a schema upgrade is backed up first;
* a file SQLite reports as damaged raises ``DatabaseDamagedError``, which the
  window answers with a way out (restore a backup, open another file);
* a server on another computer is reached over TLS unless the address says
  otherwise, and its password comes from the system keyring.

Once open, every statement that changes data adds a row to ``audit_log``
naming the table, the row, the person signed in and this desk. That row is
both "who did what" and the change counter other desks poll.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

from peewee import (
    OP,
    Database,
    DatabaseProxy,
    Delete,
    Expression,
    Insert,
    PostgresqlDatabase,
    SqliteDatabase,
    Update,
)
from peewee import DatabaseError as PeeweeDatabaseError

from followup_desk import paths
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.storage")

database = DatabaseProxy()

ENV_VAR = "FOLLOWUP_DESK_DATABASE"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
REMOTE_CONNECT_TIMEOUT = "10"
# Tables whose changes are not worth a row of their own.
# The log itself, and tables derived from others (a prospect's search words
# change with the prospect, whose own row is logged).
_UNLOGGED = frozenset({"audit_log", "schemaversion", "prospect_word"})
_DAMAGE_WORDS = ("malformed", "not a database", "disk image", "file is encrypted")


class DatabaseOpenError(RuntimeError):
    """The database could not be opened; the message says what to fix."""


class DatabaseDamagedError(DatabaseOpenError):
    """SQLite says the file is damaged; ``path`` is the file."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class _ChangeLogging:
    """Adds an ``audit_log`` row after each INSERT, UPDATE or DELETE.

    The row goes through the same connection, so it commits or rolls back
    with the change it describes. Only whole statements are logged (one row
    for a thousand-line import, not a thousand), which keeps bulk work cheap.
    """

    change_logging = False
    actor = ""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Tells this desk's own changes apart from other desks' when polling.
        self.desk = uuid.uuid4().hex[:12]

    def execute(self, query: object, **context_options: object) -> object:
        cursor = super().execute(query, **context_options)
        if self.change_logging and isinstance(query, (Insert, Update, Delete)):
            model = getattr(query, "model", None)
            if model is not None and model._meta.table_name not in _UNLOGGED:
                self._log_change(query, model, cursor)
        return cursor

    def log_event(
        self,
        action: str,
        target: str = "",
        record_id: int | None = None,
        detail: str = "",
        rows: int = 1,
    ) -> None:
        """Record something that is not a plain table change (a sign-in, a backup)."""
        p = self.param
        self.execute_sql(
            "INSERT INTO audit_log (at, user_name, desk, action, target, record_id, "
            f'"rows", detail) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p})',
            (
                _utc_text(),
                self.actor,
                self.desk,
                action,
                target,
                record_id,
                rows,
                detail,
            ),
        )

    def _log_change(self, query, model, cursor) -> None:
        if isinstance(query, Insert):
            action = "insert"
        elif isinstance(query, Update):
            action = "update"
        else:
            action = "delete"
        rows = cursor.rowcount if cursor.rowcount is not None else -1
        if rows == 0:
            return
        if action == "insert":
            record_id = self._inserted_id(cursor) if rows == 1 else None
        else:
            record_id = _id_in_where(getattr(query, "_where", None), model)
        self.log_event(action, model._meta.table_name, record_id, rows=max(rows, 1))

    def _inserted_id(self, cursor) -> int | None:
        return getattr(cursor, "lastrowid", None) or None


class SqliteDeskDatabase(_ChangeLogging, SqliteDatabase):
    """SQLite with the change log."""

    def begin(self, lock_type: str | None = None) -> None:
        # Take the write lock when a transaction starts. A deferred one that
        # reads first fails at once, without waiting, if another desk wrote in
        # between: SQLite cannot turn a stale read snapshot into a writer.
        super().begin(lock_type or "IMMEDIATE")


class PostgresqlDeskDatabase(_ChangeLogging, PostgresqlDatabase):
    """PostgreSQL with the change log.

    The name starts with "Postgres" on purpose: code that picks row locks by
    backend (quote numbering) looks at the class name.
    """

    def _inserted_id(self, cursor) -> int | None:
        # The new id comes back through RETURNING, which peewee reads after us:
        # look at the row, then put the cursor back where it was.
        try:
            row = cursor.fetchone()
            cursor.scroll(0, mode="absolute")
        except Exception:
            return None
        return row[0] if row and isinstance(row[0], int) else None


def _id_in_where(where, model) -> int | None:
    """The primary key a WHERE clause pins down, as in ``id = 42 AND ...``."""
    if not isinstance(where, Expression):
        return None
    if where.op == OP.EQ and where.lhs is model._meta.primary_key:
        return where.rhs if isinstance(where.rhs, int) else None
    if where.op == OP.AND:
        return _id_in_where(where.lhs, model) or _id_in_where(where.rhs, model)
    return None


def _utc_text() -> str:
    from followup_desk.storage.user_models import utc_now

    return utc_now().isoformat(" ")


def resolve_target(target: str | os.PathLike | None) -> str:
    """The database to use: the argument, the environment, this desk's choice,
    else the default file."""
    if target:
        return str(target)
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    from followup_desk.storage import server_settings

    saved = server_settings.saved_target()
    return saved or str(paths.default_database_path())


def is_server_url(target: str) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def is_local_host(host: str | None) -> bool:
    """True for this computer: no host (a local socket), localhost, loopback."""
    if not host or host.startswith("/") or host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def describe(target: str) -> str:
    """The database for people to read: a file path, or the server without password."""
    if not is_server_url(target):
        return str(target)
    parts = urlparse(target)
    host = parts.hostname or "this computer"
    user = f"{unquote(parts.username)} on " if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    name = (parts.path or "/").lstrip("/") or "followup_desk"
    return f"database {name} ({user}{host}{port})"


def server_connect_params(url: str) -> tuple[str, dict]:
    """Database name and libpq settings for a ``postgresql://`` URL.

    A server on another computer gets ``sslmode=require`` unless the URL asks
    for something else, and the saved password when the URL has none.
    """
    parts = urlparse(url)
    name = unquote((parts.path or "/").lstrip("/")) or "followup_desk"
    params: dict = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
    }
    # Query parameters (sslmode, sslrootcert, options...) go to libpq as given.
    params.update(dict(parse_qsl(parts.query)))
    if not is_local_host(params["host"]):
        params.setdefault("sslmode", "require")
        params.setdefault("connect_timeout", REMOTE_CONNECT_TIMEOUT)
        if params["sslmode"] in ("disable", "allow"):
            log.warning("The server at %s is reached without TLS", params["host"])
    if params["password"] is None and params["user"]:
        from followup_desk.storage import server_settings

        params["password"] = server_settings.stored_password(
            params["host"], int(params["port"]), name, params["user"]
        )
    return name, {k: v for k, v in params.items() if v is not None}


def _open_postgres(url: str) -> PostgresqlDatabase:
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database",
                "PostgreSQL support is not installed. Run: pip install "
                "'followup-desk[postgres]'",
            )
        ) from None
    name, params = server_connect_params(url)
    return PostgresqlDeskDatabase(name, **params)


def connect_server(url: str) -> PostgresqlDatabase:
    """An open connection to a server, not bound to the app's models.

    For testing a connection and for copying a shop onto a server; failures
    raise ``DatabaseOpenError`` saying in plain words what to check.
    """
    db = _open_postgres(url)
    try:
        db.connect()
    except Exception as exc:
        raise DatabaseOpenError(explain_server_error(exc, url)) from exc
    return db


def explain_server_error(exc: BaseException, url: str) -> str:
    """What a failed server connection means, and what to do about it."""
    name, params = server_connect_params(url)
    host, port = params.get("host", ""), params.get("port", 5432)
    text = str(exc)
    low = text.casefold()
    if "password authentication failed" in low or "no password supplied" in low:
        return (
            f"The server at {host} did not accept the user name or password. "
            "Check them in Database settings."
        )
    if "could not translate host name" in low or "name or service not known" in low:
        return f"No computer called “{host}” was found. Check the server's name."
    if "connection refused" in low:
        return (
            f"Nothing answers at {host}, port {port}. Check that the database "
            "server is running and the port is right."
        )
    if "timeout" in low:
        return (
            f"The server at {host} did not answer in time. Check the address and "
            "that this computer's network may reach it."
        )
    if "does not support ssl" in low:
        return (
            f"The server at {host} does not offer encrypted connections. Ask "
            "whoever looks after it to turn on TLS; only a server on this same "
            "computer may be used without it."
        )
    if "certificate" in low or "ssl" in low:
        return (
            f"The encrypted connection to {host} could not be checked "
            f"({text.splitlines()[0]}). Check the certificate file, or choose "
            "“Encrypted” instead of “Encrypted and verified”."
        )
    if "does not exist" in low and "database" in low:
        return (
            f"The server at {host} has no database called “{name}”. Create it "
            "first, or check the name."
        )
    if "pg_hba.conf" in low:
        return (
            f"The server at {host} does not accept this computer. Ask whoever "
            "looks after it to let this desk connect (pg_hba.conf)."
        )
    return (
        f"Could not reach the server at {host}: {text.splitlines()[0] if text else exc}"
    )


def _open_sqlite(path: Path) -> SqliteDatabase:
    if path.exists() and path.is_dir():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is a folder; give a database file name."
            ).format(path=path)
        )
    if not path.parent.is_dir():
        # A mistyped path must not quietly open a new, empty shop.
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The folder {parent} does not exist; check the database path.",
            ).format(parent=path.parent)
        )
    return SqliteDeskDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "normal",
            "busy_timeout": 5000,
            "cache_size": -32000,
        },
    )


def _looks_damaged(exc: BaseException) -> bool:
    text = str(exc).casefold()
    return any(word in text for word in _DAMAGE_WORDS)


def damage_in(exc: BaseException) -> DatabaseDamagedError | None:
    """The open SQLite file's damage, if that is what ``exc`` reports.

    Opening reads only the first pages, so damage further in shows up later,
    in whichever query first reads it (sometimes through the bare driver,
    past peewee's wrapping). A full check on every start would read the
    whole file, seconds for a large shop; the session's first backup does
    it in the background instead.
    """
    if isinstance(exc, DatabaseDamagedError):
        return exc
    path = current_file()
    driver_error = isinstance(exc, (PeeweeDatabaseError, sqlite3.DatabaseError))
    if path is None or not driver_error or not _looks_damaged(exc):
        return None
    return DatabaseDamagedError(
        QT_TRANSLATE_NOOP(
            "Database", "The database file {path} is damaged ({problem})."
        ).format(path=path, problem=message_of(exc)),
        path,
    )


def open_database(target: str | os.PathLike | None = None) -> Database:
    """Bind the models to a database and bring its schema up to date."""
    from followup_desk.storage.migrations import LATEST, current_version, migrate

    resolved = resolve_target(target)
    path: Path | None = None
    existed = False
    if "://" in resolved and not is_server_url(resolved):
        scheme = resolved.split("://", 1)[0]
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database",
                "Follow-up Desk opens a database file or a postgresql:// "
                "address, not {scheme}://. Check the database setting.",
            ).format(scheme=scheme)
        )
    if is_server_url(resolved):
        db = _open_postgres(resolved)
        log.info("Opening PostgreSQL %s", describe(resolved))
    else:
        path = Path(resolved).expanduser()
        existed = path.is_file() and path.stat().st_size > 0
        db = _open_sqlite(path)
        log.info("Opening SQLite database %s", path)

    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        version = current_version(db)
        if path is not None and existed and 0 < version < LATEST:
            _back_up_before_upgrade(path, version, LATEST)
        if path is not None and version < LATEST:
            _migrate_sqlite(db, migrate)
        else:
            migrate(db)
    except DatabaseOpenError:
        _close_quietly(db)
        raise
    except PeeweeDatabaseError as exc:
        _close_quietly(db)
        if path is not None and _looks_damaged(exc):
            raise DatabaseDamagedError(
                QT_TRANSLATE_NOOP(
                    "Database", "The database file {path} is damaged ({problem})."
                ).format(path=path, problem=message_of(exc)),
                path,
            ) from exc
        if path is None:
            raise DatabaseOpenError(explain_server_error(exc, resolved)) from exc
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database", "Could not open the database {database}: {problem}"
            ).format(database=describe(resolved), problem=exc)
        ) from exc
    except Exception as exc:
        _close_quietly(db)
        if path is None:
            raise DatabaseOpenError(explain_server_error(exc, resolved)) from exc
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database", "Could not open the database {database}: {problem}"
            ).format(database=describe(resolved), problem=exc)
        ) from exc
    db.change_logging = True
    return db


def _migrate_sqlite(db: Database, migrate) -> None:
    """Upgrade a SQLite file with foreign keys off, as SQLite asks for.

    Some schema changes rebuild a table (copy, drop, rename). With foreign
    keys on, dropping the old ``prospect`` table would cascade and delete
    every touch and quote that points at it. The check afterwards makes sure
    the upgrade left every reference whole.
    """
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        migrate(db)
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database",
                "Upgrading the database left {count} broken references "
                "(first in table {broken}). Restore the backup made before "
                "the upgrade and report this.",
            ).format(count=len(broken), broken=broken[0][0])
        )


def _back_up_before_upgrade(path: Path, version: int, latest: int) -> None:
    from followup_desk.storage import backup

    try:
        # The quick check: this copy holds up the start, and the full check
        # follows on the session's first backup, in the background.
        made = backup.make_backup(path, "before-upgrade", quick=True)
    except backup.SourceDamagedError as exc:
        raise DatabaseDamagedError(message_of(exc), path) from exc
    except backup.BackupError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Database",
                "This database needs an upgrade, and Follow-up Desk saves a "
                "backup before upgrading, but the backup failed: {problem}",
            ).format(problem=message_of(exc))
        ) from exc
    log.info(
        "Upgrading %s from schema %d to %d; backup %s",
        path.name,
        version,
        latest,
        made.path.name,
    )


def _close_quietly(db: Database) -> None:
    try:
        if db.in_transaction():
            db.rollback()
        db.close()
    except Exception:
        log.debug("Closing after a failed open", exc_info=True)


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def current_file() -> Path | None:
    """The SQLite file in use, or None on a server (or before opening)."""
    db = database.obj
    if isinstance(db, SqliteDatabase) and db.database != ":memory:":
        return Path(db.database)
    return None


def is_server() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


@contextlib.contextmanager
def change_logging_paused(db: Database | None = None) -> Iterator[None]:
    """No change-log rows for a while: schema upgrades, bulk copies."""
    db = db or database.obj
    before = getattr(db, "change_logging", False)
    db.change_logging = False
    try:
        yield
    finally:
        db.change_logging = before


def set_actor(name: str) -> None:
    """Who the change log names for this desk's changes from now on."""
    if database.obj is not None:
        database.obj.actor = name


def log_event(
    action: str, target: str = "", record_id: int | None = None, detail: str = ""
) -> None:
    """Add a "who did what" row for an action that changes no table by itself."""
    db = database.obj
    if db is not None and getattr(db, "change_logging", False):
        db.log_event(action, target, record_id, detail)
