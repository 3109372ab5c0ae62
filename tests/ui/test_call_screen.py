"""The call screen: opened for due calls, one click records and moves the plan."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from followup_desk.domain.money import LineItem
from followup_desk.services import profile, quotes, touches
from followup_desk.storage.models import Prospect
from followup_desk.ui.call_screen import CallScreen
from followup_desk.ui.main_window import TODAY_TAB
from followup_desk.ui.touch_done_dialog import TouchDoneDialog


@pytest.fixture
def caller(make_prospect, last_working_day):
    prospect = make_prospect(
        first_name="Μαρία",
        last_name="Παπαδοπούλου",
        company="Κήπος & <Σπίτι>",
        email="maria@example.com",
        phone="+30 21 0555 0142",
        channel="email",
        contacted_on=last_working_day,
    )
    quotes.create_quote(
        prospect.id,
        [LineItem("Business cards, 500", Decimal("2"), Decimal("49.90"))],
        issued_on=last_working_day,
    )
    return prospect


def _call(prospect):
    return next(t for t in touches.touches_for(prospect.id) if t.kind == "call")


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_call_opens_the_call_screen_with_everything_needed(qtbot, window, caller):
    email = next(t for t in touches.touches_for(caller.id) if t.kind == "email")
    touches.complete_touch(email.id, "sent")

    screen = window.open_touch(_call(caller).id)

    assert isinstance(screen, CallScreen)
    ui = screen.ui
    assert ui.name_label.text() == "Μαρία Παπαδοπούλου"
    assert ui.phone_label.text() == "+30 21 0555 0142"
    assert "package arrive" in ui.points_label.text()
    assert "Quotation Q-" in ui.quote_label.text()
    assert "E-mail the quotation — sent" in ui.history_label.text()
    assert ui.company_label.text() == "Κήπος & <Σπίτι>"
    assert ui.company_label.textFormat() == Qt.TextFormat.PlainText
    assert "try 1 of 3" in ui.step_label.text()
    # Other touches still open the done dialog.
    other = next(
        t
        for t in touches.touches_for(caller.id)
        if t.status == "open" and t.kind == "email"
    )
    assert isinstance(window.open_touch(other.id), TouchDoneDialog)


def test_no_answer_in_one_click_plans_the_retry(qtbot, window, caller):
    call = _call(caller)
    screen = window.open_call_screen(call.id)

    _click(qtbot, screen.outcome_buttons["no_answer"])

    assert touches.get_touch(call.id).outcome == "no answer"
    retry = touches.get_touch(screen.result.retry_id)
    assert (retry.status, retry.attempt) == ("open", 2)
    assert retry.title.startswith("Try again:")
    assert "Try Μαρία Παπαδοπούλου again on" in window.statusBar().currentMessage()


def test_reached_and_hot_sends_the_package(qtbot, window, caller, type_text):
    profile.update_profile(prime_area="")
    Prospect.update(street="Οδός 1", city="Αθήνα", postcode="10558").where(
        Prospect.id == caller.id
    ).execute()
    call = _call(caller)
    screen = window.open_call_screen(call.id)
    type_text(screen.ui.note_edit, "Θέλει δείγματα 🌷")

    _click(qtbot, screen.outcome_buttons["reached"])
    assert screen.ui.keen_box.isVisible()
    _click(qtbot, screen.ui.hot_button)

    done = touches.get_touch(call.id)
    assert (done.outcome, done.note) == ("reached", "Θέλει δείγματα 🌷")
    saved = Prospect.get_by_id(caller.id)
    assert (saved.qualified, saved.interest) == (True, "high")
    package = next(t for t in touches.touches_for(caller.id) if t.kind == "package")
    assert package.status == "open" and package.due >= profile.shop_today()


def test_not_interested_stops_the_plan(qtbot, window, caller):
    screen = window.open_call_screen(_call(caller).id)
    _click(qtbot, screen.outcome_buttons["not_interested"])
    assert Prospect.get_by_id(caller.id).status == "lost"
    assert not [t for t in touches.touches_for(caller.id) if t.status == "open"]


def test_done_from_today_on_a_call_opens_the_call_screen(
    qtbot, window, make_prospect, shop_today
):
    calendar = profile.work_calendar()
    contacted = calendar.add_working_days(calendar.on_or_after(shop_today), -2)
    prospect = make_prospect(phone="555-0100", contacted_on=contacted)
    window.refresh()
    window.ui.tabs.setCurrentIndex(TODAY_TAB)
    call = _call(prospect)
    assert window.today_pane.select_touch(call.id)

    _click(qtbot, window.today_pane.ui.done_button)

    assert isinstance(window.dialog, CallScreen)
    _click(qtbot, window.dialog.ui.snooze_button)
    moved = touches.get_touch(call.id)
    assert moved.due > call.due and moved.moved_from == call.due


def test_the_timeline_says_why_a_touch_was_cancelled(qtbot, window, caller):
    screen = window.open_call_screen(_call(caller).id)
    _click(qtbot, screen.outcome_buttons["wrong_number"])

    window.show_prospect(caller.id)
    timeline = window.detail.timeline
    rows = [
        [timeline.index(r, c).data() for c in range(timeline.columnCount())]
        for r in range(timeline.rowCount())
    ]
    cancelled = [row for row in rows if row[3] == "Cancelled"]
    assert cancelled, rows
    assert all("wrong phone number" in row[4] for row in cancelled if row[1] == "Call")
