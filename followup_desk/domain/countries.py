"""What a shop's country implies: currency, paper, time zone, holidays, formats.

The first-run wizard asks for the country once and fills in the rest from
here; the owner may still change each of them. Country and region names come
from Babel's CLDR data, holiday regions from the ``holidays`` package (loaded
only when asked, as it is slow to import).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.domain.workdays import holiday_regions

# Countries spanning several zones, with the zone most of their shops keep.
# Elsewhere CLDR's first zone for the country is the one.
_MAIN_ZONES = {
    "US": "America/New_York",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "RU": "Europe/Moscow",
    "MX": "America/Mexico_City",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "DE": "Europe/Berlin",
    "AR": "America/Argentina/Buenos_Aires",
    "CL": "America/Santiago",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "NZ": "Pacific/Auckland",
    "UA": "Europe/Kyiv",
    "CN": "Asia/Shanghai",
    "EC": "America/Guayaquil",
}
# CLDR lists codes for groupings and placeholders among the territories.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "BV", "HM"}


@dataclass(frozen=True)
class CountryDefaults:
    """What follows from a country unless the owner says otherwise."""

    code: str
    name: str
    currency: str
    locale: str
    timezone: str
    zones: tuple[str, ...]
    letter_paper: bool
    has_holidays: bool

    @property
    def paper_name(self) -> str:
        return "Letter" if self.letter_paper else "A4"


def _sort_key(name: str) -> str:
    # "Österreich" sorts with the O's, as people look for it.
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _babel_locale(display_locale: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(display_locale or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


@lru_cache(maxsize=8)
def country_choices(display_locale: str = "en") -> tuple[tuple[str, str], ...]:
    """Every country as (code, name in ``display_locale``), sorted by name."""
    names = _babel_locale(display_locale).territories
    pairs = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda pair: _sort_key(pair[1])))


def country_defaults(code: str, display_locale: str = "en") -> CountryDefaults:
    """Currency, locale, time zone and paper for a two-letter country code."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    code = (code or "US").strip().upper()
    name = _babel_locale(display_locale).territories.get(code, code)
    currencies = get_territory_currencies(code) or ["USD"]
    zones = tuple(get_global("territory_zones").get(code, ()))
    main = _MAIN_ZONES.get(code) or (zones[0] if zones else "UTC")
    if main in zones:
        zones = (main, *[zone for zone in zones if zone != main])
    elif zones:
        zones = (main, *zones)
    else:
        zones = (main,)
    paper = CompanyInfo(name="", address=PostalAddress(country=code))
    return CountryDefaults(
        code=code,
        name=name,
        currency=currencies[0],
        locale=_likely_locale(code),
        timezone=main,
        zones=zones,
        letter_paper=paper.uses_letter_paper,
        has_holidays=code in _holiday_countries(),
    )


def _likely_locale(code: str) -> str:
    """The language people in the country most likely write numbers in."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(f"und_{code}"))
    except (UnknownLocaleError, ValueError):
        return "en_US"


@lru_cache(maxsize=1)
def _holiday_countries() -> frozenset[str]:
    import holidays

    return frozenset(holidays.list_supported_countries())


def holiday_region_choices(code: str) -> tuple[tuple[str, str], ...]:
    """The country's regions with their own public holidays, as (code, label).

    Empty when the whole country keeps the same days, or when the holidays
    package does not know the country.
    """
    regions = holiday_regions(code)
    labels = [
        (region, region if name == region else f"{name} ({region})")
        for region, name in regions.items()
    ]
    return tuple(sorted(labels, key=lambda pair: _sort_key(pair[1])))


def upcoming_holidays(
    code: str, region: str, today: dt.date, count: int = 4
) -> list[tuple[dt.date, str]]:
    """The next public holidays from ``today`` on, as (day, name), soonest first."""
    import holidays

    try:
        table = holidays.country_holidays(
            code.upper(), subdiv=region or None, years=(today.year, today.year + 1)
        )
    except NotImplementedError:
        return []
    days = sorted((day, name) for day, name in table.items() if day >= today)
    return days[:count]
