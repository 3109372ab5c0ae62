"""One sorting of network failures, each protocol keeping its own words."""

from __future__ import annotations

import smtplib
import socket

import pytest

from followup_desk.mail import imap, smtp
from followup_desk.mail.connection_errors import connection_failure

SMTP = smtp.SmtpConfig(host="127.0.0.1", port=0, security="tls", user="desk")
IMAP = imap.ImapConfig(host="127.0.0.1", port=0, security="tls", user="desk")


def refused() -> ConnectionRefusedError:
    # A port that was just free: nothing listens, so loopback refuses.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError as exc:
        return exc
    pytest.skip("something answered on a port that was just free")


def test_a_refused_port_reads_the_same_way_in_each_protocols_words():
    exc = refused()

    sending = smtp.explain(exc, SMTP)
    reading = imap.explain(exc, IMAP)

    assert (sending.kind, sending.transient) == ("connection", True)
    assert (reading.kind, reading.transient) == ("connection", True)
    assert str(sending).startswith("The mail server 127.0.0.1 (port 0) refused")
    assert str(reading).startswith("The inbox server 127.0.0.1 (port 0) refused")
    assert (sending.args[0].context, reading.args[0].context) == ("Smtp", "Inbox")


def test_a_low_level_cause_fills_either_protocols_field_name():
    exc = OSError(101, "Network is unreachable")

    assert "(Network is unreachable)" in str(smtp.explain(exc, SMTP))
    assert "(Network is unreachable)" in str(imap.explain(exc, IMAP))


def test_an_smtp_answer_is_not_mistaken_for_a_network_failure():
    # smtplib's errors are OSErrors: the server's own answer must win.
    answer = smtplib.SMTPDataError(552, b"Message too big")

    error = smtp.explain(answer, SMTP)

    assert (error.kind, error.per_message) == ("message", True)


def test_what_is_no_network_failure_is_left_to_the_protocol():
    wording = smtp._CONNECTION_WORDING

    assert connection_failure(ValueError("no"), "h", 1, wording) is None
    assert smtp.explain(ValueError("no"), SMTP).kind == "server"
