"""Setting up where this desk's data lives: its own file, or a shared server.

The choice is this computer's (several desks each point at the same server),
so it is not an owner's setting inside the shop's data: whoever sets up the
desk makes it, and the server's own password protects the data. A server on
another computer must be reached encrypted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage import database as storage
from followup_desk.storage import server_settings
from followup_desk.storage.server_settings import ServerSettings
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

TLS_LABELS = {
    "require": QT_TRANSLATE_NOOP("DatabaseSettings", "Encrypted"),
    "verify-full": QT_TRANSLATE_NOOP(
        "DatabaseSettings", "Encrypted and verified (needs the server's certificate)"
    ),
    "disable": QT_TRANSLATE_NOOP(
        "DatabaseSettings", "Not encrypted (only for a server on this computer)"
    ),
}


@dataclass
class ConnectionReport:
    """What a connection test found on the server."""

    host: str
    version: str
    encrypted: bool
    schema_version: int
    prospects: int
    people: int

    @property
    def holds_shop(self) -> bool:
        return self.schema_version > 0

    def summary(self) -> str:
        tls = "encrypted" if self.encrypted else "not encrypted"
        if not self.holds_shop:
            data = "The database is empty: it is ready for this shop's data."
        else:
            data = (
                f"It holds a shop with {self.prospects:,} prospects and "
                f"{self.people} {'person' if self.people == 1 else 'people'} who "
                "sign in."
            )
        return f"Connected to {self.version} at {self.host} ({tls}). {data}"


def checked(settings: ServerSettings) -> ServerSettings:
    """The settings trimmed and checked; ``ValidationError`` names what to fix."""
    clean = replace(
        settings,
        host=settings.host.strip(),
        name=settings.name.strip(),
        user=settings.user.strip(),
        sslrootcert=settings.sslrootcert.strip(),
    )
    if not clean.host:
        raise ValidationError(
            "host",
            QT_TRANSLATE_NOOP(
                "DatabaseSettings", "Enter the server's name or address."
            ),
        )
    if not 1 <= int(clean.port) <= 65535:
        raise ValidationError(
            "port",
            QT_TRANSLATE_NOOP(
                "DatabaseSettings", "The port is a number from 1 to 65535."
            ),
        )
    if not clean.name:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "DatabaseSettings", "Enter the name of the database on the server."
            ),
        )
    if not clean.user:
        raise ValidationError(
            "user",
            QT_TRANSLATE_NOOP(
                "DatabaseSettings", "Enter the user name for the server."
            ),
        )
    if clean.sslmode not in server_settings.SSL_MODES:
        raise ValidationError(
            "sslmode",
            QT_TRANSLATE_NOOP(
                "DatabaseSettings", "Choose how the connection is encrypted."
            ),
        )
    if clean.sslmode == "disable" and not storage.is_local_host(clean.host):
        raise ValidationError(
            "sslmode",
            QT_TRANSLATE_NOOP(
                "DatabaseSettings",
                "A server on another computer must be reached encrypted: "
                "choose “Encrypted”.",
            ),
        )
    if clean.sslmode.startswith("verify"):
        if not clean.sslrootcert:
            raise ValidationError(
                "sslrootcert",
                QT_TRANSLATE_NOOP(
                    "DatabaseSettings",
                    "Choose the server's certificate file (ask whoever set up "
                    "the server), or choose “Encrypted”.",
                ),
            )
        if not Path(clean.sslrootcert).is_file():
            raise ValidationError(
                "sslrootcert",
                QT_TRANSLATE_NOOP(
                    "DatabaseSettings", "There is no file {sslrootcert}."
                ).format(sslrootcert=clean.sslrootcert),
            )
    return clean


def connection_url(settings: ServerSettings, password: str = "") -> str:
    """The settings as a URL, with the password when one is given."""
    url = settings.url()
    if not password:
        return url
    user = quote(settings.user, safe="")
    return url.replace(f"//{user}@", f"//{user}:{quote(password, safe='')}@", 1)


def test_connection(settings: ServerSettings, password: str = "") -> ConnectionReport:
    """Connect, look around, disconnect; ``UserError`` says what went wrong."""
    settings = checked(settings)
    try:
        db = storage.connect_server(connection_url(settings, password))
    except storage.DatabaseOpenError as exc:
        raise UserError(message_of(exc)) from exc
    try:
        version = db.execute_sql("SHOW server_version").fetchone()[0]
        row = db.execute_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        tables = set(db.get_tables())
        schema = prospects = people = 0
        if "schemaversion" in tables:
            schema = db.execute_sql(
                "SELECT max(version) FROM schemaversion"
            ).fetchone()[0]
        if "prospect" in tables:
            prospects = db.execute_sql("SELECT count(*) FROM prospect").fetchone()[0]
        if "desk_user" in tables:
            people = db.execute_sql("SELECT count(*) FROM desk_user").fetchone()[0]
    finally:
        db.close()
    return ConnectionReport(
        settings.host,
        f"PostgreSQL {version.split()[0]}",
        bool(row and row[0]),
        schema or 0,
        prospects,
        people,
    )


def use_server(settings: ServerSettings, password: str, remember: bool = True) -> bool:
    """Make this desk use the server from the next start.

    Returns True when the password is in the system keyring, False when only
    this session knows it (no keyring on this computer, or not remembered).
    """
    settings = checked(settings)
    stored = False
    if password:
        if remember:
            stored = server_settings.store_password(
                settings.host, settings.port, settings.name, settings.user, password
            )
        else:
            from followup_desk.mail import credentials

            credentials.remember_for_session(
                server_settings.PASSWORD_KIND,
                f"{settings.host}:{int(settings.port)}/{settings.name}",
                settings.user,
                password,
            )
    server_settings.use_server(settings)
    return stored


def use_file(path: Path | None) -> None:
    """Make this desk use a database file (None: the usual one) from the next start."""
    if path is not None:
        path = Path(path)
        if path.is_dir():
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "DatabaseSettings", "{path} is a folder; choose a file."
                ).format(path=path),
            )
        if not path.parent.is_dir():
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "DatabaseSettings", "The folder {parent} does not exist."
                ).format(parent=path.parent),
            )
    server_settings.use_file(path)


def saved_server() -> ServerSettings | None:
    return server_settings.saved_server()


def keyring_works() -> bool:
    return server_settings.keyring_works()
