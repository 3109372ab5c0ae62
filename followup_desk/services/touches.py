"""The day's work: what is due, doing a touch, posting a package.

Also where reality moves the plan for one touch: a call with no answer gets a
"try again" the next free working day (as many times as its step allows), and
a touch snoozed or moved by hand keeps the prospect's later touches after it.
Nothing is deleted: a touch cancelled, skipped or moved says why in
``Touch.reason``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from peewee import JOIN, fn

from followup_desk.domain.names import full_name
from followup_desk.domain.plan import PlannedTouch
from followup_desk.domain.replan import (
    PlanChanges,
    TouchState,
    move_touch,
    on_package_posted,
    retry_touch,
)
from followup_desk.services import profile as profile_service
from followup_desk.services import replies
from followup_desk.services.errors import NotFoundError, ValidationError
from followup_desk.storage import plan_store
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

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
    "package": QT_TRANSLATE_NOOP("Touches", "Package"),
    "email": QT_TRANSLATE_NOOP("Touches", "E-mail"),
    "call": QT_TRANSLATE_NOOP("Touches", "Call"),
    "mailer": QT_TRANSLATE_NOOP("Touches", "Mailer"),
    "visit": QT_TRANSLATE_NOOP("Touches", "Visit"),
}
# The outcomes stored on touches, as English words; screens translate them.
OUTCOME_WORDS = {
    "reached": QT_TRANSLATE_NOOP("Touches", "reached"),
    "left message": QT_TRANSLATE_NOOP("Touches", "left message"),
    "no answer": QT_TRANSLATE_NOOP("Touches", "no answer"),
    "wrong number": QT_TRANSLATE_NOOP("Touches", "wrong number"),
    "ordered": QT_TRANSLATE_NOOP("Touches", "ordered"),
    "not interested": QT_TRANSLATE_NOOP("Touches", "not interested"),
    "visited": QT_TRANSLATE_NOOP("Touches", "visited"),
    "sent": QT_TRANSLATE_NOOP("Touches", "sent"),
    "posted": QT_TRANSLATE_NOOP("Touches", "posted"),
    "done": QT_TRANSLATE_NOOP("Touches", "done"),
}


# A touch's status inside a sentence ("… is already done").
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Touches", "open"),
    "done": QT_TRANSLATE_NOOP("Touches", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Touches", "cancelled"),
    "skipped": QT_TRANSLATE_NOOP("Touches", "skipped"),
}


def outcome_words(stored: str) -> str:
    """A touch's stored outcome, marked for translation when it is one of ours."""
    return OUTCOME_WORDS.get(stored, stored)


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
    # An e-mail to a prospect whose reply nobody has read yet: it waits.
    waiting_for_reply: bool = False

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
    # Thousands of rows share a few hundred dates: each is read once.
    dates: dict[object, dt.date] = {}

    def date_of(value: dt.date | str) -> dt.date:
        found = dates.get(value)
        if found is None:
            found = dates[value] = _as_date(value)
        return found

    items = [
        AgendaItem(
            touch_id=tid,
            prospect_id=pid,
            kind=kind,
            title=title,
            due=date_of(due),
            latest=date_of(latest),
            who=who,
            prospect_name=full_name(first, last) or company,
            company=company,
            phone=phone,
            email=email,
            overdue=date_of(latest) < day,
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
    return _mark_waiting(items)


def _mark_waiting(items: list[AgendaItem]) -> list[AgendaItem]:
    """Flag the e-mails held until someone reads the prospect's reply."""
    if not any(item.kind == "email" for item in items):
        return items
    # Few prospects have a reply unread: ask for all of them rather than
    # pass thousands of overdue prospects' ids to the database.
    held = replies.held_prospects()
    if not held:
        return items
    return [
        replace(item, waiting_for_reply=True)
        if item.kind == "email" and item.prospect_id in held
        else item
        for item in items
    ]


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
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Touches", "There is no touch with id {touch_id}."
            ).format(touch_id=touch_id)
        )
    return touch


def done_stamp(day: dt.date | None) -> dt.datetime:
    """When a touch was done: now, or midday of the day given when it is not today.

    Work recorded after the fact (a call made yesterday, a package posted on
    Monday) must count on its own day in the owner's figures.
    """
    now = dt.datetime.now().replace(microsecond=0)
    if day is None or day == now.date():
        return now
    return dt.datetime.combine(day, dt.time(12))


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
        raise ValidationError(
            "outcome",
            QT_TRANSLATE_NOOP("Touches", "Say what came of it, e.g. “left a message”."),
        )
    touch = get_touch(touch_id)
    if touch.status != "open":
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Touches", "This follow-up is already {status}.").format(
                status=STATUS_WORDS.get(touch.status, touch.status)
            ),
        )
    if touch.kind == "package":
        return mark_package_posted(touch.prospect_id, done_on, who, outcome, note)
    with database.atomic():
        touch.status = "done"
        touch.outcome = outcome
        touch.note = note.strip()
        touch.done_by = who
        touch.done_at = done_stamp(done_on)
        touch.save()
        if touch.kind == "call" and outcome == NO_ANSWER:
            _plan_retry(touch, done_on or profile_service.shop_today())
    return touch


NO_ANSWER = "no answer"


def _plan_retry(touch: Touch, tried_on: dt.date) -> Touch | None:
    """Add the "try again" call after no answer, if the step allows another."""
    prospect = Prospect.get_by_id(touch.prospect_id)
    step = plan_store.version_for(prospect.plan_version).step(touch.step_key)
    planned = retry_touch(
        touch_states(touch.prospect_id),
        touch.id,
        step,
        tried_on,
        profile_service.work_calendar(),
    )
    if planned is None:
        log.info("Touch %d: no answer, no tries left", touch.id)
        return None
    return _insert(prospect.id, planned)


def _insert(prospect_id: int, planned: PlannedTouch, reason: str = "") -> Touch:
    return Touch.create(
        prospect=prospect_id,
        step_key=planned.step_key,
        kind=planned.kind,
        title=planned.title,
        who=planned.who,
        due=planned.due,
        latest=planned.latest,
        status=planned.status,
        note=planned.note,
        attempt=planned.attempt,
        reason=reason,
    )


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
            QT_TRANSLATE_NOOP(
                "Touches", "Prospect {prospect_id} has no package waiting to be posted."
            ).format(prospect_id=prospect_id)
        )

    with database.atomic():
        package.status = "done"
        package.outcome = outcome
        package.note = note
        package.done_by = who
        package.done_at = done_stamp(posted_on)
        package.save()
        Prospect.update(package_posted_on=posted_on).where(
            Prospect.id == prospect_id
        ).execute()

        prospect = Prospect.get_by_id(prospect_id)
        changes = on_package_posted(
            plan_store.version_for(prospect.plan_version),
            touch_states(prospect_id),
            posted_on,
            profile_service.work_calendar(profile),
        )
        apply_changes(prospect_id, changes, who)
    log.info("Package posted for prospect %d on %s", prospect_id, posted_on)
    return package


def overdue_count(day: dt.date) -> int:
    """Open touches past their latest day.

    ``latest`` is never before ``due``, so the extra ``due < day`` changes no
    answer but lets the (status, due, kind) index narrow the rows to read.
    """
    return (
        Touch.select()
        .where((Touch.status == "open") & (Touch.due < day) & (Touch.latest < day))
        .count()
    )


# -- reality moves the plan ---------------------------------------------------


def touch_states(prospect_id: int) -> list[TouchState]:
    """A prospect's touches as the plan rules see them."""
    return [
        TouchState(
            id=t.id,
            step_key=t.step_key,
            kind=t.kind,
            due=_as_date(t.due),
            latest=_as_date(t.latest),
            status=t.status,
            title=t.title,
            pinned=t.moved_from is not None,
            attempt=t.attempt,
        )
        for t in touches_for(prospect_id)
    ]


def apply_changes(
    prospect_id: int, changes: PlanChanges, who: str = "", by_hand: bool = False
) -> dict[str, int]:
    """Write plan changes for one prospect; returns how many of each.

    ``by_hand`` marks moved touches as moved by a person, so a later re-plan
    leaves their days alone.
    """
    with database.atomic():
        for move in changes.moved:
            values = {"due": move.due, "latest": move.latest, "reason": move.reason}
            if by_hand:
                # The first day a person moved it from, kept over later moves.
                values["moved_from"] = fn.COALESCE(Touch.moved_from, Touch.due)
            Touch.update(values).where(Touch.id == move.touch_id).execute()
        for touch_id, reason in changes.cancelled:
            Touch.update(status="cancelled", reason=reason, done_by=who).where(
                (Touch.id == touch_id) & (Touch.status == "open")
            ).execute()
        for planned in changes.added:
            _insert(prospect_id, planned)
    counts = {
        "added": len(changes.added),
        "moved": len(changes.moved),
        "cancelled": len(changes.cancelled),
    }
    log.info("Prospect %d plan changed: %s", prospect_id, counts)
    return counts


def why(touch: Touch) -> str:
    """Why a touch is cancelled, skipped or moved, in plain words, or ""."""
    if touch.reason:
        return touch.reason
    # Older code paths put the reason for a cancellation in the note.
    return touch.note if touch.status in ("cancelled", "skipped") else ""


def _day_words(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def move_touch_to(touch_id: int, day: dt.date, who: str = "", note: str = "") -> int:
    """Move an open touch to ``day`` by hand; later touches stay after it.

    The touch goes to the first working day from ``day`` that the prospect
    has free. Returns how many touches moved (the one asked for included).
    """
    touch = get_touch(touch_id)
    if touch.status != "open":
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "Touches",
                "This follow-up is already {status}; only open follow-ups can be "
                "moved.",
            ).format(status=STATUS_WORDS.get(touch.status, touch.status)),
        )
    calendar = profile_service.work_calendar()
    if not calendar.is_working_day(day):
        closed = calendar.holiday_name(day) or QT_TRANSLATE_NOOP(
            "Touches", "a closed day"
        )
        raise ValidationError(
            "due",
            QT_TRANSLATE_NOOP(
                "Touches", "The shop is closed on {day} ({closed}); pick a working day."
            ).format(day=day, closed=closed),
        )
    reason = f"Moved by hand from {_day_words(_as_date(touch.due))}"
    reason += f" by {who}." if who else "."
    if note.strip():
        reason += f" {note.strip()}"
    changes = move_touch(
        touch_states(touch.prospect_id), touch.id, day, calendar, reason
    )
    if not changes:
        return 0
    with database.atomic():
        # Only the touch asked for is pinned; the ones pushed along with it
        # follow the plan again at the next re-plan.
        first, rest = changes.moved[0], PlanChanges(moved=changes.moved[1:])
        apply_changes(touch.prospect_id, PlanChanges(moved=[first]), who, True)
        apply_changes(touch.prospect_id, rest, who)
    return len(changes.moved)


def snooze_touch(touch_id: int, days: int = 1, who: str = "") -> int:
    """Put an open touch off by ``days`` working days, from today if overdue."""
    if days < 1:
        raise ValidationError(
            "days", QT_TRANSLATE_NOOP("Touches", "Snooze by at least one working day.")
        )
    touch = get_touch(touch_id)
    calendar = profile_service.work_calendar()
    start = max(_as_date(touch.due), profile_service.shop_today())
    return move_touch_to(
        touch_id, calendar.add_working_days(start, days), who, note="Snoozed."
    )


def skip_touch(touch_id: int, reason: str, who: str = "") -> Touch:
    """Leave one open touch out, saying why; it stays in the history."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("Touches", "Say why this follow-up is skipped.")
        )
    touch = get_touch(touch_id)
    if touch.status != "open":
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Touches", "This follow-up is already {status}.").format(
                status=STATUS_WORDS.get(touch.status, touch.status)
            ),
        )
    touch.status = "skipped"
    touch.reason = f"Skipped: {reason}"
    touch.done_by = who
    touch.save()
    return touch


def prospects_with_open_kind(day: dt.date, kinds: tuple[str, ...]):
    """Open touches of ``kinds`` due by ``day``, with their prospects."""
    return (
        Touch.select(Touch, Prospect)
        .join(Prospect, JOIN.INNER)
        .where((Touch.status == "open") & (Touch.due <= day) & (Touch.kind.in_(kinds)))
        .order_by(Touch.due, Prospect.search_last, Prospect.id)
    )
