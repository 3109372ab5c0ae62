"""How dates, names, statuses and amounts read on screen."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from followup_desk.domain.money import format_money
from followup_desk.domain.names import family_name_first, full_name

# Marked here, translated by the functions below when shown.
PROSPECT_STATUS_LABELS = {
    "prospect": QT_TRANSLATE_NOOP("formatting", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("formatting", "Customer"),
    "lost": QT_TRANSLATE_NOOP("formatting", "Lost"),
    "do_not_contact": QT_TRANSLATE_NOOP("formatting", "Do not contact"),
}
TOUCH_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("formatting", "Open"),
    "done": QT_TRANSLATE_NOOP("formatting", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("formatting", "Cancelled"),
    "skipped": QT_TRANSLATE_NOOP("formatting", "Skipped"),
}
INTEREST_LABELS = {
    "low": QT_TRANSLATE_NOOP("formatting", "Low"),
    "medium": QT_TRANSLATE_NOOP("formatting", "Medium"),
    "high": QT_TRANSLATE_NOOP("formatting", "High"),
}
# The weekday and the separator that follows or precedes it in a date format.
_WEEKDAY = re.compile(r"^dddd[,\s]*|[,\s]*dddd$")
# The year and what belongs to it: "yyyy年" leading, ", yyyy" or "yyyy 'г.'" trailing.
_YEAR = re.compile(r"^y+[^dM]*|[,\s]*y+(\s*'[^']*'\.?)?\s*$")


def _label(labels: dict[str, str], key: str) -> str:
    if key not in labels:
        return key
    return QCoreApplication.translate("formatting", labels[key])


def prospect_status_label(status: str) -> str:
    return _label(PROSPECT_STATUS_LABELS, status)


def touch_status_label(status: str) -> str:
    return _label(TOUCH_STATUS_LABELS, status)


def interest_label(interest: str) -> str:
    return _label(INTEREST_LABELS, interest)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def short_day(day: dt.date | None) -> str:
    """``Dec 4, 2026`` or ``4. Dez. 2026``: the locale's long date, shortened.

    A month name keeps it unambiguous in every country, unlike 12/4/26.
    """
    if day is None:
        return ""
    locale = QLocale()
    shape = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(to_qdate(day), shape.replace("MMMM", "MMM"))


def day_and_month(day: dt.date) -> str:
    """``Dec 4`` or ``4. Dez.``: :func:`short_day` without the year, for charts."""
    locale = QLocale()
    shape = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    shape = _YEAR.sub("", shape.replace("MMMM", "MMM"))
    return locale.toString(to_qdate(day), shape)


def month_and_year(day: dt.date) -> str:
    """``December 2026``, ``Dezember 2026``: the month named on its own."""
    return f"{QLocale().standaloneMonthName(day.month)} {day.year}"


def long_day(day: dt.date) -> str:
    """The locale's long date: ``Friday, December 4, 2026``, ``Freitag, 4. …``."""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def person_name(first: str, last: str, company: str = "") -> str:
    return full_name(first, last) or company


def list_name(first: str, last: str) -> str:
    """``Müller, Zoë``: the list is sorted by last name, so it leads.

    A Chinese, Japanese or Korean name already leads with it: ``山田 太郎``.
    """
    if family_name_first(first, last):
        return full_name(first, last)
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
