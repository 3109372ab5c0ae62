"""The follow-up plan: steps as data, and the touches they give one prospect.

A plan is an ordered list of steps. Each step says what kind of touch it is,
what it counts from (the first contact or the posted package), how far and
within what window, who does it and which prospects get it. ``build_plan``
turns the steps and the facts about one prospect into dated touches, exact to
the shop's working days, never putting two touches on one day unless a step
explicitly shares the first-contact day.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from followup_desk.domain.workdays import WorkCalendar

KINDS = ("package", "email", "call", "mailer", "visit")
CHANNELS = ("phone", "walk_in", "email")
INTERESTS = ("low", "medium", "high")
ANCHORS = ("first_contact", "package")
UNITS = ("working_days", "weeks")


@dataclass(frozen=True)
class PlanStep:
    key: str
    kind: str
    title: str
    anchor: str = "first_contact"
    offset: int = 0
    unit: str = "working_days"
    window: int = 0
    who: str = "front_desk"
    condition: str = "always"
    shares_day: bool = False
    talking_points: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Step {self.key}: unknown kind {self.kind!r}")
        if self.anchor not in ANCHORS:
            raise ValueError(f"Step {self.key}: unknown anchor {self.anchor!r}")
        if self.unit not in UNITS:
            raise ValueError(f"Step {self.key}: unknown unit {self.unit!r}")
        if self.condition not in CONDITIONS:
            raise ValueError(f"Step {self.key}: unknown condition {self.condition!r}")


@dataclass(frozen=True)
class ProspectFacts:
    """What the plan needs to know about a prospect."""

    channel: str
    first_contact: dt.date
    in_prime_area: bool = False
    qualified: bool = False
    interest: str = "medium"
    has_email: bool = True
    no_email: bool = False
    no_post: bool = False
    no_calls: bool = False
    outside_rep: bool = False
    visit_feasible: bool = False
    has_address: bool = True


@dataclass
class PlannedTouch:
    step_key: str
    kind: str
    title: str
    due: dt.date
    latest: dt.date
    who: str
    status: str = "open"
    note: str = ""
    anchored_on_package: bool = False


def package_route(facts: ProspectFacts) -> str | None:
    """How this prospect gets the sales package: "post", "handover" or None.

    Walk-ins take it home from the visit. Phone callers in the prime trading
    area and qualified, keen e-mail enquirers get it posted.
    """
    if facts.channel == "walk_in":
        return "handover"
    if facts.no_post or not facts.has_address:
        return None
    if facts.channel == "phone" and facts.in_prime_area:
        return "post"
    if facts.channel == "email" and facts.qualified and facts.interest == "high":
        return "post"
    return None


def worth_postage(facts: ProspectFacts) -> bool:
    """Mailers cost money: only for prospects likely enough to buy."""
    if facts.no_post or not facts.has_address:
        return False
    if facts.qualified and facts.interest in ("medium", "high"):
        return True
    return package_route(facts) is not None and facts.interest != "low"


def _can_email(facts: ProspectFacts) -> bool:
    return facts.has_email and not facts.no_email


CONDITIONS: dict[str, Callable[[ProspectFacts], bool]] = {
    "always": lambda f: True,
    "package": lambda f: package_route(f) is not None,
    "quote_by_email": lambda f: f.channel in ("phone", "email") and _can_email(f),
    "email": _can_email,
    "call": lambda f: not f.no_calls,
    "call_interested": lambda f: not f.no_calls and f.interest != "low",
    "postage": worth_postage,
    "postage_interested": lambda f: worth_postage(f) and f.interest == "high",
    "visit": lambda f: f.outside_rep and f.visit_feasible,
}


@dataclass
class Plan:
    name: str
    steps: list[PlanStep] = field(default_factory=list)

    def step(self, key: str) -> PlanStep | None:
        return next((s for s in self.steps if s.key == key), None)


def load_plan(path: Path) -> Plan:
    data = json.loads(path.read_text(encoding="utf-8"))
    return plan_from_dict(data)


def plan_from_dict(data: dict) -> Plan:
    steps = [PlanStep(**step) for step in data["steps"]]
    keys = [s.key for s in steps]
    if len(keys) != len(set(keys)):
        raise ValueError("Plan steps must have unique keys")
    return Plan(name=data.get("name", "Plan"), steps=steps)


def _target_day(step: PlanStep, anchor_day: dt.date, calendar: WorkCalendar) -> dt.date:
    if step.unit == "weeks":
        return calendar.on_or_after(anchor_day + dt.timedelta(weeks=step.offset))
    return calendar.add_working_days(anchor_day, step.offset)


def schedule_step(
    step: PlanStep,
    anchor_day: dt.date,
    calendar: WorkCalendar,
    taken: set[dt.date],
) -> tuple[dt.date, dt.date]:
    """Due and latest day for one step, moved past days already ``taken``."""
    due = _target_day(step, anchor_day, calendar)
    if not step.shares_day:
        while due in taken:
            due = calendar.add_working_days(due, 1)
    latest = calendar.add_working_days(due, step.window) if step.window else due
    return due, latest


def build_plan(
    plan: Plan,
    facts: ProspectFacts,
    calendar: WorkCalendar,
    package_posted_on: dt.date | None = None,
) -> list[PlannedTouch]:
    """The touches one prospect gets, in date order."""
    route = package_route(facts)
    contact_day = facts.first_contact
    touches: list[PlannedTouch] = []
    taken: set[dt.date] = set()

    for step in plan.steps:
        if not CONDITIONS[step.condition](facts):
            continue

        on_package = step.anchor == "package" and route == "post"
        anchor_day = contact_day
        if on_package and package_posted_on:
            anchor_day = package_posted_on
        due, latest = schedule_step(step, anchor_day, calendar, taken)
        touch = PlannedTouch(
            step_key=step.key,
            kind=step.kind,
            title=step.title,
            due=due,
            latest=latest,
            who=step.who,
            anchored_on_package=on_package,
        )
        if step.kind == "package" and route == "handover":
            touch.status = "done"
            touch.note = "Handed over at the visit with the printed quotation."
            touch.due = touch.latest = contact_day
        if not step.shares_day:
            taken.add(touch.due)
        touches.append(touch)

    touches.sort(key=lambda t: (t.due, t.kind != "package"))
    return touches


def reanchor_on_posting(
    plan: Plan,
    posted_on: dt.date,
    open_touches: Sequence[tuple[str, dt.date]],
    other_days: Iterable[dt.date],
    calendar: WorkCalendar,
) -> dict[str, tuple[dt.date, dt.date]]:
    """New dates for the open steps that count from the posted package.

    ``open_touches`` are ``(step_key, due)`` pairs still open; ``other_days``
    are the due days of the prospect's other touches, which must stay free.
    """
    taken = set(other_days)
    moved: dict[str, tuple[dt.date, dt.date]] = {}
    for key, _due in open_touches:
        step = plan.step(key)
        if step is None or step.anchor != "package":
            continue
        due, latest = schedule_step(step, posted_on, calendar, taken)
        taken.add(due)
        moved[key] = (due, latest)
    return moved
