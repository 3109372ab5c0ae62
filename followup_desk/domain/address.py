"""Postal addresses and the shop profile as printed documents need them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followup_desk.domain.postal import format_lines

_US_ZIP = re.compile(r"^\d{3,5}(-\d{4})?$")


def repair_us_zip(code: str) -> str:
    """Put back leading zeros that a spreadsheet stripped from a US ZIP."""
    code = code.strip()
    if not _US_ZIP.match(code):
        return code
    main, _, plus4 = code.partition("-")
    main = main.zfill(5)
    return f"{main}-{plus4}" if plus4 else main


@dataclass(frozen=True)
class PostalAddress:
    name: str = ""
    company: str = ""
    street: str = ""
    street2: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = "US"

    def lines(self, home_country: str | None = None) -> list[str]:
        """Address lines in the order the post wants them.

        The country line is added only for mail leaving ``home_country``.
        """
        # Line order, capitals and the postal code's place per country come
        # from Google's address data, applied in domain/postal.py.
        return format_lines(self, home_country)

    @property
    def is_complete(self) -> bool:
        return bool(self.street and self.city and (self.postcode or self.region))


def country_name(code: str, locale: str = "en") -> str:
    from babel import Locale

    try:
        return Locale.parse(locale).territories.get(code.upper(), code)
    except Exception:  # babel raises several types for odd locale strings
        return code


@dataclass(frozen=True)
class CompanyInfo:
    """The shop as it appears on every printed page."""

    name: str
    address: PostalAddress = field(default_factory=PostalAddress)
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None
    currency: str = "USD"
    locale: str = "en_US"

    @property
    def country(self) -> str:
        return (self.address.country or "US").upper()

    @property
    def uses_letter_paper(self) -> bool:
        return self.country in {"US", "CA", "MX", "PH", "CL", "CO", "VE"}
