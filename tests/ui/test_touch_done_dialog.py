"""Marking touches done from Today and from the prospect's timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from followup_desk.services import profile, touches
from followup_desk.ui.main_window import TODAY_TAB
from followup_desk.ui.touch_done_dialog import TouchDoneDialog


def _click_ok(qtbot, dialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def caller(make_prospect, last_working_day):
    return make_prospect(
        first_name="Chloé",
        last_name="Dubois",
        email="chloe@example.com",
        phone="+1 217 555 0142",
        contacted_on=last_working_day,
    )


def test_done_from_today_records_the_outcome(qtbot, window, caller, type_text):
    window.refresh()
    window.ui.tabs.setCurrentIndex(TODAY_TAB)
    today = window.today_pane
    first_email = next(i for i in today.items if i.title == "E-mail the quotation")
    assert today.select_touch(first_email.touch_id)
    # Selecting a touch shows its talking points under the list.
    assert "quotation" in today.ui.points_label.text()

    qtbot.mouseClick(today.ui.done_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, TouchDoneDialog)
    assert dialog.ui.touch_title_label.text() == "E-mail the quotation"
    step = profile.default_plan().step("quote_email")
    assert dialog.ui.points_label.text() == step.talking_points
    assert list(dialog.outcome_buttons) == ["sent"]
    assert dialog.outcome() == "sent"

    type_text(dialog.ui.note_edit, "Sent with the oak brochure")
    _click_ok(qtbot, dialog)

    done = touches.get_touch(first_email.touch_id)
    assert (done.status, done.outcome, done.note) == (
        "done",
        "sent",
        "Sent with the oak brochure",
    )
    assert first_email.touch_id not in [i.touch_id for i in today.items]


def test_a_call_offers_call_outcomes(qtbot, window, caller):
    call = next(t for t in touches.touches_for(caller.id) if t.kind == "call")
    dialog = window.open_touch_done_dialog(call.id)

    assert list(dialog.outcome_buttons) == [
        "reached",
        "left message",
        "no answer",
        "wrong number",
    ]
    assert "package arrive" in dialog.ui.points_label.text()
    assert "+1 217 555 0142" in dialog.ui.touch_info_label.text()
    dialog.outcome_buttons["left message"].click()
    _click_ok(qtbot, dialog)

    assert touches.get_touch(call.id).outcome == "left message"
    window.show_prospect(caller.id)
    timeline = window.detail.timeline
    statuses = {
        timeline.index(r, 2).data(): timeline.index(r, 4).data()
        for r in range(timeline.rowCount())
    }
    assert statuses["First follow-up call"] == "left message"


def test_a_touch_already_done_cannot_be_done_again(qtbot, window, caller):
    touch = touches.touches_for(caller.id)[0]
    touches.complete_touch(touch.id, "sent")

    dialog = window.open_touch_done_dialog(touch.id)

    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "already done" in dialog.ui.error_label.text()


def test_mark_done_on_the_prospect_picks_the_next_open_touch(qtbot, window, caller):
    window.show_prospect(caller.id)
    first_open = next(t for t in touches.touches_for(caller.id) if t.status == "open")

    window.detail.ui.mark_done_button.click()

    assert isinstance(window.dialog, TouchDoneDialog)
    assert window.dialog.touch.id == first_open.id
