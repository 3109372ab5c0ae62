"""Which database this desk uses, saved on this computer; server passwords.

The choice lives in ``database.json`` in the config folder, because two desks
sharing one server each need to know where it is before any shared data can
be read. The server password is never in that file: it goes to the system
keyring through the same door as the mail server's (``mail.credentials``),
which falls back to this session's memory where no keyring works.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from followup_desk import paths

log = logging.getLogger("followup_desk.storage")

FILE_NAME = "database.json"
PASSWORD_KIND = "postgresql"
SSL_MODES = ("disable", "require", "verify-ca", "verify-full")


@dataclass
class ServerSettings:
    """Where the shared PostgreSQL database is, and how to reach it safely."""

    host: str = ""
    port: int = 5432
    name: str = "followup_desk"
    user: str = ""
    sslmode: str = "require"
    # The server's certificate authority, for the verifying modes.
    sslrootcert: str = ""

    def url(self) -> str:
        """A ``postgresql://`` URL without the password."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = {"sslmode": self.sslmode}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return (
            f"postgresql://{user}{host}:{int(self.port)}/"
            f"{quote(self.name, safe='')}?{urlencode(query)}"
        )


def settings_file() -> Path:
    return paths.config_dir() / FILE_NAME


def _read() -> dict:
    path = settings_file()
    if not path.exists():
        return {}
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        # A broken file must not stop the desk: fall back to the default file.
        log.warning("Ignoring unreadable %s (%s)", path, type(exc).__name__)
        return {}
    return value if isinstance(value, dict) else {}


def _write(value: dict) -> None:
    path = settings_file()
    temporary = path.with_name(path.name + ".new")
    temporary.write_text(json.dumps(value, indent=2), encoding="utf-8")
    os.replace(temporary, path)


def saved_target() -> str | None:
    """The saved file path or server URL, or None to use the default file."""
    value = _read()
    if value.get("kind") == "file" and value.get("path"):
        return str(value["path"])
    if value.get("kind") == "server":
        server = saved_server()
        if server is not None:
            return server.url()
    return None


def saved_server() -> ServerSettings | None:
    value = _read()
    if value.get("kind") != "server" or not isinstance(value.get("server"), dict):
        return None
    known = ServerSettings.__dataclass_fields__
    fields = {k: v for k, v in value["server"].items() if k in known}
    try:
        settings = ServerSettings(**fields)
        settings.port = int(settings.port)
    except (TypeError, ValueError):
        return None
    return settings if settings.host else None


def use_server(settings: ServerSettings) -> None:
    _write({"kind": "server", "server": asdict(settings)})
    log.info("This desk now uses the server at %s", settings.host)


def use_file(path: Path | None) -> None:
    """Use a SQLite file from now on; None means the default file."""
    if path is None:
        _write({"kind": "default"})
    else:
        _write({"kind": "file", "path": str(Path(path).expanduser().resolve())})


def _account_host(host: str, port: int, name: str) -> str:
    return f"{host}:{int(port)}/{name}"


def stored_password(host: str, port: int, name: str, user: str) -> str | None:
    from followup_desk.mail import credentials

    return credentials.get_password(
        PASSWORD_KIND, _account_host(host, port, name), user
    )


def store_password(host: str, port: int, name: str, user: str, password: str) -> bool:
    """Keep the server password; True when the system keyring holds it."""
    from followup_desk.mail import credentials

    return credentials.store_password(
        PASSWORD_KIND, _account_host(host, port, name), user, password
    )


def keyring_works() -> bool:
    from followup_desk.mail import credentials

    return credentials.keyring_works()
