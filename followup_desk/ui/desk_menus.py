"""Menu entries for everyday comfort: help, call times, colours, language, reminders.

The main window adds these to its Prospect, View and Help menus with one
call, so they live here rather than among the window's own actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from followup_desk.ui import desk_settings, i18n, messages


class DeskMenus(QObject):
    """Creates the actions and opens their dialogs on the window's behalf."""

    call_time_saved = Signal(int)
    message = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide_action = self._action(
            self.tr("&Guide"),
            self.open_guide,
            QKeySequence.StandardKey.HelpContents,
            self.tr("How the day goes in Follow-up Desk, and every shortcut"),
        )
        self.about_action = self._action(
            self.tr("&About Follow-up Desk"),
            self.open_about,
            tip=self.tr("Version, and where your data and settings are kept"),
        )
        self.call_time_action = self._action(
            self.tr("Set call &time…"),
            self.open_call_time_dialog,
            "Ctrl+T",
            self.tr("Agree a time for the selected call; you are reminded before"),
        )
        self.reminders_action = self._action(
            self.tr("&Remind me of calls"),
            self._on_reminders_action_toggled,
            tip=self.tr("A reminder shortly before each call with an agreed time"),
            checkable=True,
        )
        self.reminders_action.setChecked(desk_settings.REMINDERS_ENABLED.get())
        self.colour_actions = self._choices(
            desk_settings.COLOUR_SCHEME,
            (
                ("system", self.tr("As the &computer is set")),
                ("light", self.tr("&Light")),
                ("dark", self.tr("&Dark")),
            ),
            self._on_colour_chosen,
        )
        self.language_actions = self._choices(
            desk_settings.LANGUAGE,
            (
                ("", self.tr("As the &computer is set")),
                *((code, f"&{name}") for code, name in i18n.LANGUAGES.items()),
            ),
            self._on_language_chosen,
        )

    def add_to(self, prospect_menu: QMenu, view_menu: QMenu, help_menu: QMenu) -> None:
        """Put the entries in the window's menus."""
        prospect_menu.addSeparator()
        prospect_menu.addAction(self.call_time_action)
        view_menu.addSeparator()
        colours = view_menu.addMenu(self.tr("C&olours"))
        colours.addActions(self.colour_actions)
        language = view_menu.addMenu(self.tr("&Language"))
        language.addActions(self.language_actions)
        view_menu.addAction(self.reminders_action)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def open_guide(self):
        from followup_desk.ui.help_dialogs import GuideDialog

        return self._open(GuideDialog(self._all_actions(), self.window))

    def open_about(self):
        from followup_desk.ui.help_dialogs import AboutDialog

        return self._open(AboutDialog(self.window))

    def open_call_time_dialog(self):
        """Ctrl+T: the call picked in the tab on show, else the prospect's next."""
        from followup_desk.services import touches
        from followup_desk.services.call_times import TIMED_KINDS
        from followup_desk.ui.call_time_dialog import CallTimeDialog

        touch_id = self._selected_touch_id()
        if touch_id is not None and touches.get_touch(touch_id).kind not in TIMED_KINDS:
            touch_id = None
        if touch_id is None:
            messages.info(
                self.window,
                self.tr("Call time"),
                self.tr(
                    "Pick a call in Today or the Calendar, or open a prospect whose "
                    "next follow-up is a call, then set its time."
                ),
            )
            return None
        dialog = CallTimeDialog(touch_id, self.window)
        dialog.call_time_saved.connect(self._on_call_time_dialog_call_time_saved)
        return self._open(dialog)

    # -- inside ---------------------------------------------------------------

    def _action(self, text, slot, shortcut=None, tip="", checkable=False) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.window.addAction(action)
        return action

    def _choices(self, setting, choices, slot) -> list[QAction]:
        group = QActionGroup(self)
        group.setExclusive(True)
        current = setting.get()
        actions = []
        for value, text in choices:
            action = QAction(text, self.window)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            group.addAction(action)
            actions.append(action)
        group.triggered.connect(lambda action: slot(action.data()))
        return actions

    def _open(self, dialog):
        opener = getattr(self.window, "_open", None)
        if opener is not None:
            return opener(dialog)
        dialog.show()
        return dialog

    def _selected_touch_id(self) -> int | None:
        window = self.window
        panes = {0: "today_pane", 1: "calendar_pane"}
        pane = getattr(window, panes.get(window.ui.tabs.currentIndex(), ""), None)
        touch_id = pane.selected_touch_id() if pane is not None else None
        if touch_id is None:
            touch_id = window.detail.current_touch_id()
        return touch_id

    def _all_actions(self) -> list[QAction]:
        actions = []
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None:
                actions.extend(a for a in menu.actions() if not a.isSeparator())
        return actions

    def _on_reminders_action_toggled(self, on: bool) -> None:
        desk_settings.REMINDERS_ENABLED.set(on)
        self.message.emit(
            self.tr("Reminders of calls are on.")
            if on
            else self.tr("Reminders of calls are off.")
        )

    def _on_colour_chosen(self, scheme: str) -> None:
        desk_settings.COLOUR_SCHEME.set(scheme)
        self.message.emit(
            self.tr("The new colours show the next time Follow-up Desk starts.")
        )

    def _on_language_chosen(self, language: str) -> None:
        desk_settings.LANGUAGE.set(language)
        self.message.emit(
            self.tr("The new language shows the next time Follow-up Desk starts.")
        )

    def _on_call_time_dialog_call_time_saved(self, touch_id: int) -> None:
        self.message.emit(self.tr("Call time saved; you will be reminded before."))
        self.call_time_saved.emit(touch_id)
