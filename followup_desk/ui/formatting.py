"""How dates, names, statuses and amounts read on screen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from followup_desk.domain.money import format_money

PROSPECT_STATUS_LABELS = {
    "prospect": "Prospect",
    "customer": "Customer",
    "lost": "Lost",
    "do_not_contact": "Do not contact",
}
TOUCH_STATUS_LABELS = {
    "open": "Open",
    "done": "Done",
    "cancelled": "Cancelled",
    "skipped": "Skipped",
}
INTEREST_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def short_day(day: dt.date | None) -> str:
    """``4 Dec 2026``: unambiguous in every country, unlike 12/4/26."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), "d MMM yyyy")


def long_day(day: dt.date) -> str:
    """``Friday, 4 December 2026``."""
    return QLocale().toString(to_qdate(day), "dddd, d MMMM yyyy")


def person_name(first: str, last: str, company: str = "") -> str:
    name = " ".join(x for x in (first, last) if x)
    return name or company


def list_name(first: str, last: str) -> str:
    """``Müller, Zoë``: the list is sorted by last name, so it leads."""
    if first and last:
        return f"{last}, {first}"
    return last or first


def plain_number(value: Decimal) -> str:
    """A typed number shown back without noise: ``2``, ``19.99``, ``7.5``."""
    text = format(value.normalize(), "f")
    return text


def price(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


def money(amount: Decimal, currency: str, locale: str) -> str:
    return format_money(amount, currency, locale)
