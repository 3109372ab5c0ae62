"""Open in my mail program (mailto: and .eml), the command line, PostgreSQL."""

from __future__ import annotations

import email
import email.policy
from urllib.parse import parse_qs, urlparse

import pytest
from mail_fixtures import configure_mail, new_prospect, with_quote
from mail_server import MailServer

from followup_desk import cli
from followup_desk.mail.message import OutgoingMail, build_message
from followup_desk.services import mail, mail_settings, touches
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Touch


def quote_touch(prospect) -> Touch:
    return Touch.get(
        (Touch.prospect == prospect.id) & (Touch.step_key == "quote_email")
    )


def test_saved_eml_opens_as_an_unsent_draft_with_the_quote(tmp_path, shop):
    mail_settings.update_settings(
        delivery="mail_program", from_address="desk@example.com"
    )
    prospect = new_prospect(first_name="Владимир", last_name="Ørsted")
    quote = with_quote(prospect)
    draft = mail.draft_for_touch(quote_touch(prospect).id)

    path = mail.save_eml(draft, tmp_path / "quote.eml")

    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].display_name == "Владимир Ørsted"
    assert message["To"].addresses[0].addr_spec == "zoe@example.com"
    assert [a.get_filename() for a in message.iter_attachments()] == [
        f"Quotation {quote.number}.pdf"
    ]
    mail.record_sent_elsewhere(draft.touch_id, who="anna")
    assert touches.get_touch(draft.touch_id).outcome == "sent"


def test_mailto_link_carries_subject_and_body(shop):
    mail_settings.update_settings(from_address="desk@example.com")
    prospect = new_prospect(first_name="Zoë & Co")
    draft = mail.draft_for_touch(quote_touch(prospect).id)

    link = mail.mailto_link(draft)

    parts = urlparse(link)
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto" and parts.path == "zoe@example.com"
    assert query["subject"] == [draft.subject]
    assert query["body"][0] == draft.text.replace("\n", "\r\n")
    assert "Hello Zoë & Co," in query["body"][0]


def test_international_address_asks_for_smtputf8():
    import datetime as dt

    raw = build_message(
        OutgoingMail(
            from_name="Shop",
            from_address="desk@example.com",
            to_name="Jürgen",
            to_address="jürgen@münchen.de",
            subject="Grüße",
            text="Hallo",
        ),
        "<1@example.com>",
        dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC),
    )
    message = email.message_from_string(raw.decode(), policy=email.policy.default)
    # The domain travels as punycode; only the part before @ needs UTF-8.
    assert message["To"].addresses[0].addr_spec == "jürgen@xn--mnchen-3ya.de"
    assert message["Subject"] == "Grüße"
    assert message["Date"] == "Fri, 04 Dec 2026 09:00:00 +0000"


def test_command_line_send_due_and_outbox(shop, smtp_server, capsys, tmp_path):
    configure_mail(smtp_server)
    new_prospect()
    database = str(shop.database)

    status = cli.main(
        ["--database", database, "mail", "send-due", "--date", "2026-12-04"]
    )
    out = capsys.readouterr().out
    cli.main(["--database", database, "mail", "outbox"])
    listing = capsys.readouterr().out

    assert status == 0, out
    assert "Queued 1 e-mails" in out and "Sent 1;" in out
    assert "Sent" in listing and "zoe@example.com" in listing
    assert len(smtp_server.messages) == 1


def test_command_line_reports_a_down_server_in_one_line(shop, smtp_server, capsys):
    configure_mail(smtp_server)
    new_prospect()
    smtp_server.stop()
    status = cli.main(["--database", str(shop.database), "mail", "send-due"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err[-1].startswith("followup-desk: error: The mail server 127.0.0.1")
    assert OutboxMessage.select().where(OutboxMessage.status == "queued").count() == 1


def test_command_line_template_refuses_unknown_fields(shop, tmp_path, capsys):
    body = tmp_path / "body.txt"
    body.write_text("Dear {{ prospect.title }}", encoding="utf-8")
    status = cli.main(
        ["--database", str(shop.database), "mail", "template", "first_email"]
        + ["--body-file", str(body)]
    )
    assert status == 2
    assert "“prospect.title”" in capsys.readouterr().err


@pytest.fixture
def pg_shop(pg_db):
    from followup_desk.services import profile as profile_service

    profile_service.update_profile(name="Harbour Print & Copy", timezone="UTC")
    return pg_db


def test_outbox_on_postgresql_sends_once(pg_shop, certificates):
    server = MailServer(certificates).start()
    try:
        configure_mail(server)
        prospect = new_prospect(first_name="Łucja")
        row = mail.queue(mail.draft_for_touch(quote_touch(prospect).id))
        first = mail.send_outbox()
        second = mail.send_outbox(ignore_schedule=True)
    finally:
        server.stop()
    assert first.sent == [row.id] and second.total == 0
    assert len(server.messages) == 1
    assert bytes(OutboxMessage.get_by_id(row.id).raw) == server.messages[0].raw
    assert quote_touch(prospect).status == "done"
