"""What each dashboard chart shows: the report figures as chart series.

One function per chart, from ``ReportFigures`` to ``ChartData``; the
dashboard screen only hands the result to its chart widget. Bar lengths are
floats, but every value people read (labels, tooltips) is formatted from the
exact figures.

Words come from the domain's report labels, translated here; numbers and
money keep the shop's own locale, like the printed report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from followup_desk.domain import report_labels as words
from followup_desk.domain.reports import Bucket, ReportFigures
from followup_desk.ui import charts, formatting, messages, theme
from followup_desk.ui.charts import Series

STATUS_COLOUR = "#5b7fbd"
TOUCHES_COLOUR = "#36a3a0"


@dataclass(frozen=True)
class ChartData:
    categories: list[str]
    series: list[Series]
    totals: list[str] = field(default_factory=list)
    empty_text: str = ""


class _Counted(QObject):
    """Words with a count in them.

    A QObject so ``self.tr`` marks their plural forms: lupdate drops a plural
    ``QCoreApplication.translate`` whose count is not a literal number.
    """

    def customers(self, count: int) -> str:
        return self.tr("%Ln customers", "", count)


def month_name(first: dt.date, index: int) -> str:
    """``Mar``, with the year on January and on the first column only."""
    locale = QLocale()
    month = locale.standaloneMonthName(first.month, QLocale.FormatType.ShortFormat)
    if index == 0 or first.month == 1:
        return f"{month} {first:%y}"
    return month


def bucket_range(bucket: Bucket) -> str:
    """``0–7``, ``8+`` or ``5``: a bucket's bounds, without its unit."""
    if bucket.high is None:
        return f"{bucket.low}+"
    if bucket.low == bucket.high:
        return str(bucket.low)
    return f"{bucket.low}–{bucket.high}"


def people_kinds(f: ReportFigures) -> list[str]:
    """The kinds of follow-up anybody did, in the usual order."""
    return [k for k in words.KIND_PLURALS if any(k in p.by_kind for p in f.people)]


def _counts(name: str, values, colour: str, locale: str, unit: str = "") -> Series:
    values = tuple(values)
    suffix = f" {unit}" if unit else ""
    return Series(
        name,
        values,
        colour,
        tuple(f"{words.number_text(v, locale)}{suffix}" for v in values),
    )


def funnel(f: ReportFigures) -> ChartData:
    loc = f.locale
    stages = f.funnel.stages
    labels = tuple(
        f"{words.number_text(s.count, loc)} · {words.percent_text(s.share, loc)}"
        for s in stages
    )
    counts = tuple(s.count for s in stages)
    return ChartData(
        [messages.translated(s.label) for s in stages],
        [
            Series(
                QCoreApplication.translate("dashboard_series", "Prospects"),
                counts,
                theme.ACCENT,
                labels,
            )
        ],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "Nobody got in touch in this period"
        ),
    )


def statuses(f: ReportFigures) -> ChartData:
    items = list(f.statuses.items())
    return ChartData(
        [messages.translated(words.status_label(status)) for status, _n in items],
        [
            _counts(
                QCoreApplication.translate("dashboard_series", "Prospects"),
                (n for _s, n in items),
                STATUS_COLOUR,
                f.locale,
            )
        ],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "Nobody got in touch in this period"
        ),
    )


def week(f: ReportFigures) -> ChartData:
    kinds = f.week.kinds
    loc = f.locale
    return ChartData(
        [messages.translated(words.kind_plural(k.kind)) for k in kinds],
        [
            _counts(
                QCoreApplication.translate("dashboard_series", "Overdue"),
                (k.overdue for k in kinds),
                charts.OVERDUE_COLOUR,
                loc,
            ),
            _counts(
                QCoreApplication.translate("dashboard_series", "Due"),
                (k.due for k in kinds),
                charts.DUE_COLOUR,
                loc,
            ),
            _counts(
                QCoreApplication.translate("dashboard_series", "Done"),
                (k.done for k in kinds),
                charts.DONE_COLOUR,
                loc,
            ),
        ],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "Nothing due, overdue or done this week"
        ),
    )


def people(f: ReportFigures) -> ChartData:
    loc = f.locale
    return ChartData(
        [messages.translated(words.person_label(p.who)) for p in f.people],
        [
            _counts(
                messages.translated(words.kind_plural(kind)),
                (p.by_kind.get(kind, 0) for p in f.people),
                charts.KIND_COLOURS.get(kind, theme.MUTED),
                loc,
            )
            for kind in people_kinds(f)
        ],
        totals=[words.number_text(p.total, loc) for p in f.people],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "Nothing was marked done in this period"
        ),
    )


def conversions(f: ReportFigures) -> ChartData:
    months = f.conversions.months
    loc = f.locale
    totals = [f.conversions.total(i) for i in range(len(months))]
    return ChartData(
        [month_name(m.start, i) for i, m in enumerate(months)],
        [
            _counts(
                messages.translated(words.CHANNEL_PLURALS.get(channel, channel)),
                values,
                charts.CHANNEL_COLOURS.get(channel, theme.MUTED),
                loc,
            )
            for channel, values in f.conversions.series.items()
        ],
        totals=[words.number_text(t, loc) if t else "" for t in totals],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "No first orders in these twelve months"
        ),
    )


def _histogram(buckets: tuple[Bucket, ...], colour: str, locale: str) -> ChartData:
    counts = [b.count for b in buckets]
    counted = _Counted()
    return ChartData(
        [bucket_range(b) for b in buckets],
        [
            Series(
                QCoreApplication.translate("dashboard_series", "Customers"),
                tuple(counts),
                colour,
                tuple(counted.customers(n) for n in counts),
            )
        ],
        totals=[words.number_text(n, locale) if n else "" for n in counts],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "No customers won in this period"
        ),
    )


def days_to_order(f: ReportFigures) -> ChartData:
    return _histogram(f.time_to_order.day_buckets, theme.ACCENT, f.locale)


def touches_to_order(f: ReportFigures) -> ChartData:
    return _histogram(f.time_to_order.touch_buckets, TOUCHES_COLOUR, f.locale)


def costs(f: ReportFigures) -> ChartData:
    monthly = f.monthly_costs

    def money(value: Decimal | None) -> str:
        if value is None:
            return QCoreApplication.translate("dashboard_series", "no customers won")
        return words.money_text(value, f.currency, f.locale)

    parts = (
        (
            QCoreApplication.translate("dashboard_series", "Postage"),
            charts.POSTAGE_COLOUR,
            "postage",
        ),
        (
            QCoreApplication.translate("dashboard_series", "Printing"),
            charts.PRINTING_COLOUR,
            "printing",
        ),
        (
            QCoreApplication.translate("dashboard_series", "Quotations that ran out"),
            charts.QUOTES_LOST_COLOUR,
            "quotes_lost",
        ),
    )
    series = []
    for name, colour, part in parts:
        amounts = [c.per_customer(getattr(c, part)) for c in monthly]
        series.append(
            Series(
                name,
                tuple(float(v) if v is not None else 0.0 for v in amounts),
                colour,
                tuple(money(v) for v in amounts),
            )
        )
    return ChartData(
        [month_name(c.period.start, i) for i, c in enumerate(monthly)],
        series,
        totals=[
            words.whole_money_text(c.cost_per_customer, f.currency, f.locale)
            if c.cost_per_customer is not None
            else ""
            for c in monthly
        ],
        empty_text=QCoreApplication.translate(
            "dashboard_series", "No customers won, nothing posted: no cost to show"
        ),
    )


def money_axis(f: ReportFigures):
    """Axis numbers for the cost chart: whole amounts in the shop's currency."""

    def text(value: float) -> str:
        if abs(value - round(value)) > 1e-9:
            return ""
        return words.whole_money_text(Decimal(round(value)), f.currency, f.locale)

    return text


def overdue(f: ReportFigures) -> ChartData:
    trend = f.overdue
    if not trend:
        return ChartData(
            [],
            [],
            empty_text=QCoreApplication.translate(
                "dashboard_series", "This period has not started yet"
            ),
        )
    return ChartData(
        [formatting.day_and_month(day) for day, _n in trend],
        [
            _counts(
                QCoreApplication.translate("dashboard_series", "Overdue"),
                (n for _day, n in trend),
                charts.OVERDUE_COLOUR,
                f.locale,
                QCoreApplication.translate("dashboard_series", "overdue"),
            )
        ],
    )
