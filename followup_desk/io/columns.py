"""Which CSV column holds what: header names and cell values as data.

Spreadsheets, address books and web shops name their columns differently
("Surname", "Last Name", "last_name"); the tables below list the names we
recognise for each prospect field. A header is compared after lower-casing and
dropping everything but letters and digits, so "E-mail Address", "email
address" and "EMAIL_ADDRESS" are one name.
"""

from __future__ import annotations

import re

from followup_desk.translatable import QT_TRANSLATE_NOOP

# Field → header names that mean it, in plain spelling. Besides the
# ``NewContact`` fields there are two of our own: ``full_name`` (split into
# first and last name when the file has no separate columns) and ``contacted``
# (the day of the first contact).
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "first_name": ("first_name", "First Name", "Given Name", "Forename", "First"),
    "last_name": ("last_name", "Last Name", "Surname", "Family Name", "Last"),
    "full_name": ("Name", "Full Name", "Contact", "Contact Name", "Display Name"),
    "company": (
        "company_name",
        "Company",
        "Organization",
        "Organisation",
        "Business",
        "Business Name",
        "Firm",
        "Organization Name",
    ),
    "street": (
        "address",
        "Street",
        "Street Address",
        "Address 1",
        "Address Line 1",
        "Business Street",
    ),
    "street2": ("Address 2", "Address Line 2", "Street 2", "Business Street 2"),
    "city": ("city", "Town", "Town/City", "Locality", "Business City"),
    # The US state, Canadian province or German Land. Not the county: US
    # county names (Orleans, Gloucester) are no part of a postal address.
    "region": (
        "state",
        "Region",
        "Province",
        "State/Province",
        "State Code",
        "Business State",
    ),
    "postcode": (
        "zip",
        "ZIP Code",
        "Postcode",
        "Post Code",
        "Postal Code",
        "PLZ",
        "Business Postal Code",
    ),
    "phone": (
        "phone1",
        "Phone",
        "Telephone",
        "Tel",
        "Phone Number",
        "Mobile",
        "Mobile Phone",
        "Cell",
        "Business Phone",
        "Primary Phone",
    ),
    "phone2": ("phone2", "Phone 2", "Other Phone", "Home Phone", "Second Phone"),
    "email": ("email", "E-mail", "Email Address", "E-mail Address", "Mail"),
    "website": ("web", "Website", "Web Site", "Web Page", "Homepage", "URL"),
    "country": (
        "country",
        "Country Code",
        "Country/Region",
        "Business Country",
        "Business Country/Region",
    ),
    "channel": ("channel", "Contact Channel", "First Contact By", "Contacted By"),
    "interest": ("interest", "Interest Level"),
    "contacted": (
        "contacted",
        "Contacted On",
        "First Contact",
        "First Contact Date",
        "Contact Date",
        "Date",
    ),
    "notes": ("Notes", "Note", "Comments", "Remarks"),
}

# Columns a second time over a field already taken go here instead
# ("Phone" and "Mobile" in one file: the second is the second number).
OVERFLOW = {"phone": "phone2"}

CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    "phone": ("phone", "call", "phone call", "telephone", "tel"),
    "walk_in": ("walk_in", "walk-in", "walk in", "walkin", "visit", "in person"),
    "email": ("email", "e-mail", "mail", "web form", "web"),
}

INTEREST_WORDS: dict[str, tuple[str, ...]] = {
    "low": ("low", "cold"),
    "medium": ("medium", "med", "normal", "warm"),
    "high": ("high", "hot"),
}

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(name: str) -> str:
    """A header reduced to lower-case letters and digits."""
    return _NOT_ALNUM.sub("", name.casefold())


def _index(table: dict[str, tuple[str, ...]], key=header_key) -> dict[str, str]:
    return {key(word): target for target, words in table.items() for word in words}


_HEADER_INDEX = _index(FIELD_HEADERS)
_CHANNEL_INDEX = _index(CHANNEL_WORDS)
_INTEREST_INDEX = _index(INTEREST_WORDS)


def map_header(cells: list[str]) -> tuple[dict[int, str], list[str]]:
    """Which field each column feeds, and the headers not recognised."""
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        target = _HEADER_INDEX.get(header_key(cell))
        if target in mapping.values():
            target = OVERFLOW.get(target)
            if target in mapping.values():
                target = None
        if target is None:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        mapping[index] = target
    return mapping, ignored


def channel_for(word: str) -> str | None:
    """The channel a typed word means ("Walk-in" → "walk_in"), or None."""
    return _CHANNEL_INDEX.get(header_key(word))


def interest_for(word: str) -> str | None:
    return _INTEREST_INDEX.get(header_key(word))


def split_full_name(name: str) -> tuple[str, str]:
    """First and last name from "Ada Lovelace" or "Lovelace, Ada"."""
    name = " ".join(name.split())
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    first, _, last = name.rpartition(" ")
    return first, last


# -- Choosing a mapping for a whole file ---------------------------------------

# What each field is called on the mapping screen, in the order shown there.
FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Columns", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Columns", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Columns", "Full name (split into first and last)"),
    "company": QT_TRANSLATE_NOOP("Columns", "Company"),
    "email": QT_TRANSLATE_NOOP("Columns", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Columns", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("Columns", "Second phone"),
    "website": QT_TRANSLATE_NOOP("Columns", "Website"),
    "street": QT_TRANSLATE_NOOP("Columns", "Street"),
    "street2": QT_TRANSLATE_NOOP("Columns", "Street, second line"),
    "postcode": QT_TRANSLATE_NOOP("Columns", "Postcode / ZIP"),
    "city": QT_TRANSLATE_NOOP("Columns", "Town"),
    "region": QT_TRANSLATE_NOOP("Columns", "State / region"),
    "country": QT_TRANSLATE_NOOP("Columns", "Country"),
    "channel": QT_TRANSLATE_NOOP("Columns", "How they got in touch"),
    "interest": QT_TRANSLATE_NOOP("Columns", "Interest"),
    "contacted": QT_TRANSLATE_NOOP("Columns", "First contact date"),
    "notes": QT_TRANSLATE_NOOP("Columns", "Notes"),
}

# Fields a row may fill from several columns: every non-empty value is kept
# (the first phone is the phone, the next the second phone, further e-mails
# go to the notes). Other fields take the first non-empty column.
MULTI_VALUE_FIELDS = {"phone", "phone2", "email"}
# Fields no second column may feed: two "Name" columns are a mistake to show.
_ONCE_FIELDS = {"first_name", "last_name", "full_name"}

# Google Contacts numbers its repeated columns ("E-mail 2 - Value",
# "Address 1 - Street"); Outlook has "E-mail 2 Address" and a Home block after
# the Business one. Patterns over the reduced header name catch them all.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), target)
    for pattern, target in (
        (r"^email\d*(value|address)$", "email"),
        (r"^phone\d*value$", "phone"),
        (r"^(home|other|car|assistants|companymain|radio|primary)phone\d*$", "phone2"),
        (r"^(business|mobile)phone\d+$", "phone2"),
        (r"^address\d*street$", "street"),
        (r"^address\d*extendedaddress$", "street2"),
        (r"^address\d*city$", "city"),
        (r"^address\d*region$", "region"),
        (r"^address\d*postalcode$", "postcode"),
        (r"^address\d*country$", "country"),
        (r"^organization\d*name$", "company"),
        (r"^website\d*value$", "website"),
        (r"^(home|other)street$", "street"),
        (r"^(home|other)street2$", "street2"),
        (r"^(home|other)city$", "city"),
        (r"^(home|other)state$", "region"),
        (r"^(home|other)postalcode$", "postcode"),
        (r"^(home|other)countryregion$", "country"),
        (r"^(personalwebpage|webpage)$", "website"),
    )
)

# Header names only one kind of export writes, to say which it was.
_GOOGLE_MARKS = {"email1value", "phone1value", "organization1name", "filesas"}
_OUTLOOK_MARKS = {"emailaddress", "businessstreet", "email2address", "businessfax"}

SOURCE_LABELS = {
    "google": "Google Contacts export",
    "outlook": "Outlook export",
    "spreadsheet": "spreadsheet",
    "remembered": "the mapping you chose last time for this layout",
    "vcard": "vCard address book",
}


def guess_field(header: str) -> str:
    """The field a column with this header most likely holds, or ""."""
    key = header_key(header)
    if not key:
        return ""
    target = _HEADER_INDEX.get(key)
    if target:
        return target
    for pattern, field in _PATTERNS:
        if pattern.match(key):
            return field
    return ""


def detect_source(headers: list[str]) -> str:
    """Which kind of export the headers look like: google, outlook, spreadsheet."""
    keys = {header_key(h) for h in headers}
    if keys & _GOOGLE_MARKS:
        return "google"
    if len(keys & _OUTLOOK_MARKS) >= 2:
        return "outlook"
    return "spreadsheet"


def suggest_mapping(headers: list[str]) -> list[str]:
    """A field (or "") for each column, as a first guess for the mapping screen.

    A name field goes to the first column naming it only; other fields may
    come from several columns, the first non-empty one winning in each row
    (Outlook's Home address fills in where the Business one is empty).
    Google's combined "Name" next to its own first and last name columns is
    left out.
    """
    mapping: list[str] = []
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field in taken and field in _ONCE_FIELDS:
            field = ""
        if field:
            taken.add(field)
        mapping.append(field)
    if {"first_name", "last_name"} & taken and "full_name" in taken:
        mapping = ["" if f == "full_name" else f for f in mapping]
    return mapping


def mapping_signature(headers: list[str]) -> str:
    """One string naming a file layout, for remembering its mapping."""
    import hashlib

    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:40]


def split_multi(value: str) -> list[str]:
    """Google puts several numbers or addresses in one cell, split by ":::"."""
    return [part.strip() for part in value.split(":::") if part.strip()]


def row_values(cells: list[str], mapping: list[str]) -> dict[str, str]:
    """One row's cells gathered into fields by the mapping.

    Phones fill ``phone`` then ``phone2``; a second e-mail address, and any
    phone past the second, are added to the notes so nothing typed is lost.
    """
    gathered: dict[str, list[str]] = {}
    for index, field in enumerate(mapping):
        if not field or index >= len(cells):
            continue
        value = unneutralise(cells[index].strip())
        if not value:
            continue
        parts = split_multi(value) if field in MULTI_VALUE_FIELDS else [value]
        gathered.setdefault(field, []).extend(parts)

    values: dict[str, str] = {}
    extra: list[str] = []
    phones = _unique(gathered.pop("phone", []) + gathered.pop("phone2", []))
    if phones:
        values["phone"] = phones[0]
    if len(phones) > 1:
        values["phone2"] = phones[1]
    extra += [f"Other phone: {p}" for p in phones[2:]]
    emails = _unique(gathered.pop("email", []))
    if emails:
        values["email"] = emails[0]
    extra += [f"Other e-mail: {e}" for e in emails[1:]]
    for field, found in gathered.items():
        values[field] = found[0]
    if extra:
        values["notes"] = "\n".join(filter(None, [values.get("notes", ""), *extra]))
    return values


def unneutralise(value: str) -> str:
    """Take off the apostrophe an export put before ``= + - @`` so a
    spreadsheet would not run the cell; the value is as it was typed."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = header_key(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
