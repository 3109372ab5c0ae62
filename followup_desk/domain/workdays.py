"""Working days in the shop's calendar: weekends and public holidays skipped.

Public holidays come from the ``holidays`` package for the shop's country and
region; the owner adds days the shop is closed (a stocktaking day, a bridge
day between a holiday and the weekend) as ``closed_days``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from followup_desk.translatable import QT_TRANSLATE_NOOP


class CalendarInputError(ValueError):
    """A closed day or region the owner typed cannot be used."""


def holiday_regions(country: str) -> dict[str, str]:
    """The regions ``holidays`` knows for a country: code → name, maybe empty."""
    import holidays  # slow to import: only when a region is asked for

    supported = holidays.list_supported_countries()
    codes = supported.get((country or "").upper(), [])
    if not codes:
        return {}
    try:
        names = holidays.country_holidays(country.upper()).get_subdivision_aliases()
    except (NotImplementedError, AttributeError):
        names = {}
    return {code: (names.get(code) or [code])[0] for code in codes}


def parse_closed_days(text: str) -> list[dt.date]:
    """Days the owner closes the shop, written as YYYY-MM-DD, comma separated.

    Raises ``CalendarInputError`` naming the first entry that is not a date.
    """
    days = set()
    for part in (text or "").replace(";", ",").replace("\n", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            days.add(dt.date.fromisoformat(part))
        except ValueError:
            raise CalendarInputError(
                QT_TRANSLATE_NOOP(
                    "Workdays",
                    "“{part}” is not a date; write closed days as YYYY-MM-DD, "
                    "e.g. 2026-12-24.",
                ).format(part=part)
            ) from None
    return sorted(days)


def format_closed_days(days: Iterable[dt.date]) -> str:
    return ", ".join(day.isoformat() for day in sorted(set(days)))


@lru_cache(maxsize=32)
def _holiday_table(country: str, subdivision: str | None, year: int) -> frozenset:
    # Imported on first use: loading the package's country tables costs about
    # 75 ms, which the window's start should not pay before any date is asked.
    import holidays

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

    def holiday_name(self, day: dt.date) -> str:
        """What closes the shop on ``day``: a holiday's name, or ""."""
        if day in self.closed_days:
            return "closed by the owner"
        if day.weekday() in self.weekend:
            return "weekend"
        import holidays  # slow to import: only when a day is asked about

        try:
            table = holidays.country_holidays(
                self.country, subdiv=self.subdivision, years=day.year
            )
        except NotImplementedError:
            return ""
        return table.get(day) or ""

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
