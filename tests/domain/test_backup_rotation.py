"""Which backups survive pruning: recent ones, then one a day, week and month."""

import datetime as dt
from zoneinfo import ZoneInfo

from followup_desk.domain.backup_rotation import Rotation, backups_to_keep

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def hours_ago(*hours: float) -> list[dt.datetime]:
    return [NOW - dt.timedelta(hours=h) for h in hours]


def test_the_newest_few_are_all_kept():
    moments = hours_ago(0, 1, 2, 3)
    assert backups_to_keep(
        moments, NOW, rotation=Rotation(recent=3, daily=0, weekly=0, monthly=0)
    ) == set(moments[:3])


def test_one_per_day_then_week_then_month():
    # One backup every 6 hours for 400 days.
    moments = [NOW - dt.timedelta(hours=6 * i) for i in range(400 * 4)]
    kept = backups_to_keep(moments, NOW, retention_days=3650)
    days = {m.date() for m in kept}
    # 6 recent (today and yesterday), 7 days, 5 weeks, 12 months, overlapping.
    assert NOW.date() in days
    for back in range(7):
        assert NOW.date() - dt.timedelta(days=back) in days
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    assert len(kept) < 35
    # The newest of each day is the one kept.
    yesterday = [m for m in moments if m.date() == NOW.date() - dt.timedelta(days=3)]
    assert max(yesterday) in kept
    assert min(yesterday) not in kept


def test_retention_removes_old_ones_but_never_the_newest():
    moments = [NOW - dt.timedelta(days=d) for d in (40, 50, 60)]
    assert backups_to_keep(moments, NOW, retention_days=30) == {moments[0]}
    young_and_old = [NOW - dt.timedelta(days=d) for d in (1, 40)]
    assert backups_to_keep(young_and_old, NOW, retention_days=30) == {young_and_old[0]}


def test_days_are_the_shops_days():
    # 23:30 and 00:30 in Auckland are different shop days, though both fall
    # on the same UTC day: each is the newest of its own day.
    zone = ZoneInfo("Pacific/Auckland")
    late = dt.datetime(2026, 12, 1, 23, 30, tzinfo=zone).astimezone(dt.UTC)
    early = dt.datetime(2026, 12, 2, 0, 30, tzinfo=zone).astimezone(dt.UTC)
    old = [late - dt.timedelta(minutes=20), early + dt.timedelta(minutes=5)]
    rotation = Rotation(recent=0, daily=7, weekly=0, monthly=0)
    kept = backups_to_keep([late, early, *old], NOW, zone=zone, rotation=rotation)
    assert kept == {late, early + dt.timedelta(minutes=5)}


def test_nothing_to_keep_from_nothing():
    assert backups_to_keep([], NOW) == set()
