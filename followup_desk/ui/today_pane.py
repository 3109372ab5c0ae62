"""Today's work: overdue touches on top, then calls, e-mails and things to print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QWidget

from followup_desk.services import profile as profile_service
from followup_desk.services import touches
from followup_desk.services.touches import AgendaItem
from followup_desk.ui import formatting, theme
from followup_desk.ui.agenda_model import GROUP_ORDER, AgendaModel, setup_agenda_view
from followup_desk.ui.default_plan_words import shown
from followup_desk.ui.forms import attach_form
from followup_desk.ui.reply_list import RepliesCard

# The services' group names (see ``AgendaModel``), said in the summary line.
_SUMMARY_LABELS = {
    "Calls to make": QT_TRANSLATE_NOOP("TodayPane", "{count} to call"),
    "E-mails to send": QT_TRANSLATE_NOOP("TodayPane", "{count} to e-mail"),
    "Things to print": QT_TRANSLATE_NOOP("TodayPane", "{count} to print"),
}


class TodayPane(QWidget):
    """The agenda for one day, grouped by what staff do with each touch."""

    prospect_activated = Signal(int)
    touch_done_requested = Signal(int)
    replies_read = Signal()

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
        # Unread replies come first, above the day's work.
        self.replies = RepliesCard(self)
        self.ui.today_layout.insertWidget(2, self.replies)
        self.replies.prospect_activated.connect(self.prospect_activated)
        self.replies.replies_read.connect(self.replies_read)
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
        self.replies.reload()
        if selected is None or not self.select_touch(selected):
            self._show_points(None)
        self._show_summary()

    def selected_touch_id(self) -> int | None:
        item = self.model.item_at(self.ui.agenda_view.currentIndex())
        return item.touch_id if item else None

    def selected_reply_id(self) -> int | None:
        return self.replies.selected_reply_id()

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
        parts = []
        if self.overdue_count:
            parts.append(self.tr("{count} overdue").format(count=self.overdue_count))
        for group, label in _SUMMARY_LABELS.items():
            if counts.get(group):
                parts.append(self.tr(label).format(count=counts[group]))
        if not parts:
            parts = [
                self.tr("Nothing due today. A good day to call a few old customers.")
            ]
        self.ui.summary_label.setText(" · ".join(parts))

    def _show_points(self, item: AgendaItem | None) -> None:
        points = ""
        if item is not None:
            touch = touches.get_touch(item.touch_id)
            step = profile_service.default_plan().step(touch.step_key)
            points = shown(step.talking_points) if step else ""
            self.ui.points_heading.setText(
                self.tr("Talking points · {title} · {name}").format(
                    title=shown(item.title), name=item.prospect_name
                )
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
