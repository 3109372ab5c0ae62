"""The calendar paints a count on busy days and lists a day's touches."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from followup_desk.services import touches
from followup_desk.ui.main_window import CALENDAR_TAB
from followup_desk.ui.touch_calendar import BADGE_COLOUR


def _badge_pixels(widget) -> int:
    image = widget.grab().toImage()
    target = QColor(BADGE_COLOUR).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == target
    )


def test_busy_day_shows_its_count_and_its_touches(
    qtbot, window, make_prospect, shop_today
):
    made = [
        make_prospect(first_name=name, last_name="Test", contacted_on=shop_today)
        for name in ("Ana", "Björn", "Μαρία")
    ]
    window.refresh()
    window.ui.tabs.setCurrentIndex(CALENDAR_TAB)
    pane = window.calendar_pane
    calendar = pane.calendar
    # Same first contact, same plan: the first call falls on one day for all.
    busy_day = touches.touches_for(made[0].id)[0].due
    expected = touches.month_counts(busy_day.year, busy_day.month)[busy_day]
    assert expected >= 3

    calendar.setCurrentPage(busy_day.year, busy_day.month)
    assert calendar.count_on(busy_day) == expected
    assert _badge_pixels(calendar) > 20

    pane.select_day(busy_day)
    assert pane.day_model.rowCount() == expected
    assert f"{expected} follow-ups due" in pane.ui.day_heading.text()
    model = pane.day_model
    names = {model.item_at(model.index(r, 0)).prospect_name for r in range(expected)}
    assert names == {"Ana Test", "Björn Test", "Μαρία Test"}


def test_a_month_without_touches_has_no_badges(qtbot, window, make_prospect):
    make_prospect()
    calendar = window.calendar_pane.calendar
    window.ui.tabs.setCurrentIndex(CALENDAR_TAB)
    far = dt.date.today().replace(day=1) + dt.timedelta(days=5 * 366)

    calendar.setCurrentPage(far.year, far.month)  # reloads the counts

    assert calendar.count_on(far) == 0
    assert _badge_pixels(calendar) == 0


def test_double_click_on_a_day_touch_opens_the_prospect(
    qtbot, window, make_prospect, shop_today
):
    prospect = make_prospect(contacted_on=shop_today)
    window.refresh()
    pane = window.calendar_pane
    pane.select_day(touches.touches_for(prospect.id)[0].due)
    assert pane.day_model.rowCount() == 1

    pane.ui.day_view.activated.emit(pane.day_model.index(0, 0))

    assert window.detail.prospect_id == prospect.id
