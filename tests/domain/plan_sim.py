"""In-memory prospects for plan tests: touches as ``TouchState`` and small moves.

The services do the same things to the database; here they happen to a list,
so the plan rules can be walked through day by day without Qt or a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from followup_desk.domain.plan import PlannedTouch
from followup_desk.domain.replan import PlanChanges, TouchState


def states(planned: list[PlannedTouch]) -> list[TouchState]:
    return [
        TouchState(
            id=n,
            step_key=t.step_key,
            kind=t.kind,
            due=t.due,
            latest=t.latest,
            status=t.status,
            title=t.title,
            attempt=t.attempt,
        )
        for n, t in enumerate(planned, start=1)
    ]


def by_key(touches: list[TouchState]) -> dict[str, TouchState]:
    """The latest touch of each step (a retry wins over the first try)."""
    found: dict[str, TouchState] = {}
    for touch in sorted(touches, key=lambda t: (t.attempt, t.id)):
        found[touch.step_key] = touch
    return found


def done(touches: list[TouchState], touch_id: int) -> list[TouchState]:
    return [replace(t, status="done") if t.id == touch_id else t for t in touches]


def apply(touches: list[TouchState], changes: PlanChanges) -> list[TouchState]:
    return changes.apply_to(touches)


def add(touches: list[TouchState], planned: PlannedTouch | None) -> list[TouchState]:
    if planned is None:
        return touches
    return PlanChanges(added=[planned]).apply_to(touches)


def open_days(touches: list[TouchState]) -> list[dt.date]:
    return sorted(t.due for t in touches if t.is_open)
