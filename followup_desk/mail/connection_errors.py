"""What went wrong on the way to a mail server, whichever protocol was talking.

Sending (SMTP) and reading the inbox (IMAP) meet the same network and TLS
failures: a certificate that cannot be trusted, a refused port, an unknown
host name. Which failure it was, and whether trying again later may help, is
decided here once; each protocol brings its own wording, so the front desk
reads "mail server" or "inbox server" and the advice that fits.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

from followup_desk.translatable import Text


@dataclass(frozen=True)
class ConnectionWording:
    """One protocol's sentences for the failures both protocols share.

    Each is a marked template. The fields offered are ``{where}`` (host and
    port), ``{host}``, and the low-level cause as both ``{reason}`` and
    ``{problem}``: the two protocols' sentences were written with different
    names for it, and each template takes the one it uses.
    """

    certificate: Text
    tls: Text
    refused: Text
    unknown_host: Text
    timeout: Text
    unreachable: Text


@dataclass(frozen=True)
class ConnectionFailure:
    """A classified failure: ``kind`` as ``MailError`` names it, and the text."""

    kind: str
    text: Text
    transient: bool


def server_place(host: str, port: int) -> str:
    """The server as messages name it: "mail.example.com (port 587)"."""
    return f"{host} (port {port})"


def connection_failure(
    exc: BaseException, host: str, port: int, wording: ConnectionWording
) -> ConnectionFailure | None:
    """The network or TLS failure ``exc`` stands for, or None if it is none.

    Protocol errors that are also ``OSError`` (all of smtplib's) must be
    sorted out before this is asked, or they read as "cannot reach".
    """
    if isinstance(exc, ssl.SSLCertVerificationError):
        cause = exc.verify_message or exc.reason or "unknown reason"
        return _failure("certificate", wording.certificate, host, port, cause)

    if isinstance(exc, ssl.SSLError):
        return _failure("tls", wording.tls, host, port, exc.reason or exc)

    # Refused, unknown or silent: the same attempt may work later.
    if isinstance(exc, ConnectionRefusedError):
        return _failure("connection", wording.refused, host, port, transient=True)

    if isinstance(exc, socket.gaierror):
        return _failure("connection", wording.unknown_host, host, port, transient=True)

    if isinstance(exc, TimeoutError | socket.timeout):
        return _failure("connection", wording.timeout, host, port, transient=True)

    if isinstance(exc, OSError):
        cause = exc.strerror or exc
        return _failure(
            "connection", wording.unreachable, host, port, cause, transient=True
        )

    return None


def _failure(
    kind: str,
    template: Text,
    host: str,
    port: int,
    cause: object = None,
    transient: bool = False,
) -> ConnectionFailure:
    values: dict[str, object] = {"where": server_place(host, port), "host": host}
    if cause is not None:
        values["reason"] = values["problem"] = cause
    return ConnectionFailure(kind, template.format(**values), transient)
