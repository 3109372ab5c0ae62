"""Dated walk-throughs of the default plan, without Qt or a database.

Each test follows one prospect the way the front desk would meet them, with
the days worked out by hand from a wall calendar (US holidays).
"""

import datetime as dt

from plan_sim import add, apply, by_key, done, open_days, states

from followup_desk import paths
from followup_desk.domain.plan import ProspectFacts, build_plan, load_plan
from followup_desk.domain.replan import (
    cancel_open,
    drop_channel,
    move_touch,
    replan,
    retry_touch,
)
from followup_desk.domain.workdays import WorkCalendar

PLAN = load_plan(paths.resources_dir() / "default_plan.json")
US = WorkCalendar("US")
D = dt.date


def caller(day, **kw):
    values = dict(channel="phone", first_contact=day, in_prime_area=True)
    values.update(kw)
    return ProspectFacts(**values)


def test_phone_call_on_the_friday_before_labor_day():
    # Fri 4 Sep 2026; Mon 7 Sep is Labor Day, so Tuesday is the next working day.
    touches = by_key(states(build_plan(PLAN, caller(D(2026, 9, 4)), US)))

    assert (touches["quote_email"].due, touches["package"].due) == (
        D(2026, 9, 4),
        D(2026, 9, 4),
    )
    assert touches["package"].latest == D(2026, 9, 8)
    assert touches["first_email"].due == D(2026, 9, 8)
    call = touches["first_call"]
    assert (call.due, call.latest) == (D(2026, 9, 9), D(2026, 9, 10))
    weekend_and_holiday = {D(2026, 9, 5), D(2026, 9, 6), D(2026, 9, 7)}
    assert not weekend_and_holiday & {t.due for t in touches.values()}
    assert not weekend_and_holiday & {t.latest for t in touches.values()}


def test_package_posted_on_the_tuesday_moves_the_call_past_the_holiday():
    touches = states(build_plan(PLAN, caller(D(2026, 9, 4)), US))
    from followup_desk.domain.plan import reanchor_on_posting

    call = by_key(touches)["first_call"]
    others = [t.due for t in touches if t.id != call.id]
    moved = reanchor_on_posting(
        PLAN, D(2026, 9, 8), [(call.step_key, call.due)], others, US
    )
    assert moved["first_call"] == (D(2026, 9, 10), D(2026, 9, 11))


def test_walk_in_takes_the_package_home():
    wednesday = D(2026, 12, 9)
    touches = by_key(states(build_plan(PLAN, caller(wednesday, channel="walk_in"), US)))

    package = touches["package"]
    assert (package.status, package.due) == ("done", wednesday)
    assert "quote_email" not in touches  # the quotation was printed on the spot
    assert touches["first_email"].due == D(2026, 12, 10)
    # Two working days after the visit, counted from the visit (no posting).
    assert (touches["first_call"].due, touches["first_call"].latest) == (
        D(2026, 12, 11),
        D(2026, 12, 14),
    )
    assert not any(t.kind == "package" and t.is_open for t in touches.values())


def test_email_enquiry_qualified_a_week_later_gets_the_package_then():
    monday = D(2026, 12, 7)
    facts = caller(monday, channel="email", in_prime_area=False)
    touches = states(build_plan(PLAN, facts, US))
    keys = by_key(touches)
    assert "package" not in keys
    assert not any(t.kind == "mailer" for t in touches), "no postage for a cold lead"
    assert keys["first_call"].due == D(2026, 12, 9)  # from the first contact

    for key in ("quote_email", "first_email", "first_call"):
        touches = done(touches, by_key(touches)[key].id)
    # Reached on Monday 14 December: keen and qualified.
    keen = caller(
        monday, channel="email", in_prime_area=False, qualified=True, interest="high"
    )
    changes = replan(PLAN, keen, US, touches, D(2026, 12, 14), "Qualified")
    after = by_key(apply(touches, changes))

    package = after["package"]
    assert (package.due, package.latest, package.status) == (
        D(2026, 12, 14),
        D(2026, 12, 15),
        "open",
    )
    assert after["month_mailer"].due == D(2027, 1, 11)
    mailers = [t for t in changes.added if t.kind == "mailer"]
    assert len(mailers) == 5  # month one, three in the year and the anniversary
    assert not changes.cancelled and not changes.moved
    assert all(t.due >= D(2026, 12, 14) for t in changes.added)


def test_package_posted_three_days_late_moves_only_the_call():
    monday = D(2026, 12, 7)
    touches = states(build_plan(PLAN, caller(monday), US))
    before = by_key(touches)
    assert (before["first_call"].due, before["first_call"].latest) == (
        D(2026, 12, 9),
        D(2026, 12, 10),
    )
    from followup_desk.domain.plan import reanchor_on_posting

    call = before["first_call"]
    moved = reanchor_on_posting(
        PLAN,
        D(2026, 12, 10),  # Thursday: three working days after Monday
        [(call.step_key, call.due)],
        [t.due for t in touches if t.id != call.id],
        US,
    )
    assert moved == {"first_call": (D(2026, 12, 14), D(2026, 12, 15))}
    # The month-one call counts from the first contact and stays put: three
    # weeks on is Mon 28 Dec, Christmas having fallen on the Friday before.
    assert before["month_call_1"].due == D(2026, 12, 28)


def test_an_order_in_the_second_month_stops_everything_and_keeps_it():
    friday = D(2026, 12, 4)
    touches = states(
        build_plan(PLAN, caller(friday, qualified=True, interest="high"), US)
    )
    for touch in touches:
        if touch.due < D(2027, 1, 6) and touch.is_open:
            touches = done(touches, touch.id)
    changes = cancel_open(touches, "Cancelled: first order placed.")
    after = apply(touches, changes)

    assert len(after) == len(touches)
    assert open_days(after) == []
    assert {t.status for t in after} == {"done", "cancelled"}
    assert by_key(after)["month_call_1"].status == "done"
    assert by_key(after)["year_email_1"].status == "cancelled"


def test_an_email_opt_out_drops_only_the_emails():
    touches = states(build_plan(PLAN, caller(D(2026, 12, 4), qualified=True), US))
    changes = drop_channel(touches, "email", "Cancelled: asked for no more e-mail.")
    after = apply(touches, changes)

    emails = [t for t in after if t.kind == "email"]
    assert emails and all(t.status == "cancelled" for t in emails)
    others = [t for t in after if t.kind != "email"]
    assert others and all(t.status == "open" for t in others)
    assert len(after) == len(touches)


def test_no_answer_tries_again_next_free_day_without_pushing_the_rest():
    friday = D(2026, 12, 4)
    touches = states(build_plan(PLAN, caller(friday), US))
    call = by_key(touches)["first_call"]  # Tue 8 Dec
    step = PLAN.step("first_call")
    days_before = {t.id: t.due for t in touches}

    touches = done(touches, call.id)
    retry = retry_touch(touches, call.id, step, call.due, US)
    assert (retry.due, retry.attempt) == (D(2026, 12, 9), 2)
    assert retry.title == "Try again: First follow-up call"
    touches = add(touches, retry)
    assert {t.id: t.due for t in touches if t.id in days_before} == days_before

    second = by_key(touches)["first_call"]
    touches = done(touches, second.id)
    third = retry_touch(touches, second.id, step, second.due, US)
    assert third.attempt == 3 and third.due == D(2026, 12, 10)
    touches = done(add(touches, third), by_key(add(touches, third))["first_call"].id)
    last = by_key(touches)["first_call"]
    assert retry_touch(touches, last.id, step, last.due, US) is None


def test_moving_a_touch_by_hand_keeps_the_later_ones_after_it():
    friday = D(2026, 12, 4)
    touches = states(build_plan(PLAN, caller(friday), US))
    first_email = by_key(touches)["first_email"]  # Mon 7 Dec; the call is Tue 8

    changes = move_touch(touches, first_email.id, D(2026, 12, 8), US, "By hand")
    after = by_key(apply(touches, changes))

    assert after["first_email"].due == D(2026, 12, 8)
    assert after["first_call"].due == D(2026, 12, 9)
    assert after["first_call"].latest == D(2026, 12, 10)  # window kept
    assert after["month_call_1"].due == by_key(touches)["month_call_1"].due
    reasons = dict((m.touch_id, m.reason) for m in changes.moved)
    assert "Kept after" in reasons[after["first_call"].id]


def test_try_again_skips_a_day_the_prospect_already_has():
    from followup_desk.domain.replan import TouchState

    touches = [
        TouchState(1, "first_call", "call", D(2026, 12, 8), D(2026, 12, 9), "done"),
        TouchState(2, "month_email", "email", D(2026, 12, 9), D(2026, 12, 9)),
    ]
    retry = retry_touch(touches, 1, PLAN.step("first_call"), D(2026, 12, 8), US)
    assert retry.due == D(2026, 12, 10)


def test_a_call_without_retries_in_its_step_is_not_tried_again():
    from dataclasses import replace

    from followup_desk.domain.replan import TouchState

    touches = [
        TouchState(1, "first_call", "call", D(2026, 12, 8), D(2026, 12, 9), "done")
    ]
    step = replace(PLAN.step("first_call"), retries=0)
    assert retry_touch(touches, 1, step, D(2026, 12, 8), US) is None


def test_a_touch_turned_into_another_kind_is_left_alone_by_a_re_plan():
    from dataclasses import replace as swap

    facts = caller(D(2026, 12, 4))
    touches = states(build_plan(PLAN, facts, US))
    first_email = by_key(touches)["first_email"]
    # The address bounced: the e-mail became a call, as the step says.
    touches = [swap(t, kind="call") if t.id == first_email.id else t for t in touches]
    no_email = caller(D(2026, 12, 4), has_email=False)

    changes = replan(PLAN, no_email, US, touches, D(2026, 12, 4), "No address")

    assert first_email.id not in {i for i, _ in changes.cancelled}
    assert first_email.id not in {m.touch_id for m in changes.moved}
    assert {i for i, _ in changes.cancelled} == {
        t.id for t in touches if t.kind == "email" and t.is_open
    }
