"""Today's work: overdue touches on top, then calls, e-mails and things to print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from followup_desk.services import profile as profile_service
from followup_desk.services import touches
from followup_desk.services.touches import AgendaItem
from followup_desk.ui import formatting, theme
from followup_desk.ui.agenda_model import GROUP_ORDER, AgendaModel, setup_agenda_view
from followup_desk.ui.forms import attach_form

_SUMMARY_LABELS = {
    "Calls to make": "to call",
    "E-mails to send": "to e-mail",
    "Things to print": "to print",
}


class TodayPane(QWidget):
    """The agenda for one day, grouped by what staff do with each touch."""

    prospect_activated = Signal(int)
    touch_done_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "today_pane")
        self.model = AgendaModel(self, grouped=True)
        self._day = dt.date.today()
        view = self.ui.agenda_view
        view.setModel(self.model)
        setup_agenda_view(view)
        view.activated.connect(self._on_agenda_view_activated)
        view.selectionModel().currentChanged.connect(
            self._on_agenda_view_current_changed
        )
        self.ui.done_button.setIcon(theme.icon("done", "#ffffff"))
        self.ui.done_button.clicked.connect(self._on_done_button_clicked)
        self._show_points(None)

    # -- what the window asks -------------------------------------------------

    @property
    def items(self) -> list[AgendaItem]:
        return self.model.items

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self.items if item.overdue)

    def reload(self, day: dt.date | None = None) -> None:
        self._day = day or profile_service.shop_today()
        selected = self.selected_touch_id()
        self.model.load(touches.agenda(self._day))
        view = self.ui.agenda_view
        view.clearSpans()
        for row in self.model.header_rows():
            view.setSpan(row, 0, 1, self.model.columnCount())
        self.ui.today_date_label.setText(formatting.long_day(self._day))
        if selected is None or not self.select_touch(selected):
            self._show_points(None)
        self._show_summary()

    def selected_touch_id(self) -> int | None:
        item = self.model.item_at(self.ui.agenda_view.currentIndex())
        return item.touch_id if item else None

    def select_touch(self, touch_id: int) -> bool:
        index = self.model.index_of(touch_id)
        if not index.isValid():
            return False
        self.ui.agenda_view.setCurrentIndex(index)
        return True

    # -- inside ------------------------------------------------------------------

    def _show_summary(self) -> None:
        counts = {name: 0 for name in GROUP_ORDER}
        for item in self.items:
            counts[item.group] = counts.get(item.group, 0) + 1
        parts = [f"{self.overdue_count} overdue"] if self.overdue_count else []
        for group, label in _SUMMARY_LABELS.items():
            if counts.get(group):
                parts.append(f"{counts[group]} {label}")
        if not parts:
            parts = ["Nothing due today. A good day to call a few old customers."]
        self.ui.summary_label.setText(" · ".join(parts))

    def _show_points(self, item: AgendaItem | None) -> None:
        points = ""
        if item is not None:
            touch = touches.get_touch(item.touch_id)
            step = profile_service.default_plan().step(touch.step_key)
            points = step.talking_points if step else ""
            self.ui.points_heading.setText(
                f"Talking points · {item.title} · {item.prospect_name}"
            )
        self.ui.points_card.setVisible(bool(points))
        self.ui.points_label.setText(points)
        self.ui.done_button.setEnabled(item is not None)

    def _on_agenda_view_current_changed(self, current, previous) -> None:
        self._show_points(self.model.item_at(current))

    def _on_agenda_view_activated(self, index) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.prospect_activated.emit(item.prospect_id)

    def _on_done_button_clicked(self) -> None:
        touch_id = self.selected_touch_id()
        if touch_id is not None:
            self.touch_done_requested.emit(touch_id)
