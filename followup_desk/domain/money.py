"""Quote arithmetic in ``Decimal``: line amounts, discounts, tax and totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


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
            raise MoneyInputError("Enter a number.")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise MoneyInputError(f"“{text}” is not a number.") from None
    if not value.is_finite():
        raise MoneyInputError("Enter a finite number.")
    if value < 0 and not allow_negative:
        raise MoneyInputError("The number cannot be negative.")
    return value


def round_money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineItem:
    """One quote line as the customer reads it."""

    description: str
    quantity: Decimal = Decimal(1)
    unit_price: Decimal = Decimal(0)
    discount_pct: Decimal = Decimal(0)
    tax_pct: Decimal = Decimal(0)

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
class QuoteTotals:
    net: Decimal
    discount: Decimal
    tax: Decimal
    gross: Decimal
    tax_by_rate: dict[Decimal, Decimal] = field(default_factory=dict)


def quote_totals(lines: Iterable[LineItem]) -> QuoteTotals:
    """Sum the lines; tax is computed per rate on the summed net amounts."""
    net = Decimal("0.00")
    discount = Decimal("0.00")
    net_by_rate: dict[Decimal, Decimal] = {}
    for line in lines:
        net += line.net
        discount += line.discount
        rate = line.tax_pct.normalize()
        net_by_rate[rate] = net_by_rate.get(rate, Decimal("0.00")) + line.net
    tax_by_rate = {
        rate: round_money(amount * rate / HUNDRED)
        for rate, amount in sorted(net_by_rate.items())
    }
    tax = sum(tax_by_rate.values(), Decimal("0.00"))
    return QuoteTotals(
        net=net, discount=discount, tax=tax, gross=net + tax, tax_by_rate=tax_by_rate
    )


def format_money(amount: Decimal, currency: str = "USD", locale: str = "en_US") -> str:
    """Amount as the shop's customers write it, e.g. ``$1,234.50`` or ``1.234,50 €``."""
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale)
