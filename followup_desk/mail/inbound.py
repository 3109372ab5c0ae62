"""Reading a message found in the inbox: who wrote, what about, answering what.

No database and no network here: bytes in, plain values out. Mail in the
wild is messy, so nothing in this module raises on a bad message. Encoded
headers (RFC 2047) in any charset Python knows are decoded, an unknown or
lying charset falls back to UTF-8 and then Windows-1252, raw 8-bit headers
are read the same way, and a part that cannot be decoded leaves the snippet
empty rather than stopping the check. What the sender wrote comes out on one
line, without control characters (:mod:`followup_desk.domain.outside_text`),
and cut to a length a list can show.

Bounces are delivery status notifications (RFC 3464): a
``multipart/report; report-type=delivery-status`` message, or any message
with a ``message/delivery-status`` part, as mail servers and
MAILER-DAEMON/postmaster senders send them. What counts is the failed
recipient and the Message-ID of the message that failed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.policy
import hashlib
import html
import logging
import re
from dataclasses import dataclass, field
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from followup_desk.domain.outside_text import one_line

log = logging.getLogger("followup_desk.mail")

SNIPPET_LENGTH = 300
SUBJECT_LENGTH = 300
NAME_LENGTH = 200
# Of a header longer than this only the start is decoded: far more than a
# subject of SUBJECT_LENGTH characters needs, even in encoded words.
_HEADER_READ = 16 * 1024
# Header fields fetched first, to decide whether a message is worth reading.
HEADER_FIELDS = (
    "FROM",
    "SENDER",
    "SUBJECT",
    "DATE",
    "MESSAGE-ID",
    "IN-REPLY-TO",
    "REFERENCES",
    "CONTENT-TYPE",
    "RETURN-PATH",
)
# Charsets mail programs name that Python knows under another name, or whose
# superset reads the same text better.
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "x-sjis": "shift_jis",
    "unicode-1-1-utf-7": "utf-7",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
}
_ID = re.compile(r"<[^<>\s]+>")
_BOUNCE_SENDERS = ("mailer-daemon", "postmaster", "mail-daemon")
_QUOTE_INTRO = re.compile(
    # "On Fri, 4 Dec 2026, Anna wrote:", "Am … schrieb Anna:", "Le … a écrit :"
    r"^(on\b.*\bwrote|am\b.*\bschrieb\b.*|le\b.*\ba écrit|el\b.*\bescribió\b.*)"
    r"\s*:\s*$|^on\b.*\bwrote$",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<[^>]*>")
_HIDDEN_HTML = re.compile(
    r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class Bounce:
    """What a delivery status notification says failed."""

    recipients: tuple[str, ...] = ()
    original_message_id: str = ""


@dataclass(frozen=True)
class Incoming:
    """One message from the inbox, as plain decoded values."""

    # The Message-ID, or a stand-in made from the headers when it has none,
    # so the same message is recognised again on every check.
    key: str
    from_name: str = ""
    from_address: str = ""
    subject: str = ""
    sent_at: dt.datetime | None = None
    # Message-IDs it answers: In-Reply-To first, then References, newest first.
    answers: tuple[str, ...] = ()
    snippet: str = ""
    bounce: Bounce | None = None
    looks_like_bounce: bool = False
    # A delivery status notification, whether it reports a failure or only
    # a delay; known only when the whole message was read.
    delivery_report: bool = False
    problems: list[str] = field(default_factory=list)


# -- decoding --------------------------------------------------------------------


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = str(charset).strip().strip('"').lower().split("*", 1)[0]
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Bytes to text: the named charset if it reads them, else UTF-8, else 1252."""
    codec = _codec(charset)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, ValueError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _unescape(text: str) -> str:
    # The parser keeps raw 8-bit header bytes as surrogate escapes.
    if any("\udc80" <= c <= "\udcff" for c in text):
        return decode_bytes(text.encode("utf-8", "surrogateescape"))
    return text


def decode_words(value: object) -> str:
    """A header value with its RFC 2047 encoded words decoded, on one line."""
    if value is None:
        return ""
    text = _unescape(str(value))
    try:
        parts = decode_header(text)
    except Exception:  # a broken encoded word: show it as it came
        return " ".join(text.split())
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            # Unencoded runs come back as raw-unicode-escape bytes.
            out.append(chunk.decode("raw-unicode-escape", "replace"))
        else:
            out.append(decode_bytes(chunk, charset))
    return " ".join("".join(out).split())


def _header(message: Message, name: str) -> str:
    # The raw value: str() of a parsed 8-bit header would already have
    # replaced its bytes with question marks.
    wanted = name.lower()
    for key, value in message.raw_items():
        if key.lower() == wanted:
            return str(value)
    return ""


def _address(message: Message) -> tuple[str, str]:
    raw = _unescape(_header(message, "From") or _header(message, "Sender"))
    raw = raw[:_HEADER_READ]
    # Split the addresses before decoding the names: a decoded name may hold
    # the commas and angle brackets that separate addresses.
    try:
        found = getaddresses([raw])
    except Exception:
        found = []
    for name, address in found:
        if "@" in address:
            name = decode_words(name).strip('"').strip()
            return one_line(name, NAME_LENGTH), one_line(address).lower()
    return one_line(decode_words(raw), NAME_LENGTH), ""


def message_ids(text: str) -> list[str]:
    """Every ``<id>`` in a header, in order, without repeats."""
    seen: list[str] = []
    for found in _ID.findall(_unescape(text)):
        if found not in seen:
            seen.append(found)
    return seen


def _answers(message: Message) -> tuple[str, ...]:
    ids = message_ids(_header(message, "In-Reply-To"))
    for found in reversed(message_ids(_header(message, "References"))):
        if found not in ids:
            ids.append(found)
    return tuple(ids)


def _sent_at(message: Message) -> dt.datetime | None:
    text = _header(message, "Date")
    if not text:
        return None
    try:
        stamp = parsedate_to_datetime(_unescape(text))
    except (TypeError, ValueError, IndexError):
        return None
    if stamp.tzinfo is not None:
        # The database keeps local wall-clock time, like every other stamp.
        stamp = stamp.astimezone().replace(tzinfo=None)
    return stamp.replace(microsecond=0)


def _key(message: Message, raw_headers: bytes) -> str:
    ids = message_ids(_header(message, "Message-ID"))
    if ids and len(ids[0]) <= 250:
        return ids[0]
    # No usable Message-ID: the same headers always give the same stand-in.
    digest = hashlib.sha256(raw_headers).hexdigest()[:40]
    return f"<{digest}@no-message-id.followup-desk.invalid>"


def _head_bytes(raw: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end >= 0:
            return raw[:end]
    return raw


# -- the text ----------------------------------------------------------------------


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return ""
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload, part.get_content_charset())


def _html_to_text(text: str) -> str:
    text = _HIDDEN_HTML.sub(" ", text)
    text = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>", "\n", text)
    text = re.sub(r"(?is)<blockquote\b.*?</blockquote\s*>", "\n", text)
    return html.unescape(_TAGS.sub(" ", text))


def _own_words(text: str) -> str:
    """The lines the sender wrote: quoted lines and what follows them left out."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">") or _QUOTE_INTRO.match(stripped):
            break
        if stripped in ("-- ", "--") or stripped.startswith("-----Original"):
            break
        kept.append(stripped)
    return " ".join(" ".join(kept).split())


def _snippet(message: Message) -> str:
    plain = html_text = ""
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and not plain:
            plain = _part_text(part)
        elif kind == "text/html" and not html_text:
            html_text = _part_text(part)
        if kind.startswith("message/"):
            break  # the original message of a bounce or a forward
    text = _own_words(plain) if plain.strip() else _own_words(_html_to_text(html_text))
    return one_line(text, SNIPPET_LENGTH)


# -- bounces -----------------------------------------------------------------------


def _is_report(message: Message) -> bool:
    return message.get_content_type() == "multipart/report" and (
        (message.get_param("report-type") or "").lower() == "delivery-status"
    )


def _from_daemon(address: str, message: Message) -> bool:
    local = address.partition("@")[0]
    if any(local.startswith(name) for name in _BOUNCE_SENDERS):
        return True
    # Bounces are sent with an empty envelope sender.
    return _header(message, "Return-Path").strip() == "<>"


def _typed_address(value: str) -> str:
    # "rfc822; zoe@example.com" → "zoe@example.com"
    kind, _, address = _unescape(value).partition(";")
    address = address if address else kind
    return one_line(address).strip("<>").strip().lower()


def _status_blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if isinstance(block, Message)]
    if isinstance(payload, str):
        # Some parsers leave the fields as text; read them as header blocks.
        return [
            email.message_from_string(block.strip() + "\n")
            for block in re.split(r"\r?\n\s*\r?\n", payload)
            if block.strip()
        ]
    return []


def _report_parts(message: Message) -> tuple[Message | None, Message | None]:
    """The delivery-status part of a report, and the original message's part."""
    status_part = original = None
    for part in message.walk():
        kind = part.get_content_type()
        if kind in ("message/delivery-status", "message/global-delivery-status"):
            status_part = status_part or part
        elif kind in ("message/rfc822", "text/rfc822-headers", "message/global"):
            original = original or part
    return status_part, original


def _bounce(message: Message) -> Bounce | None:
    """The failed recipients and original Message-ID of a bounce, or None."""
    status_part, original = _report_parts(message)
    if status_part is None:
        return None
    failed: list[str] = []
    any_failure = False
    for block in _status_blocks(status_part):
        action = str(block.get("Action", "")).strip().lower()
        status = str(block.get("Status", "")).strip()
        # "delayed", "delivered" and "relayed" are news, not failures.
        if not (action == "failed" or (not action and status.startswith("5"))):
            continue
        any_failure = True
        recipient = block.get("Final-Recipient") or block.get("Original-Recipient")
        address = _typed_address(str(recipient or ""))
        if "@" in address and address not in failed:
            failed.append(address)
    original_id = _original_message_id(original) if original is not None else ""
    if not any_failure or not (failed or original_id):
        return None
    return Bounce(tuple(failed), original_id)


def _original_message_id(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        ids = message_ids(_header(payload[0], "Message-ID"))
        return ids[0] if ids else ""
    if isinstance(payload, str):
        head = email.message_from_string(payload.lstrip())
        ids = message_ids(_header(head, "Message-ID"))
        return ids[0] if ids else ""
    return ""


# -- the whole message -------------------------------------------------------------


def _parse(raw: bytes) -> Message:
    # compat32 leaves header values as they came; decoding is ours to do,
    # with the fall-backs above, and a bad header never raises here.
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def read_message(raw: bytes, headers_only: bool = False) -> Incoming:
    """Everything the app needs from one message; never raises on bad mail."""
    problems: list[str] = []
    try:
        message = _parse(raw)
    except Exception as exc:  # the parser itself gave up
        log.info("A message could not be parsed (%s)", type(exc).__name__)
        digest = hashlib.sha256(raw).hexdigest()[:40]
        return Incoming(
            key=f"<{digest}@no-message-id.followup-desk.invalid>",
            problems=[type(exc).__name__],
        )
    from_name, from_address = _address(message)
    looks_like_bounce = _is_report(message) or _from_daemon(from_address, message)
    snippet, bounce, delivery_report = "", None, False
    if not headers_only:
        try:
            snippet = _snippet(message)
        except Exception as exc:
            problems.append(f"text: {type(exc).__name__}")
        try:
            delivery_report = _report_parts(message)[0] is not None
            bounce = _bounce(message)
        except Exception as exc:
            problems.append(f"report: {type(exc).__name__}")
    subject = decode_words(_header(message, "Subject")[:_HEADER_READ])
    return Incoming(
        key=_key(message, _head_bytes(raw)),
        from_name=from_name,
        from_address=from_address,
        subject=one_line(subject, SUBJECT_LENGTH),
        sent_at=_sent_at(message),
        answers=_answers(message),
        snippet=snippet,
        bounce=bounce,
        looks_like_bounce=looks_like_bounce,
        delivery_report=delivery_report,
        problems=problems,
    )
