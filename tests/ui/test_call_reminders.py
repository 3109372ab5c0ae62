"""Reminders of calls with an agreed time, and setting that time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime

from followup_desk.services import call_times
from followup_desk.storage.models import Touch
from followup_desk.ui import desk_settings
from followup_desk.ui.call_reminders import CallReminders
from followup_desk.ui.call_time_dialog import CallTimeDialog


def _call(make_prospect, day: dt.date, name: str) -> Touch:
    prospect = make_prospect(first_name=name, phone="+1 201 555 0199")
    touch = Touch.get((Touch.prospect == prospect.id) & (Touch.kind == "call"))
    Touch.update(due=day).where(Touch.id == touch.id).execute()
    return touch


def test_a_call_due_soon_is_announced_once(window, make_prospect, shop_today):
    touch = _call(make_prospect, shop_today, "Zoë")
    call_times.set_call_time(touch.id, dt.time(12, 0))
    reminders = CallReminders(window)
    noon = dt.datetime.combine(shop_today, dt.time(12, 0))

    assert reminders.check(noon - dt.timedelta(minutes=20)) == []
    announced = reminders.check(noon - dt.timedelta(minutes=10))
    assert [call.touch_id for call in announced] == [touch.id]
    shown = reminders.last_text
    assert "Zoë" in shown and "12:00" in shown and "555 0199" in shown
    if reminders.tray is None:  # no tray on the test platform: the status bar
        assert "Zoë" in window.statusBar().currentMessage()
    assert reminders.check(noon - dt.timedelta(minutes=9)) == []  # only once

    # Moved to a later time, it is announced again when that comes.
    call_times.set_call_time(touch.id, dt.time(12, 30))
    assert len(reminders.check(noon + dt.timedelta(minutes=20))) == 1


def test_several_calls_come_in_one_reminder(window, make_prospect, shop_today):
    for name, minute in (("Ana", 5), ("Γιώργος", 10)):
        touch = _call(make_prospect, shop_today, name)
        call_times.set_call_time(touch.id, dt.time(9, minute))
    reminders = CallReminders(window)

    announced = reminders.check(dt.datetime.combine(shop_today, dt.time(9, 0)))

    assert len(announced) == 2
    assert reminders.last_text.startswith("2 calls")
    assert reminders.last_text.index("Ana") < reminders.last_text.index("Γιώργος")


def test_no_reminders_when_switched_off(window, make_prospect, shop_today):
    touch = _call(make_prospect, shop_today, "Ana")
    call_times.set_call_time(touch.id, dt.time(16, 0))
    desk_settings.REMINDERS_ENABLED.set(False)
    reminders = CallReminders(window)

    soon = dt.datetime.combine(shop_today, dt.time(15, 55))
    assert reminders.check(soon) == []
    desk_settings.REMINDERS_ENABLED.set(True)
    assert len(reminders.check(soon)) == 1


def test_the_call_time_dialog_saves_and_clears(
    qtbot, window, make_prospect, shop_today
):
    touch = _call(make_prospect, shop_today, "Анна")
    dialog = CallTimeDialog(touch.id, window)
    qtbot.addWidget(dialog)
    assert "Анна" in dialog.ui.info_label.text()
    assert not dialog.ui.clear_button.isEnabled()

    dialog.ui.time_edit.setTime(QTime(15, 45))
    with qtbot.waitSignal(dialog.call_time_saved):
        dialog.accept()
    assert Touch.get_by_id(touch.id).call_time == dt.time(15, 45)

    again = CallTimeDialog(touch.id, window)
    qtbot.addWidget(again)
    assert again.ui.time_edit.time() == QTime(15, 45)
    again.clear()
    assert Touch.get_by_id(touch.id).call_time is None


def test_ctrl_t_on_a_prospect_without_a_call_explains(window, shown_messages):
    dialog = window.desk_menus.open_call_time_dialog()

    assert dialog is None
    assert shown_messages.titles()[-1] == "Call time"
