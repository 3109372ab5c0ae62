"""Quote totals under two countries' rounding rules, with exact amounts."""

from decimal import Decimal as D

import pytest

from followup_desk.domain.money import (
    LineItem,
    MoneyRules,
    format_money,
    line_amounts,
    minor_unit,
    quote_totals,
    round_to,
)

# Germany: tax once per rate on the summed line amounts (UStG).
GERMANY = MoneyRules("EUR", "total")
# A shop whose bookkeeping rounds every line's tax (common for US sales tax
# on itemised invoices).
PER_LINE = MoneyRules("EUR", "line")


def mixed_lines() -> list[LineItem]:
    return [
        LineItem("Schraube M6", D(3), D("0.99"), D(0), D(19)),
        LineItem("Montage", D("1.5"), D("45.00"), D(10), D(19)),
        LineItem("Handbuch", D(1), D("12.99"), D(0), D(7)),
    ]


def test_mixed_rates_and_a_discount_taxed_per_total():
    totals = quote_totals(mixed_lines(), GERMANY)
    # Montage: 67.50 less 10 % = 60.75; net at 19 % = 2.97 + 60.75 = 63.72
    assert totals.net_by_rate == {D(7): D("12.99"), D(19): D("63.72")}
    # 63.72 x 19 % = 12.1068 -> 12.11; 12.99 x 7 % = 0.9093 -> 0.91
    assert totals.tax_by_rate == {D(7): D("0.91"), D(19): D("12.11")}
    assert totals.discount == D("6.75")
    assert totals.net == D("76.71")
    assert totals.tax == D("13.02")
    assert totals.gross == D("89.73")
    assert totals.rounding == D(0)


def test_the_same_lines_taxed_per_line_come_to_a_cent_less():
    totals = quote_totals(mixed_lines(), PER_LINE)
    # 2.97 x 19 % = 0.5643 -> 0.56 and 60.75 x 19 % = 11.5425 -> 11.54
    assert totals.tax_by_rate == {D(7): D("0.91"), D(19): D("12.10")}
    assert totals.tax == D("13.01")
    assert totals.gross == D("89.72")
    assert totals.net == D("76.71")


def test_per_line_tax_on_many_small_lines():
    lines = [LineItem("Clip", D(1), D("0.99"), tax_pct=D(19))] * 3
    assert quote_totals(lines, PER_LINE).tax == D("0.57")  # 3 x 0.19
    assert quote_totals(lines, GERMANY).tax == D("0.56")  # 2.97 x 19 %


def test_swiss_francs_round_the_total_to_five_rappen():
    lines = [LineItem("Service", D(1), D("10.03"), tax_pct=D("8.1"))]
    totals = quote_totals(lines, MoneyRules("CHF", "total"))
    # 10.03 + 0.81 tax = 10.84, rounded to the nearest 0.05
    assert totals.tax == D("0.81")
    assert totals.rounding == D("0.01")
    assert totals.gross == D("10.85")
    assert format_money(totals.gross, "CHF", "de_CH") == "CHF\xa010.85"


def test_yen_have_no_cents():
    lines = [LineItem("Tatami", D(3), D(333), D(5), D(10))]
    totals = quote_totals(lines, MoneyRules("JPY", "total"))
    amounts = line_amounts(lines[0], MoneyRules("JPY"))
    # 999 less 5 % = 949.05 -> discount 50 (half up), net 949
    assert (amounts.before_discount, amounts.discount, amounts.net) == (
        D(999),
        D(50),
        D(949),
    )
    assert totals.tax == D(95)  # 94.9
    assert totals.gross == D(1044)
    assert format_money(totals.gross, "JPY", "ja_JP") == "￥1,044"


def test_minor_units_come_from_the_currency():
    assert minor_unit("USD") == D("0.01")
    assert minor_unit("JPY") == D(1)
    assert minor_unit("BHD") == D("0.001")
    assert minor_unit("XXQ") == D("0.01")  # unknown: cents


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (D("2.345"), D("0.01"), D("2.35")),
        (D("2.344"), D("0.01"), D("2.34")),
        (D("10.825"), D("0.05"), D("10.85")),
        (D("10.824"), D("0.05"), D("10.80")),
        (D("-1.005"), D("0.01"), D("-1.01")),
        (D("1234.5"), D(1), D(1235)),
    ],
)
def test_rounding_is_half_up_to_the_step(value, unit, expected):
    assert round_to(value, unit) == expected


def test_the_default_rules_keep_cents_and_tax_per_total():
    lines = mixed_lines()
    assert quote_totals(lines) == quote_totals(lines, MoneyRules("USD", "total"))
    assert all(isinstance(v, D) for v in quote_totals(lines).tax_by_rate.values())
