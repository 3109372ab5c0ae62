from decimal import Decimal as D

import pytest

from followup_desk.domain.money import (
    LineItem,
    MoneyInputError,
    format_money,
    parse_decimal,
    quote_totals,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("19.99", D("19.99")),
        ("19,99", D("19.99")),
        ("1,234.50", D("1234.50")),
        ("1.234,50", D("1234.50")),
        (" 7 ", D(7)),
        ("10%", D(10)),
    ],
)
def test_parse_decimal_reads_what_people_type(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["abc", "", "1.2.3x", "NaN", "-3"])
def test_parse_decimal_refuses_nonsense_with_a_reason(text):
    with pytest.raises(MoneyInputError) as err:
        parse_decimal(text)
    assert str(err.value)


def test_line_amounts_are_exact_decimals():
    line = LineItem("Widget", D(3), D("0.10"), D(0), D(0))
    assert line.net == D("0.30")
    assert isinstance(line.net, D)


def test_totals_with_discount_and_two_tax_rates():
    lines = [
        LineItem("A", D(2), D("19.99"), D(10), D(19)),
        LineItem("B", D(1), D("100.00"), D(0), D(7)),
        LineItem("C", D("0.5"), D("33.33"), D(0), D(19)),
    ]
    totals = quote_totals(lines)
    # A: 39.98 - 4.00 = 35.98; C: 16.665 -> 16.67; net at 19 % = 52.65
    assert totals.discount == D("4.00")
    assert totals.net == D("152.65")
    assert totals.tax_by_rate == {D(7): D("7.00"), D(19): D("10.00")}
    assert totals.tax == D("17.00")
    assert totals.gross == D("169.65")


def test_money_formats_in_the_shop_locale():
    assert format_money(D("1234.5"), "USD", "en_US") == "$1,234.50"
    assert format_money(D("1234.5"), "EUR", "de_DE") == "1.234,50\xa0€"
