"""Which backups to keep: a few recent ones, then one per day, week and month.

Pure rules, no files: the caller lists its backups with the moment each was
made and gets back the set to keep. Days, weeks and months are counted in the
shop's time zone, so a backup made at 23:30 belongs to the day the shop saw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

KEEP_RECENT = 6
KEEP_DAILY = 7
KEEP_WEEKLY = 5
KEEP_MONTHLY = 12
DEFAULT_RETENTION_DAYS = 365
MIN_RETENTION_DAYS = 7


@dataclass(frozen=True, slots=True)
class Rotation:
    """How many backups of each kind survive a pruning."""

    recent: int = KEEP_RECENT
    daily: int = KEEP_DAILY
    weekly: int = KEEP_WEEKLY
    monthly: int = KEEP_MONTHLY


def backups_to_keep(
    made_at: Iterable[dt.datetime],
    now: dt.datetime,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    zone: dt.tzinfo = dt.UTC,
    rotation: Rotation = Rotation(),
) -> set[dt.datetime]:
    """The moments (aware datetimes) whose backups stay; the rest may go.

    Nothing older than ``retention_days`` stays, except that the newest backup
    always does: a shop that opens the app after a long break must still have
    one copy to go back to.
    """
    moments = sorted(set(made_at), reverse=True)
    if not moments:
        return set()
    limit = now - dt.timedelta(days=max(retention_days, MIN_RETENTION_DAYS))
    young = [m for m in moments if m >= limit]

    keep = set(young[: rotation.recent])
    keep |= _newest_per_bucket(young, zone, _day_bucket, rotation.daily)
    keep |= _newest_per_bucket(young, zone, _week_bucket, rotation.weekly)
    keep |= _newest_per_bucket(young, zone, _month_bucket, rotation.monthly)
    keep.add(moments[0])
    return keep


def _day_bucket(day: dt.date) -> tuple[int, ...]:
    return (day.year, day.month, day.day)


def _week_bucket(day: dt.date) -> tuple[int, ...]:
    year, week, _ = day.isocalendar()
    return (year, week)


def _month_bucket(day: dt.date) -> tuple[int, ...]:
    return (day.year, day.month)


def _newest_per_bucket(
    newest_first: list[dt.datetime], zone: dt.tzinfo, bucket, count: int
) -> set[dt.datetime]:
    kept: dict[tuple[int, ...], dt.datetime] = {}
    for moment in newest_first:
        key = bucket(moment.astimezone(zone).date())
        if key in kept:
            continue
        if len(kept) == count:
            break
        kept[key] = moment
    return set(kept.values())
