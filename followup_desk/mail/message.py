"""Building the e-mail itself: headers, text and HTML parts, attachments.

The result is the exact bytes the outbox stores and the server receives.
Names and subjects outside ASCII are encoded as the mail standards want
(RFC 2047 words in headers, RFC 2231 for file names, quoted-printable
UTF-8 bodies), so accents, Greek, Cyrillic, CJK and emoji arrive intact.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import uuid
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from followup_desk.mail.addresses import needs_smtputf8, smtp_form


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "pdf"


@dataclass
class OutgoingMail:
    """Everything one message says, before it gets its Message-ID and Date."""

    from_name: str
    from_address: str
    to_name: str
    to_address: str
    subject: str
    text: str
    html: str = ""
    reply_to: str = ""
    attachments: list[Attachment] = field(default_factory=list)


def new_message_id(from_address: str) -> str:
    """A Message-ID unique to this message, under the shop's own domain."""
    domain = smtp_form(from_address).rpartition("@")[2] or "followup-desk.invalid"
    return f"<{uuid.uuid4().hex}.fd@{domain}>"


def _address(name: str, address: str) -> Address:
    local, _, domain = smtp_form(address).rpartition("@")
    return Address(display_name=name.strip(), username=local, domain=domain)


def _policy(mail: OutgoingMail) -> email.policy.EmailPolicy:
    # Plain SMTP policy (CRLF, 78-column folding, everything 7-bit safe)
    # unless an address itself is international: then the server must
    # take UTF-8 headers (SMTPUTF8).
    addresses = (mail.from_address, mail.to_address, mail.reply_to)
    if any(a and needs_smtputf8(a) for a in addresses):
        return email.policy.SMTPUTF8
    return email.policy.SMTP


def build_message(
    mail: OutgoingMail,
    message_id: str,
    date: dt.datetime,
    unsent_draft: bool = False,
) -> bytes:
    """The message as bytes. ``date`` must carry the shop's time zone.

    ``unsent_draft`` marks a file for "Open in my mail program": mail programs
    open such an ``.eml`` as a draft ready to send rather than as received mail.
    """
    if date.tzinfo is None:
        raise ValueError("The Date header needs a time zone")
    policy = _policy(mail)
    message = EmailMessage(policy=policy)
    message["From"] = _address(mail.from_name, mail.from_address)
    message["To"] = _address(mail.to_name, mail.to_address)
    if mail.reply_to:
        message["Reply-To"] = _address(mail.from_name, mail.reply_to)
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    # Lets the recipient's mail program offer a one-click "unsubscribe" that
    # arrives at the shop as a reply staff can act on.
    stop_to = mail.reply_to or mail.from_address
    message["List-Unsubscribe"] = f"<mailto:{smtp_form(stop_to)}?subject=STOP>"
    if unsent_draft:
        message["X-Unsent"] = "1"
    message.set_content(mail.text, subtype="plain", cte="quoted-printable")
    if mail.html:
        message.add_alternative(mail.html, subtype="html", cte="quoted-printable")
    for item in mail.attachments:
        message.add_attachment(
            item.content,
            maintype=item.maintype,
            subtype=item.subtype,
            filename=item.filename,
        )
    return message.as_bytes(policy=policy)


def mailto_url(to_address: str, subject: str, body: str) -> str:
    """A ``mailto:`` link that opens the desk's mail program, prefilled.

    Attachments cannot travel in a link; the caller offers an ``.eml`` file
    for mails that need the quotation attached.
    """
    # RFC 6068 wants CRLF line breaks inside the body.
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(to_address, safe='@')}?{query}"
