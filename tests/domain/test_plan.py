import datetime as dt

import pytest

from followup_desk import paths
from followup_desk.domain.plan import (
    ProspectFacts,
    build_plan,
    load_plan,
    package_route,
    plan_from_dict,
    reanchor_on_posting,
)
from followup_desk.domain.workdays import WorkCalendar

PLAN = load_plan(paths.resources_dir() / "default_plan.json")
US = WorkCalendar("US")
FRIDAY = dt.date(2026, 12, 4)


def facts(**kw):
    base = dict(channel="phone", first_contact=FRIDAY, in_prime_area=True)
    base.update(kw)
    return ProspectFacts(**base)


def by_step(touches):
    return {t.step_key: t for t in touches}


def test_phone_caller_in_prime_area_gets_package_email_and_call():
    touches = by_step(build_plan(PLAN, facts(), US))
    package = touches["package"]
    assert (package.due, package.latest) == (FRIDAY, dt.date(2026, 12, 7))
    assert touches["quote_email"].due == FRIDAY
    assert touches["first_email"].due == dt.date(2026, 12, 7)
    call = touches["first_call"]
    assert (call.due, call.latest) == (dt.date(2026, 12, 8), dt.date(2026, 12, 9))
    assert call.anchored_on_package


def test_phone_caller_outside_prime_area_gets_no_package_or_mailers():
    touches = build_plan(PLAN, facts(in_prime_area=False), US)
    kinds = {t.kind for t in touches}
    assert "package" not in kinds and "mailer" not in kinds
    call = by_step(touches)["first_call"]
    # Without a package the call counts from the first contact.
    assert call.due == dt.date(2026, 12, 8)
    assert not call.anchored_on_package


@pytest.mark.parametrize(
    "qualified, interest, route",
    [(False, "high", None), (True, "medium", None), (True, "high", "post")],
)
def test_email_enquirer_package_needs_qualified_and_high_interest(
    qualified, interest, route
):
    f = facts(
        channel="email", in_prime_area=True, qualified=qualified, interest=interest
    )
    assert package_route(f) == route
    kinds = [t.kind for t in build_plan(PLAN, f, US)]
    assert ("package" in kinds) == (route == "post")


def test_walk_in_package_is_handed_over_and_done():
    touches = by_step(build_plan(PLAN, facts(channel="walk_in"), US))
    assert touches["package"].status == "done"
    assert "quote_email" not in touches
    assert touches["first_call"].due == dt.date(2026, 12, 8)


def test_no_two_touches_on_one_day_after_the_first():
    touches = build_plan(
        PLAN,
        facts(qualified=True, interest="high", outside_rep=True, visit_feasible=True),
        US,
    )
    later = [t.due for t in touches if t.step_key not in ("package", "quote_email")]
    assert len(later) == len(set(later))
    assert {"visit", "mailer", "email", "call"} <= {t.kind for t in touches}


def test_every_touch_falls_on_a_working_day_for_a_year():
    for offset in range(0, 14):
        day = dt.date(2026, 11, 20) + dt.timedelta(days=offset)
        for t in build_plan(PLAN, facts(first_contact=day, qualified=True), US):
            if t.status == "open":
                assert US.is_working_day(t.due), (day, t.step_key, t.due)
                assert US.is_working_day(t.latest)
                assert t.latest >= t.due


def test_rest_of_year_spacing():
    touches = build_plan(PLAN, facts(qualified=True, interest="high"), US)
    emails = sorted(t.due for t in touches if t.step_key.startswith("year_email"))
    gaps = [(b - a).days for a, b in zip(emails, emails[1:], strict=False)]
    assert all(6 * 7 - 7 <= g <= 8 * 7 + 7 for g in gaps), gaps
    mailers = [t for t in touches if t.step_key.startswith("year_mailer")]
    assert 3 <= len(mailers) <= 4


def test_opted_out_channels_are_left_out():
    kinds = {t.kind for t in build_plan(PLAN, facts(no_email=True, no_calls=True), US)}
    assert "email" not in kinds and "call" not in kinds
    assert "package" in kinds


def test_late_posting_moves_the_call_with_it():
    touches = build_plan(PLAN, facts(), US)
    open_steps = [(t.step_key, t.due) for t in touches if t.step_key == "first_call"]
    others = [t.due for t in touches if t.step_key != "first_call"]
    moved = reanchor_on_posting(PLAN, dt.date(2026, 12, 8), open_steps, others, US)
    assert moved == {"first_call": (dt.date(2026, 12, 10), dt.date(2026, 12, 11))}


def test_bad_plan_data_is_refused():
    with pytest.raises(ValueError):
        plan_from_dict({"steps": [{"key": "x", "kind": "fax", "title": "Fax"}]})
