"""The owner's figures: is following up paying off?

Everything here is computed from plain rows, so it can be tested with a
handful of hand-written rows and no database. The services run the queries
(aggregated in SQL where the data is large) and hand over rows of the shapes
defined below; most carry a ``count`` so that one row can stand for many
prospects or touches with the same values.

Two kinds of period are used, and the wording on screen says which:

* a **cohort** is the prospects first contacted in the period: the funnel,
  their statuses and which plan steps led to orders;
* **activity** is what happened in the period, whoever it was for: touches
  done, customers won (first orders placed), money spent, quotations that ran
  out, touches left overdue.

Rates and money are ``Decimal``; day counts are whole days on the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from followup_desk.domain.money import round_money
from followup_desk.domain.plan import CHANNELS, KINDS, Plan
from followup_desk.translatable import QT_TRANSLATE_NOOP

ONE_DAY = dt.timedelta(days=1)
PERCENT = Decimal("0.1")

FUNNEL_STAGES: tuple[tuple[str, str], ...] = (
    ("first_contact", QT_TRANSLATE_NOOP("ReportLabels", "First contacts")),
    ("quoted", QT_TRANSLATE_NOOP("ReportLabels", "Quoted")),
    ("package", QT_TRANSLATE_NOOP("ReportLabels", "Package sent")),
    ("followed_up", QT_TRANSLATE_NOOP("ReportLabels", "Followed up")),
    ("ordered", QT_TRANSLATE_NOOP("ReportLabels", "First order")),
)
STATUS_ORDER = ("prospect", "customer", "lost", "do_not_contact")
POSTED_KINDS = ("package", "mailer")

# Buckets of the "how long until the first order" histograms: (low, high),
# both included; None means no upper end.
DAY_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 7),
    (8, 14),
    (15, 30),
    (31, 60),
    (61, 90),
    (91, 180),
    (181, None),
)
TOUCH_BUCKETS: tuple[tuple[int, int | None], ...] = (
    *((n, n) for n in range(10)),
    (10, None),
)
DEFAULT_WITHIN_DAYS = 30
TREND_MONTHS = 12


# -- periods -------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("The period ends before it starts.")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = dt.date(year, month, 1)
        return cls(first, _month_end(first))

    @classmethod
    def month_of(cls, day: dt.date) -> Period:
        return cls.month(day.year, day.month)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_whole_month(self) -> bool:
        return self.start.day == 1 and self.end == _month_end(self.start)

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def months(self) -> list[Period]:
        """The calendar months the period touches, each whole."""
        result = []
        first = self.start.replace(day=1)
        while first <= self.end:
            result.append(Period.month(first.year, first.month))
            first = _month_end(first) + ONE_DAY
        return result

    def label(self) -> str:
        """``March 2026`` for a whole month, else ``2 Mar 2026 – 31 May 2026``."""
        if self.is_whole_month:
            return f"{self.start:%B %Y}"
        return f"{_short(self.start)} – {_short(self.end)}"


def _short(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return following - ONE_DAY


def parse_month(text: str) -> Period:
    """``2026-03`` as the whole of March 2026; ValueError says what to type."""
    cleaned = text.strip()
    year, sep, month = cleaned.partition("-")
    if (
        sep
        and len(year) == 4
        and year.isdigit()
        and month.isdigit()
        and len(month) in (1, 2)
        and 1 <= int(month) <= 12
        and int(year) >= 1900
    ):
        return Period.month(int(year), int(month))
    raise ValueError(f"“{text}” is not a month; write it as YYYY-MM, e.g. 2026-03")


def week_of(day: dt.date) -> Period:
    """Monday to Sunday of the week ``day`` falls in."""
    monday = day - dt.timedelta(days=day.weekday())
    return Period(monday, monday + dt.timedelta(days=6))


def last_months(today: dt.date, count: int) -> Period:
    """The ``count`` whole months up to and including today's."""
    end = _month_end(today)
    first = today.replace(day=1)
    for _ in range(count - 1):
        first = (first - ONE_DAY).replace(day=1)
    return Period(first, end)


def trend_months(period: Period, count: int = TREND_MONTHS) -> list[Period]:
    """``count`` whole months ending with the month the period ends in."""
    return last_months(period.end, count).months()


def trend_days(period: Period, today: dt.date) -> list[dt.date]:
    """Days to sample the overdue trend on: daily up to two months, else weekly.

    Days after ``today`` have no history yet and are left out.
    """
    end = min(period.end, today)
    if end < period.start:
        return []
    step = 1 if period.days <= 62 else 7
    days = []
    day = period.start
    while day <= end:
        days.append(day)
        day += dt.timedelta(days=step)
    if days[-1] != end:
        days.append(end)
    return days


# -- small arithmetic ----------------------------------------------------------


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in per cent, to one decimal; None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(PERCENT, ROUND_HALF_UP)


def median(values: Sequence[int]) -> Decimal | None:
    """The middle value (the mean of the two middle ones for an even count)."""
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Decimal(ordered[middle])
    return (Decimal(ordered[middle - 1]) + Decimal(ordered[middle])) / 2


def bucket_label(low: int, high: int | None, unit: str = "") -> str:
    suffix = f" {unit}" if unit else ""
    if high is None:
        return f"{low}+{suffix}"
    if low == high:
        return f"{low}{suffix}"
    return f"{low}–{high}{suffix}"


def _bucket_of(value: int, buckets: Sequence[tuple[int, int | None]]) -> int | None:
    for index, (low, high) in enumerate(buckets):
        if value >= low and (high is None or value <= high):
            return index
    return None


# -- the funnel and statuses (cohort) ------------------------------------------


@dataclass(frozen=True)
class CohortRow:
    """Prospects first contacted in the period who share these facts."""

    status: str
    quoted: bool
    got_package: bool
    followed_up: bool
    ordered: bool
    count: int = 1


@dataclass(frozen=True)
class FunnelStage:
    key: str
    label: str
    count: int
    share: Decimal | None  # per cent of the first contacts


@dataclass(frozen=True)
class Funnel:
    """How far the period's first contacts got.

    Each stage counts the prospects who reached it, whatever happened before:
    an e-mail enquirer gets no package but can still be followed up and
    order, so a later stage can be larger than the one before it.
    """

    stages: tuple[FunnelStage, ...]

    def count(self, key: str) -> int:
        return next(stage.count for stage in self.stages if stage.key == key)

    @property
    def first_contacts(self) -> int:
        return self.count("first_contact")

    @property
    def ordered(self) -> int:
        return self.count("ordered")

    @property
    def conversion_rate(self) -> Decimal | None:
        """First orders per first contact, in per cent."""
        return percent(self.ordered, self.first_contacts)


def funnel(rows: Iterable[CohortRow]) -> Funnel:
    totals = dict.fromkeys((key for key, _label in FUNNEL_STAGES), 0)
    for row in rows:
        totals["first_contact"] += row.count
        totals["quoted"] += row.count if row.quoted else 0
        totals["package"] += row.count if row.got_package else 0
        totals["followed_up"] += row.count if row.followed_up else 0
        totals["ordered"] += row.count if row.ordered else 0
    first = totals["first_contact"]
    return Funnel(
        tuple(
            FunnelStage(key, label, totals[key], percent(totals[key], first))
            for key, label in FUNNEL_STAGES
        )
    )


def by_status(rows: Iterable[CohortRow]) -> dict[str, int]:
    """Prospects per status, known statuses first in their usual order."""
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row.status] += row.count
    ordered = {status: counts.pop(status, 0) for status in STATUS_ORDER}
    ordered.update(sorted(counts.items()))
    return ordered


def first_response_steps(plan: Plan) -> frozenset[str]:
    """Steps that answer the enquiry itself: the same-day quote and package.

    A prospect counts as "followed up" once any other step was done for them.
    """
    return frozenset(
        step.key
        for step in plan.steps
        if step.anchor == "first_contact" and step.offset == 0
    )


# -- this week's work ----------------------------------------------------------


@dataclass(frozen=True)
class OpenTouchRow:
    """Open touches of one kind sharing a due day and a latest day."""

    kind: str
    due: dt.date
    latest: dt.date
    count: int = 1


@dataclass(frozen=True)
class DoneTouchRow:
    """Touches of one kind done by one person (on one day, where it matters)."""

    kind: str
    who: str
    done_on: dt.date | None = None
    count: int = 1


@dataclass(frozen=True)
class KindLoad:
    kind: str
    overdue: int  # open and past the last day of their window
    due: int  # open, due by Sunday, not overdue
    done: int  # done this week so far


@dataclass(frozen=True)
class WeekLoad:
    week: Period
    today: dt.date
    kinds: tuple[KindLoad, ...]

    @property
    def overdue(self) -> int:
        return sum(k.overdue for k in self.kinds)

    @property
    def due(self) -> int:
        return sum(k.due for k in self.kinds)

    @property
    def done(self) -> int:
        return sum(k.done for k in self.kinds)


def week_load(
    open_rows: Iterable[OpenTouchRow],
    done_rows: Iterable[DoneTouchRow],
    today: dt.date,
) -> WeekLoad:
    """Touches overdue, still due and done in the week of ``today``, by kind."""
    week = week_of(today)
    overdue: dict[str, int] = defaultdict(int)
    due: dict[str, int] = defaultdict(int)
    done: dict[str, int] = defaultdict(int)
    for row in open_rows:
        if row.latest < today:
            overdue[row.kind] += row.count
        elif row.due <= week.end:
            due[row.kind] += row.count
    for row in done_rows:
        if row.done_on is None or week.start <= row.done_on <= today:
            done[row.kind] += row.count
    kinds = _kinds_in_order(set(overdue) | set(due) | set(done))
    return WeekLoad(
        week,
        today,
        tuple(KindLoad(k, overdue[k], due[k], done[k]) for k in kinds),
    )


def _kinds_in_order(kinds: Iterable[str]) -> list[str]:
    present = set(kinds)
    return [k for k in KINDS if k in present] + sorted(present - set(KINDS))


# -- who did the work ----------------------------------------------------------


@dataclass(frozen=True)
class PersonLoad:
    who: str  # "" when nobody was recorded
    by_kind: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def done_per_person(rows: Iterable[DoneTouchRow]) -> list[PersonLoad]:
    """Touches done per person, busiest first."""
    people: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        people[row.who.strip()][row.kind] += row.count
    loads = [
        PersonLoad(who, {k: kinds[k] for k in _kinds_in_order(kinds)})
        for who, kinds in people.items()
    ]
    loads.sort(key=lambda p: (-p.total, p.who == "", p.who.casefold()))
    return loads


# -- customers won (activity) --------------------------------------------------


@dataclass(frozen=True)
class OrderRow:
    """First orders placed on one day by prospects of one channel."""

    ordered_on: dt.date
    channel: str
    count: int = 1


@dataclass(frozen=True)
class MonthlyByChannel:
    months: tuple[Period, ...]
    series: dict[str, tuple[int, ...]]  # channel -> one count per month

    def total(self, month_index: int) -> int:
        return sum(values[month_index] for values in self.series.values())


def conversions_by_month(
    rows: Iterable[OrderRow], months: Sequence[Period], channel: str | None = None
) -> MonthlyByChannel:
    """First orders per month, one series per channel (or just the one picked)."""
    channels = [channel] if channel else list(CHANNELS)
    counts = {c: [0] * len(months) for c in channels}
    for row in rows:
        if row.channel not in counts:
            continue
        index = _month_index(row.ordered_on, months)
        if index is not None:
            counts[row.channel][index] += row.count
    return MonthlyByChannel(
        tuple(months), {c: tuple(values) for c, values in counts.items()}
    )


def _month_index(day: dt.date, months: Sequence[Period]) -> int | None:
    for index, month in enumerate(months):
        if month.contains(day):
            return index
    return None


@dataclass(frozen=True)
class WonRow:
    """One customer won: when they first got in touch and when they ordered."""

    prospect_id: int
    channel: str
    first_contact: dt.date
    first_order_on: dt.date
    touches_done: int  # follow-ups done for them before the order

    @property
    def days(self) -> int:
        return max(0, (self.first_order_on - self.first_contact).days)


@dataclass(frozen=True)
class Bucket:
    label: str
    low: int
    high: int | None
    prospect_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.prospect_ids)


@dataclass(frozen=True)
class TimeToOrder:
    """Days and touches from first contact to first order, for customers won."""

    customers: int
    median_days: Decimal | None
    median_touches: Decimal | None
    day_buckets: tuple[Bucket, ...]
    touch_buckets: tuple[Bucket, ...]


def time_to_order(rows: Iterable[WonRow]) -> TimeToOrder:
    won = list(rows)
    return TimeToOrder(
        customers=len(won),
        median_days=median([row.days for row in won]),
        median_touches=median([row.touches_done for row in won]),
        day_buckets=_histogram(won, DAY_BUCKETS, lambda r: r.days, "days"),
        touch_buckets=_histogram(won, TOUCH_BUCKETS, lambda r: r.touches_done, ""),
    )


def _histogram(won, buckets, value_of, unit: str) -> tuple[Bucket, ...]:
    members: list[list[int]] = [[] for _ in buckets]
    for row in won:
        index = _bucket_of(value_of(row), buckets)
        if index is not None:
            members[index].append(row.prospect_id)
    return tuple(
        Bucket(bucket_label(low, high, unit), low, high, tuple(sorted(ids)))
        for (low, high), ids in zip(buckets, members, strict=True)
    )


# -- what winning a customer costs (activity) ----------------------------------


@dataclass(frozen=True)
class CostRates:
    """What one piece costs the shop, from the company profile."""

    postage_package: Decimal
    postage_mailer: Decimal
    printing_package: Decimal
    printing_mailer: Decimal


@dataclass(frozen=True)
class PieceRow:
    """Packages or mailers that went out on one day.

    ``posted`` is false for a package handed over in the shop: printed, but
    no postage.
    """

    day: dt.date
    kind: str
    posted: bool
    count: int = 1


@dataclass(frozen=True)
class LostQuoteRow:
    """A quotation that ran out without an order: its net value and last day."""

    valid_until: dt.date
    net: Decimal


@dataclass(frozen=True)
class CostSummary:
    period: Period
    packages_posted: int
    packages_handed_over: int
    mailers: int
    postage: Decimal
    printing: Decimal
    quotes_lost: Decimal
    customers: int

    @property
    def spend(self) -> Decimal:
        """Money paid out: postage and printing."""
        return self.postage + self.printing

    @property
    def total(self) -> Decimal:
        return self.postage + self.printing + self.quotes_lost

    def per_customer(self, amount: Decimal) -> Decimal | None:
        if not self.customers:
            return None
        return round_money(amount / self.customers)

    @property
    def cost_per_customer(self) -> Decimal | None:
        """Postage, printing and quotes lost, per customer won."""
        return self.per_customer(self.total)


def cost_summaries(
    pieces: Iterable[PieceRow],
    orders: Iterable[OrderRow],
    lost_quotes: Iterable[LostQuoteRow],
    rates: CostRates,
    periods: Sequence[Period],
) -> list[CostSummary]:
    """Costs and customers won in each of ``periods``."""
    pieces, orders, lost_quotes = list(pieces), list(orders), list(lost_quotes)
    return [_cost_summary(pieces, orders, lost_quotes, rates, p) for p in periods]


def _cost_summary(pieces, orders, lost_quotes, rates, period) -> CostSummary:
    posted = handed_over = mailers = 0
    for piece in pieces:
        if not period.contains(piece.day):
            continue
        if piece.kind == "package":
            if piece.posted:
                posted += piece.count
            else:
                handed_over += piece.count
        elif piece.kind == "mailer":
            mailers += piece.count
    postage = posted * rates.postage_package + mailers * rates.postage_mailer
    printing = (
        posted + handed_over
    ) * rates.printing_package + mailers * rates.printing_mailer
    lost = sum(
        (q.net for q in lost_quotes if period.contains(q.valid_until)), Decimal(0)
    )
    customers = sum(o.count for o in orders if period.contains(o.ordered_on))
    return CostSummary(
        period=period,
        packages_posted=posted,
        packages_handed_over=handed_over,
        mailers=mailers,
        postage=round_money(Decimal(postage)),
        printing=round_money(Decimal(printing)),
        quotes_lost=round_money(lost),
        customers=customers,
    )


# -- touches left overdue (activity) -------------------------------------------


@dataclass(frozen=True)
class LateSpan:
    """Touches whose window closed on ``latest`` and that were done on
    ``resolved_on`` (None while still open)."""

    latest: dt.date
    resolved_on: dt.date | None
    count: int = 1


def overdue_trend(
    spans: Iterable[LateSpan], days: Sequence[dt.date]
) -> list[tuple[dt.date, int]]:
    """How many touches were overdue at the start of each of ``days``.

    A touch is overdue on a day when its window closed before that day and it
    had not been done by then; one done on the day itself still counts, as
    it was waiting when the day began.
    """
    spans = list(spans)
    return [
        (
            day,
            sum(
                s.count
                for s in spans
                if s.latest < day and (s.resolved_on is None or s.resolved_on >= day)
            ),
        )
        for day in days
    ]


# -- which plan steps lead to orders (cohort) ----------------------------------


@dataclass(frozen=True)
class StepRow:
    """Touches of one plan step for prospects of one channel.

    ``days_to_order`` is the first order's day minus the day the touch was
    done (None when there was no order).
    """

    step_key: str
    status: str
    channel: str
    days_to_order: int | None
    count: int = 1


@dataclass(frozen=True)
class StepResult:
    key: str
    title: str
    kind: str
    reached: int  # prospects for whom this step was done
    ordered_within: int  # of those, ordered 0..N days after it
    ordered_after: int  # of those, ordered at any time after it
    cost: Decimal | None  # what the pieces of this step cost, for posted kinds

    @property
    def rate(self) -> Decimal | None:
        return percent(self.ordered_within, self.reached)

    @property
    def cost_per_order(self) -> Decimal | None:
        if self.cost is None or not self.ordered_within:
            return None
        return round_money(self.cost / self.ordered_within)


def step_results(
    plan: Plan,
    rows: Iterable[StepRow],
    within_days: int,
    rates: CostRates | None = None,
) -> list[StepResult]:
    """For each plan step: prospects reached, and how many ordered afterwards.

    Steps are listed in plan order; steps no longer in the plan but found in
    the history come last under their key. Steps nobody reached are left out.
    """
    reached: dict[str, int] = defaultdict(int)
    within: dict[str, int] = defaultdict(int)
    after: dict[str, int] = defaultdict(int)
    handed_over: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.status != "done":
            continue
        reached[row.step_key] += row.count
        if row.channel == "walk_in":
            handed_over[row.step_key] += row.count
        if row.days_to_order is not None and row.days_to_order >= 0:
            after[row.step_key] += row.count
            if row.days_to_order <= within_days:
                within[row.step_key] += row.count

    known = {step.key: step for step in plan.steps}
    keys = [s.key for s in plan.steps if reached.get(s.key)]
    keys += sorted(k for k in reached if k not in known)
    results = []
    for key in keys:
        step = known.get(key)
        kind = step.kind if step else ""
        results.append(
            StepResult(
                key=key,
                title=step.title if step else key,
                kind=kind,
                reached=reached[key],
                ordered_within=within[key],
                ordered_after=after[key],
                cost=_step_cost(kind, reached[key], handed_over[key], rates),
            )
        )
    return results


def _step_cost(
    kind: str, reached: int, handed_over: int, rates: CostRates | None
) -> Decimal | None:
    if rates is None or kind not in POSTED_KINDS:
        return None
    if kind == "mailer":
        return round_money(reached * (rates.postage_mailer + rates.printing_mailer))
    # Walk-ins take their package home: printed, never posted.
    posted = reached - handed_over
    return round_money(
        posted * rates.postage_package + reached * rates.printing_package
    )


# -- everything the dashboard and the monthly report show ----------------------


@dataclass(frozen=True)
class ReportFigures:
    """All the owner's figures for one period and channel."""

    period: Period
    channel: str | None  # None for all channels
    today: dt.date
    within_days: int
    currency: str
    locale: str
    funnel: Funnel
    statuses: dict[str, int]
    week: WeekLoad
    people: list[PersonLoad]
    conversions: MonthlyByChannel
    time_to_order: TimeToOrder
    cost: CostSummary
    monthly_costs: list[CostSummary]
    overdue: list[tuple[dt.date, int]]
    steps: list[StepResult]
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def customers_won(self) -> int:
        return self.cost.customers
