"""Calls with an agreed time, and which of them are coming up now.

Most follow-up calls are due on a day and made when the desk gets to them.
Some have a time agreed with the prospect ("ring me back at three"): staff
set it on the call, and the window reminds whoever is at a desk shortly
before. Times are the shop's wall-clock time, in its time zone.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup_desk.domain.names import full_name
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, ValidationError
from followup_desk.storage.models import Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

# Touches that are a conversation at an agreed moment.
TIMED_KINDS = ("call", "visit")
DEFAULT_MINUTES_AHEAD = 15


@dataclass(frozen=True, slots=True)
class CallDue:
    """A timed call coming up, with what the reminder shows."""

    touch_id: int
    prospect_id: int
    kind: str
    title: str
    at: dt.time
    prospect_name: str
    phone: str


def set_call_time(touch_id: int, at: dt.time | None) -> Touch:
    """Agree a time for an open call on its due day; ``None`` clears it."""
    touch = Touch.get_or_none(Touch.id == touch_id)
    if touch is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "CallTimes", "There is no follow-up with id {touch_id}."
            ).format(touch_id=touch_id)
        )
    if touch.kind not in TIMED_KINDS:
        raise ValidationError(
            "call_time",
            QT_TRANSLATE_NOOP(
                "CallTimes", "Only calls and visits have a time; this one has none."
            ),
        )
    if touch.status != "open":
        raise ValidationError(
            "call_time",
            QT_TRANSLATE_NOOP(
                "CallTimes", "This follow-up is already done or cancelled."
            ),
        )
    touch.call_time = at.replace(second=0, microsecond=0) if at else None
    touch.save(only=[Touch.call_time])
    log.info("Call time of touch %d %s", touch_id, "set" if at else "cleared")
    return touch


def shop_now() -> dt.datetime:
    """Now on the shop's clock, without a zone attached."""
    profile = profile_service.get_profile()
    try:
        zone = ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.datetime.now().replace(microsecond=0)
    return dt.datetime.now(zone).replace(tzinfo=None, microsecond=0)


def calls_due_soon(
    now: dt.datetime | None = None, minutes: int = DEFAULT_MINUTES_AHEAD
) -> list[CallDue]:
    """Open timed calls at a time from ``now`` up to ``minutes`` later.

    Calls due today or overdue count; soonest first.

    A call whose time has just passed by less than a minute still counts, so
    a reminder checked once a minute never skips one.
    """
    now = now or shop_now()
    start = (now - dt.timedelta(minutes=1)).time()
    end_moment = now + dt.timedelta(minutes=minutes)
    # The window stops at midnight: calls belong to their due day.
    end = end_moment.time() if end_moment.date() == now.date() else dt.time.max
    if (now - dt.timedelta(minutes=1)).date() != now.date():
        start = dt.time.min
    query = (
        Touch.select(
            Touch.id,
            Touch.kind,
            Touch.title,
            Touch.call_time,
            Prospect.id.alias("prospect_id"),
            Prospect.first_name,
            Prospect.last_name,
            Prospect.company,
            Prospect.phone,
        )
        .join(Prospect)
        # Status, day and kind lead, so the agenda index narrows the rows.
        .where(
            (Touch.status == "open")
            # An overdue call with an agreed time still wants making: it is
            # announced at that time each day until it is done.
            & (Touch.due <= now.date())
            & (Touch.kind.in_(TIMED_KINDS))
            & Touch.call_time.is_null(False)
            & (Touch.call_time >= start)
            & (Touch.call_time <= end)
        )
        .order_by(Touch.call_time, Touch.id)
        .dicts()
    )
    found = []
    for row in query:
        name = full_name(row["first_name"], row["last_name"])
        name = name or row["company"] or f"Prospect {row['prospect_id']}"
        found.append(
            CallDue(
                touch_id=row["id"],
                prospect_id=row["prospect_id"],
                kind=row["kind"],
                title=row["title"],
                at=_as_time(row["call_time"]),
                prospect_name=name,
                phone=row["phone"],
            )
        )
    return found


def _as_time(value: object) -> dt.time:
    # SQLite hands the column back as text when peewee does not convert it.
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))
