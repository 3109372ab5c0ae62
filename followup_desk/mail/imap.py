"""Reading the shop's inbox over IMAP, strictly without changing anything in it.

The connection is always encrypted with the certificate checked, exactly as
for sending (:func:`followup_desk.mail.smtp.ssl_context`, with the same
extra trusted certificate file): TLS from the first byte (usually port 993)
or STARTTLS (usually port 143). There is no clear-text mode.

Nothing here can change the mailbox. The folder is opened with EXAMINE (read
only), message text is fetched with ``BODY.PEEK`` so the server never sets
``\\Seen``, and the connection refuses to send any command but the few
reading ones: no STORE, COPY, MOVE, EXPUNGE, APPEND or DELETE can go out,
whatever a later change to the calling code might try.
"""

from __future__ import annotations

import base64
import datetime as dt
import imaplib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from followup_desk.mail.connection_errors import (
    ConnectionWording,
    connection_failure,
    server_place,
)
from followup_desk.mail.smtp import MailError, ssl_context
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.mail")

SECURITY_LABELS = {
    "tls": QT_TRANSLATE_NOOP("Inbox", "TLS (usually port 993)"),
    "starttls": QT_TRANSLATE_NOOP("Inbox", "STARTTLS (usually port 143)"),
}
DEFAULT_PORTS = {"tls": 993, "starttls": 143}
# Enough of a message for its text and a bounce report; attachments beyond
# this are never downloaded.
MESSAGE_BYTES = 256 * 1024
FETCH_BATCH = 200

# The only commands this connection may send. UID may only SEARCH or FETCH.
_READING_COMMANDS = frozenset(
    {"CAPABILITY", "STARTTLS", "LOGIN", "AUTHENTICATE", "EXAMINE", "UID", "LOGOUT"}
)
_READING_UID_COMMANDS = frozenset({"SEARCH", "FETCH"})
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_UID = re.compile(rb"\bUID (\d+)")


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    security: str
    user: str
    password: str = ""
    folder: str = "INBOX"
    ca_file: str = ""
    timeout: float = 30.0

    def __repr__(self) -> str:
        # Never let the password reach a log line or a traceback.
        return (
            f"ImapConfig(host={self.host!r}, port={self.port}, "
            f"security={self.security!r}, user={self.user!r}, "
            f"folder={self.folder!r})"
        )


@dataclass(frozen=True)
class Mailbox:
    """What EXAMINE told about the folder."""

    uidvalidity: int
    uidnext: int
    exists: int


class ReadOnlyViolation(RuntimeError):
    """Code tried to send a command that could change the mailbox."""


class _ReadingOnly:
    """Refuses, before anything is sent, every command that is not reading."""

    def _command(self, name, *args):
        refusal = _refusal(str(name).upper(), args)
        if refusal:
            # APPEND leaves its message waiting to go with the next command.
            self.literal = None
            raise ReadOnlyViolation(refusal)
        return super()._command(name, *args)


def _refusal(name: str, args: tuple) -> str:
    """Why a command may not go to the inbox, or ""."""
    if name not in _READING_COMMANDS:
        return f"{name} is not allowed on the shop's inbox"
    if name != "UID":
        return ""
    sub = str(args[0]).upper() if args else ""
    if sub not in _READING_UID_COMMANDS:
        return f"UID {sub} is not allowed on the shop's inbox"
    items = " ".join(str(a) for a in args[2:]).upper()
    if sub == "FETCH" and "BODY[" in items.replace("BODY.PEEK[", ""):
        # BODY[...] without PEEK would mark the message as read.
        return "fetching without PEEK sets \\Seen"
    return ""


class _Imap(_ReadingOnly, imaplib.IMAP4):
    pass


class _ImapTls(_ReadingOnly, imaplib.IMAP4_SSL):
    pass


def folder_argument(name: str) -> str:
    """A folder name as IMAP wants it: modified UTF-7 (RFC 3501), quoted."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")
            text = base64.b64encode(data).decode("ascii").rstrip("=")
            out.append("&" + text.replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    encoded = "".join(out).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{encoded}"'


def _server_text(exc: BaseException) -> str:
    text = exc.args[0] if exc.args else exc
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = re.sub(r"\s*\(\d+\.\d+ \+ [^)]*secs?\)\.?", "", str(text))
    return " ".join(text.split()).strip(" .")


# The inbox's words for the failures sending meets too.
_CONNECTION_WORDING = ConnectionWording(
    certificate=QT_TRANSLATE_NOOP(
        "Inbox",
        "The inbox server {where} showed a certificate that cannot be "
        "trusted ({reason}). Check the server name; if your mail provider "
        "gave you a certificate file, choose it under “Extra trusted "
        "certificate” in Mail settings.",
    ),
    tls=QT_TRANSLATE_NOOP(
        "Inbox",
        "Could not set up a secure connection with the inbox server "
        "{where} ({reason}). Check that the security setting matches the "
        "port: TLS for 993, STARTTLS for 143.",
    ),
    refused=QT_TRANSLATE_NOOP(
        "Inbox",
        "The inbox server {where} refused the connection. Check the "
        "server name and port in Mail settings; if they are right, the "
        "server may be down.",
    ),
    unknown_host=QT_TRANSLATE_NOOP(
        "Inbox",
        "Cannot find the inbox server “{host}”. Check its name in Mail "
        "settings and that this computer is online.",
    ),
    timeout=QT_TRANSLATE_NOOP(
        "Inbox",
        "The inbox server {where} did not answer in time. Check the "
        "port, or try again later.",
    ),
    unreachable=QT_TRANSLATE_NOOP(
        "Inbox",
        "Cannot reach the inbox server {where} ({reason}). Check that "
        "this computer is online.",
    ),
)


def explain(exc: BaseException, config: ImapConfig) -> MailError:
    """Whatever the network or server raised, as a ``MailError`` in plain words.

    What the server itself said is IMAP protocol ("command: UID => socket
    error: EOF", "[NONEXISTENT] …"): it goes to the log, never on screen.
    """
    if isinstance(exc, MailError):
        return exc
    where = server_place(config.host, config.port)
    if isinstance(exc, imaplib.IMAP4.error):
        log.warning(
            "The inbox server %s said: %s", where, _server_text(exc) or "nothing"
        )

    failure = connection_failure(exc, config.host, config.port, _CONNECTION_WORDING)
    if failure is not None:
        return MailError(failure.kind, failure.text, transient=failure.transient)

    if isinstance(exc, imaplib.IMAP4.abort):
        return MailError(
            "connection",
            QT_TRANSLATE_NOOP(
                "Inbox",
                "The inbox server {where} closed the connection. Try again later.",
            ).format(where=where),
            transient=True,
        )
    return MailError(
        "server",
        QT_TRANSLATE_NOOP(
            "Inbox",
            "The inbox server {where} turned down a request to read the inbox. "
            "Try again later; if it keeps happening, ask your mail provider.",
        ).format(where=where),
    )


def _auth_error(config: ImapConfig) -> MailError:
    return MailError(
        "auth",
        QT_TRANSLATE_NOOP(
            "Inbox",
            "The inbox server did not accept the user name “{user}” with that "
            "password. Check both in Mail settings (some providers want an app "
            "password here).",
        ).format(user=config.user),
    )


def _imap_date(day: dt.date) -> str:
    # IMAP dates use English month names whatever the desk's language.
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year}"


def _uid_set(uids: Iterable[int]) -> str:
    return ",".join(str(uid) for uid in uids)


def _fetched(data: Sequence) -> dict[int, bytes]:
    """UID → literal from a FETCH answer, whatever order the server used."""
    found: dict[int, bytes] = {}
    pending: bytes | None = None
    for item in data:
        if isinstance(item, tuple) and len(item) >= 2:
            match = _UID.search(item[0])
            if match:
                found[int(match.group(1))] = item[1]
                pending = None
            else:
                pending = item[1]
        elif isinstance(item, bytes) and pending is not None:
            # The UID came after the literal: b' UID 7)'.
            match = _UID.search(item)
            if match:
                found[int(match.group(1))] = pending
            pending = None
    return found


class InboxSession:
    """One logged-in, read-only connection to the shop's inbox.

    Use as a context manager; every error comes out as a ``MailError``
    whose text says what to do.
    """

    def __init__(self, config: ImapConfig) -> None:
        self.config = config
        self._imap: imaplib.IMAP4 | None = None

    def __enter__(self) -> InboxSession:
        self.open()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def open(self) -> None:
        config = self.config
        if config.security not in SECURITY_LABELS:
            raise MailError(
                "settings",
                QT_TRANSLATE_NOOP(
                    "Inbox", "Choose TLS or STARTTLS as the inbox security."
                ),
            )
        if not config.host:
            raise MailError(
                "settings",
                QT_TRANSLATE_NOOP(
                    "Inbox", "Enter the inbox server's name in Mail settings."
                ),
            )
        context = ssl_context(config.ca_file)
        try:
            if config.security == "tls":
                imap = _ImapTls(
                    config.host,
                    config.port,
                    ssl_context=context,
                    timeout=config.timeout,
                )
            else:
                imap = _Imap(config.host, config.port, timeout=config.timeout)
            self._imap = imap
            if config.security == "starttls":
                if "STARTTLS" not in imap.capabilities:
                    raise MailError(
                        "tls",
                        QT_TRANSLATE_NOOP(
                            "Inbox",
                            "The inbox server {host} does not offer STARTTLS on "
                            "port {port}. Try TLS on port 993, or ask your "
                            "provider which to use.",
                        ).format(host=config.host, port=config.port),
                    )
                imap.starttls(ssl_context=context)
            self._login(imap)
        except BaseException as exc:
            self.close()
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            raise explain(exc, config) from None
        log.info("Connected to the inbox server %s:%d", config.host, config.port)

    def _login(self, imap: imaplib.IMAP4) -> None:
        user, password = self.config.user, self.config.password
        try:
            if (user + password).isascii():
                imap.login(user, password)
                return
            # imaplib sends LOGIN as ASCII; a password with "ä" or "Ω" goes
            # out as UTF-8 in AUTHENTICATE PLAIN, as RFC 4616 says it should.
            if "AUTH=PLAIN" not in imap.capabilities:
                raise MailError(
                    "auth",
                    QT_TRANSLATE_NOOP(
                        "Inbox",
                        "The inbox server cannot take a password with letters "
                        "outside A–Z (it does not offer AUTH=PLAIN).",
                    ),
                )
            token = f"\0{user}\0{password}".encode()
            imap.authenticate("PLAIN", lambda challenge: token)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:
            raise _auth_error(self.config) from None

    def examine(self, folder: str = "") -> Mailbox:
        """Open the folder read-only and say what it holds."""
        folder = folder or self.config.folder or "INBOX"
        imap = self._connected()
        try:
            status, data = imap.select(folder_argument(folder), readonly=True)
            if status != "OK":
                log.warning(
                    "The inbox server refused the folder: %s",
                    _server_text(Exception(*data)),
                )
                raise MailError(
                    "folder",
                    QT_TRANSLATE_NOOP(
                        "Inbox",
                        "The inbox has no folder “{folder}”. Check the folder name "
                        "in Mail settings; most servers call the inbox INBOX.",
                    ).format(folder=folder),
                )
            exists = int(data[0]) if data and data[0] else 0
            validity = imap.response("UIDVALIDITY")[1]
            uidnext = imap.response("UIDNEXT")[1]
        except (MailError, imaplib.IMAP4.error, OSError) as exc:
            raise explain(exc, self.config) from None
        return Mailbox(
            uidvalidity=int(validity[0]) if validity and validity[0] else 0,
            uidnext=int(uidnext[0]) if uidnext and uidnext[0] else 0,
            exists=exists,
        )

    def uids_from(self, first_uid: int) -> list[int]:
        """UIDs of the messages from ``first_uid`` on, oldest first."""
        found = self._search("UID", f"{max(first_uid, 1)}:*")
        # "n:*" names the newest message even when its UID is below n.
        return [uid for uid in found if uid >= first_uid]

    def uids_since(self, day: dt.date) -> list[int]:
        """UIDs of the messages that arrived on or after ``day``."""
        return self._search("SINCE", _imap_date(day))

    def headers(self, uids: Sequence[int], fields: Sequence[str]) -> dict[int, bytes]:
        """A few header fields of each message, without touching its flags."""
        wanted = f"(UID BODY.PEEK[HEADER.FIELDS ({' '.join(fields)})])"
        found: dict[int, bytes] = {}
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            found.update(self._fetch(_uid_set(batch), wanted))
        return found

    def message(self, uid: int, limit: int = MESSAGE_BYTES) -> bytes:
        """The message's first ``limit`` bytes, headers included; \\Seen stays."""
        found = self._fetch(str(uid), f"(UID BODY.PEEK[]<0.{limit}>)")
        return found.get(uid, b"")

    def _search(self, *criteria: str) -> list[int]:
        imap = self._connected()
        try:
            status, data = imap.uid("SEARCH", *criteria)
        except (imaplib.IMAP4.error, OSError) as exc:
            raise explain(exc, self.config) from None
        if status != "OK":
            raise explain(imaplib.IMAP4.error(*data), self.config)
        words = b" ".join(d for d in data if isinstance(d, bytes)).split()
        return sorted(int(word) for word in words if word.isdigit())

    def _fetch(self, uid_set: str, items: str) -> dict[int, bytes]:
        imap = self._connected()
        try:
            status, data = imap.uid("FETCH", uid_set, items)
        except (imaplib.IMAP4.error, OSError) as exc:
            raise explain(exc, self.config) from None
        if status != "OK":
            raise explain(imaplib.IMAP4.error(*data), self.config)
        return _fetched(data)

    def _connected(self) -> imaplib.IMAP4:
        if self._imap is None:
            raise MailError(
                "connection",
                QT_TRANSLATE_NOOP("Inbox", "Not connected to the inbox server."),
            )
        return self._imap

    def close(self) -> None:
        imap, self._imap = self._imap, None
        if imap is None:
            return
        try:
            # LOGOUT only: CLOSE would be harmless on a read-only folder, but
            # there is nothing to gain from it.
            imap.logout()
        except (imaplib.IMAP4.error, OSError):
            try:
                imap.shutdown()
            except OSError:
                pass
