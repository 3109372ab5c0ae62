"""The main window: prospect list on the left, Today, Calendar and Prospect tabs.

The window wires the panes together and owns the menus; each pane does its own
work. After any change (a new prospect, a touch done, a batch posted) the
window refreshes the list, the agenda, the calendar and the detail together,
so no pane ever shows stale counts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from followup_desk.services import profile as profile_service
from followup_desk.ui import messages, session, theme, window_memory
from followup_desk.ui.batch_printing import BatchPrinter
from followup_desk.ui.batch_view import BatchView
from followup_desk.ui.dashboard import Dashboard
from followup_desk.ui.data_actions import DataActions
from followup_desk.ui.desk_actions import DeskActions
from followup_desk.ui.desk_menus import DeskMenus
from followup_desk.ui.forms import load_form
from followup_desk.ui.inbox_actions import InboxActions
from followup_desk.ui.label_template_dialog import LabelTemplateDialog
from followup_desk.ui.mail_actions import MailActions
from followup_desk.ui.mail_room_dialog import MailRoomDialog
from followup_desk.ui.new_prospect_dialog import NewProspectDialog
from followup_desk.ui.prospect_detail import ProspectDetail
from followup_desk.ui.prospect_table_model import PROSPECT_ID_ROLE, ProspectTableModel
from followup_desk.ui.quote_actions import QuoteActions
from followup_desk.ui.settings_dialog import SettingsDialog
from followup_desk.ui.today_pane import TodayPane
from followup_desk.ui.touch_calendar import CalendarPane
from followup_desk.ui.touch_done_dialog import TouchDoneDialog

log = logging.getLogger("followup_desk.ui")

TODAY_TAB, CALENDAR_TAB, PROSPECT_TAB = range(3)
BATCH_TAB = 3
SEARCH_DELAY_MS = 150
_COLUMN_WIDTHS = (170, 150, 120, 190, 110, 85, 80, 100)


class MainWindow(QMainWindow):
    """Follow-up Desk's one window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Follow-up Desk")
        self.ui = load_form("main_window", self)
        self.setCentralWidget(self.ui)

        self.prospect_model = ProspectTableModel(self)
        self.today_pane = TodayPane()
        self.calendar_pane = CalendarPane()
        self.detail = ProspectDetail()
        self.ui.today_tab_layout.addWidget(self.today_pane)
        self.ui.calendar_tab_layout.addWidget(self.calendar_pane)
        self.ui.prospect_tab_layout.addWidget(self.detail)
        # Read when the tab is first shown, not at start-up.
        self.batch_view = BatchView(load=False)
        self.ui.batch_tab_layout.addWidget(self.batch_view)
        # The owner's figures: read in the background when the tab is shown.
        self.dashboard = Dashboard()
        self.ui.tabs.addTab(
            self.dashboard, theme.icon("dashboard"), self.tr("Dashboard")
        )
        self.batch_printer = BatchPrinter(self)
        self.data_actions = DataActions(
            self,
            lambda: self.prospect_model.filter_text,
            lambda: self.detail.prospect_id,
            lambda: {
                TODAY_TAB: self.today_pane.model,
                CALENDAR_TAB: self.calendar_pane.day_model,
            }.get(self.ui.tabs.currentIndex()),
        )
        self.quote_actions = QuoteActions(self)
        self.mail_actions = MailActions(
            self,
            lambda: self.detail.prospect_id,
            lambda: (
                self.today_pane.selected_touch_id()
                if self.ui.tabs.currentIndex() == TODAY_TAB
                else None
            ),
        )
        # Replies from prospects: "Check inbox now", the timed check, "read".
        self.inbox_actions = InboxActions(
            self,
            lambda: (
                self.detail.prospect_id
                if self.ui.tabs.currentIndex() == PROSPECT_TAB
                else None
            ),
            self._selected_reply_id,
        )
        # Backups, database, people, editing details; other desks' changes.
        self.desk_actions = DeskActions(self, lambda: self.detail.prospect_id)
        self.dialog: QWidget | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._setup_list()
        self._setup_tabs()
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()
        self._connect()
        self._restore_state()
        self.refresh()
        window_memory.restore_prospect(self)

    # -- what the app and tests drive ---------------------------------------------

    def refresh(self) -> None:
        """Read everything again after a change."""
        self.prospect_model.reload()
        self._select_in_list(self.detail.prospect_id)
        self.today_pane.reload()
        self.calendar_pane.reload()
        self.detail.reload()
        self._show_counts()
        self.data_actions.note_change()
        self.dashboard.refresh_when_shown()

    def show_prospect(self, prospect_id: int) -> None:
        """Open a prospect in the Prospect tab and pick it in the list if shown."""
        self._select_in_list(prospect_id)
        if self.detail.prospect_id != prospect_id:
            self.detail.show_prospect(prospect_id)
        self.ui.tabs.setCurrentIndex(PROSPECT_TAB)

    def open_new_prospect_dialog(self) -> NewProspectDialog:
        dialog = NewProspectDialog(self, who=session.desk_user())
        dialog.prospect_created.connect(self._on_new_prospect_dialog_prospect_created)
        dialog.finished.connect(self._on_new_prospect_dialog_finished)
        return self._open(dialog)

    def open_touch_done_dialog(self, touch_id: int) -> TouchDoneDialog:
        dialog = TouchDoneDialog(touch_id, self, who=session.desk_user())
        dialog.touch_completed.connect(self._on_touch_done_dialog_touch_completed)
        return self._open(dialog)

    def open_touch(self, touch_id: int) -> QWidget:
        """A call opens the call screen; every other touch the done dialog."""
        from followup_desk.services import touches

        if touches.get_touch(touch_id).kind == "call":
            return self.open_call_screen(touch_id)
        return self.open_touch_done_dialog(touch_id)

    def open_call_screen(self, touch_id: int):
        from followup_desk.ui.call_screen import CallScreen

        dialog = CallScreen(touch_id, self, who=session.desk_user())
        dialog.call_recorded.connect(self._on_call_screen_call_recorded)
        return self._open(dialog)

    def open_plan_editor(self):
        from followup_desk.ui.plan_editor import PlanEditorDialog

        dialog = PlanEditorDialog(self, who=session.desk_user())
        dialog.plan_saved.connect(self._on_plan_editor_plan_saved)
        dialog.prospects_replanned.connect(self._on_plan_editor_plan_saved)
        return self._open(dialog)

    def _on_call_screen_call_recorded(self, touch_id: int, message: str) -> None:
        self.refresh()
        self._show_message(message)

    def _on_plan_editor_plan_saved(self, _number: int) -> None:
        self.refresh()
        self._show_message(self.tr("Follow-up plan saved; new prospects follow it."))

    def open_settings_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self)
        dialog.settings_saved.connect(self._on_settings_dialog_settings_saved)
        return self._open(dialog)

    def mark_touch_done(self) -> TouchDoneDialog | None:
        """Ctrl+D: the touch picked in the tab on show, else the prospect's next."""
        touch_id = None
        tab = self.ui.tabs.currentIndex()
        if tab == TODAY_TAB:
            touch_id = self.today_pane.selected_touch_id()
        elif tab == CALENDAR_TAB:
            touch_id = self.calendar_pane.selected_touch_id()
        if touch_id is None:
            touch_id = self.detail.current_touch_id()
        if touch_id is None:
            messages.info(
                self,
                self.tr("Follow-up"),
                self.tr(
                    "Pick a follow-up in Today or the Calendar, or open a prospect "
                    "with open follow-ups, then mark it done."
                ),
            )
            return None
        return self.open_touch(touch_id)

    def print_daily_batch(self) -> None:
        self.batch_printer.start(profile_service.shop_today())

    def open_label_template_dialog(self) -> LabelTemplateDialog:
        return self._open(LabelTemplateDialog(self))

    def open_mail_room_dialog(self) -> MailRoomDialog:
        return self._open(MailRoomDialog(self))

    def record_returned_post(self) -> int:
        """The open prospect's post came back; returns the pieces paused."""
        from followup_desk.services import batch

        prospect = self.detail.prospect
        if prospect is None:
            messages.info(
                self,
                self.tr("Returned post"),
                self.tr("Open the prospect whose post came back first."),
            )
            return 0
        if not messages.confirm(
            self,
            self.tr("Returned post"),
            self.tr(
                "Post to {name} came back undelivered? Their packages and mailers "
                "pause until a new address is entered, and the next call asks them "
                "for it."
            ).format(name=prospect.display_name),
            yes_label=self.tr("Post came back"),
        ):
            return 0
        paused = batch.record_returned(prospect.id, who=session.desk_user())
        self.refresh()
        self._show_message(
            self.tr("Post for {name} paused until a new address is in.").format(
                name=prospect.display_name
            )
        )
        return paused

    # -- building ------------------------------------------------------------------

    def _setup_list(self) -> None:
        view = self.ui.prospect_table
        view.setModel(self.prospect_model)
        theme.setup_table(view, _COLUMN_WIDTHS)
        self.ui.search_edit.addAction(
            theme.icon("search"), self.ui.search_edit.ActionPosition.LeadingPosition
        )
        self.ui.new_prospect_button.setIcon(theme.icon("new", "#ffffff"))

    def _setup_tabs(self) -> None:
        tabs = self.ui.tabs
        tabs.setTabIcon(TODAY_TAB, theme.icon("today"))
        tabs.setTabIcon(CALENDAR_TAB, theme.icon("calendar"))
        tabs.setTabIcon(PROSPECT_TAB, theme.icon("new"))
        tabs.setTabIcon(BATCH_TAB, theme.icon("package"))
        tabs.setIconSize(QSize(18, 18))
        self.ui.main_splitter.setStretchFactor(0, 5)
        self.ui.main_splitter.setStretchFactor(1, 6)

    def _action(self, text: str, slot, shortcuts=(), icon: str = "", tip: str = ""):
        action = QAction(text, self)
        if icon:
            action.setIcon(theme.icon(icon))
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.new_prospect_action = self._action(
            self.tr("&New prospect…"),
            self.open_new_prospect_dialog,
            ["Ctrl+N"],
            "new",
            self.tr("Log a phone call, walk-in or e-mail enquiry"),
        )
        self.print_batch_action = self._action(
            self.tr("&Print daily batch…"),
            self.print_daily_batch,
            ["Ctrl+Shift+P"],
            "print",
            self.tr("Print every package and mailer due today in one PDF"),
        )
        self.plan_editor_action = self._action(
            self.tr("Follow-up p&lan…"),
            self.open_plan_editor,
            icon="calendar",
            tip=self.tr(
                "The steps every new prospect gets, and the days the shop is closed"
            ),
        )
        self.settings_action = self._action(
            self.tr("Company &settings…"),
            self.open_settings_dialog,
            ["Ctrl+,"],
            "settings",
            self.tr("Your shop's address, trading area, currency and logo"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, ["Ctrl+Q"])
        self.mark_done_action = self._action(
            self.tr("Mark follow-up &done…"),
            self.mark_touch_done,
            ["Ctrl+D"],
            "done",
            self.tr("Record what came of the selected follow-up"),
        )
        self.package_posted_action = self._action(
            self.tr("&Package posted"),
            self.detail.post_package,
            icon="package",
            tip=self.tr("The open prospect's package went in the post today"),
        )
        self.first_order_action = self._action(
            self.tr("&First order…"),
            self.detail.record_first_order,
            icon="order",
            tip=self.tr("The open prospect ordered: make them a customer"),
        )
        self.lost_action = self._action(
            self.tr("Mark &lost…"),
            self.detail.mark_lost,
            icon="lost",
            tip=self.tr("The open prospect will not buy: stop following up"),
        )
        self.today_action = self._action(
            self.tr("&Today"),
            lambda: self.ui.tabs.setCurrentIndex(TODAY_TAB),
            ["F2", "Ctrl+1"],
            "today",
            self.tr("What is due today"),
        )
        self.calendar_action = self._action(
            self.tr("&Calendar"),
            lambda: self.ui.tabs.setCurrentIndex(CALENDAR_TAB),
            ["Ctrl+2"],
            "calendar",
            self.tr("Follow-ups per day, month by month"),
        )
        self.prospect_view_action = self._action(
            self.tr("&Prospect"),
            lambda: self.ui.tabs.setCurrentIndex(PROSPECT_TAB),
            ["Ctrl+3"],
        )
        self.find_action = self._action(
            self.tr("&Find prospect"), self._on_find_action_triggered, ["Ctrl+F"]
        )
        self.batch_view_action = self._action(
            self.tr("Daily &batch"),
            lambda: self.ui.tabs.setCurrentIndex(BATCH_TAB),
            ["Ctrl+4"],
            "package",
            self.tr("Choose what to print and post today, then mark it posted"),
        )
        self.dashboard_action = self._action(
            self.tr("&Dashboard"),
            lambda: self.ui.tabs.setCurrentWidget(self.dashboard),
            ["Ctrl+5"],
            "dashboard",
            self.tr("Is following up paying off? Figures and charts for the owner"),
        )
        self.label_sheets_action = self._action(
            self.tr("&Label sheets…"),
            self.open_label_template_dialog,
            tip=self.tr("Enter a label sheet of your own, or print a calibration page"),
        )
        self.mail_room_action = self._action(
            self.tr("Mail &room…"),
            self.open_mail_room_dialog,
            tip=self.tr("Printer offsets and envelope feed, brochures, business cards"),
        )
        self.returned_action = self._action(
            self.tr("Post came &back…"),
            self.record_returned_post,
            tip=self.tr(
                "The open prospect's post came back: pause post, ask for a new address"
            ),
        )
        # Help, call times, colours, language and reminders.
        self.desk_menus = DeskMenus(self)
        self.about_action = self.desk_menus.about_action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_prospect_action, self.print_batch_action])
        file_menu.addActions([self.label_sheets_action, self.mail_room_action])
        file_menu.addSeparator()
        file_menu.addActions(self.data_actions.file_actions)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.plan_editor_action)
        file_menu.addActions(self.mail_actions.file_actions)
        file_menu.addActions(self.quote_actions.file_actions)
        file_menu.addSeparator()
        file_menu.addActions(self.desk_actions.file_actions)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        prospect_menu = bar.addMenu(self.tr("&Prospect"))
        prospect_menu.addActions(self.desk_actions.prospect_actions)
        prospect_menu.addSeparator()
        prospect_menu.addActions(
            [self.mark_done_action, self.package_posted_action, self.first_order_action]
        )
        prospect_menu.addSeparator()
        prospect_menu.addAction(self.lost_action)
        prospect_menu.addAction(self.returned_action)
        prospect_menu.addSeparator()
        prospect_menu.addActions(self.mail_actions.prospect_actions)
        prospect_menu.addActions(self.inbox_actions.prospect_actions)
        prospect_menu.addSeparator()
        prospect_menu.addActions(self.data_actions.prospect_actions)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [self.today_action, self.calendar_action, self.prospect_view_action]
        )
        view_menu.addAction(self.batch_view_action)
        view_menu.addAction(self.dashboard_action)
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.desk_menus.add_to(prospect_menu, view_menu, help_menu)

    def _create_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.mark_done_action, self.print_batch_action])
        bar.addActions(self.mail_actions.toolbar_actions)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.settings_action)
        self.addToolBar(bar)

    def _create_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().setSizeGripEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        ui.new_prospect_button.clicked.connect(self.open_new_prospect_dialog)
        ui.prospect_table.selectionModel().currentRowChanged.connect(
            self._on_prospect_table_current_row_changed
        )
        ui.prospect_table.activated.connect(self._on_prospect_table_activated)
        self.today_pane.prospect_activated.connect(self.show_prospect)
        self.today_pane.touch_done_requested.connect(self.open_touch)
        self.calendar_pane.prospect_activated.connect(self.show_prospect)
        self.detail.touch_done_requested.connect(self.open_touch)
        self.detail.prospect_changed.connect(self._on_detail_prospect_changed)
        self.detail.message.connect(self._show_message)
        self.batch_printer.posted.connect(self._on_batch_printer_posted)
        self.batch_view.batch_posted.connect(self._on_batch_printer_posted)
        self.batch_view.prospect_activated.connect(self.show_prospect)
        self.dashboard.prospect_activated.connect(self.show_prospect)
        self.dashboard.prospects_picked.connect(self._on_dashboard_prospects_picked)
        ui.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.data_actions.data_changed.connect(self.refresh)
        self.data_actions.message.connect(self._show_message)
        self.mail_actions.data_changed.connect(self.refresh)
        self.mail_actions.message.connect(self._show_message)
        self.inbox_actions.data_changed.connect(self.refresh)
        self.inbox_actions.message.connect(self._show_message)
        self.today_pane.replies_read.connect(self.refresh)
        self.quote_actions.settings_saved.connect(
            self.detail.quote_editor.apply_profile
        )
        self.desk_menus.message.connect(self._show_message)
        self.desk_actions.data_changed.connect(self.refresh)
        self.desk_actions.message.connect(self._show_message)

    def _restore_state(self) -> None:
        window_memory.restore(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch_printer.busy or self.batch_view.busy:
            # The printing thread must finish before the window may go.
            messages.info(
                self,
                "Daily batch",
                "The batch is still printing. Close Follow-up Desk when it is done.",
            )
            event.ignore()
            return
        self.detail.quote_editor.offer_to_save()
        window_memory.remember(self)
        self.desk_actions.stop()
        super().closeEvent(event)

    # -- inside ------------------------------------------------------------------

    def _open(self, dialog):
        """Show a dialog without a nested event loop; it deletes itself on close."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _selected_reply_id(self) -> int | None:
        """The reply picked in the tab on show: Today's list or the timeline."""
        tab = self.ui.tabs.currentIndex()
        if tab == TODAY_TAB:
            return self.today_pane.selected_reply_id()
        if tab == PROSPECT_TAB:
            return self.detail.selected_reply_id()
        return None

    def _select_in_list(self, prospect_id: int | None) -> None:
        view = self.ui.prospect_table
        row = self.prospect_model.row_of(prospect_id) if prospect_id else None
        if row is None:
            view.clearSelection()
            return
        index = self.prospect_model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)

    def _show_counts(self) -> None:
        total = self.prospect_model.total
        text = self.prospect_model.filter_text
        # Counts in the desk's language: 1,234 in English, 1.234 in German.
        count = QLocale().toString(total)
        self.ui.list_count_label.setText(
            self.tr("{count} found").format(count=count) if text else count
        )
        due = len(self.today_pane.items)
        # The agenda already holds every overdue touch; no second query.
        overdue = self.today_pane.overdue_count
        shown = self.tr("%Ln prospects shown", "", total)
        self.counts_label.setText(
            self.tr("{shown}  ·  {due} due today  ·  {overdue} overdue").format(
                shown=shown, due=due, overdue=overdue
            )
        )

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _show_about(self) -> None:
        self.desk_menus.open_about()

    def _on_search_edit_text_changed(self, text: str) -> None:
        # Wait for a pause in typing: one query per burst, not per key.
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.prospect_model.set_filter(self.ui.search_edit.text())
        self._select_in_list(self.detail.prospect_id)
        self._show_counts()

    def _on_find_action_triggered(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def _on_prospect_table_current_row_changed(self, current, previous) -> None:
        prospect_id = current.data(PROSPECT_ID_ROLE) if current.isValid() else None
        if prospect_id is not None and prospect_id != self.detail.prospect_id:
            self.detail.show_prospect(prospect_id)
            self.ui.tabs.setCurrentIndex(PROSPECT_TAB)

    def _on_prospect_table_activated(self, index) -> None:
        self.ui.tabs.setCurrentIndex(PROSPECT_TAB)

    def _on_new_prospect_dialog_prospect_created(self, prospect_id: int) -> None:
        self.detail.show_prospect(prospect_id)
        self.refresh()
        self.show_prospect(prospect_id)
        prospect = self.detail.prospect
        self._show_message(
            self.tr("Saved {name} and planned the follow-ups.").format(
                name=prospect.display_name
            )
        )

    def _on_new_prospect_dialog_finished(self, result: int) -> None:
        prospect = self.detail.prospect
        if result and prospect is not None and prospect.channel == "walk_in":
            # Walk-ins leave with a printed quotation: offer to write it now.
            QTimer.singleShot(0, self._offer_walk_in_quote)

    def _offer_walk_in_quote(self) -> None:
        prospect = self.detail.prospect
        if prospect is None:
            return
        if messages.confirm(
            self,
            self.tr("Quotation"),
            self.tr(
                "{name} is in the shop. Write their quotation now, to print while "
                "they wait?"
            ).format(name=prospect.display_name),
            yes_label=self.tr("Write quotation"),
        ):
            self.ui.tabs.setCurrentIndex(PROSPECT_TAB)
            self.detail.start_quote()

    def _on_touch_done_dialog_touch_completed(self, touch_id: int) -> None:
        self.refresh()
        self._show_message(self.tr("Follow-up recorded."))

    def _on_detail_prospect_changed(self, prospect_id: int) -> None:
        self.refresh()

    def _on_settings_dialog_settings_saved(self) -> None:
        self.refresh()
        self.detail.quote_editor.apply_profile()
        self._show_message(self.tr("Company settings saved."))

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == BATCH_TAB:
            self.batch_view.reload()

    def _on_dashboard_prospects_picked(self, ids: list) -> None:
        self._show_message(
            self.tr(
                "%Ln listed beside the charts; double-click one to open it.",
                "",
                len(ids),
            )
        )

    def _on_batch_printer_posted(self, count: int) -> None:
        self.refresh()
        self._show_message(self.tr("%n pieces marked as posted.", "", count))
