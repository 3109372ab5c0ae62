"""Sending through a real SMTP server on loopback, and reading what it got."""

from __future__ import annotations

import email
import email.policy
import io
from email.utils import parsedate_to_datetime

import pytest
from mail_fixtures import FRIDAY, configure_mail, new_prospect, with_quote
from mail_server import USER, MailServer
from pypdf import PdfReader

from followup_desk.services import mail, mail_settings, touches
from followup_desk.services.errors import UserError
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Touch


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def quote_touch(prospect) -> Touch:
    return Touch.get(
        (Touch.prospect == prospect.id) & (Touch.step_key == "quote_email")
    )


def test_quote_email_arrives_with_headers_parts_and_pdf(shop, smtp_server):
    configure_mail(smtp_server)
    prospect = new_prospect(first_name="Zoë", last_name="Παπαδοπούλου & <Söhne>")
    quote = with_quote(prospect)
    touch = quote_touch(prospect)

    draft = mail.draft_for_touch(touch.id, staff_name="Anna")
    row, report = mail.send_draft(draft, who="anna")

    assert report.sent == [row.id], report
    assert report.error is None
    assert len(smtp_server.messages) == 1
    received = smtp_server.messages[0]
    assert received.rcpt_tos == ["zoe@example.com"]
    assert received.mail_from == "desk@example.com"
    assert received.raw.isascii(), "headers and bodies must be 7-bit encoded"
    message = parse(received.raw)

    assert message["Message-ID"] == row.message_id
    assert (
        message["Subject"] == f"Your quotation {quote.number} from Harbour Print & Copy"
    )
    # The non-ASCII display name travels as an RFC 2047 encoded word.
    assert "=?utf-8?" in received.raw.decode().split("\r\n\r\n")[0]
    assert message["To"].addresses[0].display_name == "Zoë Παπαδοπούλου & <Söhne>"
    assert message["From"].addresses[0].display_name == "Anna at Harbour Print"
    sent_at = parsedate_to_datetime(message["Date"])
    assert sent_at.utcoffset() is not None
    assert message["List-Unsubscribe"] == "<mailto:desk@example.com?subject=STOP>"

    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = message.get_body(("html",)).get_content()
    assert text.startswith("Hello Zoë,\n")
    assert quote.number in text and "$219.80" in text
    assert "We are also posting you a package" in text
    assert "Kind regards,\nAnna\nHarbour Print & Copy · 555-0100" in text
    assert "Harbour Print &amp; Copy" in html and "<p" in html
    assert "Hello Zoë," in html

    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"Quotation {quote.number}.pdf"]
    pdf = PdfReader(io.BytesIO(attachments[0].get_content()))
    page_text = pdf.pages[0].extract_text()
    assert quote.number in page_text and "Business cards" in page_text

    touch = touches.get_touch(touch.id)
    assert (
        touch.status == "done" and touch.outcome == "sent" and touch.done_by == "anna"
    )
    assert OutboxMessage.get_by_id(row.id).status == "sent"
    assert smtp_server.recorder.logins == [USER]


def test_tls_on_connect_works_too(shop, certificates):
    server = MailServer(certificates, mode="tls").start()
    try:
        configure_mail(server)
        result = mail_settings.send_test_email("owner@example.com")
    finally:
        server.stop()
    assert "owner@example.com" in result
    assert len(server.messages) == 1
    message = parse(server.messages[0].raw)
    assert message["Subject"] == "Follow-up Desk test e-mail from Harbour Print & Copy"


def test_untrusted_certificate_is_refused_in_plain_words(shop, smtp_server):
    configure_mail(smtp_server)
    mail_settings.update_settings(ca_file="")
    with pytest.raises(mail_settings.MailProblem) as err:
        mail_settings.send_test_email()
    assert err.value.kind == "certificate"
    assert "certificate that cannot be trusted" in str(err.value)
    assert "Extra trusted certificate" in str(err.value)
    assert smtp_server.messages == []


def test_wrong_password_says_so_and_sends_nothing(shop, smtp_server):
    configure_mail(smtp_server, store_password=False)
    mail_settings.set_password("not-the-password")
    prospect = new_prospect()
    with_quote(prospect)
    draft = mail.draft_for_touch(quote_touch(prospect).id)

    row, report = mail.send_draft(draft)

    assert report.error is not None and report.error.kind == "auth"
    assert "did not accept the user name" in str(report.error)
    assert smtp_server.messages == []
    row = OutboxMessage.get_by_id(row.id)
    assert row.status == "queued" and "password" in row.last_error
    assert touches.get_touch(quote_touch(prospect).id).status == "open"


def test_refused_connection_is_named(shop, smtp_server):
    configure_mail(smtp_server)
    smtp_server.stop()
    with pytest.raises(mail_settings.MailProblem) as err:
        mail_settings.send_test_email()
    assert err.value.kind == "connection"
    assert "refused the connection" in str(err.value)


def test_tls_on_a_starttls_port_is_explained(shop, smtp_server):
    configure_mail(smtp_server)
    mail_settings.update_settings(smtp_security="tls")
    with pytest.raises(mail_settings.MailProblem) as err:
        mail_settings.send_test_email()
    assert err.value.kind == "tls"
    assert "security setting matches the port" in str(err.value)
    assert smtp_server.messages == []


def test_sending_twice_from_the_same_touch_is_refused(shop, smtp_server):
    configure_mail(smtp_server)
    prospect = new_prospect()
    touch = quote_touch(prospect)
    mail.queue(mail.draft_for_touch(touch.id))
    with pytest.raises(UserError, match="already in the outbox"):
        mail.queue(mail.draft_for_touch(touch.id))
    assert OutboxMessage.select().count() == 1
    assert FRIDAY.isoformat()  # the plan was made on the shop's Friday


def test_international_address_and_shop_time_zone(shop, smtp_server):
    from followup_desk.services import profile as profile_service

    profile_service.update_profile(timezone="Asia/Kolkata")
    configure_mail(smtp_server)
    prospect = new_prospect(first_name="Jürgen", email="jürgen@example.com")
    draft = mail.draft_for_touch(quote_touch(prospect).id)

    row, report = mail.send_draft(draft)

    assert report.sent == [row.id]
    received = smtp_server.messages[0]
    assert received.rcpt_tos == ["jürgen@example.com"]
    message = email.message_from_string(
        received.raw.decode("utf-8"), policy=email.policy.default
    )
    assert message["To"].addresses[0].addr_spec == "jürgen@example.com"
    assert parsedate_to_datetime(message["Date"]).utcoffset().seconds == 19800
