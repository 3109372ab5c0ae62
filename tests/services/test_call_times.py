"""Calls with an agreed time, and finding those due in the next minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from followup_desk.services import call_times, contacts
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Touch

DAY = dt.date(2026, 12, 7)  # a Monday


def _call_due_on(day: dt.date, name: str = "Ana") -> Touch:
    prospect = contacts.log_first_contact(
        contacts.NewContact(
            first_name=name,
            last_name="García",
            phone="555 0101",
            email="ana@example.com",
        ),
        contacted_on=day - dt.timedelta(days=7),
    )
    touch = (
        Touch.select()
        .where((Touch.prospect == prospect.id) & (Touch.kind == "call"))
        .first()
    )
    Touch.update(due=day).where(Touch.id == touch.id).execute()
    return Touch.get_by_id(touch.id)


def _soon(hour: int, minute: int, minutes: int = 15) -> list[call_times.CallDue]:
    return call_times.calls_due_soon(
        dt.datetime.combine(DAY, dt.time(hour, minute)), minutes
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request):
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


def test_calls_due_in_the_next_minutes_are_found(any_db):
    ana = _call_due_on(DAY, "Ana")
    zoe = _call_due_on(DAY, "Zoë")
    later = _call_due_on(DAY, "Γιώργος")
    call_times.set_call_time(ana.id, dt.time(14, 30))
    call_times.set_call_time(zoe.id, dt.time(14, 40, 59))
    call_times.set_call_time(later.id, dt.time(15, 30))

    assert [c.prospect_name for c in _soon(14, 20)] == ["Ana García"]
    assert [c.prospect_name for c in _soon(14, 26)] == ["Ana García", "Zoë García"]
    found = _soon(14, 30)
    assert found[1].at == dt.time(14, 40)  # seconds are dropped
    assert found[0].phone == "555 0101"
    # Just passed: still found for a minute, so a check once a minute never
    # skips a call.
    assert [c.prospect_name for c in _soon(14, 41)] == ["Zoë García"]
    assert _soon(14, 43) == []
    assert [c.prospect_name for c in _soon(15, 20)] == ["Γιώργος García"]


def test_an_overdue_timed_call_is_still_found(db):
    late = _call_due_on(DAY - dt.timedelta(days=3))
    call_times.set_call_time(late.id, dt.time(11, 0))

    assert [c.touch_id for c in _soon(10, 50)] == [late.id]


def test_only_open_calls_on_their_day_count(any_db):
    done = _call_due_on(DAY, "Ana")
    tomorrow = _call_due_on(DAY + dt.timedelta(days=1), "Zoë")
    call_times.set_call_time(done.id, dt.time(9, 0))
    call_times.set_call_time(tomorrow.id, dt.time(9, 0))
    Touch.update(status="done").where(Touch.id == done.id).execute()

    assert _soon(8, 50) == []


def test_a_time_is_only_for_open_calls(db):
    call = _call_due_on(DAY)
    other = Touch.get(
        (Touch.prospect == call.prospect_id) & Touch.kind.not_in(("call", "visit"))
    )

    with pytest.raises(ValidationError, match="Only calls"):
        call_times.set_call_time(other.id, dt.time(10, 0))
    call_times.set_call_time(call.id, dt.time(10, 15))
    assert Touch.get_by_id(call.id).call_time == dt.time(10, 15)
    call_times.set_call_time(call.id, None)
    assert Touch.get_by_id(call.id).call_time is None
    Touch.update(status="cancelled").where(Touch.id == call.id).execute()
    with pytest.raises(ValidationError, match="already done"):
        call_times.set_call_time(call.id, dt.time(10, 0))


def test_the_window_stops_at_midnight(db):
    call = _call_due_on(DAY)
    call_times.set_call_time(call.id, dt.time(23, 55))

    assert len(_soon(23, 50)) == 1
    assert (
        call_times.calls_due_soon(
            dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(0, 2))
        )
        == []
    )
