"""Mail settings: the server, the sender, the password and the test e-mail."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup_desk.mail import credentials
from followup_desk.mail.addresses import (
    AddressError,
    needs_smtputf8,
    normalize_address,
    smtp_form,
)
from followup_desk.mail.message import OutgoingMail, build_message, new_message_id
from followup_desk.mail.smtp import (
    DEFAULT_PORTS,
    SECURITY_LABELS,
    MailError,
    SmtpConfig,
    SmtpSession,
)
from followup_desk.mail.templates import text_to_html
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.mail_models import MailSettings
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

PASSWORD_KIND = "smtp"
DELIVERY_LABELS = {
    "smtp": "Send from Follow-up Desk",
    "mail_program": "Open each e-mail in my mail program",
}
EDITABLE_FIELDS = (
    "delivery",
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "smtp_user",
    "from_name",
    "from_address",
    "reply_to",
    "ca_file",
    "signature",
)


class PasswordNeeded(UserError):
    """The server wants a password and none is saved or remembered.

    ``keyring_works`` is False when the computer has no usable keyring: the
    window then asks once and keeps the answer in memory for the session.
    """

    def __init__(self, message: str, keyring_works: bool) -> None:
        super().__init__(message)
        self.keyring_works = keyring_works


class MailProblem(UserError):
    """Sending failed; ``kind`` says why (``auth``, ``certificate`` …)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def get_settings() -> MailSettings:
    settings = MailSettings.select().order_by(MailSettings.id).first()
    return settings or MailSettings.create()


def _check(key: str, value: object) -> object:
    text = str(value).strip() if value is not None else ""
    if key == "delivery" and text not in DELIVERY_LABELS:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("MailSettings", "Choose how e-mail goes out.")
        )
    if key == "smtp_security" and text not in SECURITY_LABELS:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("MailSettings", "Security must be STARTTLS or TLS.")
        )
    if key == "smtp_port":
        if not text.isdigit() or not 0 < int(text) < 65536:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "MailSettings", "The port is a number such as 587 or 465."
                ),
            )
        return int(text)
    if key == "smtp_host" and any(c.isspace() for c in text):
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP(
                "MailSettings", "A server name has no spaces, e.g. smtp.example.com."
            ),
        )
    if key in ("from_address", "reply_to") and text:
        try:
            return normalize_address(text)
        except AddressError as exc:
            raise ValidationError(key, message_of(exc)) from None
    if key == "ca_file" and text and not Path(text).expanduser().is_file():
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP(
                "MailSettings",
                "There is no file {text}. Choose the certificate file again.",
            ).format(text=text),
        )
    if key == "signature":
        return str(value or "").strip("\n")
    return text


def update_settings(**changes: object) -> MailSettings:
    """Change mail settings by name; each value is checked first."""
    from followup_desk.services.users import require_owner

    require_owner(QT_TRANSLATE_NOOP("Users", "change the mail server settings"))
    settings = get_settings()
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "MailSettings", "“{key}” is not a mail setting."
                ).format(key=key),
            )
        setattr(settings, key, _check(key, value))
    settings.updated_at = dt.datetime.now().replace(microsecond=0)
    settings.save()
    log.info("Mail settings saved (%s)", ", ".join(sorted(changes)))
    return settings


def default_port(security: str) -> int:
    return DEFAULT_PORTS.get(security, 587)


def set_password(password: str, settings: MailSettings | None = None) -> bool:
    """Save the mail server password; True in the keyring, False for this session."""
    settings = settings or get_settings()
    if not settings.smtp_host or not settings.smtp_user:
        raise ValidationError(
            "smtp_user",
            QT_TRANSLATE_NOOP(
                "MailSettings", "Enter the server and user name before the password."
            ),
        )
    return credentials.store_password(
        PASSWORD_KIND, settings.smtp_host, settings.smtp_user, password
    )


def remember_password_for_session(
    password: str, settings: MailSettings | None = None
) -> None:
    settings = settings or get_settings()
    credentials.remember_for_session(
        PASSWORD_KIND, settings.smtp_host, settings.smtp_user, password
    )


def password_saved(settings: MailSettings | None = None) -> bool:
    settings = settings or get_settings()
    password = credentials.get_password(
        PASSWORD_KIND, settings.smtp_host, settings.smtp_user
    )
    return password is not None


def smtp_config(settings: MailSettings | None = None) -> SmtpConfig:
    """The connection settings with the password; ``PasswordNeeded`` if none."""
    settings = settings or get_settings()
    if settings.delivery != "smtp":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "MailSettings",
                "E-mail is set to open in your mail program. To send from "
                "Follow-up Desk, choose “Send from Follow-up Desk” in Mail "
                "settings.",
            )
        )
    if not settings.smtp_host or not settings.from_address:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "MailSettings",
                "Mail is not set up yet. Open Mail settings and enter the "
                "mail server and your shop's e-mail address.",
            )
        )
    password = ""
    if settings.smtp_user:
        found = credentials.get_password(
            PASSWORD_KIND, settings.smtp_host, settings.smtp_user
        )
        if found is None:
            works = credentials.keyring_works()
            if works:
                text = (
                    "The mail server password is not saved yet. Enter it in Mail "
                    "settings."
                )
            else:
                text = (
                    "This computer has no password store (keyring) that Follow-up "
                    "Desk can use, so the mail server password is asked once each "
                    "time the app starts and kept only until it closes."
                )
            raise PasswordNeeded(text, works)
        password = found
    return SmtpConfig(
        host=settings.smtp_host,
        port=settings.smtp_port,
        security=settings.smtp_security,
        user=settings.smtp_user,
        password=password,
        ca_file=str(Path(settings.ca_file).expanduser()) if settings.ca_file else "",
    )


def shop_now(timezone: str = "") -> dt.datetime:
    """The time now in the shop's time zone, for Date headers."""
    timezone = timezone or profile_service.get_profile().timezone
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    return dt.datetime.now(zone).replace(microsecond=0)


def sender_name(settings: MailSettings | None = None) -> str:
    settings = settings or get_settings()
    return settings.from_name or profile_service.get_profile().name


def send_test_email(to_address: str = "") -> str:
    """Send a short test e-mail now (not through the outbox); say what happened.

    Raises ``UserError`` with the reason in plain words when it fails.
    """
    settings = get_settings()
    config = smtp_config(settings)
    target = to_address.strip() or settings.from_address
    try:
        target = normalize_address(target)
    except AddressError as exc:
        raise ValidationError("to_address", message_of(exc)) from None
    shop = profile_service.get_profile().name
    text = (
        f"This is a test e-mail from Follow-up Desk at {shop}.\n\n"
        "If you can read this, the mail settings work: follow-up e-mails can "
        "go out.\n"
    )
    mail = OutgoingMail(
        from_name=sender_name(settings),
        from_address=settings.from_address,
        to_name="",
        to_address=target,
        subject=f"Follow-up Desk test e-mail from {shop}",
        text=text,
        html=text_to_html(text, shop),
        reply_to=settings.reply_to,
    )
    raw = build_message(mail, new_message_id(settings.from_address), shop_now())
    try:
        with SmtpSession(config) as session:
            session.send(
                raw,
                smtp_form(settings.from_address),
                [smtp_form(target)],
                smtputf8=needs_smtputf8(target)
                or needs_smtputf8(settings.from_address),
            )
    except MailError as exc:
        log.warning("Test e-mail failed (%s)", exc.kind)
        raise MailProblem(message_of(exc), exc.kind) from None
    log.info("Test e-mail sent")
    return QT_TRANSLATE_NOOP(
        "MailSettings", "The test e-mail went out to {address}. Check that it arrived."
    ).format(address=target)
