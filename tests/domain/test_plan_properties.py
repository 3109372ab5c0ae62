"""Property tests: random prospects, calendars and what happens to them.

Whatever the first contact, the shop's calendar and the run of events (a late
posting, calls with no answer, touches moved by hand, opt-outs, a change of
heart, an order), the plan keeps its promises:

* no touch on a weekend, holiday or day the owner closed;
* no two touches on one day for one prospect, except the steps that
  explicitly share the first-contact day;
* every open touch keeps its window;
* nothing is open once the prospect ordered, was lost or asked for no contact;
* no touch is ever lost, and nothing done becomes undone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_sim import add, apply, done, states

from followup_desk import paths
from followup_desk.domain.plan import (
    CHANNELS,
    INTERESTS,
    ProspectFacts,
    build_plan,
    load_plan,
)
from followup_desk.domain.replan import (
    cancel_open,
    drop_channel,
    move_touch,
    on_package_posted,
    replan,
    retry_touch,
)
from followup_desk.domain.workdays import WorkCalendar

PLAN = load_plan(paths.resources_dir() / "default_plan.json")
START = dt.date(2026, 1, 1)
REGIONS = [("US", None), ("US", "CA"), ("DE", "BY"), ("GB", "SCT"), ("FR", None)]


@st.composite
def calendars(draw) -> WorkCalendar:
    country, region = draw(st.sampled_from(REGIONS))
    closed = draw(
        st.lists(
            st.dates(START, START + dt.timedelta(days=900)), max_size=25, unique=True
        )
    )
    return WorkCalendar(country, region, closed)


# Opt-outs and missing details are the exception: mostly False (or True for
# "has ..."), so most examples keep a full plan to move around.
RARELY = st.sampled_from([False, False, False, True])
USUALLY = st.sampled_from([True, True, True, False])


@st.composite
def prospects(draw) -> ProspectFacts:
    return ProspectFacts(
        channel=draw(st.sampled_from(CHANNELS)),
        first_contact=draw(st.dates(START, START + dt.timedelta(days=700))),
        in_prime_area=draw(USUALLY),
        qualified=draw(st.booleans()),
        interest=draw(st.sampled_from(INTERESTS)),
        has_email=draw(USUALLY),
        no_email=draw(RARELY),
        no_post=draw(RARELY),
        no_calls=draw(RARELY),
        outside_rep=draw(st.booleans()),
        visit_feasible=draw(st.booleans()),
        has_address=draw(USUALLY),
    )


EVENTS = st.one_of(
    st.tuples(st.just("post"), st.integers(0, 6)),
    st.tuples(
        st.just("call"),
        st.sampled_from(["no answer", "no answer", "reached", "left message"]),
    ),
    st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 3)),
    st.tuples(st.just("move"), st.integers(0, 30), st.integers(4, 40)),
    st.tuples(st.just("opt_out"), st.sampled_from(["email", "post", "calls"])),
    st.tuples(st.just("judge"), st.booleans(), st.sampled_from(INTERESTS)),
    st.tuples(st.just("stop"), st.sampled_from(["order", "lost", "no contact"])),
)


class Prospect:
    """One prospect's touches as events happen to them, day by day."""

    def __init__(self, facts: ProspectFacts, calendar: WorkCalendar) -> None:
        self.facts = facts
        self.calendar = calendar
        # A contact on a closed day (a walk-in on a Saturday) is logged then,
        # but the plan counts from it as from the next working day.
        self.today = calendar.on_or_after(facts.first_contact)
        self.facts = replace(facts, first_contact=self.today)
        self.touches = states(build_plan(PLAN, self.facts, calendar))
        self.stopped = False
        self.posted_on: dt.date | None = None

    def open(self, kind: str | None = None):
        return sorted(
            (t for t in self.touches if t.is_open and kind in (None, t.kind)),
            key=lambda t: (t.due, t.id),
        )

    def run(self, event: tuple) -> None:
        name = event[0]
        getattr(self, f"_{name}")(*event[1:])

    def _post(self, delay: int) -> None:
        packages = self.open("package")
        if not packages:
            return
        package = packages[0]
        posted = self.calendar.add_working_days(max(package.due, self.today), delay)
        self.touches = done(self.touches, package.id)
        self.posted_on = posted
        self.today = max(self.today, posted)
        changes = on_package_posted(PLAN, self.touches, posted, self.calendar)
        self.touches = apply(self.touches, changes)

    def _call(self, outcome: str) -> None:
        calls = self.open("call")
        if not calls:
            return
        call = calls[0]
        self.today = max(self.today, call.due)
        self.touches = done(self.touches, call.id)
        if outcome == "no answer":
            step = PLAN.step(call.step_key)
            retry = retry_touch(self.touches, call.id, step, self.today, self.calendar)
            self.touches = add(self.touches, retry)

    def _move(self, pick: int, days: int) -> None:
        touches = self.open()
        if not touches:
            return
        touch = touches[pick % len(touches)]
        day = self.calendar.add_working_days(max(touch.due, self.today), days)
        later = [t.id for t in self.open() if t.due > touch.due]
        changes = move_touch(self.touches, touch.id, day, self.calendar, "by hand")
        self.touches = apply(self.touches, changes)
        # The touches that came after it still do, in the same order.
        now = {t.id: t.due for t in self.touches}
        assert all(now[i] > now[touch.id] for i in later)
        assert [now[i] for i in later] == sorted(now[i] for i in later)
        self.touches = [
            replace(t, pinned=True) if t.id == touch.id else t for t in self.touches
        ]

    def _opt_out(self, channel: str) -> None:
        flag = {"email": "no_email", "post": "no_post", "calls": "no_calls"}[channel]
        self.facts = replace(self.facts, **{flag: True})
        self.touches = apply(self.touches, drop_channel(self.touches, channel, "out"))

    def _judge(self, qualified: bool, interest: str) -> None:
        if self.stopped:
            return
        self.facts = replace(self.facts, qualified=qualified, interest=interest)
        changes = replan(
            PLAN,
            self.facts,
            self.calendar,
            self.touches,
            self.today,
            "judged again",
            package_posted_on=self.posted_on,
        )
        self.touches = apply(self.touches, changes)

    def _stop(self, why: str) -> None:
        self.touches = apply(self.touches, cancel_open(self.touches, why))
        self.stopped = True


def check_promises(prospect: Prospect) -> None:
    calendar = prospect.calendar
    live = [t for t in prospect.touches if t.status != "cancelled"]
    for touch in live:
        if touch.status == "done" and touch.kind == "package":
            continue  # a walk-in's package changed hands on the visit day
        assert calendar.is_working_day(touch.due), touch
        assert calendar.is_working_day(touch.latest), touch
    days = Counter(t.due for t in live)
    for day, count in days.items():
        if count == 1:
            continue
        sharing = [t for t in live if t.due == day]
        assert day == prospect.facts.first_contact, sharing
        alone = [t for t in sharing if not PLAN.step(t.step_key).shares_day]
        assert len(alone) <= 1, sharing
    for touch in prospect.open():
        step = PLAN.step(touch.step_key)
        window = step.window if touch.attempt == 1 else 0
        assert touch.latest >= touch.due
        assert calendar.working_days_between(touch.due, touch.latest) == window
    if prospect.stopped:
        assert prospect.open() == []


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    facts=prospects(),
    calendar=calendars(),
    events=st.lists(EVENTS, max_size=12),
)
def test_the_plan_keeps_its_promises(facts, calendar, events):
    prospect = Prospect(facts, calendar)
    check_promises(prospect)
    for event in events:
        before = {t.id: t for t in prospect.touches}
        prospect.run(event)
        after = {t.id: t for t in prospect.touches}
        assert set(before) <= set(after), "a touch went missing"
        for touch_id, touch in before.items():
            if touch.status != "open":
                assert after[touch_id].status == touch.status, "history rewritten"
        check_promises(prospect)


@settings(max_examples=60, deadline=None)
@given(facts=prospects(), calendar=calendars())
def test_a_fresh_plan_follows_the_steps_in_order(facts, calendar):
    """Re-planning a plan just made changes nothing: the plan is stable."""
    facts = replace(facts, first_contact=calendar.on_or_after(facts.first_contact))
    touches = states(build_plan(PLAN, facts, calendar))
    changes = replan(PLAN, facts, calendar, touches, facts.first_contact, "again")
    assert not changes.moved and not changes.cancelled
    assert not changes.added
