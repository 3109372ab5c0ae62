"""The owner's figures from plain rows, checked against values worked out by hand.

The rows tell the same story as the dated shop in ``tests/report_shop.py``:
eight prospects first contacted in March 2026 (P1-P6, P8, P9), two earlier
ones who ordered in March (P7, P11) and one who did not (P12).
"""

import datetime as dt
from decimal import Decimal as D

import pytest

from followup_desk.domain import reports as r
from followup_desk.domain.plan import Plan, PlanStep

MARCH = r.Period.month(2026, 3)
RATES = r.CostRates(D("2.50"), D("0.90"), D("1.20"), D("0.30"))


def day(month: int, number: int) -> dt.date:
    return dt.date(2026, month, number)


# The March cohort, one row per prospect:
#          status     quoted got_package followed_up ordered
COHORT = [
    r.CohortRow("customer", True, True, True, True),  # P1 phone, posted
    r.CohortRow("lost", True, False, True, False),  # P2 phone, not prime
    r.CohortRow("customer", True, True, True, True),  # P3 walk-in
    r.CohortRow("prospect", True, False, True, False),  # P4 e-mail
    r.CohortRow("prospect", False, False, False, False),  # P5 e-mail
    r.CohortRow("customer", True, True, True, True),  # P6 phone, ordered 15 Apr
    r.CohortRow("lost", True, True, False, False),  # P8 walk-in
    r.CohortRow("prospect", False, False, False, False),  # P9 e-mail, 31 Mar
]

# Customers won in March: contact day, order day, touches done before it.
WON = [
    r.WonRow(1, "phone", day(3, 2), day(3, 20), 4),  # 18 days
    r.WonRow(3, "walk_in", day(3, 4), day(3, 6), 2),  # 2 days
    r.WonRow(7, "phone", day(2, 20), day(3, 13), 3),  # 21 days
    r.WonRow(11, "email", day(1, 12), day(3, 25), 2),  # 72 days
]


def test_funnel_counts_each_stage_and_the_conversion_rate():
    funnel = r.funnel(COHORT)

    counts = [(s.key, s.count) for s in funnel.stages]
    assert counts == [
        ("first_contact", 8),
        ("quoted", 6),
        ("package", 4),
        ("followed_up", 5),
        ("ordered", 3),
    ]
    # 3 of 8 ordered; 6 of 8 were quoted.
    assert funnel.conversion_rate == D("37.5")
    assert [s.share for s in funnel.stages][:2] == [D("100.0"), D("75.0")]


def test_grouped_rows_give_the_same_funnel_as_one_row_each():
    grouped = [
        r.CohortRow("customer", True, True, True, True, count=3),
        r.CohortRow("lost", True, False, True, False),
        r.CohortRow("prospect", True, False, True, False),
        r.CohortRow("prospect", False, False, False, False, count=2),
        r.CohortRow("lost", True, True, False, False),
    ]
    assert r.funnel(grouped) == r.funnel(COHORT)
    assert r.by_status(grouped) == r.by_status(COHORT)


def test_statuses_come_in_their_usual_order_with_zeros_kept():
    assert r.by_status(COHORT) == {
        "prospect": 3,
        "customer": 3,
        "lost": 2,
        "do_not_contact": 0,
    }


def test_an_empty_period_has_no_rate_rather_than_a_division_error():
    funnel = r.funnel([])
    assert funnel.first_contacts == 0
    assert funnel.conversion_rate is None
    assert r.time_to_order([]).median_days is None


def test_median_days_and_touches_to_first_order():
    result = r.time_to_order(WON)

    assert result.customers == 4
    # Days 2, 18, 21, 72: the middle two are 18 and 21.
    assert result.median_days == D("19.5")
    # Touches 2, 2, 3, 4.
    assert result.median_touches == D("2.5")
    days = {b.label: b.prospect_ids for b in result.day_buckets if b.count}
    assert days == {"0–7 days": (3,), "15–30 days": (1, 7), "61–90 days": (11,)}
    touches = {b.label: b.count for b in result.touch_buckets if b.count}
    assert touches == {"2": 2, "3": 1, "4": 1}


def test_an_odd_number_of_customers_has_a_whole_median():
    assert r.median([18, 2, 21]) == D(18)
    assert r.median([5]) == D(5)


def test_conversions_per_month_by_channel():
    orders = [
        r.OrderRow(day(3, 20), "phone"),
        r.OrderRow(day(3, 6), "walk_in"),
        r.OrderRow(day(3, 13), "phone"),
        r.OrderRow(day(3, 25), "email"),
        r.OrderRow(day(4, 15), "phone"),
        r.OrderRow(day(4, 20), "phone"),
        r.OrderRow(dt.date(2025, 3, 31), "phone"),  # before the 12 months
    ]
    months = r.trend_months(MARCH)
    assert months[0] == r.Period.month(2025, 4)
    assert months[-1] == MARCH

    result = r.conversions_by_month(orders, months + [r.Period.month(2026, 4)])
    assert result.series["phone"][-2:] == (2, 2)
    assert result.series["walk_in"][-2:] == (1, 0)
    assert result.series["email"][-2:] == (1, 0)
    assert sum(result.series["phone"]) == 4
    assert result.total(11) == 4

    phone_only = r.conversions_by_month(orders, months, channel="phone")
    assert list(phone_only.series) == ["phone"]


def test_cost_per_customer_won_in_march():
    pieces = [
        r.PieceRow(day(3, 3), "package", posted=True),  # P1
        r.PieceRow(day(3, 12), "package", posted=True),  # P6, a day late
        r.PieceRow(day(3, 4), "package", posted=False),  # P3 walk-in
        r.PieceRow(day(3, 16), "package", posted=False),  # P8 walk-in
        r.PieceRow(day(4, 6), "mailer", posted=True, count=3),  # April
    ]
    orders = [r.OrderRow(w.first_order_on, w.channel) for w in WON]
    lost = [
        r.LostQuoteRow(day(3, 18), D("250.00")),  # P12's quotation ran out
        r.LostQuoteRow(day(4, 4), D("500.00")),  # P4's, in April
    ]

    march, april = r.cost_summaries(
        pieces, orders, lost, RATES, [MARCH, r.Period.month(2026, 4)]
    )

    # Two posted packages at 2.50; four packages printed at 1.20.
    assert (march.packages_posted, march.packages_handed_over) == (2, 2)
    assert march.postage == D("5.00")
    assert march.printing == D("4.80")
    assert march.quotes_lost == D("250.00")
    assert march.customers == 4
    assert march.spend == D("9.80")
    # (5.00 + 4.80 + 250.00) / 4 customers
    assert march.cost_per_customer == D("64.95")
    assert march.per_customer(march.spend) == D("2.45")

    assert april.mailers == 3
    assert april.postage == D("2.70")
    assert april.printing == D("0.90")
    assert april.customers == 0
    assert april.cost_per_customer is None


def test_overdue_trend_counts_touches_waiting_at_the_start_of_each_day():
    spans = [
        r.LateSpan(latest=day(3, 10), resolved_on=None),  # still open
        r.LateSpan(latest=day(3, 11), resolved_on=day(3, 13), count=2),
        r.LateSpan(latest=day(3, 12), resolved_on=day(3, 12)),  # done in time
    ]
    days = [day(3, 10), day(3, 11), day(3, 12), day(3, 13), day(3, 14)]

    assert r.overdue_trend(spans, days) == [
        (day(3, 10), 0),
        (day(3, 11), 1),
        (day(3, 12), 3),
        (day(3, 13), 3),  # done on the 13th: still waiting that morning
        (day(3, 14), 1),
    ]


def test_trend_days_are_daily_for_a_month_and_weekly_for_a_year():
    assert len(r.trend_days(MARCH, today=day(4, 30))) == 31
    assert r.trend_days(MARCH, today=day(3, 9))[-1] == day(3, 9)
    assert r.trend_days(MARCH, today=day(2, 1)) == []
    year = r.Period(dt.date(2025, 4, 1), day(3, 31))
    sampled = r.trend_days(year, today=day(4, 30))
    assert sampled[1] - sampled[0] == dt.timedelta(days=7)
    assert sampled[-1] == day(3, 31)


def test_week_load_splits_overdue_due_and_done_by_kind():
    today = day(4, 30)  # a Thursday; the week runs 27 April - 3 May
    open_rows = [
        r.OpenTouchRow("call", day(4, 20), day(4, 22)),  # overdue
        r.OpenTouchRow("call", day(4, 29), day(4, 30)),  # due, window still open
        r.OpenTouchRow("email", day(5, 1), day(5, 1), count=2),  # due Friday
        r.OpenTouchRow("email", day(5, 4), day(5, 4)),  # next week
        r.OpenTouchRow("mailer", day(3, 30), day(4, 3)),  # overdue
    ]
    done_rows = [
        r.DoneTouchRow("call", "lee", day(4, 27)),
        r.DoneTouchRow("email", "sam", day(4, 24)),  # last week
        r.DoneTouchRow("email", "sam", day(4, 30), count=3),
    ]

    load = r.week_load(open_rows, done_rows, today)

    assert load.week == r.Period(day(4, 27), day(5, 3))
    by_kind = {k.kind: (k.overdue, k.due, k.done) for k in load.kinds}
    assert by_kind == {"email": (0, 2, 3), "call": (1, 1, 1), "mailer": (1, 0, 0)}
    assert (load.overdue, load.due, load.done) == (2, 3, 4)


def test_done_per_person_busiest_first():
    rows = [
        r.DoneTouchRow("email", "sam", count=9),
        r.DoneTouchRow("call", "sam"),
        r.DoneTouchRow("call", "lee", count=4),
        r.DoneTouchRow("package", "dana", count=4),
        r.DoneTouchRow("email", "", count=4),
    ]
    people = r.done_per_person(rows)
    assert [(p.who, p.total) for p in people] == [
        ("sam", 10),
        ("dana", 4),
        ("lee", 4),
        ("", 4),
    ]
    assert people[0].by_kind == {"email": 9, "call": 1}


PLAN = Plan(
    "test",
    [
        PlanStep("quote_email", "email", "E-mail the quotation", shares_day=True),
        PlanStep("package", "package", "Post the sales package", shares_day=True),
        PlanStep("first_email", "email", "First e-mail follow-up", offset=1),
        PlanStep("first_call", "call", "First follow-up call", anchor="package"),
        PlanStep("month_call_1", "call", "Follow-up call", offset=3, unit="weeks"),
        PlanStep("month_mailer", "mailer", "Mailer", offset=5, unit="weeks"),
    ],
)


def test_each_step_reached_and_ordered_within_thirty_days():
    # Days from the touch to the first order, per March prospect.
    rows = [
        r.StepRow("quote_email", "done", "phone", 18),  # P1
        r.StepRow("quote_email", "done", "phone", None),  # P2
        r.StepRow("quote_email", "done", "email", None),  # P4
        r.StepRow("quote_email", "done", "phone", 36),  # P6
        r.StepRow("quote_email", "open", "email", None),  # P5: not reached
        r.StepRow("package", "done", "phone", 17),  # P1
        r.StepRow("package", "done", "walk_in", 2),  # P3
        r.StepRow("package", "done", "phone", 34),  # P6
        r.StepRow("package", "done", "walk_in", None),  # P8
        r.StepRow("first_call", "done", "phone", 15),  # P1
        r.StepRow("first_call", "done", "phone", None),  # P2
        r.StepRow("first_call", "done", "email", None),  # P4
        r.StepRow("first_call", "done", "phone", 30),  # P6: the 30th day counts
        r.StepRow("first_call", "cancelled", "walk_in", None),  # P3
        r.StepRow("old_step", "done", "phone", -3),  # done after the order
    ]

    results = r.step_results(PLAN, rows, within_days=30, rates=RATES)

    table = {s.key: (s.reached, s.ordered_within, s.ordered_after) for s in results}
    assert table == {
        "quote_email": (4, 1, 2),
        "package": (4, 2, 3),
        "first_call": (4, 2, 2),
        "old_step": (1, 0, 0),
    }
    assert [s.key for s in results] == [
        "quote_email",
        "package",
        "first_call",
        "old_step",
    ]
    package = results[1]
    assert package.rate == D("50.0")
    # Two posted (2.50 + 1.20 each) and two handed over (1.20 each).
    assert package.cost == D("9.80")
    assert package.cost_per_order == D("4.90")
    assert results[0].cost is None  # e-mails cost no postage

    shorter = r.step_results(PLAN, rows, within_days=14)
    assert {s.key: s.ordered_within for s in shorter}["first_call"] == 0


def test_first_response_steps_are_the_same_day_ones():
    assert r.first_response_steps(PLAN) == {"quote_email", "package"}


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("2026-03", day(3, 1), day(3, 31)),
        (" 2024-2 ", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2026-12", day(12, 1), day(12, 31)),
    ],
)
def test_months_are_read_as_yyyy_mm(text, start, end):
    assert r.parse_month(text) == r.Period(start, end)


@pytest.mark.parametrize("text", ["2026-13", "March", "2026/03", "26-03", "", "2026-"])
def test_a_bad_month_says_how_to_write_one(text):
    with pytest.raises(ValueError, match="write it as YYYY-MM, e.g. 2026-03"):
        r.parse_month(text)


def test_period_labels_and_months():
    assert MARCH.label() == "March 2026"
    spring = r.Period(day(3, 2), day(5, 31))
    assert spring.label() == "2 Mar 2026 – 31 May 2026"
    assert [m.start for m in spring.months()] == [day(3, 1), day(4, 1), day(5, 1)]
    assert r.last_months(day(4, 30), 3) == r.Period(day(2, 1), day(4, 30))
    with pytest.raises(ValueError):
        r.Period(day(3, 2), day(3, 1))
