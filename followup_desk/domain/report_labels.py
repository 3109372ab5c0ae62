"""How the owner's figures read: names of channels, kinds and statuses, numbers.

The printed report, the CSV file and the dashboard all use these, so a figure
is called the same everywhere. Plain words for front-desk staff and owners.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal

from followup_desk.domain.money import format_money
from followup_desk.translatable import QT_TRANSLATE_NOOP

# Marked for the screens, which translate them; printed reports read English.
CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("ReportLabels", "Phone call"),
    "walk_in": QT_TRANSLATE_NOOP("ReportLabels", "Walk-in"),
    "email": QT_TRANSLATE_NOOP("ReportLabels", "E-mail"),
}
CHANNEL_PLURALS = {
    "phone": QT_TRANSLATE_NOOP("ReportLabels", "Phone calls"),
    "walk_in": QT_TRANSLATE_NOOP("ReportLabels", "Walk-ins"),
    "email": QT_TRANSLATE_NOOP("ReportLabels", "E-mails"),
}
KIND_PLURALS = {
    "email": QT_TRANSLATE_NOOP("ReportLabels", "E-mails"),
    "call": QT_TRANSLATE_NOOP("ReportLabels", "Calls"),
    "package": QT_TRANSLATE_NOOP("ReportLabels", "Packages"),
    "mailer": QT_TRANSLATE_NOOP("ReportLabels", "Mailers"),
    "visit": QT_TRANSLATE_NOOP("ReportLabels", "Visits"),
}
STATUS_LABELS = {
    "prospect": QT_TRANSLATE_NOOP("ReportLabels", "Still a prospect"),
    "customer": QT_TRANSLATE_NOOP("ReportLabels", "Customer"),
    "lost": QT_TRANSLATE_NOOP("ReportLabels", "Lost"),
    "do_not_contact": QT_TRANSLATE_NOOP("ReportLabels", "Do not contact"),
}
NOBODY = QT_TRANSLATE_NOOP("ReportLabels", "Not recorded")
ALL_CHANNELS = QT_TRANSLATE_NOOP("ReportLabels", "All channels")
NO_FIGURE = "–"


def channel_label(channel: str | None) -> str:
    if not channel:
        return ALL_CHANNELS
    return CHANNEL_LABELS.get(channel, channel)


def kind_plural(kind: str) -> str:
    return KIND_PLURALS.get(kind, kind.replace("_", " ").capitalize())


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def person_label(who: str) -> str:
    return who.strip() or NOBODY


def percent_text(value: Decimal | None, locale: str = "en_US") -> str:
    """``37.5%`` (``37,5 %`` in German); a dash when there is no figure."""
    if value is None:
        return NO_FIGURE
    number = format_decimal(value, format="#,##0.0", locale=locale)
    return f"{number}\u00a0%" if not locale.startswith("en") else f"{number}%"


def number_text(value: Decimal | int | None, locale: str = "en_US") -> str:
    """A count or a median: ``1,234`` or ``19.5``; a dash when there is none."""
    if value is None:
        return NO_FIGURE
    return format_decimal(value, format="#,##0.#", locale=locale)


def money_text(value: Decimal | None, currency: str, locale: str) -> str:
    if value is None:
        return NO_FIGURE
    return format_money(value, currency, locale)


def whole_money_text(value: Decimal | None, currency: str, locale: str) -> str:
    """An amount rounded to whole units, ``$65``: for labels on charts."""
    if value is None:
        return NO_FIGURE
    return format_currency(
        value.quantize(Decimal(1), ROUND_HALF_UP),
        currency,
        format="¤#,##0",
        locale=locale,
        currency_digits=False,
    )


def days_text(value: Decimal | None, locale: str = "en_US") -> str:
    if value is None:
        return NO_FIGURE
    unit = "day" if value == 1 else "days"
    return f"{number_text(value, locale)} {unit}"
