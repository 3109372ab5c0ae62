"""Who did what: reading the activity log, for the owner.

The log itself is written by the storage layer (one row per change) and by
services for actions such as signing in or restoring a backup. Rows hold
table names, ids and counts; this module turns them into plain sentences.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup_desk.services import profile as profile_service
from followup_desk.services.users import require_owner
from followup_desk.storage.user_models import AuditEntry, utc_now
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

# Singular and plural names of what each table holds, for the sentences.
THINGS = {
    "prospect": ("prospect", "prospects"),
    "touch": ("follow-up", "follow-ups"),
    "quote": ("quotation", "quotations"),
    "quoteline": ("quotation line", "quotation lines"),
    "companyprofile": ("company settings", "company settings"),
    "desk_user": ("user", "users"),
}
VERBS = {"insert": "Added", "update": "Changed", "delete": "Deleted"}
EVENTS = {
    "sign_in": "Signed in",
    "sign_out": "Signed out",
    "sign_in_failed": "Typed a wrong password",
    "backup": "Made a backup",
    "restore": "Restored a backup",
    "retention": "Changed how long backups are kept",
    "migrate_to": "Copied everything to the server",
}


@dataclass(frozen=True)
class Activity:
    """One line of the activity list."""

    entry_id: int
    at: dt.datetime
    user_name: str
    text: str


def describe(action: str, target: str, record_id: int | None, rows: int) -> str:
    """A plain sentence for one log row, e.g. "Changed prospect 42"."""
    if action in EVENTS:
        return EVENTS[action]
    plain = target.replace("_", " ")
    one, many = THINGS.get(target, (plain, plain + "s"))
    verb = VERBS.get(action, action.replace("_", " ").capitalize())
    if one == many:
        # A single record such as the company settings has no number to show.
        return f"{verb} the {one}"
    if rows == 1 and record_id is not None:
        return f"{verb} {one} {record_id}"
    if rows == 1:
        return f"{verb} a {one}"
    return f"{verb} {rows:,} {many}"


def recent_activity(
    offset: int = 0, limit: int = 200, user_name: str | None = None
) -> list[Activity]:
    """Newest first, one block at a time; times in the shop's time zone."""
    require_owner(QT_TRANSLATE_NOOP("Users", "see who did what"))
    zone = _shop_zone()
    query = AuditEntry.select().order_by(AuditEntry.id.desc())
    if user_name is not None:
        query = query.where(AuditEntry.user_name == user_name)
    return [
        Activity(
            row.id,
            row.at.replace(tzinfo=dt.UTC).astimezone(zone),
            row.user_name,
            describe(row.action, row.target, row.record_id, row.rows),
        )
        for row in query.offset(offset).limit(limit)
    ]


def activity_count(user_name: str | None = None) -> int:
    query = AuditEntry.select()
    if user_name is not None:
        query = query.where(AuditEntry.user_name == user_name)
    return query.count()


def prune_activity(older_than_days: int) -> int:
    """Forget activity older than the retention period; return how many rows."""
    limit = utc_now() - dt.timedelta(days=older_than_days)
    removed = AuditEntry.delete().where(AuditEntry.at < limit).execute()
    if removed:
        log.info("Pruned %d activity rows older than %d days", removed, older_than_days)
    return removed


def _shop_zone() -> dt.tzinfo:
    try:
        return ZoneInfo(profile_service.get_profile().timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC
