"""Reading messages from the inbox: headers, text and bounces, however encoded."""

from __future__ import annotations

import base64

import pytest
from inbox_fixtures import bounce

from followup_desk.mail.imap import folder_argument
from followup_desk.mail.inbound import decode_words, read_message


def _message(head: str, body: str = "Hello", raw_head: bytes = b"") -> bytes:
    return raw_head + head.encode("ascii") + b"\r\n" + body.encode("utf-8")


@pytest.mark.parametrize(
    ("encoded", "text"),
    [
        ("=?iso-2022-jp?B?GyRCOCtAUSRqGyhC?=", "見積り"),
        ("=?koi8-r?B?8NLJ18XU?=", "Привет"),
        ("=?gb2312?B?sai82w==?=", "报价"),
        (
            "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?= =?UTF-8?Q?_aus_M=C3=BCnchen?=",
            "Grüße aus München",
        ),
        ("=?utf-8*de?q?Gr=C3=BC=C3=9Fe?=", "Grüße"),
        ("=?x-nobody-knows?q?caf=C3=A9?=", "café"),
        ("=?windows-1252?q?caf=E9?=", "café"),
        ("=?utf-8?b?not base64!?=", "=?utf-8?b?not base64!?="),
        ("plain words", "plain words"),
    ],
)
def test_encoded_words_in_any_charset_are_decoded(encoded, text):
    assert decode_words(encoded) == text


def test_a_name_with_a_comma_in_an_encoded_word_stays_one_sender():
    raw = _message(
        "From: =?utf-8?q?M=C3=BCller=2C_J=C3=BCrgen?= <J.Mueller@Example.DE>\r\n"
        "Subject: =?utf-8?b?zrrOsc67zrfOvM6tz4HOsQ==?=\r\n"
        "Message-ID: <a@b>\r\n"
    )
    message = read_message(raw)
    assert message.from_name == "Müller, Jürgen"
    assert message.from_address == "j.mueller@example.de"
    assert message.subject == "καλημέρα"


def test_raw_8bit_headers_in_utf8_or_latin1_are_read():
    utf8 = read_message(
        "Subject: Angebot für Zoë 見積\r\nFrom: a@b.c\r\n\r\nx".encode()
    )
    latin = read_message(
        "Subject: Angebot für Zoë\r\nFrom: a@b.c\r\n\r\nx".encode("latin-1")
    )
    assert utf8.subject == "Angebot für Zoë 見積"
    assert latin.subject == "Angebot für Zoë"


def test_the_snippet_is_what_they_wrote_not_what_they_quoted():
    raw = _message(
        "From: a@b.c\r\nContent-Type: text/plain; charset=utf-8\r\n",
        "Yes,\r\nplease send it.\r\n\r\nAm Fr., 4. Dez. 2026 schrieb Anna:\r\n"
        "> Hello\r\n",
    )
    assert read_message(raw).snippet == "Yes, please send it."


def test_an_html_only_reply_gives_a_plain_snippet():
    raw = _message(
        "From: a@b.c\r\nContent-Type: text/html; charset=utf-8\r\n",
        "<html><head><style>p {color: red}</style></head><body><p>Ja &amp; "
        "gern</p><blockquote>old text</blockquote></body></html>",
    )
    assert read_message(raw).snippet == "Ja & gern"


def test_a_long_reply_is_cut_to_a_snippet():
    raw = _message("From: a@b.c\r\n", "word " * 200)
    snippet = read_message(raw).snippet
    assert len(snippet) == 300 and snippet.endswith("…")


def test_threads_are_read_from_in_reply_to_then_references():
    raw = _message(
        "From: a@b.c\r\nIn-Reply-To: <two@shop>\r\n"
        "References: <one@shop>\r\n <two@shop>\r\n"
    )
    assert read_message(raw).answers == ("<two@shop>", "<one@shop>")


def test_a_message_without_message_id_gets_the_same_stand_in_every_time():
    raw = _message("From: a@b.c\r\nSubject: no id\r\n")
    first, again = read_message(raw), read_message(raw)
    assert first.key == again.key
    assert first.key.endswith("@no-message-id.followup-desk.invalid>")
    assert read_message(raw.replace(b"no id", b"other")).key != first.key


def test_a_bounce_names_the_failed_address_and_the_original_message():
    message = read_message(bounce("Zoe@Example.com", "<abc.fd@shop.example>"))
    assert message.looks_like_bounce
    assert message.bounce.recipients == ("zoe@example.com",)
    assert message.bounce.original_message_id == "<abc.fd@shop.example>"
    assert message.snippet.startswith("I'm sorry to have to inform you")


def test_a_delay_warning_is_not_a_bounce():
    raw = bounce("zoe@example.com", "<abc@shop>").replace(
        b"Action: failed\r\nStatus: 5.1.1", b"Action: delayed\r\nStatus: 4.4.7"
    )
    message = read_message(raw)
    assert message.looks_like_bounce and message.bounce is None


def test_garbage_never_raises():
    for raw in (b"", b"\x00\xff" * 50, b"Content-Type: multipart/mixed\r\n\r\n--"):
        message = read_message(raw)
        assert message.key.startswith("<")


@pytest.mark.parametrize(
    ("name", "argument"),
    [
        ("INBOX", '"INBOX"'),
        ("Anfragen & Antworten", '"Anfragen &- Antworten"'),
        ("Entwürfe", '"Entw&APw-rfe"'),
        ("Входящие", '"&BBIERQQ+BDQETwRJBDgENQ-"'),
        ('say "hi"', '"say \\"hi\\""'),
    ],
)
def test_folder_names_are_sent_in_modified_utf7(name, argument):
    assert folder_argument(name) == argument


def test_control_and_bidi_characters_never_reach_what_is_stored():
    name = base64.b64encode("Zoë\x1b[2J\x07 O'Hara\u202e".encode()).decode()
    raw = (
        f"From: =?utf-8?b?{name}?= <zoe@example.com>\r\n"
        "Subject: Re: Quote \x1b]0;owned\x07\x1b[31mnow\x1b[0m\x08 \u2066ok\u2069 "
        "\x9b1m!\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Yes\x1b[5m please\x07\r\n\x00go \u202eahead\u202c 👍🏽\r\n"
    ).encode()
    message = read_message(raw)
    assert message.from_name == "Zoë O'Hara"
    assert message.subject == "Re: Quote now ok !"
    assert message.snippet == "Yes please go ahead 👍🏽"


def test_a_huge_subject_is_cut_like_the_snippet():
    message = read_message(_message("From: a@b.c\r\nSubject: " + "Angebot " * 250_000))
    assert len(message.subject) == 300 and message.subject.endswith("…")
    assert message.subject.startswith("Angebot Angebot")


def test_a_report_that_only_says_delayed_is_still_known_as_a_report():
    delayed = bounce("zoe@example.com", "<abc@shop>").replace(
        b"Action: failed\r\nStatus: 5.1.1", b"Action: delayed\r\nStatus: 4.4.7"
    )
    person = _message("From: postmaster@firm.example\r\nReturn-Path: <>\r\n")
    assert read_message(delayed).delivery_report
    assert read_message(person).looks_like_bounce
    assert not read_message(person).delivery_report
    assert read_message(person).bounce is None
