"""Quote arithmetic in ``Decimal``: line amounts, discounts, tax and totals.

How a shop rounds is a rule of its country and its bookkeeping, so it is data
(:class:`MoneyRules`), not code: the currency's smallest unit (cents, whole
yen, three-decimal dinars), whether tax is rounded on every line or once per
rate on the total, and, for Swiss francs, a grand total rounded to 5 rappen.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from followup_desk.translatable import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
HUNDRED = Decimal(100)

ROUND_PER_LINE = "line"
ROUND_PER_TOTAL = "total"
ROUNDING_CHOICES = {
    ROUND_PER_TOTAL: QT_TRANSLATE_NOOP("Money", "Tax once per rate, on the total"),
    ROUND_PER_LINE: QT_TRANSLATE_NOOP("Money", "Tax on every line"),
}
# Currencies whose invoices round the grand total to a coin bigger than the
# smallest unit: Swiss invoices end in 0 or 5 rappen because no smaller coin
# exists.
TOTAL_STEPS = {"CHF": Decimal("0.05")}


class MoneyInputError(ValueError):
    """A typed amount that is not a number the shop can use."""


def parse_decimal(
    text: str | Decimal | int, *, allow_negative: bool = False
) -> Decimal:
    """Read a number typed by a person: ``1,234.50``, ``12,5`` or ``7``.

    A lone comma is taken as the decimal mark; with both marks present the
    last one is the decimal mark.
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        cleaned = str(text).strip().replace(" ", "").replace("\u00a0", "")
        cleaned = cleaned.rstrip("%")
        if "," in cleaned and "." in cleaned:
            if cleaned.rfind(",") > cleaned.rfind("."):
                cleaned = cleaned.replace(".", "").replace(",", ".")
            else:
                cleaned = cleaned.replace(",", "")
        elif "," in cleaned:
            cleaned = cleaned.replace(",", ".")
        if not cleaned:
            raise MoneyInputError(QT_TRANSLATE_NOOP("Money", "Enter a number."))
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise MoneyInputError(
                QT_TRANSLATE_NOOP("Money", "“{text}” is not a number.").format(
                    text=text
                )
            ) from None
    if not value.is_finite():
        raise MoneyInputError(QT_TRANSLATE_NOOP("Money", "Enter a finite number."))
    if value < 0 and not allow_negative:
        raise MoneyInputError(
            QT_TRANSLATE_NOOP("Money", "The number cannot be negative.")
        )
    return value


def round_money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@functools.lru_cache(maxsize=32)
def minor_unit(currency: str) -> Decimal:
    """The smallest amount of ``currency``: 0.01 for USD, 1 for JPY."""
    from babel.numbers import get_currency_precision

    try:
        digits = get_currency_precision(currency.upper())
    except Exception:  # babel raises several types for unknown codes
        digits = 2
    return Decimal(1).scaleb(-digits)


def round_to(value: Decimal, unit: Decimal) -> Decimal:
    """``value`` rounded half up to a multiple of ``unit`` (0.01, 1 or 0.05)."""
    if unit == unit.to_integral_value() or unit.normalize().as_tuple().digits == (1,):
        return value.quantize(unit, rounding=ROUND_HALF_UP)
    steps = (value / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (steps * unit).quantize(minor_exponent(unit))


def minor_exponent(unit: Decimal) -> Decimal:
    """The decimal places of ``unit`` as a quantum: 0.05 → 0.01."""
    return Decimal(1).scaleb(unit.normalize().as_tuple().exponent)


@dataclass(frozen=True)
class MoneyRules:
    """How one quote's amounts are rounded; fixed when the quote is made."""

    currency: str = "USD"
    rounding: str = ROUND_PER_TOTAL

    @property
    def unit(self) -> Decimal:
        return minor_unit(self.currency)

    @property
    def total_step(self) -> Decimal | None:
        return TOTAL_STEPS.get(self.currency.upper())

    def round(self, value: Decimal) -> Decimal:
        return round_to(value, self.unit)


@dataclass(frozen=True)
class LineItem:
    """One quote line as the customer reads it.

    ``code`` and ``unit`` come from the catalogue ("DOOR-80", "h"); a
    free-text line for a one-off leaves them empty.
    """

    description: str
    quantity: Decimal = Decimal(1)
    unit_price: Decimal = Decimal(0)
    discount_pct: Decimal = Decimal(0)
    tax_pct: Decimal = Decimal(0)
    code: str = ""
    unit: str = ""

    @property
    def gross_before_discount(self) -> Decimal:
        return round_money(self.quantity * self.unit_price)

    @property
    def discount(self) -> Decimal:
        return round_money(self.gross_before_discount * self.discount_pct / HUNDRED)

    @property
    def net(self) -> Decimal:
        """Amount after discount, before tax, rounded per line."""
        return self.gross_before_discount - self.discount

    @property
    def tax(self) -> Decimal:
        return round_money(self.net * self.tax_pct / HUNDRED)


@dataclass(frozen=True)
class LineAmounts:
    """What one line comes to under a quote's rules, each amount rounded."""

    before_discount: Decimal
    discount: Decimal
    net: Decimal
    tax: Decimal  # this line's own tax, rounded as the line rule asks


def line_amounts(line: LineItem, rules: MoneyRules | None = None) -> LineAmounts:
    """The line's amounts in the currency's smallest unit.

    Line amounts are always rounded, whatever the tax rule: they are printed,
    and a customer adding up the printed lines must reach the printed total.
    """
    rules = rules or MoneyRules()
    before = rules.round(line.quantity * line.unit_price)
    discount = rules.round(before * line.discount_pct / HUNDRED)
    net = before - discount
    return LineAmounts(before, discount, net, rules.round(net * line.tax_pct / HUNDRED))


@dataclass(frozen=True)
class QuoteTotals:
    """The sums under a quote's lines; ``gross`` is what the customer pays."""

    net: Decimal
    discount: Decimal
    tax: Decimal
    gross: Decimal
    tax_by_rate: dict[Decimal, Decimal] = field(default_factory=dict)
    net_by_rate: dict[Decimal, Decimal] = field(default_factory=dict)
    # Added to reach the currency's smallest coin (Swiss 5 rappen); else 0.
    rounding: Decimal = Decimal(0)


def quote_totals(
    lines: Iterable[LineItem], rules: MoneyRules | None = None
) -> QuoteTotals:
    """Sum the lines under ``rules``.

    Per total (the default), each rate's tax is computed once on the summed
    net amounts at that rate; per line, every line's tax is rounded and the
    rounded taxes are added up. The two can differ by a cent or so, which is
    why a shop must be able to pick its country's way.
    """
    rules = rules or MoneyRules()
    zero = rules.round(Decimal(0))
    net = discount = zero
    net_by_rate: dict[Decimal, Decimal] = {}
    line_tax_by_rate: dict[Decimal, Decimal] = {}
    for line in lines:
        amounts = line_amounts(line, rules)
        net += amounts.net
        discount += amounts.discount
        rate = line.tax_pct.normalize()
        net_by_rate[rate] = net_by_rate.get(rate, zero) + amounts.net
        line_tax_by_rate[rate] = line_tax_by_rate.get(rate, zero) + amounts.tax
    if rules.rounding == ROUND_PER_LINE:
        tax_by_rate = dict(sorted(line_tax_by_rate.items()))
    else:
        tax_by_rate = {
            rate: rules.round(amount * rate / HUNDRED)
            for rate, amount in sorted(net_by_rate.items())
        }
    tax = sum(tax_by_rate.values(), zero)
    gross = net + tax
    rounding = zero
    step = rules.total_step
    if step is not None:
        rounding = round_to(gross, step) - gross
        gross += rounding
    return QuoteTotals(
        net=net,
        discount=discount,
        tax=tax,
        gross=gross,
        tax_by_rate=tax_by_rate,
        net_by_rate=dict(sorted(net_by_rate.items())),
        rounding=rounding,
    )


def format_money(amount: Decimal, currency: str = "USD", locale: str = "en_US") -> str:
    """Amount as the shop's customers write it, e.g. ``$1,234.50`` or ``1.234,50 €``."""
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale)
