"""The owner's figures, read from the database: one query per figure.

Each query returns a few grouped rows rather than one row per prospect or
touch, so a year of a busy shop (tens of thousands of prospects, hundreds of
thousands of touches) is counted by the database, from the indexes added for
these reports in schema migration 5. The grouped rows are handed to
``domain.reports``, which holds every rule about what is counted.

The queries stay portable between SQLite and PostgreSQL; the two places where
the dialects differ (the day part of a timestamp, and days between two days)
go through ``_day_of`` and ``_days_between``.

Every ``*_prospects`` function answers "who is behind this bar?" for the
dashboard's click-through: prospect ids, ordered by name.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import JOIN, SQL, PostgresqlDatabase, fn

from followup_desk.domain import reports as r
from followup_desk.domain.money import LineItem
from followup_desk.domain.plan import CHANNELS, KINDS
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.models import CompanyProfile, Prospect, Quote, QuoteLine
from followup_desk.storage.models import Touch as _Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

P = Prospect
T = _Touch
# A second name for the touch table inside subqueries about one prospect.
T2 = _Touch.alias("report_touch")

MAX_WITHIN_DAYS = 365


# -- dialect helpers -----------------------------------------------------------


def _is_postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def _day_of(timestamp):
    """The calendar day of a timestamp column, as SQL."""
    if _is_postgres():
        return timestamp.cast("date")
    # SQLite keeps timestamps as ISO text; CAST would make it a number.
    return fn.date(timestamp)


def _days_between(later, earlier):
    """Whole days from ``earlier`` to ``later`` (both days), as SQL."""
    if _is_postgres():
        return later - earlier  # date minus date is an integer there
    return fn.julianday(later) - fn.julianday(earlier)


def _as_date(value) -> dt.date | None:
    # SQLite returns computed days as text; PostgreSQL as dates.
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_int(value) -> int | None:
    return None if value is None else int(round(float(value)))


def _after(day: dt.date) -> dt.date:
    """The day after: timestamps of ``day`` are all below its midnight."""
    return day + r.ONE_DAY


def _checked_channel(channel: str | None) -> str | None:
    if channel in (None, "", "all"):
        return None
    if channel not in CHANNELS:
        raise ValidationError(
            "channel",
            QT_TRANSLATE_NOOP(
                "Reports", "Channel must be one of: {items}, or all."
            ).format(items=", ".join(CHANNELS)),
        )
    return channel


def _on_channel(query, channel: str | None):
    return query.where(P.channel == channel) if channel else query


def _by_name(query):
    return query.order_by(P.search_last, P.search_first, P.id)


def _done_since(start: dt.date):
    """Touches done on ``start`` or later, as a condition the index serves.

    The report index on touches starts with the kind, so naming every kind
    turns one scan of all kinds into a short range per kind.
    """
    return T.kind.in_(KINDS) & (T.done_at >= start)


def _done_between(start: dt.date, end: dt.date):
    """Touches done from ``start`` to ``end``, both days included."""
    return _done_since(start) & (T.done_at < _after(end))


# -- the cohort: funnel and statuses -------------------------------------------


def _cohort_flags(first_response: frozenset[str]):
    """Per prospect: quoted? got the package? followed up? ordered?"""
    quoted = fn.EXISTS(Quote.select(SQL("1")).where(Quote.prospect == P.id))
    got_package = fn.EXISTS(
        T2.select(SQL("1")).where(
            (T2.prospect == P.id) & (T2.status == "done") & (T2.kind == "package")
        )
    )
    follow_up = (T2.prospect == P.id) & (T2.status == "done")
    if first_response:
        follow_up &= T2.step_key.not_in(sorted(first_response))
    followed_up = fn.EXISTS(T2.select(SQL("1")).where(follow_up))
    return {
        "quoted": quoted,
        "package": got_package,
        "followed_up": followed_up,
        "ordered": P.first_order_on.is_null(False),
    }


def cohort_rows(period: r.Period, channel: str | None = None) -> list[r.CohortRow]:
    """The period's first contacts, grouped by status and how far they got."""
    flags = _cohort_flags(r.first_response_steps(profile_service.default_plan()))
    inner = _on_channel(
        P.select(
            P.status.alias("status"),
            *(expr.alias(name) for name, expr in flags.items()),
        ).where(P.first_contact.between(period.start, period.end)),
        channel,
    ).alias("cohort")
    columns = [inner.c.status, *(getattr(inner.c, name) for name in flags)]
    query = P.select(*columns, fn.COUNT(SQL("*"))).from_(inner).group_by(*columns)
    return [
        r.CohortRow(status, bool(q), bool(pk), bool(fu), bool(o), count)
        for status, q, pk, fu, o, count in query.tuples()
    ]


def funnel_prospects(
    stage: str, period: r.Period, channel: str | None = None
) -> list[int]:
    """Prospects first contacted in the period who reached ``stage``."""
    query = _on_channel(
        P.select(P.id).where(P.first_contact.between(period.start, period.end)),
        _checked_channel(channel),
    )
    if stage != "first_contact":
        flags = _cohort_flags(r.first_response_steps(profile_service.default_plan()))
        query = query.where(flags[stage])
    return [pid for (pid,) in _by_name(query).tuples()]


def status_prospects(
    status: str, period: r.Period, channel: str | None = None
) -> list[int]:
    query = P.select(P.id).where(
        P.first_contact.between(period.start, period.end) & (P.status == status)
    )
    query = _on_channel(query, _checked_channel(channel))
    return [pid for (pid,) in _by_name(query).tuples()]


# -- this week's work and who did it -------------------------------------------


def _touches(channel: str | None, *columns):
    query = T.select(*columns)
    if channel:
        query = query.join(P, on=(T.prospect == P.id)).where(P.channel == channel)
    return query


def open_touch_rows(until: dt.date, channel: str | None = None) -> list:
    """Open touches due by ``until`` (all the overdue ones among them)."""
    count = fn.COUNT(T.id)
    query = (
        _touches(channel, T.kind, T.due, T.latest, count)
        .where((T.status == "open") & (T.due <= until))
        .group_by(T.kind, T.due, T.latest)
    )
    return [
        r.OpenTouchRow(kind, _as_date(due), _as_date(latest), n)
        for kind, due, latest, n in query.tuples()
    ]


def done_touch_rows(period: r.Period, channel: str | None = None) -> list:
    """Touches done in the period, per kind and person."""
    # The status is grouped, not filtered: with a filter on it, SQLite would
    # pick the (status, due, kind) index and read every done touch ever.
    count = fn.COUNT(T.id)
    query = (
        _touches(channel, T.status, T.kind, T.done_by, count)
        .where(_done_between(period.start, period.end))
        .group_by(T.status, T.kind, T.done_by)
    )
    return [
        r.DoneTouchRow(kind, who or "", None, n)
        for status, kind, who, n in query.tuples()
        if status == "done"
    ]


def person_prospects(
    who: str | None,
    period: r.Period,
    channel: str | None = None,
    kind: str | None = None,
) -> list[int]:
    """Prospects ``who`` (anybody, for None) did a touch for in the period."""
    condition = (
        (T2.prospect == P.id)
        & (T2.status == "done")
        & (T2.done_at >= period.start)
        & (T2.done_at < _after(period.end))
    )
    if who is not None:
        condition &= T2.done_by == who
    if kind:
        condition &= T2.kind == kind
    query = P.select(P.id).where(fn.EXISTS(T2.select(SQL("1")).where(condition)))
    query = _on_channel(query, _checked_channel(channel))
    return [pid for (pid,) in _by_name(query).tuples()]


def week_prospects(
    which: str, kind: str | None, today: dt.date, channel: str | None = None
) -> list[int]:
    """Prospects behind one bar of this week's work: overdue, due or done."""
    week = r.week_of(today)
    if which == "done":
        return person_prospects(None, r.Period(week.start, today), channel, kind)
    condition = (T2.prospect == P.id) & (T2.status == "open")
    if which == "overdue":
        condition &= T2.latest < today
    else:
        condition &= (T2.latest >= today) & (T2.due <= week.end)
    if kind:
        condition &= T2.kind == kind
    query = P.select(P.id).where(fn.EXISTS(T2.select(SQL("1")).where(condition)))
    query = _on_channel(query, _checked_channel(channel))
    return [pid for (pid,) in _by_name(query).tuples()]


def prospect_summaries(ids: list[int]) -> list[tuple]:
    """Who the picked prospects are, in the order of ``ids``.

    Each row: id, first name, last name, company, channel, status, first
    contact, first order (or None).
    """
    found: dict[int, tuple] = {}
    for start in range(0, len(ids), 500):
        query = P.select(
            P.id,
            P.first_name,
            P.last_name,
            P.company,
            P.channel,
            P.status,
            P.first_contact,
            P.first_order_on,
        ).where(P.id.in_(ids[start : start + 500]))
        found.update((row[0], row) for row in query.tuples())
    return [found[pid] for pid in ids if pid in found]


# -- customers won -------------------------------------------------------------


def order_rows(period: r.Period, channel: str | None = None) -> list[r.OrderRow]:
    """First orders placed in the period, per day and channel."""
    query = (
        P.select(P.first_order_on, P.channel, fn.COUNT(P.id))
        .where(P.first_order_on.between(period.start, period.end))
        .group_by(P.first_order_on, P.channel)
    )
    query = _on_channel(query, channel)
    return [r.OrderRow(_as_date(day), ch, n) for day, ch, n in query.tuples() if day]


def won_rows(period: r.Period, channel: str | None = None) -> list[r.WonRow]:
    """Each customer who placed a first order in the period."""
    touches_done = (
        T2.select(fn.COUNT(T2.id))
        .where((T2.prospect == P.id) & (T2.status == "done"))
        .alias("touches_done")
    )
    query = P.select(
        P.id, P.channel, P.first_contact, P.first_order_on, touches_done
    ).where(P.first_order_on.between(period.start, period.end))
    query = _on_channel(query, channel)
    return [
        r.WonRow(pid, ch, _as_date(first), _as_date(ordered), n or 0)
        for pid, ch, first, ordered, n in query.tuples()
    ]


def won_prospects(period: r.Period, channel: str | None = None) -> list[int]:
    """Customers whose first order falls in the period."""
    query = P.select(P.id).where(P.first_order_on.between(period.start, period.end))
    query = _on_channel(query, _checked_channel(channel))
    return [pid for (pid,) in _by_name(query).tuples()]


# -- what it cost --------------------------------------------------------------


def cost_rates(profile: CompanyProfile | None = None) -> r.CostRates:
    profile = profile or profile_service.get_profile()
    return r.CostRates(
        postage_package=profile_service.stored_cost(profile, "cost_package"),
        postage_mailer=profile_service.stored_cost(profile, "cost_mailer"),
        printing_package=profile_service.stored_cost(profile, "print_cost_package"),
        printing_mailer=profile_service.stored_cost(profile, "print_cost_mailer"),
    )


def piece_rows(period: r.Period, channel: str | None = None) -> list[r.PieceRow]:
    """Packages and mailers that went out in the period, per day."""
    if channel:
        return _piece_rows_of_channel(period, channel)
    day = _day_of(T.done_at)
    query = (
        T.select(day, T.status, T.kind, fn.COUNT(T.id))
        .where(
            T.kind.in_(r.POSTED_KINDS)
            & (T.done_at >= period.start)
            & (T.done_at < _after(period.end))
        )
        .group_by(day, T.status, T.kind)
    )
    handed_over = _handovers(period)
    rows = []
    # A plain cursor: a year holds hundreds of day rows, and peewee would
    # turn each day into a datetime first.
    for done_on, status, kind, count in database.execute(query):
        if status != "done":
            continue
        done_on = _as_date(done_on)
        if kind == "package":
            given = min(count, handed_over.pop(done_on, 0))
            if given:
                rows.append(r.PieceRow(done_on, kind, False, given))
            count -= given
        if count:
            rows.append(r.PieceRow(done_on, kind, True, count))
    return rows


def _handovers(period: r.Period) -> dict[dt.date, int]:
    """Packages walk-ins took home, per day.

    A walk-in's package changes hands at the visit, so only walk-ins first
    seen in the period are looked at. The prospects drive the query (hence
    the outer join): there are far fewer of them than touches.
    """
    day = _day_of(T.done_at)
    query = (
        P.select(day, fn.COUNT(T.id))
        .join(
            T,
            JOIN.LEFT_OUTER,
            on=(T.prospect == P.id) & (T.status == "done") & (T.kind == "package"),
        )
        .where(
            (P.channel == "walk_in") & P.first_contact.between(period.start, period.end)
        )
        .group_by(day)
    )
    return {_as_date(d): n for d, n in database.execute(query) if d is not None and n}


def _piece_rows_of_channel(period: r.Period, channel: str) -> list[r.PieceRow]:
    day = _day_of(T.done_at)
    query = (
        T.select(day, T.status, T.kind, fn.COUNT(T.id))
        .join(P, on=(T.prospect == P.id))
        .where(
            T.kind.in_(r.POSTED_KINDS)
            & (T.done_at >= period.start)
            & (T.done_at < _after(period.end))
            & (P.channel == channel)
        )
        .group_by(day, T.status, T.kind)
    )
    return [
        r.PieceRow(_as_date(done_on), kind, channel != "walk_in", n)
        for done_on, status, kind, n in database.execute(query)
        if status == "done"
    ]


def lost_quote_rows(period: r.Period, channel: str | None = None) -> list:
    """Quotations that ran out in the period before any first order.

    Their value is summed in Python: the amounts are exact decimals kept as
    text, and SQL would add them up as floating-point numbers. The database
    groups identical lines first, so each distinct line is worked out once.
    """
    not_ordered = P.first_order_on.is_null() | (P.first_order_on > Quote.valid_until)
    query = (
        QuoteLine.select(
            Quote.valid_until,
            QuoteLine.quantity,
            QuoteLine.unit_price,
            QuoteLine.discount_pct,
            fn.COUNT(QuoteLine.id),
        )
        .join(Quote, on=(QuoteLine.quote == Quote.id))
        .join(P, on=(Quote.prospect == P.id))
        .where(Quote.valid_until.between(period.start, period.end) & not_ordered)
        .group_by(
            Quote.valid_until,
            QuoteLine.quantity,
            QuoteLine.unit_price,
            QuoteLine.discount_pct,
        )
    )
    query = _on_channel(query, channel)
    nets: dict[dt.date, Decimal] = {}
    # Shops quote the same few products again and again: work each line out
    # once, whatever day its quotation ran out.
    line_net: dict[tuple[str, str, str], Decimal] = {}
    # A plain cursor: peewee would make a Decimal of every cell first.
    for until, quantity, price, discount, count in database.execute(query):
        key = (quantity, price, discount)
        net = line_net.get(key)
        if net is None:
            item = LineItem("", Decimal(quantity), Decimal(price), Decimal(discount))
            net = line_net[key] = item.net
        until = _as_date(until)
        nets[until] = nets.get(until, Decimal(0)) + net * count
    return [r.LostQuoteRow(until, net) for until, net in sorted(nets.items())]


# -- touches left overdue ------------------------------------------------------


def late_spans(days: list[dt.date], channel: str | None = None) -> list[r.LateSpan]:
    """Touches that were overdue on at least one of ``days``.

    Cancelled touches are left out: a cancellation keeps no date, and the
    touches it ends belong to prospects who ordered or were given up.
    """
    if not days:
        return []
    first, last = days[0], days[-1]
    still_open = (
        _touches(channel, T.latest, fn.COUNT(T.id))
        .where((T.status == "open") & (T.due < last) & (T.latest < last))
        .group_by(T.latest)
    )
    spans = [r.LateSpan(_as_date(latest), None, n) for latest, n in still_open.tuples()]
    done_on = _day_of(T.done_at)
    done_late = (
        _touches(channel, T.latest, done_on, fn.COUNT(T.id))
        .where(_done_since(first) & (T.latest < last) & (done_on > T.latest))
        .group_by(T.latest, done_on)
    )
    spans += [
        r.LateSpan(_as_date(latest), _as_date(day), n)
        for latest, day, n in done_late.tuples()
    ]
    return spans


def overdue_prospects(day: dt.date, channel: str | None = None) -> list[int]:
    """Prospects with a touch overdue at the start of ``day``."""
    waiting = T2.done_at.is_null() | (_day_of(T2.done_at) >= day)
    condition = (
        (T2.prospect == P.id)
        & (T2.latest < day)
        & (((T2.status == "open") & waiting) | ((T2.status == "done") & waiting))
    )
    query = P.select(P.id).where(fn.EXISTS(T2.select(SQL("1")).where(condition)))
    query = _on_channel(query, _checked_channel(channel))
    return [pid for (pid,) in _by_name(query).tuples()]


# -- which steps work ----------------------------------------------------------


def step_rows(period: r.Period, channel: str | None = None) -> list[r.StepRow]:
    """Steps done for the period's first contacts, with days to the order."""
    cohort = P.first_contact.between(period.start, period.end)
    # The cohort drives the query (hence the outer join, which the planner
    # may not turn around), reading each prospect's done touches from the
    # report index. Prospects who never ordered need no date arithmetic;
    # counting them apart keeps the larger half of the work a plain count.
    done = (T.prospect == P.id) & (T.status == "done")
    never = (
        P.select(T.step_key, P.channel, fn.COUNT(T.id))
        .join(T, JOIN.LEFT_OUTER, on=done)
        .where(cohort & P.first_order_on.is_null())
        .group_by(T.step_key, P.channel)
    )
    rows = [
        r.StepRow(key, "done", ch, None, n)
        for key, ch, n in _on_channel(never, channel).tuples()
        if key is not None
    ]
    days = _days_between(P.first_order_on, _day_of(T.done_at))
    ordered = (
        P.select(T.step_key, P.channel, days, fn.COUNT(T.id))
        .join(T, JOIN.LEFT_OUTER, on=done)
        .where(cohort & P.first_order_on.is_null(False))
        .group_by(T.step_key, P.channel, days)
    )
    rows += [
        r.StepRow(key, "done", ch, _as_int(gap), n)
        for key, ch, gap, n in _on_channel(ordered, channel).tuples()
        if key is not None
    ]
    return rows


def step_prospects(
    step_key: str,
    period: r.Period,
    channel: str | None = None,
    within_days: int | None = None,
) -> list[int]:
    """Prospects for whom the step was done; with ``within_days``, only those
    who ordered within that many days after it."""
    condition = (
        (T2.prospect == P.id) & (T2.step_key == step_key) & (T2.status == "done")
    )
    query = P.select(P.id).where(P.first_contact.between(period.start, period.end))
    if within_days is not None:
        gap = _days_between(P.first_order_on, _day_of(T2.done_at))
        condition &= P.first_order_on.is_null(False) & (gap >= 0) & (gap <= within_days)
    query = query.where(fn.EXISTS(T2.select(SQL("1")).where(condition)))
    query = _on_channel(query, _checked_channel(channel))
    return [pid for (pid,) in _by_name(query).tuples()]


# -- everything together -------------------------------------------------------


def figures(
    period: r.Period,
    channel: str | None = None,
    within_days: int = r.DEFAULT_WITHIN_DAYS,
    today: dt.date | None = None,
) -> r.ReportFigures:
    """Every figure of the dashboard and the monthly report.

    Cohort figures are for the prospects first contacted in ``period``;
    activity figures for what happened in it. ``today`` (the shop's today by
    default) sets "this week" and where the overdue trend stops.
    """
    channel = _checked_channel(channel)
    if not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise ValidationError(
            "within_days",
            QT_TRANSLATE_NOOP(
                "Reports",
                "“Ordered within” must be between 0 and {MAX_WITHIN_DAYS} days.",
            ).format(MAX_WITHIN_DAYS=MAX_WITHIN_DAYS),
        )
    profile = profile_service.get_profile()
    today = today or profile_service.shop_today(profile)
    plan = profile_service.default_plan()
    rates = cost_rates(profile)
    months = r.trend_months(period)
    span = r.Period(min(months[0].start, period.start), max(period.end, today))
    week = r.week_of(today)
    trend_days = r.trend_days(period, today)
    timings: dict[str, float] = {}

    def timed(name: str, work: Callable[[], object]):
        started = time.perf_counter()
        result = work()
        timings[name] = round((time.perf_counter() - started) * 1000, 1)
        return result

    cohort = timed("cohort", lambda: cohort_rows(period, channel))
    open_rows = timed("week_open", lambda: open_touch_rows(week.end, channel))
    week_done = timed(
        "week_done", lambda: done_touch_rows(r.Period(week.start, today), channel)
    )
    people = timed("people", lambda: done_touch_rows(period, channel))
    orders = timed("orders", lambda: order_rows(span, channel))
    won = timed("won", lambda: won_rows(period, channel))
    pieces = timed("pieces", lambda: piece_rows(span, channel))
    lost = timed("lost_quotes", lambda: lost_quote_rows(span, channel))
    spans = timed("overdue", lambda: late_spans(trend_days, channel))
    steps = timed("steps", lambda: step_rows(period, channel))

    cost, *monthly = r.cost_summaries(pieces, orders, lost, rates, [period, *months])
    result = r.ReportFigures(
        period=period,
        channel=channel,
        today=today,
        within_days=within_days,
        currency=profile.currency,
        locale=profile.locale,
        funnel=r.funnel(cohort),
        statuses=r.by_status(cohort),
        week=r.week_load(open_rows, week_done, today),
        people=r.done_per_person(people),
        conversions=r.conversions_by_month(orders, months, channel),
        time_to_order=r.time_to_order(won),
        cost=cost,
        monthly_costs=monthly,
        overdue=r.overdue_trend(spans, trend_days),
        steps=r.step_results(plan, steps, within_days, rates),
        timings_ms=timings,
    )
    log.info(
        "Report figures for %s (%s) in %.0f ms",
        period.label(),
        channel or "all channels",
        sum(timings.values()),
    )
    return result


# -- saving the report --------------------------------------------------------


@dataclass(frozen=True)
class SavedReport:
    figures: r.ReportFigures
    pdf: Path
    csv: Path | None


def _writable(path: Path, suffix: str) -> Path:
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Reports", "{path} is a folder; give a file name ending in {suffix}."
            ).format(path=path, suffix=suffix)
        )
    if not path.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Reports", "The folder {parent} does not exist.").format(
                parent=path.parent
            )
        )
    return path


def save_report(
    period: r.Period,
    pdf: Path,
    csv: Path | None = None,
    channel: str | None = None,
    within_days: int = r.DEFAULT_WITHIN_DAYS,
    today: dt.date | None = None,
) -> SavedReport:
    """Write the report for ``period`` as a PDF, and its figures as a CSV."""
    profile = profile_service.get_profile()
    today = today or profile_service.shop_today(profile)
    if period.start > today:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP(
                "Reports",
                "{label} has not started yet; pick this month or an earlier one.",
            ).format(label=period.label()),
        )
    pdf = _writable(pdf, ".pdf")
    csv = _writable(csv, ".csv") if csv is not None else None
    result = figures(period, channel, within_days, today)

    from followup_desk.io.report_csv import write_report_csv
    from followup_desk.printing.report import write_report_pdf

    write_report_pdf(pdf, profile_service.company_info(profile), result)
    if csv is not None:
        write_report_csv(csv, result)
    return SavedReport(result, pdf, csv)
