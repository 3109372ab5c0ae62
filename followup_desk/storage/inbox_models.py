"""The inbox tables: where to look for replies, how far we read, what we found.

The inbox password is deliberately not a column: like the SMTP password it
lives in the system keyring (or, where none works, in memory for one
session). Only messages that concern a prospect are kept, and only a short
plain-text snippet of them: the mailbox itself stays the record.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from followup_desk.storage.models import BaseModel, Prospect

REPLY, BOUNCE = "reply", "bounce"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class InboxSettings(BaseModel):
    """The shop's inbox to read replies from; a single row shared by every desk.

    Certificates are checked as for sending, with the same extra trusted
    certificate file (``MailSettings.ca_file``).
    """

    enabled = BooleanField(default=False)
    host = CharField(default="")
    # "tls" (port 993) or "starttls" (port 143); never clear text.
    security = CharField(default="tls")
    port = IntegerField(default=993)
    user = CharField(default="")
    folder = CharField(default="INBOX")
    # Minutes between automatic checks while the window is open.
    interval_minutes = IntegerField(default=10)
    updated_at = DateTimeField(default=_now)


class InboxPosition(BaseModel):
    """How far one mailbox has been read: its UIDVALIDITY and the last UID seen.

    ``account`` names the server, user and folder, so pointing the settings
    at another mailbox starts that one from its beginning.
    """

    account = CharField(unique=True)
    # IMAP numbers are unsigned 32-bit: past PostgreSQL's INTEGER.
    uidvalidity = BigIntegerField(default=0)
    last_uid = BigIntegerField(default=0)
    updated_at = DateTimeField(default=_now)


class InboxMessage(BaseModel):
    """A reply from a prospect, or a bounce of an e-mail to one, as found.

    ``message_id`` is unique, so reading the same message again (a second
    check, a mailbox renumbered by its server, two desks at once) never
    stores it twice. A reply not yet read (``read_at`` empty) holds the
    prospect's next planned e-mail.
    """

    # An erased prospect takes what they wrote with them.
    prospect = ForeignKeyField(Prospect, backref="inbox_messages", on_delete="CASCADE")
    kind = CharField(default=REPLY)
    message_id = CharField(unique=True)
    # How it was tied to the prospect: "thread" (answers one of our
    # e-mails), "sender" (from their address) or "recipient" (a bounce).
    matched_by = CharField(default="")
    from_name = CharField(default="")
    from_address = CharField(default="")
    subject = TextField(default="")
    # The first lines of the text, quoted lines left out. Named "body" so an
    # erasure empties it whole.
    body_snippet = TextField(default="")
    # For a bounce: the address the mail server could not deliver to.
    bounced_address = CharField(default="")
    received_at = DateTimeField(default=_now)
    found_at = DateTimeField(default=_now)
    read_at = DateTimeField(null=True)
    read_by = CharField(default="")

    class Meta:
        indexes = (
            # Today and the mail holds ask for unread replies, per prospect.
            (("kind", "read_at", "prospect"), False),
            (("prospect", "received_at"), False),
        )


INBOX_MODELS = [InboxSettings, InboxPosition, InboxMessage]
