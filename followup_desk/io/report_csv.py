"""The figures behind the owner's report, as a CSV file for a spreadsheet.

One figure per row, in five columns (section, item, detail, value, unit), so
a spreadsheet can filter or pivot them without knowing the report's layout.
Numbers are written plainly (``1234.50``, no currency sign or thousands
separator) so every spreadsheet reads them as numbers; the unit column says
what they count. The file is UTF-8 with a byte-order mark, which is what
makes Excel read accented and non-Latin names correctly.
"""

from __future__ import annotations

import csv
import logging
import os
import secrets
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from followup_desk.domain import report_labels as words
from followup_desk.domain.reports import CostSummary, ReportFigures

log = logging.getLogger(__name__)

HEADER = ("section", "item", "detail", "value", "unit")
# A cell starting with one of these is run as a formula by spreadsheets; a
# person's name or a step title must never be.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Row = tuple[str, str, str, object, str]


def write_report_csv(path: str | os.PathLike[str], figures: ReportFigures) -> Path:
    """Write every figure of the report to ``path``; returns the path.

    The file appears under its name only once complete, like the PDFs.
    """
    target = Path(path)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            for row in report_rows(figures):
                writer.writerow([_cell(value) for value in row])
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    log.info("Wrote the report figures for %s", figures.period.label())
    return target


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    if text.startswith(_FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


def report_rows(f: ReportFigures) -> Iterator[Row]:
    """Every figure as (section, item, detail, value, unit)."""
    currency = f.currency
    yield ("report", "period", "first day", f.period.start.isoformat(), "date")
    yield ("report", "period", "last day", f.period.end.isoformat(), "date")
    yield ("report", "channel", "", words.channel_label(f.channel), "")
    yield ("report", "figures as of", "", f.today.isoformat(), "date")

    for stage in f.funnel.stages:
        yield ("funnel", stage.label, "prospects", stage.count, "prospects")
        yield ("funnel", stage.label, "share of first contacts", stage.share, "%")
    yield ("funnel", "Became customers", "", f.funnel.conversion_rate, "%")

    for status, count in f.statuses.items():
        yield ("status now", words.status_label(status), "", count, "prospects")

    for kind in f.week.kinds:
        label = words.kind_plural(kind.kind)
        yield ("this week", label, "overdue", kind.overdue, "follow-ups")
        yield ("this week", label, "due", kind.due, "follow-ups")
        yield ("this week", label, "done", kind.done, "follow-ups")

    for person in f.people:
        who = words.person_label(person.who)
        for kind, count in person.by_kind.items():
            yield ("done by person", who, words.kind_plural(kind), count, "follow-ups")

    won = "customers won per month"
    for channel, values in f.conversions.series.items():
        label = words.CHANNEL_PLURALS.get(channel, channel)
        for month, count in zip(f.conversions.months, values, strict=True):
            yield (won, month.start.strftime("%Y-%m"), label, count, "customers")

    t = f.time_to_order
    days, touches = "time to first order", "follow-ups to first order"
    yield (days, "customers won", "", t.customers, "customers")
    yield (days, "median", "", t.median_days, "days")
    for bucket in t.day_buckets:
        yield (days, bucket.label, "", bucket.count, "customers")
    yield (touches, "median", "", t.median_touches, "follow-ups")
    for bucket in t.touch_buckets:
        yield (touches, bucket.label, "", bucket.count, "customers")

    yield from _cost_rows("cost", "period", f.cost, currency)
    for summary in f.monthly_costs:
        month = summary.period.start.strftime("%Y-%m")
        yield from _cost_rows("cost per month", month, summary, currency)

    for day, count in f.overdue:
        yield ("overdue", day.isoformat(), "", count, "follow-ups")

    within = f"ordered within {f.within_days} days"
    for step in f.steps:
        name = step.title
        yield ("plan steps", name, "reached", step.reached, "prospects")
        yield ("plan steps", name, within, step.ordered_within, "prospects")
        yield ("plan steps", name, "ordered later", step.ordered_after, "prospects")
        if step.cost is not None:
            yield ("plan steps", name, "cost", step.cost, currency)
            yield ("plan steps", name, "cost per order", step.cost_per_order, currency)


def _cost_rows(
    section: str, item: str, cost: CostSummary, currency: str
) -> Iterator[Row]:
    yield (section, item, "packages posted", cost.packages_posted, "pieces")
    yield (section, item, "packages handed over", cost.packages_handed_over, "pieces")
    yield (section, item, "mailers posted", cost.mailers, "pieces")
    yield (section, item, "postage", cost.postage, currency)
    yield (section, item, "printing", cost.printing, currency)
    yield (section, item, "quotations that ran out", cost.quotes_lost, currency)
    yield (section, item, "customers won", cost.customers, "customers")
    yield (section, item, "cost per customer", cost.cost_per_customer, currency)
