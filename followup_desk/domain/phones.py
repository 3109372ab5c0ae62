"""Phone numbers as people type them, put in one written form.

Spreadsheets and address books write one number many ways: "856-636-8749",
"(856) 636 8749", "+1 856 636 8749", "tel:+1-856-636-8749". We keep a number
from the shop's own country in the form people there write it, and a foreign
one in international form, so the list reads evenly and two spellings of one
number are recognised as the same person.

``phonenumbers`` is imported on first use: it loads its metadata lazily, and
start-up should not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup_desk.translatable import QT_TRANSLATE_NOOP

# Countries sharing the +1 plan write numbers 856-636-8749.
_NANP = {"US", "CA", "PR", "GU", "VI", "AS", "MP"}
_NOT_DIGIT = re.compile(r"\D+")


@dataclass(frozen=True)
class PhoneResult:
    """A number in its written form, its comparison key, and any doubt about it.

    ``key`` is the E.164 form ("+18566368749") when the number could be read,
    otherwise its digits; ``problem`` is empty when the number is a real one.
    """

    text: str
    key: str
    problem: str = ""


def normalise(
    raw: str, home_country: str = "US", contact_country: str = ""
) -> PhoneResult:
    """The number in ``raw`` written the usual way; unreadable input is kept.

    A number without a country code is read as one of ``contact_country``
    (else the shop's); it is written as the shop's staff would dial it.
    """
    import phonenumbers

    text = " ".join(raw.split())
    if text.lower().startswith("tel:"):
        text = text[4:]
    if not text:
        return PhoneResult("", "")
    home = (home_country or "US").upper()
    region = (contact_country or home).upper()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return PhoneResult(
            text,
            phone_key(text, region),
            QT_TRANSLATE_NOOP("Phones", "{number} is not a phone number").format(
                number=text
            ),
        )
    key = phone_key(text, region)
    if not phonenumbers.is_valid_number(number):
        return PhoneResult(
            text,
            key,
            QT_TRANSLATE_NOOP(
                "Phones", "{number} looks incomplete or wrong; it is kept as written"
            ).format(number=text),
        )
    region = phonenumbers.region_code_for_number(number)
    if region == home or (home in _NANP and region in _NANP):
        written = _national(number, region)
    else:
        written = phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
    return PhoneResult(written, key)


def phone_key(raw: str, home_country: str = "US") -> str:
    """What two spellings of one number have in common; "" for no number.

    Cheaper than :func:`normalise` (no validity check), as it runs on every
    save and over every prospect when the key column is first filled.
    """
    if not raw or not raw.strip():
        return ""
    text = raw.strip()
    home = (home_country or "US").upper()
    digits = _digits(text)
    if home in _NANP and not text.startswith(("+", "00")) and "x" not in text:
        # Ten digits in a +1 country are the whole number; spares the parser.
        if len(digits) == 10:
            return f"+1{digits}"
        if len(digits) == 11 and digits[0] == "1":
            return f"+{digits}"
    import phonenumbers

    if text.lower().startswith("tel:"):
        text = text[4:]
    try:
        number = phonenumbers.parse(text, home)
    except phonenumbers.NumberParseException:
        return digits
    return f"+{number.country_code}{number.national_number}"


def _national(number, region: str) -> str:
    import phonenumbers

    if region in _NANP:
        digits = str(number.national_number)
        written = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        if number.extension:
            written += f" ext. {number.extension}"
        return written
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)
