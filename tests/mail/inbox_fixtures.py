"""Messages for the inbox tests, written as mail programs and servers send them."""

from __future__ import annotations

import datetime as dt
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from followup_desk.services import inbox_settings
from followup_desk.storage.inbox_models import InboxSettings

REPLY_DAY = dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.UTC)


def configure_inbox(mailbox, certificates, security: str = "tls", **extra):
    """Point the app at the test mailbox; the CA file is the sending one's."""
    from followup_desk.services import mail_settings

    if not mail_settings.get_settings().ca_file:
        mail_settings.update_settings(ca_file=str(certificates.ca_file))
    server = mailbox.server
    port = server.tls_port if security == "tls" else server.starttls_port
    values = dict(
        enabled=True,
        host="127.0.0.1",
        port=port,
        security=security,
        user=mailbox.user,
        folder="INBOX",
    )
    values.update(extra)
    inbox_settings.update_settings(**values)
    inbox_settings.set_password(mailbox.password)
    return InboxSettings.get()


def reply(
    to_message_id: str = "",
    from_name: str = "Zoë O'Hara",
    from_address: str = "zoe@example.com",
    subject: str = "Re: Your quotation",
    text: str = "Yes please, go ahead with the cards.",
    message_id: str = "",
    quoted: str = "Hello Zoë, here is your quotation.",
) -> bytes:
    """A reply as a mail program writes it: quoted original under the answer."""
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(display_name=from_name, addr_spec=from_address)
    message["To"] = "Anna at Harbour Print <desk@example.com>"
    message["Subject"] = subject
    message["Date"] = format_datetime(REPLY_DAY)
    message["Message-ID"] = message_id or f"<reply-{abs(hash(text))}@mail.example>"
    if to_message_id:
        message["In-Reply-To"] = to_message_id
        message["References"] = f"<older@mail.example> {to_message_id}"
    body = f"{text}\n\nOn Fri, 4 Dec 2026, Anna wrote:\n> {quoted}\n"
    message.set_content(body)
    message.add_alternative(f"<p>{text}</p><blockquote>{quoted}</blockquote>", "html")
    return message.as_bytes()


def bounce(
    failed: str,
    original_id: str,
    original_subject: str = "Quotation",
    sender: str = "Mail Delivery System <MAILER-DAEMON@mail.example.com>",
    message_id: str = "<bounce-1@mail.example.com>",
) -> bytes:
    """A delivery status notification (RFC 3464) from the shop's server.

    Without ``original_id`` the returned headers name no Message-ID, as some
    servers send them.
    """
    original_id_line = f"Message-ID: {original_id}\r\n" if original_id else ""
    return (
        f"From: {sender}\r\n"
        "To: desk@example.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(REPLY_DAY)}\r\n"
        f"Message-ID: {message_id}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        ' boundary="BOUNDARY"\r\n'
        "\r\n"
        "--BOUNDARY\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        f"I'm sorry to have to inform you that your message could not be\r\n"
        f"delivered to {failed}: the mailbox does not exist.\r\n"
        "\r\n"
        "--BOUNDARY\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mail.example.com\r\n"
        "\r\n"
        f"Final-Recipient: rfc822; {failed}\r\n"
        f"Original-Recipient: rfc822;{failed}\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 No such user\r\n"
        "\r\n"
        "--BOUNDARY\r\n"
        "Content-Type: text/rfc822-headers\r\n"
        "\r\n"
        "From: Anna at Harbour Print <desk@example.com>\r\n"
        f"To: {failed}\r\n"
        f"Subject: {original_subject}\r\n"
        f"{original_id_line}"
        "\r\n"
        "--BOUNDARY--\r\n"
    ).encode("ascii")


def newsletter() -> bytes:
    return (
        "From: Paper Weekly <news@paper.example>\r\n"
        "To: desk@example.com\r\n"
        "Subject: =?utf-8?q?This_week=E2=80=99s_paper_prices?=\r\n"
        "Message-ID: <news-48@paper.example>\r\n"
        "List-Unsubscribe: <mailto:leave@paper.example>\r\n"
        "\r\n"
        "Prices are up again.\r\n"
    ).encode("ascii")


def malformed_from(address: str) -> bytes:
    """A broken message: raw UTF-8 and a bogus charset in the headers, an
    encoded word that is not valid base64, no Message-ID, a body in a charset
    nobody knows and a multipart without its closing boundary."""
    return (
        f"From: =?x-unknown?B?!!!notbase64?= <{address}>\r\n"
        "Subject: 見積もりについて — Angebot für Jürgen\r\n"
        "Date: not a date at all\r\n"
        'Content-Type: multipart/alternative; boundary="cut"\r\n'
        "\r\n"
        "--cut\r\n"
        "Content-Type: text/plain; charset=x-made-up\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        "44Gv44GE44CB44GK6aGY44GE44GX44G+44GZ\r\n"
        "--cut\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "\r\n"
        "<p>trunc"
    ).encode()


def garbage() -> bytes:
    """Not a mail message at all: binary junk with no header/body split."""
    return bytes(range(256)) * 3
