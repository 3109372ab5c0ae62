import datetime as dt

from followup_desk.domain.workdays import WorkCalendar

US = WorkCalendar("US")


def test_weekend_is_skipped():
    friday = dt.date(2026, 12, 4)
    assert US.add_working_days(friday, 1) == dt.date(2026, 12, 7)
    assert US.add_working_days(friday, 3) == dt.date(2026, 12, 9)


def test_public_holidays_are_skipped():
    # Thanksgiving 2026 is Thursday 26 November.
    assert US.add_working_days(dt.date(2026, 11, 25), 1) == dt.date(2026, 11, 27)
    # Christmas Friday, then the weekend.
    assert US.add_working_days(dt.date(2026, 12, 24), 1) == dt.date(2026, 12, 28)


def test_region_holidays_follow_the_subdivision():
    bavaria = WorkCalendar("DE", "BY")
    berlin = WorkCalendar("DE", "BE")
    epiphany = dt.date(2027, 1, 6)
    assert not bavaria.is_working_day(epiphany)
    assert berlin.is_working_day(epiphany)


def test_owner_closed_days_count_as_holidays():
    closed = WorkCalendar("US", closed_days=[dt.date(2026, 12, 7)])
    assert closed.add_working_days(dt.date(2026, 12, 4), 1) == dt.date(2026, 12, 8)


def test_zero_offset_moves_off_a_weekend_only():
    saturday = dt.date(2026, 12, 5)
    assert US.add_working_days(saturday, 0) == dt.date(2026, 12, 7)
    assert US.add_working_days(dt.date(2026, 12, 8), 0) == dt.date(2026, 12, 8)


def test_counting_back_and_between():
    monday = dt.date(2026, 12, 7)
    assert US.add_working_days(monday, -1) == dt.date(2026, 12, 4)
    assert US.working_days_between(dt.date(2026, 12, 4), dt.date(2026, 12, 9)) == 3


def test_unknown_country_falls_back_to_weekends():
    cal = WorkCalendar("ZZ")
    assert cal.is_working_day(dt.date(2026, 12, 25))


def test_closed_days_are_read_from_what_the_owner_typed():
    import pytest

    from followup_desk.domain.workdays import (
        CalendarInputError,
        format_closed_days,
        parse_closed_days,
    )

    days = parse_closed_days(" 2026-12-24, 2026-12-31;2026-12-24\n")
    assert days == [dt.date(2026, 12, 24), dt.date(2026, 12, 31)]
    assert format_closed_days(days) == "2026-12-24, 2026-12-31"
    assert parse_closed_days("") == []
    with pytest.raises(CalendarInputError, match="“24/12/2026” is not a date"):
        parse_closed_days("2026-12-23, 24/12/2026")


def test_holiday_names_and_regions():
    from followup_desk.domain.workdays import holiday_regions

    assert US.holiday_name(dt.date(2026, 12, 25)) == "Christmas Day"
    assert US.holiday_name(dt.date(2026, 12, 5)) == "weekend"
    assert US.holiday_name(dt.date(2026, 12, 8)) == ""
    closed = WorkCalendar("US", closed_days=[dt.date(2026, 12, 8)])
    assert closed.holiday_name(dt.date(2026, 12, 8)) == "closed by the owner"
    regions = holiday_regions("DE")
    assert regions["BY"] == "Bavaria" or "Bay" in regions["BY"]
    assert holiday_regions("ZZ") == {}
