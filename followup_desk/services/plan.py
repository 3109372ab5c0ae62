"""The follow-up plan as the owner sees it: read, check, preview, save, re-plan.

Saving stores a new plan version; new prospects follow it from then on.
Prospects already planned keep the version they started with until the owner
re-plans them, which moves their open touches to the new plan's days, adds
the steps they now get and cancels (never deletes) the ones they no longer
get, each with the reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from followup_desk.domain.plan import Plan, PlanError, PlanStep
from followup_desk.domain.plan_text import describe_step, step_details
from followup_desk.domain.replan import replan
from followup_desk.domain.workdays import WorkCalendar
from followup_desk.services import contacts, touches
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.services.users import require_owner
from followup_desk.storage import plan_store
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect
from followup_desk.translatable import QT_TRANSLATE_NOOP, joined, message_of

log = logging.getLogger("followup_desk.services")


@dataclass(frozen=True)
class StepPreview:
    """One step as the editor lists it."""

    position: int
    key: str
    title: str
    kind: str
    text: str
    details: tuple[str, ...]


@dataclass
class ReplanReport:
    """How many prospects a re-plan touched, and how many follow-ups changed."""

    prospects: int = 0
    added: int = 0
    moved: int = 0
    cancelled: int = 0

    def sentence(self) -> str:
        if not self.prospects:
            return "No prospect needed a change."
        who = "1 prospect" if self.prospects == 1 else f"{self.prospects} prospects"
        return (
            f"Re-planned {who}: {self.added} follow-ups added, {self.moved} moved, "
            f"{self.cancelled} cancelled (kept in their timelines)."
        )


def current_plan() -> Plan:
    """The plan new prospects get."""
    return profile_service.default_plan()


def plan_for(prospect: Prospect) -> Plan:
    """The plan version this prospect follows."""
    return plan_store.version_for(prospect.plan_version)


def preview(plan: Plan) -> list[StepPreview]:
    return [
        StepPreview(
            position=n,
            key=step.key,
            title=step.title,
            kind=step.kind,
            text=describe_step(step),
            details=tuple(step_details(step)),
        )
        for n, step in enumerate(plan.steps, start=1)
    ]


def check(plan: Plan) -> None:
    """Raise ``ValidationError`` with every problem of the plan, if any."""
    problems = plan.problems()
    if problems:
        raise ValidationError("steps", joined(problems))


def make_step(**values: object) -> PlanStep:
    """A step from the editor's fields, or ``ValidationError`` saying what to fix."""
    try:
        return PlanStep(**values)
    except PlanError as exc:
        raise ValidationError(str(values.get("key", "step")), message_of(exc)) from None


def save_plan(plan: Plan, who: str = "") -> int:
    """Store ``plan`` as the next version for new prospects; returns its number.

    Saving the same steps again stores nothing and returns the current number.
    """
    require_owner(QT_TRANSLATE_NOOP("Users", "change the follow-up plan"))
    check(plan)
    current = current_plan()
    if current.version and current.steps == plan.steps and current.name == plan.name:
        return current.version
    number = plan_store.save_version(plan, saved_by=who)
    log.info("Follow-up plan version %d saved", number)
    return number


def prospects_on_older_plans() -> int:
    """Open prospects planned with an older version than the current one."""
    latest = plan_store.latest_number()
    older = Prospect.plan_version.is_null() | (Prospect.plan_version < latest)
    if latest == plan_store.first_number():
        older = Prospect.plan_version < latest
    return Prospect.select().where((Prospect.status == "prospect") & older).count()


def replan_prospect(
    prospect: Prospect,
    reason: str,
    today: dt.date | None = None,
    plan: Plan | None = None,
    who: str = "",
    calendar: WorkCalendar | None = None,
) -> dict[str, int]:
    """Bring one prospect's open touches in line with ``plan`` (theirs if None)."""
    if prospect.status != "prospect":
        return {"added": 0, "moved": 0, "cancelled": 0}
    today = today or profile_service.shop_today()
    plan = plan or plan_for(prospect)
    changes = replan(
        plan,
        contacts.facts_for(prospect),
        calendar or profile_service.work_calendar(),
        touches.touch_states(prospect.id),
        today,
        reason,
        package_posted_on=prospect.package_posted_on,
    )
    with database.atomic():
        counts = touches.apply_changes(prospect.id, changes, who)
        if plan.version and plan.version != prospect.plan_version:
            Prospect.update(plan_version=plan.version).where(
                Prospect.id == prospect.id
            ).execute()
    return counts


# Prospects re-planned per transaction: big enough to be quick, small enough
# that a stop part-way keeps what was done.
REPLAN_CHUNK = 200


def replan_prospects(
    prospect_ids: Iterable[int] | None = None,
    today: dt.date | None = None,
    who: str = "",
    progress: Callable[[int, int], bool] | None = None,
) -> ReplanReport:
    """Move open prospects onto the current plan (all on older ones if None).

    ``progress(done, total)`` is called after each chunk; returning False
    stops there, keeping the prospects already re-planned.
    """
    require_owner(QT_TRANSLATE_NOOP("Users", "re-plan prospects"))
    plan = current_plan()
    today = today or profile_service.shop_today()
    query = Prospect.select().where(Prospect.status == "prospect")
    if prospect_ids is not None:
        query = query.where(Prospect.id.in_(list(prospect_ids)))
    else:
        query = query.where(
            Prospect.plan_version.is_null() | (Prospect.plan_version < plan.version)
        )
    report = ReplanReport()
    reason = f"Re-planned on {today:%a} {today.day} {today:%b} with the new plan"
    ids = [pid for (pid,) in query.select(Prospect.id).order_by(Prospect.id).tuples()]
    calendar = profile_service.work_calendar()
    for start in range(0, len(ids), REPLAN_CHUNK):
        chunk = ids[start : start + REPLAN_CHUNK]
        with database.atomic():
            for prospect in Prospect.select().where(Prospect.id.in_(chunk)):
                counts = replan_prospect(prospect, reason, today, plan, who, calendar)
                report.prospects += 1
                report.added += counts["added"]
                report.moved += counts["moved"]
                report.cancelled += counts["cancelled"]
        if progress is not None and not progress(start + len(chunk), len(ids)):
            break
    log.info("Re-planned %d prospects", report.prospects)
    return report


def requalify(
    prospect_id: int,
    qualified: bool | None = None,
    interest: str | None = None,
    today: dt.date | None = None,
    who: str = "",
) -> dict[str, int]:
    """Staff judged a prospect again: costly touches follow the new judgement.

    An e-mail enquirer qualified as keen gets the package (due today) and the
    mailers still ahead; one judged of low interest loses them, kept in the
    timeline with the reason.
    """
    prospect = contacts.get_prospect(prospect_id)
    changes: dict[str, object] = {}
    if qualified is not None:
        changes["qualified"] = bool(qualified)
    if interest is not None:
        if interest not in ("low", "medium", "high"):
            raise ValidationError(
                "interest",
                QT_TRANSLATE_NOOP("Plan", "Interest is low, medium or high."),
            )
        changes["interest"] = interest
    if not changes:
        return {"added": 0, "moved": 0, "cancelled": 0}
    today = today or profile_service.shop_today()
    with database.atomic():
        Prospect.update(**changes, version=Prospect.version + 1).where(
            Prospect.id == prospect_id
        ).execute()
        prospect = contacts.get_prospect(prospect_id)
        words = {"high": "keen", "medium": "interested", "low": "not keen"}
        reason = (
            f"Re-planned on {today:%a} {today.day} {today:%b}: "
            f"{words[prospect.interest]}"
            + (", qualified" if prospect.qualified else "")
        )
        return replan_prospect(prospect, reason, today, who=who)
