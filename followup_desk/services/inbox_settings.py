"""Inbox settings: where replies are read from, the password, "Test inbox".

Reading the inbox is optional. Its password is kept like the sending one
(:mod:`followup_desk.mail.credentials`, kind ``imap``): in the system
keyring, or where none works, asked once and held in memory for the session.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from followup_desk.mail import credentials
from followup_desk.mail.imap import (
    DEFAULT_PORTS,
    SECURITY_LABELS,
    ImapConfig,
    InboxSession,
)
from followup_desk.mail.smtp import MailError
from followup_desk.services import mail_settings
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.inbox_models import InboxSettings
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

PASSWORD_KIND = "imap"
EDITABLE_FIELDS = (
    "enabled",
    "host",
    "security",
    "port",
    "user",
    "folder",
    "interval_minutes",
)
MIN_INTERVAL, MAX_INTERVAL = 2, 24 * 60


class InboxPasswordNeeded(mail_settings.PasswordNeeded):
    """The inbox wants a password and none is saved or remembered."""


class InboxProblem(UserError):
    """Reading the inbox failed; ``kind`` says why (``auth``, ``folder`` …)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def get_settings() -> InboxSettings:
    settings = InboxSettings.select().order_by(InboxSettings.id).first()
    return settings or InboxSettings.create()


def _check(key: str, value: object) -> object:
    if key == "enabled":
        return bool(value) and str(value).lower() not in ("0", "false", "no", "off")
    text = str(value).strip() if value is not None else ""
    if key == "security" and text not in SECURITY_LABELS:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("Inbox", "Security must be TLS or STARTTLS.")
        )
    if key == "port":
        if not text.isdigit() or not 0 < int(text) < 65536:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("Inbox", "The port is a number such as 993 or 143."),
            )
        return int(text)
    if key == "interval_minutes":
        if not text.isdigit() or not MIN_INTERVAL <= int(text) <= MAX_INTERVAL:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "Inbox", "Check the inbox every {low} to {high} minutes."
                ).format(low=MIN_INTERVAL, high=MAX_INTERVAL),
            )
        return int(text)
    if key == "host" and any(c.isspace() for c in text):
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP(
                "Inbox", "A server name has no spaces, e.g. imap.example.com."
            ),
        )
    if key == "folder":
        return text or "INBOX"
    return text


def update_settings(**changes: object) -> InboxSettings:
    """Change inbox settings by name; each value is checked first.

    Switching the check on needs a server and a user name.
    """
    from followup_desk.services.users import require_owner

    require_owner("change the mail server settings")
    settings = get_settings()
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("Inbox", "“{key}” is not an inbox setting.").format(
                    key=key
                ),
            )
        setattr(settings, key, _check(key, value))
    if settings.enabled and not settings.host:
        raise ValidationError(
            "host",
            QT_TRANSLATE_NOOP(
                "Inbox", "Enter the inbox server, e.g. imap.example.com."
            ),
        )
    if settings.enabled and not settings.user:
        raise ValidationError(
            "user",
            QT_TRANSLATE_NOOP(
                "Inbox", "Enter the user name for the inbox (usually its address)."
            ),
        )
    settings.updated_at = dt.datetime.now().replace(microsecond=0)
    settings.save()
    log.info("Inbox settings saved (%s)", ", ".join(sorted(changes)))
    return settings


def default_port(security: str) -> int:
    return DEFAULT_PORTS.get(security, 993)


def account_name(settings: InboxSettings | None = None) -> str:
    """The mailbox the settings point at, e.g. ``desk@imap.example.com/INBOX``."""
    settings = settings or get_settings()
    return f"{credentials.account('imap', settings.host, settings.user)}/" + (
        settings.folder or "INBOX"
    )


def set_password(password: str, settings: InboxSettings | None = None) -> bool:
    """Save the inbox password; True in the keyring, False for this session."""
    settings = settings or get_settings()
    if not settings.host or not settings.user:
        raise ValidationError(
            "user",
            QT_TRANSLATE_NOOP(
                "Inbox", "Enter the inbox server and user name before the password."
            ),
        )
    return credentials.store_password(
        PASSWORD_KIND, settings.host, settings.user, password
    )


def remember_password_for_session(
    password: str, settings: InboxSettings | None = None
) -> None:
    settings = settings or get_settings()
    credentials.remember_for_session(
        PASSWORD_KIND, settings.host, settings.user, password
    )


def password_saved(settings: InboxSettings | None = None) -> bool:
    settings = settings or get_settings()
    if not settings.host or not settings.user:
        return False
    found = credentials.get_password(PASSWORD_KIND, settings.host, settings.user)
    return found is not None


def is_configured(settings: InboxSettings | None = None) -> bool:
    settings = settings or get_settings()
    return bool(settings.enabled and settings.host and settings.user)


def imap_config(settings: InboxSettings | None = None) -> ImapConfig:
    """The connection settings with the password; ``InboxPasswordNeeded`` if none."""
    settings = settings or get_settings()
    if not is_configured(settings):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Inbox",
                "Checking the inbox for replies is not set up. Open Mail "
                "settings, Replies, and enter the shop's inbox.",
            )
        )
    password = credentials.get_password(PASSWORD_KIND, settings.host, settings.user)
    if password is None:
        works = credentials.keyring_works()
        if works:
            text = QT_TRANSLATE_NOOP(
                "Inbox",
                "The inbox password is not saved yet. Enter it in Mail settings, "
                "Replies.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Inbox",
                "This computer has no password store (keyring) that Follow-up "
                "Desk can use, so the inbox password is asked once each time the "
                "app starts and kept only until it closes.",
            )
        raise InboxPasswordNeeded(text, works)
    ca_file = mail_settings.get_settings().ca_file
    return ImapConfig(
        host=settings.host,
        port=settings.port,
        security=settings.security,
        user=settings.user,
        password=password,
        folder=settings.folder or "INBOX",
        ca_file=str(Path(ca_file).expanduser()) if ca_file else "",
    )


def check_connection() -> str:
    """Log in and open the folder read-only; say what was found.

    Raises ``InboxProblem`` with the reason in plain words when it fails.
    Nothing in the mailbox is changed.
    """
    config = imap_config()
    try:
        with InboxSession(config) as session:
            box = session.examine()
    except MailError as exc:
        log.warning("Inbox test failed (%s)", exc.kind)
        raise InboxProblem(exc.args[0], exc.kind) from None
    log.info("Inbox test passed")
    return QT_TRANSLATE_NOOP(
        "Inbox",
        "The inbox works: the folder {folder} holds {count} messages. Nothing in "
        "it was changed.",
    ).format(folder=config.folder, count=box.exists)
