"""Reality moves the plan: re-planning, moving by hand, trying again, stopping.

Each function takes a prospect's touches as they stand (``TouchState``) and
returns the changes to make (``PlanChanges``) without making them, so the
services apply them to the database and the tests apply them in memory with
the same rules. Nothing is ever removed: a touch that is no longer wanted is
cancelled with the reason, and a touch moved says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from followup_desk.domain.plan import (
    CHANNEL_KINDS,
    Plan,
    PlannedTouch,
    PlanStep,
    ProspectFacts,
    next_free_day,
    package_route,
    reanchor_on_posting,
    schedule_step,
    step_applies,
)
from followup_desk.domain.workdays import WorkCalendar


@dataclass(frozen=True)
class TouchState:
    """A saved touch, reduced to what plan changes need."""

    id: int
    step_key: str
    kind: str
    due: dt.date
    latest: dt.date
    status: str = "open"
    title: str = ""
    # Moved by hand (snoozed or dragged): re-planning leaves its day alone.
    pinned: bool = False
    attempt: int = 1

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class TouchMove:
    """A new due and latest day for one touch, and why."""

    touch_id: int
    due: dt.date
    latest: dt.date
    reason: str


@dataclass
class PlanChanges:
    """What to do to one prospect's touches: add, move, cancel."""

    added: list[PlannedTouch] = field(default_factory=list)
    moved: list[TouchMove] = field(default_factory=list)
    cancelled: list[tuple[int, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.moved or self.cancelled)

    def apply_to(
        self, touches: Sequence[TouchState], next_id: int | None = None
    ) -> list[TouchState]:
        """The touches after these changes, for in-memory use (tests, previews)."""
        moves = {m.touch_id: m for m in self.moved}
        cancels = dict(self.cancelled)
        result = []
        for touch in touches:
            if touch.id in moves:
                move = moves[touch.id]
                touch = replace(touch, due=move.due, latest=move.latest)
            if touch.id in cancels:
                touch = replace(touch, status="cancelled")
            result.append(touch)
        new_id = next_id or max((t.id for t in touches), default=0) + 1
        for planned in self.added:
            result.append(
                TouchState(
                    id=new_id,
                    step_key=planned.step_key,
                    kind=planned.kind,
                    due=planned.due,
                    latest=planned.latest,
                    status=planned.status,
                    title=planned.title,
                    attempt=planned.attempt,
                )
            )
            new_id += 1
        return result


def _window(touch: TouchState, calendar: WorkCalendar) -> int:
    return calendar.working_days_between(touch.due, touch.latest)


def _day_text(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def replan(
    plan: Plan,
    facts: ProspectFacts,
    calendar: WorkCalendar,
    touches: Sequence[TouchState],
    today: dt.date,
    reason: str,
    package_posted_on: dt.date | None = None,
) -> PlanChanges:
    """Bring a prospect's open touches in line with ``plan`` and ``facts``.

    Steps already done (or cancelled, or skipped) stay settled. Open touches
    move to the day the plan now gives them, or are cancelled when the step
    no longer applies; steps that now apply and have no touch are added, unless
    their day has passed (a package due in the past goes out today instead).
    Touches moved by hand keep their day. Nothing lands on a day another
    touch of the prospect already has.
    """
    changes = PlanChanges()
    route = package_route(facts)
    by_key: dict[str, list[TouchState]] = {}
    for touch in touches:
        by_key.setdefault(touch.step_key, []).append(touch)
    settled = {k for k, ts in by_key.items() if any(not t.is_open for t in ts)}
    plan_keys = {s.key for s in plan.steps}

    # Days spoken for before any step is placed: what happened, and what
    # stays where it is (retries of settled steps, touches moved by hand).
    kinds = {s.key: s.kind for s in plan.steps}
    # A touch whose kind no longer matches its step was turned into something
    # else on purpose (an e-mail become a call for want of an address): it
    # stays as it is, like one moved by hand.
    staying = [
        t
        for t in touches
        if t.is_open
        and (
            t.step_key in settled or t.pinned or kinds.get(t.step_key, t.kind) != t.kind
        )
    ]
    taken = {t.due for t in touches if t.status == "done"}
    taken |= {t.due for t in staying}
    for touch in touches:
        if touch.is_open and touch.step_key not in plan_keys and not touch.pinned:
            changes.cancelled.append((touch.id, f"{reason}: no longer in the plan."))

    previous_day = facts.first_contact
    package_day = package_posted_on
    for step in plan.steps:
        mine = by_key.get(step.key, [])
        if any(t.is_open and t.kind != step.kind for t in mine):
            previous_day = max(t.due for t in mine)
            continue
        open_now = [t for t in mine if t.is_open]
        if step.key in settled:
            days = [t.due for t in mine if t.status == "done"] or [t.due for t in mine]
            previous_day = max(days)
            if step.kind == "package" and package_day is None:
                package_day = max(days)
            continue
        if not step_applies(step, facts):
            for touch in open_now:
                changes.cancelled.append(
                    (touch.id, f"{reason}: {step.title.lower()} no longer applies.")
                )
            continue
        if open_now and open_now[0].pinned:
            previous_day = open_now[0].due
            if step.kind == "package":
                package_day = package_day or open_now[0].due
            continue

        anchor_day = facts.first_contact
        if step.anchor == "package" and route == "post" and package_day:
            anchor_day = package_day
        elif step.anchor == "previous":
            anchor_day = previous_day
        due, latest = schedule_step(
            step, anchor_day, calendar, set(), facts.first_contact
        )
        if due < today:
            if open_now:
                # Already late: it stays on the agenda as it is.
                taken.add(open_now[0].due)
                previous_day = open_now[0].due
                continue
            if step.kind != "package":
                continue  # its moment has passed; nothing to catch up on
        due, latest = schedule_step(
            step, anchor_day, calendar, taken, facts.first_contact, not_before=today
        )
        if not (step.shares_day and due == facts.first_contact):
            taken.add(due)
        previous_day = due
        if step.kind == "package":
            package_day = package_day or due
        if open_now:
            touch = open_now[0]
            if (touch.due, touch.latest) != (due, latest):
                changes.moved.append(TouchMove(touch.id, due, latest, f"{reason}."))
            continue
        if step.kind == "package" and route == "handover":
            continue  # a walk-in's package changed hands at the visit
        changes.added.append(
            PlannedTouch(
                step_key=step.key,
                kind=step.kind,
                title=step.title,
                due=due,
                latest=latest,
                who=step.who,
                anchored_on_package=step.anchor == "package" and route == "post",
            )
        )
    return changes


def on_package_posted(
    plan: Plan,
    touches: Sequence[TouchState],
    posted_on: dt.date,
    calendar: WorkCalendar,
) -> PlanChanges:
    """Move the open touches that count from the package to its posting day.

    Only first tries move: a "try again" call follows its unanswered call,
    and a touch moved by hand keeps the day a person chose.
    """
    anchored = []
    for touch in touches:
        step = plan.step(touch.step_key)
        if (
            touch.is_open
            and touch.attempt == 1
            and not touch.pinned
            and step is not None
            and step.anchor == "package"
            and step.kind == touch.kind
        ):
            anchored.append(touch)
    ids = {t.id for t in anchored}
    others = [t.due for t in touches if t.status != "cancelled" and t.id not in ids]
    moved = reanchor_on_posting(
        plan, posted_on, [(t.step_key, t.due) for t in anchored], others, calendar
    )
    reason = f"Moved with the package, posted {_day_text(posted_on)}."
    return PlanChanges(
        moved=[
            TouchMove(t.id, *moved[t.step_key], reason)
            for t in anchored
            if t.step_key in moved and moved[t.step_key] != (t.due, t.latest)
        ]
    )


def move_touch(
    touches: Sequence[TouchState],
    touch_id: int,
    day: dt.date,
    calendar: WorkCalendar,
    reason: str,
) -> PlanChanges:
    """Move one open touch to ``day`` (or the next free working day after it).

    The prospect's later open touches stay after it, in the same order: each
    one the move would overtake goes to the next free working day after the one
    before it, keeping its window. Touches that happened keep their days.
    """
    target = next(t for t in touches if t.id == touch_id)
    if not target.is_open:
        raise ValueError(f"Touch {touch_id} is {target.status}, not open.")
    later = sorted(
        (
            t
            for t in touches
            if t.is_open
            and t.id != touch_id
            # Touches sharing its day (the first-contact day) are not later.
            and t.due > target.due
        ),
        key=lambda t: (t.due, t.id),
    )
    fixed = {
        t.due
        for t in touches
        if t.status != "cancelled" and t.id != touch_id and t not in later
    }
    changes = PlanChanges()
    due = next_free_day(day, calendar, fixed)
    latest = calendar.add_working_days(due, _window(target, calendar))
    if (due, latest) != (target.due, target.latest):
        changes.moved.append(TouchMove(target.id, due, latest, reason))

    taken = fixed | {due}
    previous = due
    title = target.title or "the touch before"
    for touch in later:
        if touch.due > previous and touch.due not in taken:
            previous = touch.due
            taken.add(previous)
            continue
        new_due = next_free_day(calendar.add_working_days(previous, 1), calendar, taken)
        new_latest = calendar.add_working_days(new_due, _window(touch, calendar))
        changes.moved.append(
            TouchMove(
                touch.id,
                new_due,
                new_latest,
                f"Kept after “{title}”, moved to {_day_text(due)}.",
            )
        )
        previous = new_due
        taken.add(new_due)
    return changes


def retry_touch(
    touches: Sequence[TouchState],
    touch_id: int,
    step: PlanStep | None,
    tried_on: dt.date,
    calendar: WorkCalendar,
) -> PlannedTouch | None:
    """The "try again" call after no answer, or None when the tries are used up.

    It goes on the next working day after ``tried_on`` that the prospect has
    free, and moves nothing else.
    """
    touch = next(t for t in touches if t.id == touch_id)
    allowed = step.retries if step is not None else 0
    if touch.kind != "call" or touch.attempt > allowed:
        return None
    taken = {t.due for t in touches if t.status != "cancelled" and t.id != touch_id}
    due = next_free_day(calendar.add_working_days(tried_on, 1), calendar, taken)
    title = step.title if step is not None else touch.title
    return PlannedTouch(
        step_key=touch.step_key,
        kind="call",
        title=f"Try again: {title}",
        due=due,
        latest=due,
        who=step.who if step is not None else "front_desk",
        attempt=touch.attempt + 1,
        note=f"No answer on {_day_text(tried_on)}.",
    )


def cancel_open(
    touches: Iterable[TouchState], reason: str, kinds: Iterable[str] | None = None
) -> PlanChanges:
    """Cancel every open touch (of ``kinds``, when given), keeping them."""
    wanted = set(kinds) if kinds is not None else None
    return PlanChanges(
        cancelled=[
            (t.id, reason)
            for t in touches
            if t.is_open and (wanted is None or t.kind in wanted)
        ]
    )


def drop_channel(
    touches: Iterable[TouchState], channel: str, reason: str
) -> PlanChanges:
    """An opt-out of one channel ("email", "post", "calls") cancels only that."""
    return cancel_open(touches, reason, CHANNEL_KINDS[channel])
