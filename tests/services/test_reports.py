"""The owner's figures read from a real database (SQLite file and PostgreSQL).

The shop and its story are in ``tests/report_shop.py``; the expected values
were worked out by hand from that story, the same ones the domain tests use.
"""

import datetime as dt
from decimal import Decimal as D

import pytest
import report_shop
from report_shop import MARCH, TODAY, day

from followup_desk.domain import reports as r
from followup_desk.services import reports
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Touch


@pytest.fixture
def shop(store):
    return report_shop.build()


@pytest.fixture
def march(shop):
    return reports.figures(MARCH, today=TODAY)


def test_funnel_and_conversion_rate_for_march(march):
    assert [(s.key, s.count) for s in march.funnel.stages] == [
        ("first_contact", 8),
        ("quoted", 6),
        ("package", 4),
        ("followed_up", 5),
        ("ordered", 3),
    ]
    assert march.funnel.conversion_rate == D("37.5")
    assert march.statuses == {
        "prospect": 3,
        "customer": 3,
        "lost": 2,
        "do_not_contact": 0,
    }


def test_days_and_touches_to_first_order(march, shop):
    result = march.time_to_order
    assert result.customers == 4
    assert result.median_days == D("19.5")
    assert result.median_touches == D("2.5")
    days = {b.label: set(b.prospect_ids) for b in result.day_buckets if b.count}
    assert days == {
        "0–7 days": {shop["P3"]},
        "15–30 days": {shop["P1"], shop["P7"]},
        "61–90 days": {shop["P11"]},
    }
    touches = {b.label: set(b.prospect_ids) for b in result.touch_buckets if b.count}
    assert touches == {
        "2": {shop["P3"], shop["P11"]},
        "3": {shop["P7"]},
        "4": {shop["P1"]},
    }


def test_cost_per_customer_won(march):
    cost = march.cost
    assert (cost.packages_posted, cost.packages_handed_over, cost.mailers) == (2, 2, 0)
    assert (cost.postage, cost.printing) == (D("5.00"), D("4.80"))
    # P12's quotation (250 net, 8 % tax on top) ran out on 19 March.
    assert cost.quotes_lost == D("250.00")
    assert cost.customers == 4
    assert cost.cost_per_customer == D("64.95")
    assert march.monthly_costs[-1] == cost
    february = march.monthly_costs[-2]
    # P11's quotation (90 net) ran out on 11 February; nobody ordered then.
    assert (february.quotes_lost, february.customers) == (D("90.00"), 0)


def test_which_steps_led_to_orders(march):
    table = {s.key: (s.reached, s.ordered_within, s.ordered_after) for s in march.steps}
    assert table == {
        "quote_email": (4, 1, 2),
        "package": (4, 2, 3),
        "first_email": (5, 2, 3),
        # P6 ordered exactly 30 days after the call: it counts.
        "first_call": (4, 2, 2),
        "month_call_1": (1, 1, 1),
    }
    package = next(s for s in march.steps if s.key == "package")
    assert package.cost == D("9.80")
    assert package.cost_per_order == D("4.90")


def test_a_shorter_window_counts_fewer_orders(shop):
    fortnight = reports.figures(MARCH, within_days=14, today=TODAY)
    assert {s.key: s.ordered_within for s in fortnight.steps}["first_call"] == 0


def test_done_per_person_in_march(march):
    assert [(p.who, p.by_kind) for p in march.people] == [
        ("sam", {"email": 9, "call": 1}),
        ("dana", {"package": 4}),
        ("lee", {"call": 4}),
    ]


def test_conversions_per_month_by_channel(march, shop):
    assert march.conversions.months[-1] == MARCH
    last = {ch: values[-1] for ch, values in march.conversions.series.items()}
    assert last == {"phone": 2, "walk_in": 1, "email": 1}
    april = reports.figures(r.Period.month(2026, 4), today=TODAY)
    assert april.conversions.series["phone"][-2:] == (2, 2)
    assert april.customers_won == 2


def test_phone_calls_only(shop):
    phone = reports.figures(MARCH, channel="phone", today=TODAY)
    assert [s.count for s in phone.funnel.stages] == [3, 3, 2, 3, 2]
    assert phone.funnel.conversion_rate == D("66.7")
    assert list(phone.conversions.series) == ["phone"]
    assert phone.cost.packages_handed_over == 0
    assert phone.cost.customers == 2


def _brute_force_overdue(on: dt.date) -> int:
    """Touches overdue at the start of ``on``, counted one by one."""
    count = 0
    for touch in Touch.select():
        waiting = touch.status == "open" or (
            touch.status == "done" and touch.done_at.date() >= on
        )
        if touch.latest < on and waiting:
            count += 1
    return count


def test_overdue_trend_matches_counting_touch_by_touch(march):
    assert len(march.overdue) == 31
    for on, count in march.overdue:
        assert count == _brute_force_overdue(on), on
    # The package posted a day late (P6, window closed 11 March) was waiting
    # on the morning of the 12th.
    assert dict(march.overdue)[day(3, 12)] >= 1
    assert max(count for _on, count in march.overdue) > 0


def test_this_week_matches_the_open_touches(march):
    week = march.week
    assert week.week == r.Period(day(4, 27), day(5, 3))
    open_touches = list(Touch.select().where(Touch.status == "open"))
    assert week.overdue == sum(1 for t in open_touches if t.latest < TODAY)
    assert week.due == sum(
        1 for t in open_touches if t.latest >= TODAY and t.due <= day(5, 3)
    )
    assert week.overdue > 0


def test_prospects_behind_the_bars(march, shop):
    def labels(ids):
        names = {v: k for k, v in shop.items()}
        return {names[i] for i in ids}

    assert labels(reports.funnel_prospects("package", MARCH)) == {
        "P1",
        "P3",
        "P6",
        "P8",
    }
    assert labels(reports.funnel_prospects("first_contact", MARCH, "walk_in")) == {
        "P3",
        "P8",
    }
    assert labels(reports.status_prospects("lost", MARCH)) == {"P2", "P8"}
    assert labels(reports.won_prospects(MARCH)) == {"P1", "P3", "P7", "P11"}
    assert labels(reports.step_prospects("first_call", MARCH, within_days=30)) == {
        "P1",
        "P6",
    }
    assert labels(reports.step_prospects("first_call", MARCH)) == {
        "P1",
        "P2",
        "P4",
        "P6",
    }
    assert labels(reports.person_prospects("lee", MARCH)) == {"P2", "P4", "P6"}
    assert labels(reports.person_prospects(None, MARCH, kind="package")) == {
        "P1",
        "P3",
        "P6",
        "P8",
    }
    overdue_day = day(3, 12)
    assert len(reports.overdue_prospects(overdue_day)) >= 1
    assert labels(reports.week_prospects("overdue", None, TODAY)) == {
        "P4",
        "P5",
        "P9",
    }


def test_prospects_come_ordered_by_name(shop):
    ids = reports.won_prospects(MARCH)
    names = {v: k for k, v in shop.items()}
    # Lee, Lovelace, Wong, then Ἀθηνᾶ: Latin names before Greek ones.
    assert [names[i] for i in ids][:3] == ["P11", "P1", "P7"]


def test_an_empty_shop_gives_zeros_not_errors(store):
    empty = reports.figures(MARCH, today=TODAY)
    assert empty.funnel.first_contacts == 0
    assert empty.funnel.conversion_rate is None
    assert empty.time_to_order.median_days is None
    assert empty.cost.cost_per_customer is None
    assert empty.steps == []
    assert all(count == 0 for _day, count in empty.overdue)


def test_a_wrong_channel_or_window_is_refused(store):
    with pytest.raises(ValidationError, match="Channel must be one of"):
        reports.figures(MARCH, channel="fax")
    with pytest.raises(ValidationError, match="between 0 and 365 days"):
        reports.figures(MARCH, within_days=-1)


def test_timings_are_recorded_for_each_figure(march):
    assert {"cohort", "steps", "overdue", "lost_quotes"} <= set(march.timings_ms)
    assert all(ms >= 0 for ms in march.timings_ms.values())
