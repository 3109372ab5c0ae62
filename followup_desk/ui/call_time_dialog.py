"""Agreeing a time for a call ("ring me back at three"), for the reminder."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from followup_desk.services import call_times, touches
from followup_desk.services.errors import UserError
from followup_desk.ui import desk_settings, formatting, messages, session, theme
from followup_desk.ui.forms import attach_form


class CallTimeDialog(QDialog):
    """Sets or clears the agreed time of one open call or visit."""

    call_time_saved = Signal(int)

    def __init__(self, touch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call time"))
        self.ui = attach_form(self, "call_time_dialog")
        self.touch_id = touch_id
        self._setup()
        self.resize(460, self.sizeHint().height())
        session.restore_geometry(self, "call_time_dialog")

    def chosen_time(self) -> dt.time:
        value = self.ui.time_edit.time()
        return dt.time(value.hour(), value.minute())

    def accept(self) -> None:
        self._save(self.chosen_time())

    def clear(self) -> None:
        self._save(None)

    def reject(self) -> None:
        session.save_geometry(self, "call_time_dialog")
        super().reject()

    def _save(self, at: dt.time | None) -> None:
        try:
            call_times.set_call_time(self.touch_id, at)
        except UserError as exc:
            self.ui.error_label.setText(messages.translated(exc))
            self.ui.error_label.show()
            return
        session.save_geometry(self, "call_time_dialog")
        self.call_time_saved.emit(self.touch_id)
        super().accept()

    def _setup(self) -> None:
        ui = self.ui
        touch = touches.get_touch(self.touch_id)
        prospect = touch.prospect
        ui.info_label.setText(
            self.tr("{what} with {name}, due {day}").format(
                what=touch.title,
                name=prospect.display_name,
                day=formatting.short_day(touch.due),
            )
        )
        start = touch.call_time or _next_quarter_hour(call_times.shop_now())
        ui.time_edit.setTime(QTime(start.hour, start.minute))
        ui.time_edit.setDisplayFormat("HH:mm")
        minutes = desk_settings.REMINDER_MINUTES.get()
        ui.reminder_label.setText(
            self.tr(
                "Follow-up Desk reminds you %n minutes before the call.", "", minutes
            )
        )
        ui.clear_button.setEnabled(touch.call_time is not None)
        ui.error_label.hide()
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save time"))
        theme.set_flag(save, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.clear_button.clicked.connect(self.clear)
        ui.time_edit.setFocus()


def _next_quarter_hour(now: dt.datetime) -> dt.time:
    """A sensible first suggestion: the next full quarter of an hour."""
    later = now + dt.timedelta(minutes=15 - now.minute % 15)
    return dt.time(later.hour, later.minute)
