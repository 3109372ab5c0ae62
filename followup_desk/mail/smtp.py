"""Talking to the shop's mail server, and saying in plain words what went wrong.

Connections are always encrypted with the certificate checked: STARTTLS
(usually port 587) or TLS from the first byte (usually port 465). A shop whose
server has its own certificate names an extra trusted certificate file; the
check itself is never switched off.
"""

from __future__ import annotations

import base64
import logging
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from followup_desk.mail.connection_errors import (
    ConnectionWording,
    connection_failure,
    server_place,
)
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.mail")

SECURITY_LABELS = {
    "starttls": QT_TRANSLATE_NOOP("Smtp", "STARTTLS (usually port 587)"),
    "tls": QT_TRANSLATE_NOOP("Smtp", "TLS (usually port 465)"),
}
DEFAULT_PORTS = {"starttls": 587, "tls": 465}


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str
    user: str
    password: str = ""
    ca_file: str = ""
    timeout: float = 30.0

    def __repr__(self) -> str:
        # Never let the password reach a log line or a traceback.
        return (
            f"SmtpConfig(host={self.host!r}, port={self.port}, "
            f"security={self.security!r}, user={self.user!r})"
        )


class MailError(Exception):
    """Sending failed; ``str()`` is a sentence for the front desk.

    ``kind`` names the cause for code (``connection``, ``auth``,
    ``certificate``, ``tls``, ``recipient``, ``sender``, ``message``,
    ``server``, ``settings``). ``transient`` is True when trying again later
    may work without anyone changing anything. ``per_message`` is True when
    only this one message is affected and the rest of a batch can go on.
    """

    def __init__(
        self,
        kind: str,
        message: str,
        transient: bool = False,
        per_message: bool = False,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.transient = transient
        self.per_message = per_message


def ssl_context(ca_file: str = "") -> ssl.SSLContext:
    """Certificate and host name checks on; optionally trust one more CA file."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise MailError(
                "settings",
                QT_TRANSLATE_NOOP(
                    "Smtp",
                    "The certificate file {ca_file} cannot be used ({problem}). "
                    "Choose the PEM file your mail provider gave you, or clear "
                    "the field.",
                ).format(
                    ca_file=ca_file, problem=getattr(exc, "strerror", None) or exc
                ),
            ) from None
    return context


def _text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())


def _reply_text(error: smtplib.SMTPResponseException) -> str:
    return _text(error.smtp_error)


# Sending's words for the failures reading the inbox meets too.
_CONNECTION_WORDING = ConnectionWording(
    certificate=QT_TRANSLATE_NOOP(
        "Smtp",
        "The mail server {where} showed a certificate that cannot be "
        "trusted ({reason}). Nothing was sent. Check the server "
        "name; if your mail provider gave you a certificate file, "
        "choose it under “Extra trusted certificate” in Mail "
        "settings.",
    ),
    tls=QT_TRANSLATE_NOOP(
        "Smtp",
        "Could not set up a secure connection with {where} "
        "({problem}). Check that the security setting matches the "
        "port: STARTTLS for 587, TLS for 465.",
    ),
    refused=QT_TRANSLATE_NOOP(
        "Smtp",
        "The mail server {where} refused the connection. Check the "
        "server name and port in Mail settings; if they are right, "
        "the server may be down and the mail is tried again later.",
    ),
    unknown_host=QT_TRANSLATE_NOOP(
        "Smtp",
        "Cannot find the mail server “{host}”. Check its name in "
        "Mail settings and that this computer is online.",
    ),
    timeout=QT_TRANSLATE_NOOP(
        "Smtp",
        "The mail server {where} did not answer in time. Check the "
        "port, or try again later.",
    ),
    unreachable=QT_TRANSLATE_NOOP(
        "Smtp",
        "Cannot reach the mail server {where} ({problem}). Check that "
        "this computer is online; the mail is tried again later.",
    ),
)


def explain(exc: BaseException, config: SmtpConfig) -> MailError:
    """Turn whatever the network or server raised into a ``MailError``."""
    where = server_place(config.host, config.port)
    if isinstance(exc, MailError):
        return exc

    # smtplib's errors are OSErrors too: what the server answered is told
    # apart first; any other one reads as the server out of reach.
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(
            "auth",
            QT_TRANSLATE_NOOP(
                "Smtp",
                "The mail server did not accept the user name “{user}” with "
                "that password. Check both in Mail settings (some providers "
                "want an app password here). Nothing was sent.",
            ).format(user=config.user),
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError("server", _not_supported(str(exc), config))
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        temporary = bool(codes) and all(400 <= code < 500 for code in codes)
        detail = "; ".join(
            f"{code} {_text(msg)}" for code, msg in exc.recipients.values()
        )
        return MailError(
            "recipient",
            QT_TRANSLATE_NOOP(
                "Smtp", "The mail server refused the address ({items})."
            ).format(items=" ".join(detail.split())),
            transient=temporary,
            per_message=True,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return MailError(
            "sender",
            QT_TRANSLATE_NOOP(
                "Smtp",
                "The mail server refused the sender address {sender!r} "
                "({reply_text}). Check “From address” in Mail settings: many "
                "servers only send from your own address.",
            ).format(sender=exc.sender, reply_text=_reply_text(exc)),
            transient=400 <= exc.smtp_code < 500,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(
            "connection",
            QT_TRANSLATE_NOOP(
                "Smtp",
                "The mail server {where} closed the connection. The mail "
                "stays in the outbox and is tried again.",
            ).format(where=where),
            transient=True,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        temporary = 400 <= exc.smtp_code < 500
        return MailError(
            "message" if isinstance(exc, smtplib.SMTPDataError) else "server",
            QT_TRANSLATE_NOOP(
                "Smtp", "The mail server answered {smtp_code}: {reply_text}."
            ).format(smtp_code=exc.smtp_code, reply_text=_reply_text(exc)),
            transient=temporary,
            per_message=isinstance(exc, smtplib.SMTPDataError),
        )

    failure = connection_failure(exc, config.host, config.port, _CONNECTION_WORDING)
    if failure is not None:
        return MailError(failure.kind, failure.text, transient=failure.transient)

    return MailError(
        "server",
        QT_TRANSLATE_NOOP("Smtp", "Sending failed: {problem}.").format(
            problem=message_of(exc)
        ),
    )


def _not_supported(text: str, config: SmtpConfig) -> str:
    if "STARTTLS" in text.upper():
        return (
            f"The mail server {config.host} does not offer STARTTLS on port "
            f"{config.port}. Try TLS on port 465, or ask your provider which "
            "to use."
        )
    return (
        f"The mail server {config.host} does not offer to log in on port "
        f"{config.port}. Check the port and security setting with your provider."
    )


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    if (user + password).isascii():
        smtp.login(user, password)
        return
    # smtplib encodes credentials as ASCII only; a password with "ä" or "Ω"
    # goes out as UTF-8 in AUTH PLAIN, as RFC 4616 says it should.
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError(
            QT_TRANSLATE_NOOP("Smtp", "AUTH PLAIN not offered")
        )
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpSession:
    """One connection to the server, logged in, for sending a batch.

    Use as a context manager; every error comes out as a ``MailError``.
    """

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpSession:
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
                    "Smtp", "Choose STARTTLS or TLS as the security in Mail settings."
                ),
            )
        if not config.host:
            raise MailError(
                "settings",
                QT_TRANSLATE_NOOP(
                    "Smtp", "Enter the mail server's name in Mail settings."
                ),
            )
        context = ssl_context(config.ca_file)
        try:
            if config.security == "tls":
                smtp = smtplib.SMTP_SSL(
                    config.host, config.port, timeout=config.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
            self._smtp = smtp
            smtp.ehlo()
            if config.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise smtplib.SMTPNotSupportedError(
                        QT_TRANSLATE_NOOP("Smtp", "STARTTLS not offered")
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if config.user:
                _login(smtp, config.user, config.password)
        except BaseException as exc:
            self.close()
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            raise explain(exc, config) from None
        log.info("Connected to the mail server %s:%d", config.host, config.port)

    def send(
        self,
        raw: bytes,
        sender: str,
        recipients: Sequence[str],
        before_data: Callable[[], None] | None = None,
        smtputf8: bool = False,
    ) -> None:
        """Hand one message to the server.

        ``before_data`` runs after the server accepted sender and recipients
        and just before the message itself goes out: up to that moment a
        failure means the message certainly was not sent.
        """
        smtp = self._smtp
        if smtp is None:
            raise MailError(
                "connection",
                QT_TRANSLATE_NOOP("Smtp", "Not connected to the mail server."),
            )
        options = ["SMTPUTF8", "BODY=8BITMIME"] if smtputf8 else []
        try:
            if smtputf8 and not smtp.has_extn("smtputf8"):
                raise MailError(
                    "recipient",
                    QT_TRANSLATE_NOOP(
                        "Smtp",
                        "This address has letters outside the Latin alphabet before "
                        "the @ and the shop's mail server cannot send to it.",
                    ),
                    per_message=True,
                )
            code, reply = smtp.mail(sender, options)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, sender)
            refused = {}
            for address in recipients:
                code, reply = smtp.rcpt(address)
                if code not in (250, 251):
                    refused[address] = (code, reply)
            if refused:
                raise smtplib.SMTPRecipientsRefused(refused)
            if before_data is not None:
                before_data()
            code, reply = smtp.data(raw)
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            error = explain(exc, self.config)
            if error.per_message:
                self._reset()
            raise error from None

    def _reset(self) -> None:
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
