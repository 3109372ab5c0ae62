"""The plan editor: change a step, save, and see a new prospect follow it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from followup_desk.services import profile, touches
from followup_desk.storage import plan_store
from followup_desk.ui.plan_editor import PlanEditorDialog


def _save(qtbot, dialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _first_call(prospect):
    return next(
        t for t in touches.touches_for(prospect.id) if t.step_key == "first_call"
    )


def test_an_edited_step_is_followed_by_the_next_prospect(
    qtbot, window, make_prospect, last_working_day, type_text
):
    before = make_prospect(first_name="Before", contacted_on=last_working_day)
    window.plan_editor_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, PlanEditorDialog)
    dialog.select_step("first_call")
    assert dialog.ui.preview_label.text() == (
        "Call 2–3 working days after the package is posted, front desk"
    )

    _retype(qtbot, dialog.ui.offset_spin.lineEdit(), "4")
    _retype(qtbot, dialog.ui.title_edit, "")
    type_text(dialog.ui.title_edit, "Anruf — Café ☕")

    assert dialog.ui.preview_label.text() == (
        "Call 4–5 working days after the package is posted, front desk"
    )
    row = dialog.current_row()
    assert dialog.model.index(row, 0).data() == f"{row + 1}. Anruf — Café ☕"
    _save(qtbot, dialog)

    assert plan_store.latest_number() == 2
    after = make_prospect(first_name="After", contacted_on=last_working_day)
    calendar = profile.work_calendar()
    # No prime area is set, so no package: the call counts from the contact.
    call = _first_call(after)
    assert call.due == calendar.add_working_days(last_working_day, 4)
    assert call.title == "Anruf — Café ☕"
    old_call = _first_call(before)
    assert old_call.due == calendar.add_working_days(last_working_day, 2)
    assert "saved" in window.statusBar().currentMessage()


def test_a_step_without_a_title_is_refused_and_nothing_saved(
    qtbot, ui_db, shown_messages
):
    dialog = PlanEditorDialog()
    qtbot.addWidget(dialog)
    dialog.select_step("first_email")
    _retype(qtbot, dialog.ui.title_edit, "")

    assert "needs a title" in dialog.ui.error_label.text()
    assert not dialog.ui.error_label.isHidden()
    assert dialog.ui.title_edit.property("invalid") is True
    assert not dialog.save()
    assert plan_store.latest_number() == 1


def test_closed_days_and_region_are_saved_to_the_profile(qtbot, ui_db):
    dialog = PlanEditorDialog()
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentIndex(1)
    for day in (dt.date(2027, 3, 5), dt.date(2027, 3, 1)):
        dialog.ui.closed_date_edit.setDate(day)
        qtbot.mouseClick(dialog.ui.add_closed_button, Qt.MouseButton.LeftButton)
    dialog.ui.region_combo.setCurrentIndex(dialog.ui.region_combo.findData("NY"))

    labels = [dialog.ui.closed_list.item(i).text() for i in range(2)]
    assert labels[0].startswith("Monday") and labels[1].startswith("Friday")
    assert "closed by the owner" in dialog.ui.holidays_label.text()
    assert dialog.save()

    saved = profile.get_profile()
    assert saved.closed_days == "2027-03-01, 2027-03-05"
    assert saved.holiday_region == "NY"
    assert not profile.work_calendar().is_working_day(dt.date(2027, 3, 1))


def test_re_plan_existing_prospects_from_the_editor(
    qtbot, ui_db, make_prospect, last_working_day, shown_messages
):
    old = make_prospect(contacted_on=last_working_day)
    dialog = PlanEditorDialog()
    qtbot.addWidget(dialog)
    dialog.select_step("first_call")
    dialog.ui.offset_spin.setValue(3)

    qtbot.mouseClick(dialog.ui.replan_button, Qt.MouseButton.LeftButton)

    assert shown_messages.titles() == ["Re-plan", "Re-plan"]
    assert "1 prospect follows an older plan" in shown_messages.shown[0][2]
    assert shown_messages.shown[1][2].startswith("Re-planned 1 prospect")
    call = _first_call(old)
    expected = profile.work_calendar().add_working_days(last_working_day, 3)
    assert call.due == expected
    assert touches.why(call).startswith("Re-planned on")
