"""The e-mail tables: mail server settings, templates and the outbox.

The SMTP password is deliberately not a column anywhere: it lives in the
system keyring (or, where none works, in memory for one session).
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from followup_desk.storage.models import BaseModel, Prospect, Touch


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class MailSettings(BaseModel):
    """How the shop sends e-mail; a single row shared by every desk."""

    # "smtp" sends from the app; "mail_program" hands each mail to the desk's
    # own mail program (mailto: or a saved .eml) and nothing is sent here.
    delivery = CharField(default="smtp")
    smtp_host = CharField(default="")
    smtp_port = IntegerField(default=587)
    # "starttls" (port 587) or "tls" (port 465); there is no unencrypted mode.
    smtp_security = CharField(default="starttls")
    smtp_user = CharField(default="")
    from_name = CharField(default="")
    from_address = CharField(default="")
    reply_to = CharField(default="")
    # A PEM file of extra certificate authorities to trust, for shops whose
    # mail server uses its own certificate. Checks always stay on.
    ca_file = TextField(default="")
    signature = TextField(default="")
    updated_at = DateTimeField(default=_now)


class MailTemplate(BaseModel):
    """The subject and body of one e-mail step of the plan, as edited by staff."""

    step_key = CharField(unique=True)
    subject = TextField(default="")
    body = TextField(default="")
    attach_quote = BooleanField(default=False)
    updated_at = DateTimeField(default=_now)
    updated_by = CharField(default="")


class OutboxMessage(BaseModel):
    """One e-mail, saved complete before any attempt to send it.

    ``raw`` holds the exact bytes handed to the server (headers, parts,
    attachment), so a retry sends the very same message with the same
    Message-ID. ``status`` moves queued → sending → sent, or back to queued
    with a later ``next_attempt_at`` after a failure the shop can wait out,
    or to failed when the server refused the address for good.
    """

    # A prospect erased on request takes their e-mails with them: the stored
    # message holds their name, address and everything written to them.
    prospect = ForeignKeyField(
        Prospect, backref="outbox", null=True, on_delete="CASCADE"
    )
    touch = ForeignKeyField(Touch, null=True, on_delete="SET NULL")
    message_id = CharField(unique=True)
    from_address = CharField()
    to_address = CharField()
    to_name = CharField(default="")
    subject = TextField(default="")
    raw = BlobField()
    status = CharField(default="queued")
    # Where a claimed send had got to: "connecting" until just before the
    # DATA command, then "data". A crash before "data" certainly sent nothing.
    phase = CharField(default="")
    claim_token = CharField(default="")
    claimed_at = DateTimeField(null=True)
    attempts = IntegerField(default=0)
    next_attempt_at = DateTimeField(default=_now)
    last_error = TextField(default="")
    created_by = CharField(default="")
    created_at = DateTimeField(default=_now)
    sent_at = DateTimeField(null=True)

    class Meta:
        indexes = (
            # The worker asks for queued mail that is due, oldest first.
            (("status", "next_attempt_at"), False),
        )


MAIL_MODELS = [MailSettings, MailTemplate, OutboxMessage]
