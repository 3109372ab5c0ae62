"""Reading vCard address books (versions 2.1, 3.0 and 4.0), many cards a file.

Phones and mail programs export contacts as ``.vcf`` files. Each card becomes
one record in the same shape as a CSV row, with fixed column names, so the
preview and import steps are the ones CSV files go through.

``vobject`` parses all three versions but trips over two things version 2.1
writers do: quoted-printable values continued on the next line with a
trailing "=", and a charset other than UTF-8 named per value. Both are
undone here before parsing.
"""

from __future__ import annotations

import logging
import quopri
import re
from pathlib import Path

from followup_desk.io.csv_import import (
    CsvImportError,
    SourceFile,
    decode,
    read_bytes,
)
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.io")

# The columns a card is laid out in, and the field each one feeds.
VCARD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Given name", "first_name"),
    ("Family name", "last_name"),
    ("Display name", "full_name"),
    ("Organisation", "company"),
    ("E-mail", "email"),
    ("Phone", "phone"),
    ("Street", "street"),
    ("Extended address", "street2"),
    ("Town", "city"),
    ("Region", "region"),
    ("Postal code", "postcode"),
    ("Country", "country"),
    ("Web address", "website"),
    ("Note", "notes"),
)
VCARD_HEADERS = [header for header, _ in VCARD_COLUMNS]
VCARD_MAPPING = [field for _, field in VCARD_COLUMNS]

# Preferred kinds first when a card has several numbers or addresses.
_TEL_ORDER = ("pref", "work", "cell", "voice", "main")
_ADR_ORDER = ("pref", "work", "dom", "postal", "intl", "home")
_QP_SOFT_BREAK = re.compile(r"=\r?\n[ \t]?")
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)


def looks_like_vcard(path: Path, head: bytes) -> bool:
    """True for ``.vcf``/``.vcard`` files, or any file opening with a card."""
    if path.suffix.lower() in (".vcf", ".vcard"):
        return True
    text = head.lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    return text.startswith(b"BEGIN:VCARD")


def read_vcards(path: Path) -> SourceFile:
    """Every card of a vCard file as a record; raises ``CsvImportError``."""
    path = Path(path)
    text, encoding = decode(read_bytes(path))
    if not _BEGIN.search(text):
        raise CsvImportError(
            QT_TRANSLATE_NOOP(
                "VcardImport",
                "{name} holds no contact cards (no BEGIN:VCARD line). Export "
                "the contacts again as vCard (.vcf).",
            ).format(name=path.name)
        )
    records = []
    for line, card_text in _split_cards(text):
        try:
            records.append((line, _card_cells(card_text)))
        except Exception as exc:  # vobject raises many kinds for a bad card
            log.info("Card at line %d cannot be read: %s", line, exc)
            records.append((line, _unreadable_card(card_text)))
    return SourceFile(path, "vcard", list(VCARD_HEADERS), records, encoding, "")


def _split_cards(text: str) -> list[tuple[int, str]]:
    """Each BEGIN:VCARD … END:VCARD block with the line it starts on."""
    cards: list[tuple[int, str]] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.strip().upper().replace(" ", "")
        if upper == "BEGIN:VCARD":
            current, start = [line], number
        elif current is not None:
            current.append(line)
            if upper == "END:VCARD":
                cards.append((start, "\r\n".join(current) + "\r\n"))
                current = None
    if current is not None:
        # A last card without its END line: read what is there.
        cards.append((start, "\r\n".join([*current, "END:VCARD"]) + "\r\n"))
    return cards


def _prepare(card_text: str) -> str:
    """Undo the 2.1 habits vobject cannot read (see the module docstring)."""
    lines: list[str] = []
    pending = ""
    for line in card_text.splitlines():
        if pending:
            line = pending + line
            pending = ""
        if "QUOTED-PRINTABLE" in line.upper().split(":", 1)[0] and line.endswith("="):
            pending = line[:-1]
            continue
        lines.append(_decode_quoted_printable(line))
    if pending:
        lines.append(_decode_quoted_printable(pending))
    return "\r\n".join(lines) + "\r\n"


def _decode_quoted_printable(line: str) -> str:
    """Decode a quoted-printable value here, in its own charset.

    vobject would decode it as UTF-8 whatever the CHARSET parameter says, so
    Windows-1252 accents came out wrong; the value is replaced by plain text.
    """
    name, sep, value = line.partition(":")
    if not sep or "QUOTED-PRINTABLE" not in name.upper():
        return line
    params = name.split(";")
    charset = "utf-8"
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().upper() == "CHARSET" and val:
            charset = val.strip().strip('"')
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    try:
        decoded = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        decoded = raw.decode("latin-1")
    kept = [
        p
        for p in params
        if p.split("=")[0].strip().upper() not in ("ENCODING", "CHARSET")
        and p.strip().upper() != "QUOTED-PRINTABLE"
    ]
    # Line breaks inside a value are written as "\n" in vCard text.
    decoded = decoded.replace("\r\n", "\\n").replace("\n", "\\n")
    return ";".join(kept) + ":" + decoded


def _card_cells(card_text: str) -> list[str]:
    import vobject

    card = vobject.readOne(_prepare(card_text), ignoreUnreadable=True)
    values: dict[str, str] = {}
    name = card.contents.get("n")
    if name:
        n = name[0].value
        values["first_name"] = _text(getattr(n, "given", ""))
        values["last_name"] = _text(getattr(n, "family", ""))
    if "fn" in card.contents:
        values["full_name"] = _text(card.fn.value)
    if "org" in card.contents:
        org = card.org.value
        values["company"] = _text(org[0] if isinstance(org, list) and org else org)
    emails = _ordered(card.contents.get("email", []), ("pref", "work", "internet"))
    values["email"] = " ::: ".join(_text(e.value) for e in emails if _text(e.value))
    phones = _ordered(card.contents.get("tel", []), _TEL_ORDER)
    values["phone"] = " ::: ".join(
        _phone(t.value) for t in phones if _phone(t.value) and not _is_fax(t)
    )
    addresses = _ordered(card.contents.get("adr", []), _ADR_ORDER)
    if addresses:
        adr = addresses[0].value
        street = _text(getattr(adr, "street", ""))
        first, _, rest = street.partition("\n")
        values["street"] = first.strip()
        extended = _text(getattr(adr, "extended", ""))
        values["street2"] = " ".join(x for x in (rest.strip(), extended) if x)
        values["city"] = _text(getattr(adr, "city", ""))
        values["region"] = _text(getattr(adr, "region", ""))
        values["postcode"] = _text(getattr(adr, "code", ""))
        values["country"] = _text(getattr(adr, "country", ""))
    if values.get("full_name") and values.get("full_name") == values.get("company"):
        # A firm's card names the firm twice; it has no person to split.
        values["full_name"] = ""
    if "url" in card.contents:
        values["website"] = _text(card.url.value)
    if "note" in card.contents:
        values["notes"] = _text(card.note.value)
    return [values.get(field, "") for field in VCARD_MAPPING]


def _unreadable_card(card_text: str) -> list[str]:
    """A card vobject refused: keep its display name so the preview can say so."""
    for line in card_text.splitlines():
        if line.upper().startswith("FN"):
            return ["", "", line.partition(":")[2].strip()] + [""] * (
                len(VCARD_MAPPING) - 3
            )
    return [""] * len(VCARD_MAPPING)


def _text(value) -> str:
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    return str(value or "").replace("\r", "").strip()


def _phone(value) -> str:
    text = _text(value)
    return text[4:] if text.lower().startswith("tel:") else text


def _kinds(item) -> set[str]:
    """The TYPE values of a property, however the version spells them."""
    kinds = {s.lower() for s in getattr(item, "singletonparams", [])}
    for key, values in item.params.items():
        if key.upper() == "TYPE":
            for value in values:
                kinds.update(v.strip().lower() for v in value.split(","))
        elif key.upper() == "PREF":
            kinds.add("pref")
    return kinds


def _is_fax(item) -> bool:
    return "fax" in _kinds(item)


def _ordered(items: list, order: tuple[str, ...]) -> list:
    def rank(pair):
        index, item = pair
        kinds = _kinds(item)
        best = min((order.index(k) for k in kinds if k in order), default=len(order))
        return best, index

    return [item for _, item in sorted(enumerate(items), key=rank)]
