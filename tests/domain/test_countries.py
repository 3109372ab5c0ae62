"""What a country implies for a new shop: currency, paper, zone, holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_desk.domain.countries import (
    country_choices,
    country_defaults,
    holiday_region_choices,
    upcoming_holidays,
)


@pytest.mark.parametrize(
    ("code", "currency", "paper", "zone", "locale"),
    [
        ("US", "USD", "Letter", "America/New_York", "en_US"),
        ("CA", "CAD", "Letter", "America/Toronto", "en_CA"),
        ("DE", "EUR", "A4", "Europe/Berlin", "de_DE"),
        ("CH", "CHF", "A4", "Europe/Zurich", "de_CH"),
        ("GR", "EUR", "A4", "Europe/Athens", "el_GR"),
        ("JP", "JPY", "A4", "Asia/Tokyo", "ja_JP"),
        ("gb", "GBP", "A4", "Europe/London", "en_GB"),
    ],
)
def test_a_country_fills_in_the_rest(code, currency, paper, zone, locale):
    defaults = country_defaults(code)

    assert defaults.code == code.upper()
    assert (defaults.currency, defaults.paper_name) == (currency, paper)
    assert (defaults.timezone, defaults.locale) == (zone, locale)
    assert defaults.zones[0] == zone  # the usual zone leads the list
    assert defaults.has_holidays


def test_country_names_follow_the_language_and_sort_by_letters():
    german = dict(country_choices("de"))
    english = country_choices("en")

    assert german["DE"] == "Deutschland"
    assert german["AT"] == "Österreich"
    names = [name for _code, name in country_choices("de")]
    # "Österreich" sorts among the O's, not after "Zypern".
    assert names.index("Österreich") < names.index("Polen")
    assert ("EU", "European Union") not in english  # not a country


def test_regions_with_their_own_holidays():
    regions = dict(holiday_region_choices("DE"))

    assert regions["BY"] == "Bayern (BY)"
    assert holiday_region_choices("XX") == ()


def test_the_next_holidays_depend_on_the_region():
    bavaria = upcoming_holidays("DE", "BY", dt.date(2026, 12, 27), count=2)
    berlin = upcoming_holidays("DE", "BE", dt.date(2026, 12, 27), count=2)

    assert bavaria[0] == (dt.date(2027, 1, 1), "New Year's Day")
    assert bavaria[1][0] == dt.date(2027, 1, 6)  # Epiphany, in Bavaria only
    assert berlin[1][0] != dt.date(2027, 1, 6)
    assert upcoming_holidays("DE", "ZZ", dt.date(2026, 12, 27)) == []
