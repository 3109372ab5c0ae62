"""The follow-up plan: steps as data, and the touches they give one prospect.

A plan is an ordered list of steps. Each step says what kind of touch it is,
what it counts from (the first contact, the posted package or the step before
it), how far and within what window, who does it and which prospects get it.
``build_plan`` turns the steps and the facts about one prospect into dated
touches, exact to the shop's working days, never putting two touches on one
day unless a step explicitly shares the first-contact day.

Which prospects a step is for is said twice over: a named condition (the
package gate, "worth the postage", ...) and, optionally, a list of first-contact
channels and a lowest interest. On top of that a prospect who opted out of a
channel never gets a touch through it, whatever the step says.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from followup_desk.domain.workdays import WorkCalendar
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

KINDS = ("package", "email", "call", "mailer", "visit")
CHANNELS = ("phone", "walk_in", "email")
INTERESTS = ("low", "medium", "high")
ANCHORS = ("first_contact", "package", "previous")
UNITS = ("working_days", "weeks")
WHO = ("front_desk", "customer_service", "outside_rep", "owner")
IF_NO_EMAIL = ("", "call", "mailer")
# Offsets past two years are typing mistakes, not plans.
MAX_OFFSET = {"working_days": 500, "weeks": 104}
MAX_WINDOW = 60
MAX_RETRIES = 5


class PlanError(ValueError):
    """A plan or step that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class PlanStep:
    """One rule of the plan: what, when, by whom and for whom."""

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
    # What an e-mail step becomes for a prospect whose address is missing or
    # bounced: "call", "mailer", or "" to drop it (kept in the history).
    if_no_email: str = ""
    # How many more times a call is tried after "no answer".
    retries: int = 0
    # First-contact channels the step is for; empty means every channel.
    channels: tuple[str, ...] = ()
    # The lowest interest the step is for; empty means any.
    min_interest: str = ""

    def __post_init__(self) -> None:
        # Lists from JSON become tuples, so steps stay hashable.
        object.__setattr__(self, "channels", tuple(self.channels or ()))
        name = f"Step “{self.title or self.key}”"
        if not str(self.key).strip():
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "{name} needs a key.").format(name=name)
            )
        if not str(self.title).strip():
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "Step {key} needs a title.").format(
                    key=self.key
                )
            )
        if self.kind not in KINDS:
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "{name}: unknown kind {kind!r}.").format(
                    name=name, kind=self.kind
                )
            )
        if self.anchor not in ANCHORS:
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "{name}: unknown anchor {anchor!r}.").format(
                    name=name, anchor=self.anchor
                )
            )
        if self.unit not in UNITS:
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "{name}: unknown unit {unit!r}.").format(
                    name=name, unit=self.unit
                )
            )
        if self.condition not in CONDITIONS:
            raise PlanError(
                QT_TRANSLATE_NOOP(
                    "Plan", "{name}: unknown condition {condition!r}."
                ).format(name=name, condition=self.condition)
            )
        if self.who not in WHO:
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "{name}: unknown person {who!r}.").format(
                    name=name, who=self.who
                )
            )
        if self.if_no_email not in IF_NO_EMAIL:
            raise PlanError(
                QT_TRANSLATE_NOOP("Plan", "{name}: unknown if_no_email value.").format(
                    name=name
                )
            )
        if not isinstance(self.offset, int) or not (
            0 <= self.offset <= MAX_OFFSET[self.unit]
        ):
            unit = "working days" if self.unit == "working_days" else "weeks"
            raise PlanError(
                QT_TRANSLATE_NOOP(
                    "Plan", "{name}: the delay must be 0 to {MAX_OFFSET} {unit}."
                ).format(name=name, MAX_OFFSET=MAX_OFFSET[self.unit], unit=unit)
            )
        if not isinstance(self.window, int) or not 0 <= self.window <= MAX_WINDOW:
            raise PlanError(
                QT_TRANSLATE_NOOP(
                    "Plan", "{name}: the window must be 0 to {MAX_WINDOW} days."
                ).format(name=name, MAX_WINDOW=MAX_WINDOW)
            )
        if not isinstance(self.retries, int) or not 0 <= self.retries <= MAX_RETRIES:
            raise PlanError(
                QT_TRANSLATE_NOOP(
                    "Plan", "{name}: tries again 0 to {MAX_RETRIES} times."
                ).format(name=name, MAX_RETRIES=MAX_RETRIES)
            )
        if any(c not in CHANNELS for c in self.channels):
            raise PlanError(
                QT_TRANSLATE_NOOP(
                    "Plan", "{name}: unknown channel in {channels!r}."
                ).format(name=name, channels=self.channels)
            )
        if self.min_interest and self.min_interest not in INTERESTS:
            raise PlanError(
                QT_TRANSLATE_NOOP(
                    "Plan", "{name}: unknown interest {min_interest!r}."
                ).format(name=name, min_interest=self.min_interest)
            )


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
    """A dated touch the plan gives one prospect, before it is saved."""

    step_key: str
    kind: str
    title: str
    due: dt.date
    latest: dt.date
    who: str
    status: str = "open"
    note: str = ""
    anchored_on_package: bool = False
    attempt: int = 1


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

# Which opt-out stops which kind of touch. Visits are arranged in person and
# stop only with "do not contact".
CHANNEL_KINDS = {
    "email": ("email",),
    "post": ("package", "mailer"),
    "calls": ("call",),
}


def channel_open(kind: str, facts: ProspectFacts) -> bool:
    """False when the prospect opted out of the channel this kind goes through."""
    if kind == "email":
        return _can_email(facts)
    if kind == "call":
        return not facts.no_calls
    if kind == "mailer":
        return not facts.no_post and facts.has_address
    return True


def step_applies(step: PlanStep, facts: ProspectFacts) -> bool:
    """Whether this prospect gets this step at all."""
    if step.channels and facts.channel not in step.channels:
        return False
    if step.min_interest and INTERESTS.index(facts.interest) < INTERESTS.index(
        step.min_interest
    ):
        return False
    return CONDITIONS[step.condition](facts) and channel_open(step.kind, facts)


@dataclass
class Plan:
    """An ordered list of steps; ``version`` is the stored version, 0 if none."""

    name: str
    steps: list[PlanStep] = field(default_factory=list)
    version: int = 0

    def step(self, key: str) -> PlanStep | None:
        return next((s for s in self.steps if s.key == key), None)

    def problems(self) -> list[str]:
        """What stops this plan from being used, in plain sentences."""
        found = []
        if not self.steps:
            found.append(
                QT_TRANSLATE_NOOP("Plan", "The plan has no steps; add at least one.")
            )
        keys = [s.key for s in self.steps]
        for key in sorted({k for k in keys if keys.count(k) > 1}):
            found.append(
                QT_TRANSLATE_NOOP(
                    "Plan", "Two steps share the key “{key}”; keys must differ."
                ).format(key=key)
            )
        if self.steps and self.steps[0].anchor == "previous":
            found.append(
                QT_TRANSLATE_NOOP(
                    "Plan",
                    "The first step (“{title}”) cannot count from the step before "
                    "it; count it from the first contact.",
                ).format(title=self.steps[0].title)
            )
        return found


STEP_FIELDS = tuple(f.name for f in fields(PlanStep))


def step_from_dict(data: dict) -> PlanStep:
    unknown = set(data) - set(STEP_FIELDS)
    if unknown:
        raise PlanError(
            QT_TRANSLATE_NOOP("Plan", "Unknown step settings: {items}.").format(
                items=", ".join(sorted(unknown))
            )
        )
    try:
        return PlanStep(**data)
    except TypeError as exc:
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "Plan", "A step is missing a setting ({problem})."
            ).format(problem=message_of(exc))
        ) from None


def step_to_dict(step: PlanStep) -> dict:
    data = asdict(step)
    data["channels"] = list(step.channels)
    return data


def load_plan(path: Path) -> Plan:
    data = json.loads(path.read_text(encoding="utf-8"))
    return plan_from_dict(data)


def plan_from_dict(data: dict) -> Plan:
    steps = [step_from_dict(step) for step in data["steps"]]
    plan = Plan(
        name=data.get("name", "Plan"), steps=steps, version=data.get("version", 0)
    )
    problems = plan.problems()
    if problems:
        raise PlanError(" ".join(problems))
    return plan


def plan_to_dict(plan: Plan) -> dict:
    return {
        "name": plan.name,
        "version": plan.version,
        "steps": [step_to_dict(s) for s in plan.steps],
    }


def with_step(plan: Plan, index: int, step: PlanStep) -> Plan:
    """A copy of ``plan`` with step ``index`` replaced."""
    steps = list(plan.steps)
    steps[index] = step
    return replace(plan, steps=steps)


def _target_day(step: PlanStep, anchor_day: dt.date, calendar: WorkCalendar) -> dt.date:
    if step.unit == "weeks":
        return calendar.on_or_after(anchor_day + dt.timedelta(weeks=step.offset))
    return calendar.add_working_days(anchor_day, step.offset)


def next_free_day(
    day: dt.date, calendar: WorkCalendar, taken: Iterable[dt.date]
) -> dt.date:
    """``day`` if it is a working day nobody else has, else the next such day."""
    taken = set(taken)
    day = calendar.on_or_after(day)
    while day in taken:
        day = calendar.add_working_days(day, 1)
    return day


def schedule_step(
    step: PlanStep,
    anchor_day: dt.date,
    calendar: WorkCalendar,
    taken: set[dt.date],
    first_contact: dt.date | None = None,
    not_before: dt.date | None = None,
) -> tuple[dt.date, dt.date]:
    """Due and latest day for one step, moved past days already ``taken``.

    A step that shares the first-contact day may land on a taken day, but only
    on the first-contact day itself (when ``first_contact`` is given).
    """
    due = _target_day(step, anchor_day, calendar)
    if not_before is not None and due < not_before:
        due = calendar.on_or_after(not_before)
    sharing = step.shares_day and (first_contact is None or due == first_contact)
    if not sharing:
        due = next_free_day(due, calendar, taken)
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
    previous_day = contact_day
    package_day: dt.date | None = package_posted_on

    for step in plan.steps:
        if not step_applies(step, facts):
            continue

        on_package = step.anchor == "package" and route == "post"
        anchor_day = contact_day
        if on_package and package_day:
            anchor_day = package_day
        elif step.anchor == "previous":
            anchor_day = previous_day
        due, latest = schedule_step(step, anchor_day, calendar, taken, contact_day)
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
        if step.kind == "package" and package_day is None:
            package_day = touch.due
        if not (step.shares_day and touch.due == contact_day):
            taken.add(touch.due)
        previous_day = touch.due
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
        due, latest = schedule_step(
            replace(step, shares_day=False), posted_on, calendar, taken
        )
        taken.add(due)
        moved[key] = (due, latest)
    return moved
