"""Which CSV column holds what: header names and cell values as data.

Spreadsheets, address books and web shops name their columns differently
("Surname", "Last Name", "last_name"); the tables below list the names we
recognise for each prospect field. A header is compared after lower-casing and
dropping everything but letters and digits, so "E-mail Address", "email
address" and "EMAIL_ADDRESS" are one name.
"""

from __future__ import annotations

import re

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
    "country": ("country", "Country Code", "Country/Region", "Business Country"),
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
