"""Replies and bounces read from a real IMAP server (dovecot) on loopback."""

from __future__ import annotations

import datetime as dt

import pytest
from imap_server import PASSWORD as IMAP_PASSWORD
from inbox_fixtures import (
    REPLY_DAY,
    bounce,
    configure_inbox,
    garbage,
    malformed_from,
    newsletter,
    reply,
)
from mail_fixtures import FRIDAY, configure_mail, new_prospect, with_quote

from followup_desk.mail.imap import InboxSession, ReadOnlyViolation
from followup_desk.services import inbox, inbox_settings, mail, replies, touches
from followup_desk.storage.inbox_models import InboxMessage, InboxPosition
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Prospect, Touch

MONDAY = FRIDAY + dt.timedelta(days=3)


def email_touch(prospect, step: str) -> Touch:
    return Touch.get((Touch.prospect == prospect.id) & (Touch.step_key == step))


def send_quote(prospect) -> str:
    """Send the quotation e-mail for real; its Message-ID, as the server got it."""
    row, report = mail.send_draft(
        mail.draft_for_touch(email_touch(prospect, "quote_email").id), who="anna"
    )
    assert report.sent == [row.id], report
    return row.message_id


@pytest.fixture
def office(shop, smtp_server, mailbox, certificates):
    """A shop that sends through aiosmtpd and reads its inbox from dovecot."""
    configure_mail(smtp_server)
    configure_inbox(mailbox, certificates)
    return mailbox


def test_replies_and_bounces_are_found_once_and_the_mailbox_is_untouched(
    office, smtp_server
):
    zoe = new_prospect()
    with_quote(zoe)
    olympia = new_prospect(
        first_name="Ολυμπία", last_name="Παπαδοπούλου", email="olympia@example.gr"
    )
    ivan = new_prospect(first_name="Иван", last_name="Петров", email="ivan@example.ru")
    kenji = new_prospect(first_name="健二", last_name="山田", email="kenji@example.jp")
    zoe_sent = send_quote(zoe)
    ivan_sent = send_quote(ivan)
    assert len(smtp_server.messages) == 2

    office.deliver(garbage())
    office.deliver(reply(to_message_id=zoe_sent, from_address="z.ohara@work.example"))
    office.deliver(newsletter())
    office.deliver(
        reply(
            from_name="Ολυμπία Παπαδοπούλου",
            from_address="Olympia@Example.GR",
            subject="Ερώτηση για την προσφορά",
            text="Μπορείτε να στείλετε και δείγματα χαρτιού;",
        )
    )
    office.deliver(bounce("ivan@example.ru", ivan_sent))
    office.deliver(malformed_from("kenji@example.jp"))
    office.deliver(
        reply(from_name="Anna", from_address="desk@example.com", text="Own copy")
    )
    files_before, flags_before = office.files(), office.flags()
    assert len(flags_before) == 7

    report = inbox.check_inbox()

    assert report.examined == 7
    assert len(report.replies) == 3 and len(report.bounces) == 1, report
    assert report.flagged == [ivan.id]
    found = {row.prospect_id: row for row in InboxMessage.select()}
    assert set(found) == {zoe.id, olympia.id, ivan.id, kenji.id}

    # Zoë answered from another address: the thread ties it to her.
    zoe_reply = found[zoe.id]
    assert zoe_reply.matched_by == "thread" and zoe_reply.kind == "reply"
    assert zoe_reply.from_name == "Zoë O'Hara"
    assert zoe_reply.body_snippet == "Yes please, go ahead with the cards."
    # The Date header, in the desk's own wall-clock time like every stamp.
    assert zoe_reply.received_at == REPLY_DAY.astimezone().replace(tzinfo=None)
    # Olympia wrote a new message from her address in other capitals.
    greek = found[olympia.id]
    assert greek.matched_by == "sender"
    assert greek.from_name == "Ολυμπία Παπαδοπούλου"
    assert greek.subject == "Ερώτηση για την προσφορά"
    assert greek.body_snippet == "Μπορείτε να στείλετε και δείγματα χαρτιού;"
    # Kenji's message is broken in every way but still lands, readable.
    broken = found[kenji.id]
    assert broken.subject == "見積もりについて — Angebot für Jürgen"
    assert broken.body_snippet == "はい、お願いします"
    assert broken.message_id.endswith("@no-message-id.followup-desk.invalid>")
    # Ivan's address bounced: flagged, his e-mails now calls.
    assert found[ivan.id].kind == "bounce"
    assert found[ivan.id].bounced_address == "ivan@example.ru"
    ivan = Prospect.get_by_id(ivan.id)
    assert ivan.email_problem == "bounced"
    assert email_touch(ivan, "first_email").kind == "call"

    again = inbox.check_inbox()
    assert again.examined == 0 and again.found == 0
    assert InboxMessage.select().count() == 4

    # Byte for byte and flag for flag: nothing was read, moved or marked.
    assert office.files() == files_before
    assert office.flags() == flags_before
    assert all("\\Seen" not in flags for flags in office.flags().values())


def test_only_new_messages_are_read_and_a_renumbered_folder_adds_no_duplicates(
    office,
):
    zoe = new_prospect()
    office.deliver(reply(text="First answer"))
    first = inbox.check_inbox()
    assert first.examined == 1 and len(first.replies) == 1
    position = InboxPosition.get()
    assert position.last_uid == 1 and position.uidvalidity > 0

    office.deliver(reply(text="Second answer"))
    second = inbox.check_inbox()
    assert second.examined == 1 and len(second.replies) == 1
    assert InboxPosition.get().last_uid == 2

    # The server renumbered the folder: recent mail is read again, not stored
    # again.
    InboxPosition.update(uidvalidity=position.uidvalidity + 1).execute()
    rescan = inbox.check_inbox()
    assert rescan.rescanned and rescan.examined == 2 and rescan.found == 0
    assert InboxPosition.get().uidvalidity == position.uidvalidity
    texts = [row.body_snippet for row in replies.found_for(zoe.id)]
    assert sorted(texts) == ["First answer", "Second answer"]


def test_an_unread_reply_holds_the_next_email_until_it_is_read(office, smtp_server):
    zoe = new_prospect()
    send_quote(zoe)
    office.deliver(reply(to_message_id=OutboxMessage.get().message_id))
    inbox.check_inbox()
    follow_up = email_touch(zoe, "first_email")

    due = mail.queue_due(MONDAY, who="anna")
    assert due.held == 1 and due.queued == []
    assert [t.id for t in mail.due_email_touches(MONDAY, include_held=False)] == []
    waiting = [i for i in touches.agenda(MONDAY) if i.touch_id == follow_up.id]
    assert waiting[0].waiting_for_reply
    with pytest.raises(Exception, match="replied and the reply is not read yet"):
        mail.queue(mail.draft_for_touch(follow_up.id))
    assert touches.get_touch(follow_up.id).status == "open"

    [item] = replies.unread_replies()
    assert item.prospect_id == zoe.id and item.subject == "Re: Your quotation"
    assert replies.mark_read([item.reply_id], who="anna") == 1

    due = mail.queue_due(MONDAY, who="anna")
    assert due.held == 0 and len(due.queued) == 1
    sent = mail.send_outbox(ignore_schedule=True)
    assert len(sent.sent) == 1 and len(smtp_server.messages) == 2
    assert touches.get_touch(follow_up.id).status == "done"
    assert InboxMessage.get().read_by == "anna"


def test_the_outbox_keeps_a_queued_email_back_while_the_reply_is_unread(
    office, smtp_server
):
    zoe = new_prospect()
    queued = mail.queue(mail.draft_for_touch(email_touch(zoe, "quote_email").id))
    office.deliver(reply(text="Actually, call me first."))
    inbox.check_inbox()

    held = mail.send_outbox(ignore_schedule=True)
    assert held.held == [queued.id] and held.sent == [] and held.total == 0
    assert smtp_server.messages == []
    row = OutboxMessage.get_by_id(queued.id)
    assert row.status == "queued" and row.attempts == 0
    assert "replied and the reply is not read yet" in row.last_error

    # A message staff write themselves (an answer) is not held.
    answer = mail.draft_for_prospect(zoe.id)
    assert answer.touch_id is None

    replies.mark_prospect_read(zoe.id, who="anna")
    released = mail.send_outbox(ignore_schedule=True)
    assert released.sent == [queued.id] and len(smtp_server.messages) == 1


def test_starttls_and_the_test_button_change_nothing(shop, mailbox, certificates):
    configure_inbox(mailbox, certificates, security="starttls")
    mailbox.deliver(newsletter())
    before = mailbox.files(), mailbox.flags()

    text = inbox_settings.check_connection()

    assert text.startswith("The inbox works: the folder INBOX holds 1 messages.")
    assert (mailbox.files(), mailbox.flags()) == before


def test_the_connection_refuses_every_command_that_could_change_the_mailbox(
    shop, mailbox, certificates
):
    configure_inbox(mailbox, certificates)
    mailbox.deliver(newsletter())
    before = mailbox.files(), mailbox.flags()
    with InboxSession(inbox_settings.imap_config()) as session:
        session.examine()
        imap = session._imap
        for attempt in (
            lambda: imap.store("1", "+FLAGS", "(\\Seen)"),
            lambda: imap.uid("STORE", "1", "+FLAGS", "(\\Deleted)"),
            lambda: imap.uid("FETCH", "1", "(BODY[])"),
            lambda: imap.expunge(),
            lambda: imap.copy("1", "Trash"),
            lambda: imap.append("INBOX", None, None, b"Subject: x\r\n\r\nx\r\n"),
        ):
            with pytest.raises(ReadOnlyViolation):
                attempt()
        assert session.uids_from(1) == [1]  # the connection is still fine
    assert (mailbox.files(), mailbox.flags()) == before


@pytest.mark.parametrize(
    ("change", "kind", "words"),
    [
        ({"password": "wrong"}, "auth", "did not accept the user name"),
        ({"folder": "Anfragen"}, "folder", "has no folder “Anfragen”"),
        ({"port": "closed"}, "connection", "refused the connection"),
        ({"ca_file": ""}, "certificate", "certificate that cannot be trusted"),
    ],
)
def test_a_failed_check_says_what_to_fix_and_stores_nothing(
    shop, mailbox, certificates, change, kind, words
):
    from mail_server import free_port

    from followup_desk.services import mail_settings

    configure_inbox(mailbox, certificates)
    mailbox.deliver(reply())
    new_prospect()
    if "password" in change:
        inbox_settings.set_password(change["password"])
    if "folder" in change:
        inbox_settings.update_settings(folder=change["folder"])
    if "port" in change:
        inbox_settings.update_settings(port=free_port())
    if "ca_file" in change:
        mail_settings.update_settings(ca_file="")

    with pytest.raises(inbox_settings.InboxProblem) as failure:
        inbox.check_inbox()

    assert failure.value.kind == kind
    assert words in str(failure.value)
    assert InboxMessage.select().count() == 0
    assert InboxPosition.select().count() == 0


def test_the_password_lives_in_the_keyring_only(
    tmp_path, shop, mailbox, certificates, test_keyring
):
    import logging

    from test_credentials import _files_containing

    handler = logging.FileHandler(tmp_path / "everything.log", encoding="utf-8")
    logger = logging.getLogger("followup_desk")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        settings = configure_inbox(mailbox, certificates)
        mailbox.deliver(reply())
        new_prospect()
        inbox.check_inbox()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        handler.close()

    assert InboxMessage.select().count() == 1
    assert test_keyring.entries == {
        ("Follow-up Desk", f"imap:{settings.user}@127.0.0.1"): IMAP_PASSWORD
    }
    assert IMAP_PASSWORD not in repr(inbox_settings.imap_config())
    assert (tmp_path / "everything.log").read_text(encoding="utf-8")
    assert _files_containing(tmp_path, IMAP_PASSWORD) == []


def test_without_a_keyring_the_inbox_password_is_asked_once_per_session(
    shop, mailbox, certificates, no_keyring
):
    from followup_desk.mail import credentials

    configure_inbox(mailbox, certificates)  # saved for this session only
    mailbox.deliver(reply())
    new_prospect()
    assert inbox.check_inbox().found == 1

    credentials.forget_session()  # the app was closed and started again
    with pytest.raises(inbox_settings.InboxPasswordNeeded) as needed:
        inbox.check_inbox()
    assert needed.value.keyring_works is False
    inbox_settings.remember_password_for_session(IMAP_PASSWORD)
    assert inbox.check_inbox().found == 0


def test_command_line_check_counts_and_reports_a_bad_password(shop, office, capsys):
    from followup_desk import cli

    database = str(shop.database)
    new_prospect()
    office.deliver(reply())
    status = cli.main(["--database", database, "inbox", "check"])
    out = capsys.readouterr().out
    assert status == 0
    assert "Looked at 1 new messages: 1 replies, 0 bounces" in out

    cli.main(["--database", database, "inbox", "replies"])
    assert "Re: Your quotation" in capsys.readouterr().out

    inbox_settings.set_password("wrong")
    status = cli.main(["--database", database, "inbox", "check"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1
    assert err[0].startswith("followup-desk: error: The inbox server did not accept")


def test_on_postgresql_replies_are_stored_once_and_big_numbers_fit(
    pg_db, mailbox, certificates
):
    from followup_desk.services import profile as profile_service

    profile_service.update_profile(name="Harbour Print & Copy", timezone="UTC")
    configure_inbox(mailbox, certificates)
    zoe = new_prospect(first_name="Łucja")
    mailbox.deliver(reply(from_address="ZOE@example.com"))

    assert len(inbox.check_inbox().replies) == 1
    # UIDVALIDITY is an unsigned 32-bit number: past PostgreSQL's INTEGER.
    InboxPosition.update(uidvalidity=4_294_967_295).execute()
    assert InboxPosition.get().uidvalidity == 4_294_967_295
    rescan = inbox.check_inbox()

    assert rescan.rescanned and rescan.found == 0
    assert [r.prospect_id for r in InboxMessage.select()] == [zoe.id]
    assert replies.held_prospects() == {zoe.id}


def test_an_erased_prospect_leaves_nothing_of_their_reply(office, tmp_path):
    from followup_desk.services import privacy

    zoe = new_prospect()
    office.deliver(reply(text="Please call me on 555-0199, Zoë"))
    inbox.check_inbox()
    exported = privacy.export_prospect(zoe.id, tmp_path / "zoe.txt").read_text()
    assert "Replies and bounces" in exported and "555-0199" in exported

    report = privacy.erase_prospect(zoe.id)

    assert report.rows_changed["inboxmessage"] == 1
    assert InboxMessage.select().count() == 0
    assert not replies.held_prospects() and replies.unread_replies() == []
    # Read again, the message is not stored again: it is theirs, erased.
    InboxPosition.update(uidvalidity=1).execute()
    assert inbox.check_inbox().found == 0
    assert InboxMessage.select().count() == 0


def test_only_a_bounce_of_an_email_the_shop_sent_flags_the_address(office):
    zoe = new_prospect()
    ivan = new_prospect(first_name="Иван", last_name="Петров", email="ivan@example.ru")
    kenji = new_prospect(first_name="健二", last_name="山田", email="kenji@example.jp")
    olympia = new_prospect(first_name="Ολυμπία", email="olympia@example.gr")
    zoe_sent, ivan_sent, kenji_sent = (send_quote(p) for p in (zoe, ivan, kenji))
    long_ago = dt.datetime.now() - dt.timedelta(days=inbox.BOUNCE_WITHOUT_ID_DAYS + 5)
    OutboxMessage.update(sent_at=long_ago).where(
        OutboxMessage.message_id == kenji_sent
    ).execute()
    anyone = "Mail Delivery System <MAILER-DAEMON@evil.test>"

    # Made up by anyone: an e-mail the shop never sent, or none named at all
    # for an address the shop never wrote to.
    office.deliver(bounce("olympia@example.gr", "<x@evil.test>", sender=anyone))
    office.deliver(
        bounce("olympia@example.gr", "", sender=anyone, message_id="<2@evil.test>")
    )
    # Made up by someone who saw Zoë's e-mail: it did not go to Ivan.
    office.deliver(
        bounce("ivan@example.ru", zoe_sent, sender=anyone, message_id="<3@evil.test>")
    )
    # No Message-ID, and the last e-mail to Kenji is too old to tell.
    office.deliver(bounce("kenji@example.jp", "", message_id="<4@mail.example.com>"))
    # Real: no Message-ID, but Zoë was e-mailed today; Ivan's by its ID.
    office.deliver(bounce("zoe@example.com", "", message_id="<5@mail.example.com>"))
    office.deliver(bounce("IVAN@example.ru", ivan_sent, message_id="<6@mail.example>"))

    report = inbox.check_inbox()

    assert report.ignored_bounces == 4
    assert sorted(report.flagged) == sorted([zoe.id, ivan.id])
    flagged = Prospect.select().where(Prospect.email_problem != "")
    assert {p.id for p in flagged} == {zoe.id, ivan.id}
    stored = {(row.prospect_id, row.matched_by) for row in InboxMessage.select()}
    assert stored == {(zoe.id, "recipient"), (ivan.id, "thread")}
    assert Prospect.get_by_id(olympia.id).email_problem == ""


def test_a_reply_that_only_looks_like_a_bounce_is_still_a_reply(office):
    zoe = new_prospect()
    firm = new_prospect(first_name="Pat", email="postmaster@firm.example")
    sent = send_quote(zoe)
    # A mail program that sends with an empty envelope sender, and a prospect
    # who writes from the firm's postmaster address.
    office.deliver(b"Return-Path: <>\r\n" + reply(to_message_id=sent, text="On my way"))
    office.deliver(
        reply(from_address="postmaster@firm.example", text="200 more, please")
    )

    report = inbox.check_inbox()

    assert len(report.replies) == 2 and report.bounces == []
    assert report.ignored_bounces == 0
    found = {row.prospect_id: row for row in InboxMessage.select()}
    assert (found[zoe.id].kind, found[zoe.id].matched_by) == ("reply", "thread")
    assert found[zoe.id].body_snippet == "On my way"
    assert found[firm.id].body_snippet == "200 more, please"
    assert replies.held_prospects() == {zoe.id, firm.id}


class _BrokenImapServer:
    """An IMAP server on loopback that fails the first command after CAPABILITY.

    ``answer`` is its tagged reply to that command; None hangs up instead.
    Dovecot never misbehaves like this on cue.
    """

    def __init__(self, answer: str | None) -> None:
        import socket
        import threading

        self.answer = answer
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        connection, _ = self._socket.accept()
        with connection, connection.makefile("rwb") as stream:
            stream.write(b"* OK test server ready\r\n")
            stream.flush()
            for line in stream:
                tag, _, command = line.decode("ascii").strip().partition(" ")
                if command.upper() == "CAPABILITY":
                    stream.write(b"* CAPABILITY IMAP4rev1 STARTTLS\r\n")
                    stream.write(f"{tag} OK done\r\n".encode())
                    stream.flush()
                    continue
                if self.answer is not None:
                    stream.write(f"{tag} {self.answer}\r\n".encode())
                    stream.flush()
                return

    def close(self) -> None:
        self._thread.join(timeout=10)
        self._socket.close()


@pytest.mark.parametrize(
    ("answer", "kind", "words", "detail"),
    [
        (None, "connection", "closed the connection. Try again later.", "EOF"),
        (
            "BAD [UNAVAILABLE] Backend gone",
            "server",
            "turned down a request to read the inbox",
            "Backend gone",
        ),
    ],
)
def test_an_imap_failure_is_told_in_plain_words_and_the_detail_is_logged(
    caplog, answer, kind, words, detail
):
    from followup_desk.mail.imap import ImapConfig
    from followup_desk.mail.smtp import MailError

    server = _BrokenImapServer(answer)
    config = ImapConfig("127.0.0.1", server.port, "starttls", "desk", "pw", timeout=10)
    try:
        with pytest.raises(MailError) as failure, InboxSession(config):
            pass
    finally:
        server.close()

    text = str(failure.value)
    assert failure.value.kind == kind and words in text
    for protocol in ("command", "=>", "EOF", "STARTTLS", "BAD", "[", "b'"):
        assert protocol not in text
    assert detail in caplog.text
