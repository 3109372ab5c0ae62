"""Working days in the shop's calendar: weekends and public holidays skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

import holidays


@lru_cache(maxsize=32)
def _holiday_table(country: str, subdivision: str | None, year: int) -> frozenset:
    try:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year)
    except NotImplementedError:
        # Countries the holidays package does not know get weekends only.
        return frozenset()
    return frozenset(table.keys())


class WorkCalendar:
    """Answers "is this a working day?" and counts working days.

    The weekend is Saturday and Sunday unless told otherwise; public holidays
    come from the ``holidays`` package for the shop's country and region, plus
    any extra closed days the owner sets.
    """

    def __init__(
        self,
        country: str = "US",
        subdivision: str | None = None,
        closed_days: Iterable[dt.date] = (),
        weekend: Iterable[int] = (5, 6),
    ) -> None:
        self.country = (country or "US").upper()
        self.subdivision = subdivision or None
        self.closed_days = frozenset(closed_days)
        self.weekend = frozenset(weekend)

    def is_holiday(self, day: dt.date) -> bool:
        if day in self.closed_days:
            return True
        return day in _holiday_table(self.country, self.subdivision, day.year)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() not in self.weekend and not self.is_holiday(day)

    def on_or_after(self, day: dt.date) -> dt.date:
        """The day itself when it is a working day, else the next working day."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """Move ``count`` working days forward (or back when negative).

        Zero returns ``day`` itself if it is a working day, else the next one.
        """
        if count == 0:
            return self.on_or_after(day)
        step = dt.timedelta(days=1 if count > 0 else -1)
        remaining = abs(count)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count
