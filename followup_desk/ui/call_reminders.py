"""Reminders of calls with an agreed time, shortly before they are due.

Once a minute the desk looks for open calls timed within the next few
minutes (15 unless the desk's settings say otherwise). Each one is announced
once: in the system tray where the desktop has one, otherwise in the status
bar with the window's taskbar entry flashing. Clicking the tray message opens
the prospect. Nothing is announced while reminders are switched off.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from followup_desk.services import call_times
from followup_desk.services.call_times import CallDue
from followup_desk.ui import desk_settings

log = logging.getLogger("followup_desk.ui")

CHECK_EVERY_MS = 60_000
SHOW_FOR_MS = 20_000


class CallReminders(QObject):
    """Looks for timed calls coming up and tells whoever is at the desk."""

    reminded = Signal(list)

    def __init__(self, window: QMainWindow, check_every_ms: int = CHECK_EVERY_MS):
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self.last_text = ""
        self._told: set[tuple[int, dt.time]] = set()
        self._unclicked: list[CallDue] = []
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()

    def start(self) -> None:
        self._timer.start()
        # A first look straight away: a call may be due in five minutes.
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        self._timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self, now: dt.datetime | None = None) -> list[CallDue]:
        """Announce calls due soon that were not announced yet; return them."""
        if not desk_settings.REMINDERS_ENABLED.get():
            return []
        minutes = max(1, desk_settings.REMINDER_MINUTES.get())
        try:
            due = call_times.calls_due_soon(now, minutes)
        except Exception:
            # A server that went away: say it once in the log, keep trying.
            if not self._failing:
                log.warning("Cannot look for calls due soon", exc_info=True)
            self._failing = True
            return []
        self._failing = False
        new = [call for call in due if (call.touch_id, call.at) not in self._told]
        if new:
            self._told.update((call.touch_id, call.at) for call in new)
            self._announce(new, minutes)
        return new

    # -- inside -----------------------------------------------------------------

    def _make_tray(self) -> None:
        tray = QSystemTrayIcon(self.window.windowIcon(), self)
        tray.setToolTip(self.tr("Follow-up Desk"))
        menu = QMenu(self.window)
        show = QAction(self.tr("&Show Follow-up Desk"), menu)
        show.triggered.connect(self._show_window)
        remind = QAction(self.tr("&Remind me of calls"), menu)
        remind.setCheckable(True)
        remind.setChecked(desk_settings.REMINDERS_ENABLED.get())
        remind.toggled.connect(desk_settings.REMINDERS_ENABLED.set)
        menu.addActions([show, remind])
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.messageClicked.connect(self._on_tray_message_clicked)
        tray.show()
        self.tray = tray

    def _announce(self, calls: list[CallDue], minutes: int) -> None:
        self._unclicked = calls
        if len(calls) == 1:
            call = calls[0]
            title = self.tr("Call at {time}").format(time=_time_text(call.at))
            text = self.tr("{name}: {what}").format(
                name=call.prospect_name, what=call.title
            )
            if call.phone:
                text += f"\n{call.phone}"
        else:
            title = self.tr("%n calls in the next few minutes", "", len(calls))
            text = "\n".join(
                f"{_time_text(call.at)}  {call.prospect_name}" for call in calls
            )
        self.last_text = f"{title}\n{text}"
        log.info("Reminded of %d timed calls", len(calls))
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_FOR_MS
            )
        else:
            one_line = self.last_text.replace("\n", "  ·  ")
            self.window.statusBar().showMessage(one_line, minutes * 60_000)
            QApplication.alert(self.window, 0)
        self.reminded.emit(calls)

    def _show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_timer_timeout(self) -> None:
        self.check()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._show_window()

    def _on_tray_message_clicked(self) -> None:
        # Qt's D-Bus tray before 6.11 takes a click on any program's desktop
        # notification for one on ours: so a click counts once per reminder
        # and never without one. This can go once PySide6 6.11 is the oldest
        # the app allows.
        calls, self._unclicked = self._unclicked, []
        if not calls:
            return
        self._show_window()
        if hasattr(self.window, "show_prospect"):
            self.window.show_prospect(calls[0].prospect_id)


def _time_text(at: dt.time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
