"""The main window: prospect list on the left, Today, Calendar and Prospect tabs.

The window wires the panes together and owns the menus; each pane does its own
work. After any change (a new prospect, a touch done, a batch posted) the
window refreshes the list, the agenda, the calendar and the detail together,
so no pane ever shows stale counts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from followup_desk import __version__
from followup_desk.services import profile as profile_service
from followup_desk.ui import messages, session, theme
from followup_desk.ui.batch_printing import BatchPrinter
from followup_desk.ui.forms import load_form
from followup_desk.ui.new_prospect_dialog import NewProspectDialog
from followup_desk.ui.prospect_detail import ProspectDetail
from followup_desk.ui.prospect_table_model import PROSPECT_ID_ROLE, ProspectTableModel
from followup_desk.ui.settings_dialog import SettingsDialog
from followup_desk.ui.today_pane import TodayPane
from followup_desk.ui.touch_calendar import CalendarPane
from followup_desk.ui.touch_done_dialog import TouchDoneDialog

log = logging.getLogger("followup_desk.ui")

TODAY_TAB, CALENDAR_TAB, PROSPECT_TAB = range(3)
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
        self.batch_printer = BatchPrinter(self)
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

    # -- what the app and tests drive ---------------------------------------------

    def refresh(self) -> None:
        """Read everything again after a change."""
        self.prospect_model.reload()
        self._select_in_list(self.detail.prospect_id)
        self.today_pane.reload()
        self.calendar_pane.reload()
        self.detail.reload()
        self._show_counts()

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
                "Follow-up",
                "Pick a follow-up in Today or the Calendar, or open a prospect "
                "with open follow-ups, then mark it done.",
            )
            return None
        return self.open_touch_done_dialog(touch_id)

    def print_daily_batch(self) -> None:
        self.batch_printer.start(profile_service.shop_today())

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
            "&New prospect…",
            self.open_new_prospect_dialog,
            ["Ctrl+N"],
            "new",
            "Log a phone call, walk-in or e-mail enquiry",
        )
        self.print_batch_action = self._action(
            "&Print daily batch…",
            self.print_daily_batch,
            ["Ctrl+Shift+P"],
            "print",
            "Print every package and mailer due today in one PDF",
        )
        self.settings_action = self._action(
            "Company &settings…",
            self.open_settings_dialog,
            ["Ctrl+,"],
            "settings",
            "Your shop's address, trading area, currency and logo",
        )
        self.quit_action = self._action("&Quit", self.close, ["Ctrl+Q"])
        self.mark_done_action = self._action(
            "Mark follow-up &done…",
            self.mark_touch_done,
            ["Ctrl+D"],
            "done",
            "Record what came of the selected follow-up",
        )
        self.package_posted_action = self._action(
            "&Package posted",
            self.detail.post_package,
            icon="package",
            tip="The open prospect's package went in the post today",
        )
        self.first_order_action = self._action(
            "&First order…",
            self.detail.record_first_order,
            icon="order",
            tip="The open prospect ordered: make them a customer",
        )
        self.lost_action = self._action(
            "Mark &lost…",
            self.detail.mark_lost,
            icon="lost",
            tip="The open prospect will not buy: stop following up",
        )
        self.today_action = self._action(
            "&Today",
            lambda: self.ui.tabs.setCurrentIndex(TODAY_TAB),
            ["F2", "Ctrl+1"],
            "today",
            "What is due today",
        )
        self.calendar_action = self._action(
            "&Calendar",
            lambda: self.ui.tabs.setCurrentIndex(CALENDAR_TAB),
            ["Ctrl+2"],
            "calendar",
            "Follow-ups per day, month by month",
        )
        self.prospect_view_action = self._action(
            "&Prospect",
            lambda: self.ui.tabs.setCurrentIndex(PROSPECT_TAB),
            ["Ctrl+3"],
        )
        self.find_action = self._action(
            "&Find prospect", self._on_find_action_triggered, ["Ctrl+F"]
        )
        self.about_action = self._action("&About Follow-up Desk", self._show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_prospect_action, self.print_batch_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        prospect_menu = bar.addMenu("&Prospect")
        prospect_menu.addActions(
            [self.mark_done_action, self.package_posted_action, self.first_order_action]
        )
        prospect_menu.addSeparator()
        prospect_menu.addAction(self.lost_action)
        view_menu = bar.addMenu("&View")
        view_menu.addActions(
            [self.today_action, self.calendar_action, self.prospect_view_action]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.mark_done_action, self.print_batch_action])
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.settings_action)
        self.addToolBar(bar)

    def _create_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName("Counts")
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
        self.today_pane.touch_done_requested.connect(self.open_touch_done_dialog)
        self.calendar_pane.prospect_activated.connect(self.show_prospect)
        self.detail.touch_done_requested.connect(self.open_touch_done_dialog)
        self.detail.prospect_changed.connect(self._on_detail_prospect_changed)
        self.detail.message.connect(self._show_message)
        self.batch_printer.posted.connect(self._on_batch_printer_posted)

    def _restore_state(self) -> None:
        state = session.ui_state()
        geometry = state.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = state.value("main_window/splitter")
        if splitter is not None:
            self.ui.main_splitter.restoreState(splitter)
        else:
            self.ui.main_splitter.setSizes([600, 780])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch_printer.busy:
            # The printing thread must finish before the window may go.
            messages.info(
                self,
                "Daily batch",
                "The batch is still printing. Close Follow-up Desk when it is done.",
            )
            event.ignore()
            return
        self.detail.quote_editor.offer_to_save()
        state = session.ui_state()
        state.setValue("main_window/geometry", self.saveGeometry())
        state.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        super().closeEvent(event)

    # -- inside ------------------------------------------------------------------

    def _open(self, dialog):
        """Show a dialog without a nested event loop; it deletes itself on close."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
        return dialog

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
        self.ui.list_count_label.setText(f"{total:,} found" if text else f"{total:,}")
        due = len(self.today_pane.items)
        # The agenda already holds every overdue touch; no second query.
        overdue = self.today_pane.overdue_count
        self.counts_label.setText(
            f"{total:,} prospects shown  ·  {due} due today  ·  {overdue} overdue"
        )

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _show_about(self) -> None:
        messages.info(
            self,
            "About",
            f"Follow-up Desk {__version__}\n\nEvery first contact gets its "
            "follow-ups: e-mails, calls, packages and mailers, on time.",
        )

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
        self._show_message(f"Saved {prospect.display_name} and planned the follow-ups.")

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
            "Quotation",
            f"{prospect.display_name} is in the shop. Write their quotation now, "
            "to print while they wait?",
            yes_label="Write quotation",
        ):
            self.ui.tabs.setCurrentIndex(PROSPECT_TAB)
            self.detail.start_quote()

    def _on_touch_done_dialog_touch_completed(self, touch_id: int) -> None:
        self.refresh()
        self._show_message("Follow-up recorded.")

    def _on_detail_prospect_changed(self, prospect_id: int) -> None:
        self.refresh()

    def _on_settings_dialog_settings_saved(self) -> None:
        self.refresh()
        self.detail.quote_editor.apply_profile()
        self._show_message("Company settings saved.")

    def _on_batch_printer_posted(self, count: int) -> None:
        self.refresh()
        self._show_message(f"{count} pieces marked as posted.")
