"""The month calendar: a badge on each day with the follow-ups due, and a day list.

``TouchCalendar`` asks ``touches.month_counts`` once per month shown and paints
the counts itself, so a busy day is visible weeks ahead. ``CalendarPane`` puts
it above the list of the chosen day's touches.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from followup_desk.services import profile as profile_service
from followup_desk.services import touches
from followup_desk.ui import formatting
from followup_desk.ui.agenda_model import AgendaModel, setup_agenda_view
from followup_desk.ui.forms import attach_form

BADGE_COLOUR = QColor("#2f5fb3")


class TouchCalendar(QCalendarWidget):
    """A month view that shows how many open touches fall on each day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[dt.date, int] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        self.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        weekend = QTextCharFormat()
        weekend.setForeground(QColor("#9a6b6b"))
        self.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, weekend)
        self.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, weekend)
        self.currentPageChanged.connect(self._on_self_current_page_changed)

    def reload(self) -> None:
        """Ask the database again for the month on show."""
        self._counts = touches.month_counts(self.yearShown(), self.monthShown())
        self.updateCells()

    def count_on(self, day: dt.date) -> int:
        return self._counts.get(day, 0)

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        count = self._counts.get(formatting.from_qdate(date), 0)
        if count:
            _paint_badge(painter, rect, count)

    def _on_self_current_page_changed(self, year: int, month: int) -> None:
        self.reload()


def _paint_badge(painter: QPainter, cell: QRect, count: int) -> None:
    """A small rounded count in the cell's top-right corner."""
    text = str(count) if count < 100 else "99+"
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.78))
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    height = metrics.height() + 2
    width = max(height, metrics.horizontalAdvance(text) + 10)
    badge = QRect(cell.right() - width - 3, cell.top() + 3, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_COLOUR)
    painter.drawRoundedRect(badge, height / 2, height / 2)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class CalendarPane(QWidget):
    """The calendar above the list of touches due on the chosen day."""

    prospect_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "calendar_pane", [TouchCalendar])
        self.calendar: TouchCalendar = self.ui.calendar
        self.day_model = AgendaModel(self, grouped=False)
        self._stale = True
        view = self.ui.day_view
        view.setModel(self.day_model)
        setup_agenda_view(view)
        view.setColumnHidden(2, True)  # every row is due on the day shown
        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        self.ui.today_button.clicked.connect(self._on_today_button_clicked)
        view.activated.connect(self._on_day_view_activated)

    def reload(self) -> None:
        """Read the month and the day again; at once if on show, else when shown.

        The calendar sits in a tab most people open now and then, so start-up
        and every refresh skip its two queries while it is hidden.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.calendar.reload()
        self._show_day(self.selected_day())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def selected_day(self) -> dt.date:
        return formatting.from_qdate(self.calendar.selectedDate())

    def select_day(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(formatting.to_qdate(day))
        self._show_day(day)

    def selected_touch_id(self) -> int | None:
        item = self.day_model.item_at(self.ui.day_view.currentIndex())
        return item.touch_id if item else None

    def _show_day(self, day: dt.date) -> None:
        items = touches.agenda(day, include_overdue=False)
        self.day_model.load(items)
        count = len(items)
        due = (
            self.tr("%n follow-ups due", "", count) if count else self.tr("nothing due")
        )
        self.ui.day_heading.setText(f"{formatting.long_day(day)} · {due}")

    def _on_calendar_selection_changed(self) -> None:
        self._show_day(self.selected_day())

    def _on_today_button_clicked(self) -> None:
        self.select_day(profile_service.shop_today())

    def _on_day_view_activated(self, index) -> None:
        item = self.day_model.item_at(index)
        if item is not None:
            self.prospect_activated.emit(item.prospect_id)
