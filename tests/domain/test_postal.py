"""Addresses laid out per country, line by line, as each post wants them."""

import pytest

from followup_desk.domain.address import PostalAddress
from followup_desk.domain.postal import (
    check,
    country_line,
    format_lines,
    household_key,
    postcode_sort_key,
)

US = PostalAddress(
    name="Art Venere",
    company="Chemel & Sons <Ltd>",
    street="8 W Cerritos Ave #54",
    city="Bridgeport",
    region="New Jersey",
    postcode="08014-2345",
    country="US",
)
UK = PostalAddress(
    name="Sarah Jones",
    company="Jones Bakery",
    street="10 Downing Street",
    street2="Flat 2",
    city="London",
    postcode="sw1a 2aa",
    country="GB",
)
DE = PostalAddress(
    name="Jürgen Groß",
    company="Fahrräder Groß GmbH",
    street="Hauptstraße 5",
    city="München",
    region="Bayern",
    postcode="80331",
    country="DE",
)
FR = PostalAddress(
    name="Marie Dupont",
    company="Dupont SA",
    street="12 rue de la Paix",
    city="Paris",
    postcode="75002",
    country="FR",
)
JP_LATIN = PostalAddress(
    name="Taro Yamada",
    company="Yamada Shoji",
    street="1-1 Chiyoda",
    city="Chiyoda-ku",
    region="Tokyo",
    postcode="100-0001",
    country="JP",
)
JP_NATIVE = PostalAddress(
    name="山田太郎",
    company="山田商事",
    street="千代田1-1",
    city="千代田区",
    region="東京都",
    postcode="100-0001",
    country="JP",
)
CA = PostalAddress(
    name="Jean Tremblay",
    company="Tremblay & Fils",
    street="111 Wellington St",
    city="Ottawa",
    region="Ontario",
    postcode="K1A 0A9",
    country="CA",
)


def test_us_zip_plus_four_after_the_state_in_capitals():
    assert format_lines(US, "US") == [
        "Art Venere",
        "Chemel & Sons <Ltd>",
        "8 W Cerritos Ave #54",
        "BRIDGEPORT, NJ 08014-2345",
    ]


def test_uk_post_town_and_postcode_on_lines_of_their_own():
    assert format_lines(UK, "GB") == [
        "Sarah Jones",
        "Jones Bakery",
        "10 Downing Street",
        "Flat 2",
        "LONDON",
        "SW1A 2AA",
    ]


def test_germany_postcode_before_the_town_in_normal_case_at_home():
    assert format_lines(DE, "DE") == [
        "Jürgen Groß",
        "Fahrräder Groß GmbH",
        "Hauptstraße 5",
        "80331 München",
    ]


def test_germany_from_abroad_gets_the_town_in_capitals_and_a_country_line():
    assert format_lines(DE, "US") == [
        "Jürgen Groß",
        "Fahrräder Groß GmbH",
        "Hauptstraße 5",
        "80331 MÜNCHEN",
        "GERMANY",
    ]


def test_france_company_above_the_person_town_in_capitals():
    assert format_lines(FR, "FR") == [
        "Dupont SA",
        "Marie Dupont",
        "12 rue de la Paix",
        "75002 PARIS",
    ]


def test_japan_in_latin_letters_from_abroad():
    assert format_lines(JP_LATIN, "US") == [
        "Taro Yamada",
        "Yamada Shoji",
        "1-1 Chiyoda, Chiyoda-ku, TOKYO",
        "100-0001",
        "JAPAN",
    ]


def test_japan_in_japanese_starts_with_the_postcode_and_ends_with_the_name():
    assert format_lines(JP_NATIVE, "JP") == [
        "〒100-0001",
        "東京都",
        "千代田区千代田1-1",
        "山田商事",
        "山田太郎",
    ]


def test_canada_all_capitals_province_abbreviated():
    assert format_lines(CA, "CA") == [
        "JEAN TREMBLAY",
        "TREMBLAY & FILS",
        "111 WELLINGTON ST",
        "OTTAWA ON K1A 0A9",
    ]


def test_canada_from_the_us_adds_the_country():
    assert format_lines(CA, "US")[-2:] == ["OTTAWA ON K1A 0A9", "CANADA"]


def test_country_line_in_the_senders_language():
    assert country_line("FR", "de_DE") == "FRANKREICH"
    assert country_line("FR", "not a locale") == "FRANCE"


def test_missing_fields_leave_no_stray_commas():
    no_state = PostalAddress(
        name="Ann", street="1 Main St", city="Peoria", postcode="61602", country="US"
    )
    assert format_lines(no_state, "US")[-1] == "PEORIA 61602"
    no_town = PostalAddress(name="Ann", street="1 Main St", region="IL", country="US")
    assert format_lines(no_town, "US")[-1] == "IL"


@pytest.mark.parametrize("address", [US, UK, DE, FR, JP_LATIN, JP_NATIVE, CA])
def test_complete_addresses_have_no_problems(address):
    assert check(address) == []


def test_missing_and_malformed_fields_are_named_in_plain_words():
    broken = PostalAddress(street="8 W Cerritos Ave", postcode="8014", country="US")
    messages = {p.field: p.message for p in check(broken)}
    assert messages == {
        "name": "Add a name or a company.",
        "city": "The town is missing.",
        "region": "The state is missing.",
        "postcode": "“8014” does not look like a United States ZIP code "
        "(for example 95014).",
    }


def test_uk_postcode_and_canadian_province_are_checked():
    bad_uk = PostalAddress(name="A", street="1 High St", city="Leeds", country="GB")
    assert [p.field for p in check(bad_uk)] == ["postcode"]
    bad_ca = PostalAddress(
        name="B",
        street="1 Rue",
        city="Montréal",
        region="Quebecc",
        postcode="H3Z 2Y7",
        country="CA",
    )
    assert check(bad_ca)[0].message == "“Quebecc” is not a province of Canada."


def test_unknown_country_is_flagged_and_still_prints():
    odd = PostalAddress(name="C", street="1 Road", city="Nowhere", country="QQ")
    assert check(odd)[0].field == "country"
    assert format_lines(odd, "US")[:2] == ["C", "1 Road"]


def test_household_key_ignores_case_accents_and_punctuation():
    one = PostalAddress(name="A", street="12 Main St.", city="Peoria", country="US")
    two = PostalAddress(name="B", street="12  main st", city="PEORIA", country="us")
    nowhere = PostalAddress(name="C", city="Peoria", country="US")
    assert household_key(one) == household_key(two) != ""
    assert household_key(nowhere) == ""


def test_postcode_order_puts_home_first_and_blank_codes_last():
    home = [PostalAddress(postcode=code, country="US") for code in ("9", "", "0")]
    abroad = PostalAddress(postcode="00100", country="FI")
    ordered = sorted([*home, abroad], key=lambda a: postcode_sort_key(a, "US"))
    assert [(a.country, a.postcode) for a in ordered] == [
        ("US", "0"),
        ("US", "9"),
        ("US", ""),
        ("FI", "00100"),
    ]
