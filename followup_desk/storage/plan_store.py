"""Reading and writing plan versions: rows in, ``domain.plan.Plan`` out.

Plans are read often (every agenda row's talking points, every new prospect)
and change rarely, so each version read is kept in memory per database; a
stored version never changes, which makes the cache always right.
"""

from __future__ import annotations

import logging

from peewee import fn

from followup_desk import paths
from followup_desk.domain.plan import Plan, PlanStep, load_plan
from followup_desk.storage.database import database
from followup_desk.storage.plan_models import PlanStepRow, PlanVersion

log = logging.getLogger("followup_desk.storage")


def _cache() -> dict[int, Plan]:
    # Kept on the database object itself, so a cache can never outlive (or be
    # mistaken for) the database it was read from.
    return database.obj.__dict__.setdefault("_followup_plan_cache", {})


def shipped_plan() -> Plan:
    """The plan in ``resources/default_plan.json``, as shipped."""
    return load_plan(paths.resources_dir() / "default_plan.json")


def latest_number() -> int:
    """The current plan version, 0 when none is stored yet."""
    return PlanVersion.select(fn.MAX(PlanVersion.number)).scalar() or 0


def first_number() -> int:
    return PlanVersion.select(fn.MIN(PlanVersion.number)).scalar() or 0


def _step(row: PlanStepRow) -> PlanStep:
    return PlanStep(
        key=row.key,
        kind=row.kind,
        title=row.title,
        anchor=row.anchor,
        offset=row.offset,
        unit=row.unit,
        window=row.window,
        who=row.who,
        condition=row.condition,
        shares_day=bool(row.shares_day),
        talking_points=row.talking_points,
        if_no_email=row.if_no_email,
        retries=row.retries,
        channels=tuple(c for c in row.channels.split(",") if c),
        min_interest=row.min_interest,
    )


def load_version(number: int) -> Plan | None:
    """Plan version ``number``, or None when there is no such version."""
    cache = _cache()
    plan = cache.get(number)
    if plan is not None:
        return plan
    version = PlanVersion.get_or_none(PlanVersion.number == number)
    if version is None:
        return None
    rows = (
        PlanStepRow.select()
        .where(PlanStepRow.plan == version)
        .order_by(PlanStepRow.position)
    )
    plan = Plan(name=version.name, steps=[_step(r) for r in rows], version=number)
    cache[number] = plan
    return plan


def save_version(plan: Plan, saved_by: str = "") -> int:
    """Store ``plan`` as the next version and return its number."""
    with database.atomic():
        number = latest_number() + 1
        version = PlanVersion.create(number=number, name=plan.name, saved_by=saved_by)
        PlanStepRow.insert_many(
            [
                {
                    "plan": version.id,
                    "position": position,
                    "key": step.key,
                    "kind": step.kind,
                    "title": step.title,
                    "anchor": step.anchor,
                    "offset": step.offset,
                    "unit": step.unit,
                    "window": step.window,
                    "who": step.who,
                    "condition": step.condition,
                    "shares_day": step.shares_day,
                    "talking_points": step.talking_points,
                    "if_no_email": step.if_no_email,
                    "retries": step.retries,
                    "channels": ",".join(step.channels),
                    "min_interest": step.min_interest,
                }
                for position, step in enumerate(plan.steps)
            ]
        ).execute()
    log.info("Saved plan version %d (%d steps)", number, len(plan.steps))
    return number


def seed_plan() -> int:
    """Store the shipped plan as the first version, unless one exists."""
    if latest_number():
        return latest_number()
    return save_version(shipped_plan(), saved_by="")


def version_for(plan_version: int | None) -> Plan:
    """The plan a prospect follows: its version, else the first stored one.

    Falls back to the shipped plan when the database holds none (a database
    from before plans were stored that has not been upgraded yet).
    """
    number = plan_version or first_number()
    plan = load_version(number) if number else None
    if plan is None:
        log.warning("Plan version %s not stored; using the shipped plan", number)
        return shipped_plan()
    return plan
