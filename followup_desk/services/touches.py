"""The day's work: what is due, doing a touch, posting a package."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from peewee import JOIN, fn

from followup_desk.domain.plan import reanchor_on_posting
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch

log = logging.getLogger("followup_desk.services")

# The Today pane groups touches by what staff do with them.
GROUPS = {
    "call": "Calls to make",
    "visit": "Calls to make",
    "email": "E-mails to send",
    "package": "Things to print",
    "mailer": "Things to print",
}
KIND_LABELS = {
    "package": "Package",
    "email": "E-mail",
    "call": "Call",
    "mailer": "Mailer",
    "visit": "Visit",
}


@dataclass(frozen=True, slots=True)
class AgendaItem:
    touch_id: int
    prospect_id: int
    kind: str
    title: str
    due: dt.date
    latest: dt.date
    who: str
    prospect_name: str
    company: str
    phone: str
    email: str
    overdue: bool

    @property
    def group(self) -> str:
        return GROUPS.get(self.kind, "Other")


def _agenda_query(day: dt.date, include_overdue: bool):
    date_filter = (Touch.due <= day) if include_overdue else (Touch.due == day)
    return (
        Touch.select(
            Touch.id,
            Touch.prospect,
            Touch.kind,
            Touch.title,
            Touch.due,
            Touch.latest,
            Touch.who,
            Prospect.first_name,
            Prospect.last_name,
            Prospect.company,
            Prospect.phone,
            Prospect.email,
        )
        .join(Prospect)
        .where((Touch.status == "open") & date_filter)
        # The (status, due, kind) index already yields this order: no sort step.
        .order_by(Touch.due, Touch.kind)
    )


def _as_date(value: dt.date | str) -> dt.date:
    # SQLite hands dates back as ISO text; PostgreSQL as dates.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def agenda(
    day: dt.date | None = None, include_overdue: bool = True
) -> list[AgendaItem]:
    """Open touches due on ``day``; overdue ones (past ``latest``) come first."""
    day = day or profile_service.shop_today()
    # A raw cursor: the agenda can hold thousands of overdue rows, and peewee's
    # row wrappers would cost more than the query itself.
    cursor = database.execute(_agenda_query(day, include_overdue))
    items = [
        AgendaItem(
            touch_id=tid,
            prospect_id=pid,
            kind=kind,
            title=title,
            due=_as_date(due),
            latest=_as_date(latest),
            who=who,
            prospect_name=f"{first} {last}".strip() or company,
            company=company,
            phone=phone,
            email=email,
            overdue=_as_date(latest) < day,
        )
        for (
            tid,
            pid,
            kind,
            title,
            due,
            latest,
            who,
            first,
            last,
            company,
            phone,
            email,
        ) in cursor.fetchall()
    ]
    items.sort(key=lambda i: (not i.overdue, i.due))
    return items


def month_counts(year: int, month: int) -> dict[dt.date, int]:
    """Open touches per day of one month, for the calendar."""
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    query = (
        Touch.select(Touch.due, fn.COUNT(Touch.id))
        .where((Touch.status == "open") & (Touch.due >= first) & (Touch.due <= last))
        .group_by(Touch.due)
        .tuples()
    )
    return {due: count for due, count in query}


def touches_for(prospect_id: int) -> list[Touch]:
    return list(
        Touch.select()
        .where(Touch.prospect == prospect_id)
        .order_by(Touch.due, Touch.id)
    )


def get_touch(touch_id: int) -> Touch:
    touch = Touch.get_or_none(Touch.id == touch_id)
    if touch is None:
        raise NotFoundError(f"There is no touch with id {touch_id}.")
    return touch


def complete_touch(
    touch_id: int,
    outcome: str,
    note: str = "",
    who: str = "",
    done_on: dt.date | None = None,
) -> Touch:
    """Record a touch as done, with what came of it.

    Completing a package touch counts as posting it, so the calls that count
    from the posting move with it.
    """
    outcome = outcome.strip()
    if not outcome:
        raise ValidationError("outcome", "Say what came of it, e.g. “left a message”.")
    touch = get_touch(touch_id)
    if touch.status != "open":
        raise ValidationError("status", f"This {touch.kind} is already {touch.status}.")
    if touch.kind == "package":
        return mark_package_posted(touch.prospect_id, done_on, who, outcome, note)
    with database.atomic():
        touch.status = "done"
        touch.outcome = outcome
        touch.note = note.strip()
        touch.done_by = who
        touch.done_at = dt.datetime.now().replace(microsecond=0)
        touch.save()
    return touch


def mark_package_posted(
    prospect_id: int,
    posted_on: dt.date | None = None,
    who: str = "",
    outcome: str = "posted",
    note: str = "",
) -> Touch:
    """Record the package as posted and move the calls that count from it."""
    profile = profile_service.get_profile()
    posted_on = posted_on or profile_service.shop_today(profile)
    package = (
        Touch.select()
        .where(
            (Touch.prospect == prospect_id)
            & (Touch.kind == "package")
            & (Touch.status == "open")
        )
        .first()
    )
    if package is None:
        raise NotFoundError(
            f"Prospect {prospect_id} has no package waiting to be posted."
        )

    with database.atomic():
        package.status = "done"
        package.outcome = outcome
        package.note = note
        package.done_by = who
        package.done_at = dt.datetime.now().replace(microsecond=0)
        package.save()
        Prospect.update(package_posted_on=posted_on).where(
            Prospect.id == prospect_id
        ).execute()

        plan = profile_service.default_plan()
        others = [t for t in touches_for(prospect_id) if t.id != package.id]
        movable = [
            t
            for t in others
            if t.status == "open"
            and getattr(plan.step(t.step_key), "anchor", "") == "package"
        ]
        moved = reanchor_on_posting(
            plan,
            posted_on,
            [(t.step_key, t.due) for t in movable],
            [t.due for t in others if t not in movable],
            profile_service.work_calendar(profile),
        )
        for t in others:
            if t.status == "open" and t.step_key in moved:
                t.due, t.latest = moved[t.step_key]
                t.save()
    log.info("Package posted for prospect %d on %s", prospect_id, posted_on)
    return package


def overdue_count(day: dt.date) -> int:
    return Touch.select().where((Touch.status == "open") & (Touch.latest < day)).count()


def prospects_with_open_kind(day: dt.date, kinds: tuple[str, ...]):
    """Open touches of ``kinds`` due by ``day``, with their prospects."""
    return (
        Touch.select(Touch, Prospect)
        .join(Prospect, JOIN.INNER)
        .where((Touch.status == "open") & (Touch.due <= day) & (Touch.kind.in_(kinds)))
        .order_by(Touch.due, Prospect.search_last, Prospect.id)
    )
