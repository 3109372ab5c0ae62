"""One prospect: who they are, their timeline of touches and quotes, and actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from followup_desk.services import contacts, replies, touches
from followup_desk.services import profile as profile_service
from followup_desk.services.contacts import CHANNEL_LABELS
from followup_desk.services.errors import NotFoundError
from followup_desk.storage.models import Prospect
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.quote_editor import QuoteEditor
from followup_desk.ui.timeline_model import (
    TOUCH_ID_ROLE,
    TimelineEntry,
    TimelineModel,
    timeline_entries,
)

EMPTY_PAGE, DETAIL_PAGE = 0, 1


class ProspectDetail(QWidget):
    """Header, timeline and quote editor for the prospect picked in the list."""

    prospect_changed = Signal(int)
    touch_done_requested = Signal(int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "prospect_detail")
        self.timeline = TimelineModel(self)
        self.quote_editor = QuoteEditor(self.ui.quote_panel)
        self.ui.quote_panel_layout.addWidget(self.quote_editor)
        self.prospect: Prospect | None = None
        self._setup_timeline()
        self._setup_buttons()
        self.ui.detail_splitter.setStretchFactor(0, 1)
        self.ui.detail_splitter.setStretchFactor(1, 1)
        self.quote_editor.message.connect(self.message)
        self.quote_editor.quote_saved.connect(self._on_quote_editor_quote_saved)
        self.quote_editor.prospect_changed.connect(
            self._on_quote_editor_prospect_changed
        )
        self.show_prospect(None)

    # -- what the window asks -------------------------------------------------

    @property
    def prospect_id(self) -> int | None:
        return self.prospect.id if self.prospect else None

    def show_prospect(self, prospect_id: int | None) -> None:
        if prospect_id is None:
            self.prospect = None
            self.timeline.clear()
            self.quote_editor.set_prospect(None)
            self.ui.detail_stack.setCurrentIndex(EMPTY_PAGE)
            return
        self.prospect = contacts.get_prospect(prospect_id)
        self.quote_editor.set_prospect(prospect_id)
        self._show_header()
        self._load_timeline()
        self.ui.detail_stack.setCurrentIndex(DETAIL_PAGE)

    def reload(self) -> None:
        """Read the prospect again after a change made elsewhere."""
        if self.prospect is None:
            return
        try:
            self.prospect = contacts.get_prospect(self.prospect.id)
        except NotFoundError:
            self.show_prospect(None)
            return
        self._show_header()
        self._load_timeline()

    def current_touch_id(self) -> int | None:
        """The open touch picked in the timeline, else the next one due."""
        index = self.ui.timeline_view.currentIndex()
        if index.isValid():
            entry = self.timeline.entries[index.row()]
            if entry.is_open:
                return entry.touch_id
        upcoming = [e for e in self.timeline.entries if e.is_open]
        return upcoming[0].touch_id if upcoming else None

    def selected_reply_id(self) -> int | None:
        """The reply (or bounce) picked in the timeline, if one is."""
        index = self.ui.timeline_view.currentIndex()
        if not index.isValid():
            return None
        return self.timeline.entries[index.row()].reply_id

    def post_package(self) -> None:
        if self.prospect is None:
            return
        try:
            touches.mark_package_posted(self.prospect.id, who=session.desk_user())
        except NotFoundError:
            messages.info(
                self,
                self.tr("Package"),
                self.tr("This prospect has no package waiting to be posted."),
            )
            return
        self.message.emit(
            self.tr(
                "Package for {name} marked as posted; the follow-up call moved with it."
            ).format(name=self.prospect.display_name)
        )
        self._changed()

    def record_first_order(self) -> None:
        if self.prospect is None or self.prospect.status == "customer":
            return
        name = self.prospect.display_name
        if not messages.confirm(
            self,
            self.tr("First order"),
            self.tr(
                "Record the first order from {name}? They become a customer and "
                "their open follow-ups are cancelled (they stay in the timeline)."
            ).format(name=name),
            yes_label=self.tr("Record order"),
        ):
            return
        cancelled = contacts.record_first_order(self.prospect)
        self.message.emit(
            self.tr(
                "{name} is now a customer; %n follow-ups cancelled.", "", cancelled
            ).format(name=name)
        )
        self._changed()

    def mark_lost(self) -> None:
        if self.prospect is None or self.prospect.status == "lost":
            return
        name = self.prospect.display_name
        if not messages.confirm(
            self,
            self.tr("Lost prospect"),
            self.tr(
                "Mark {name} as lost? Their open follow-ups are cancelled (they stay "
                "in the timeline)."
            ).format(name=name),
            yes_label=self.tr("Mark lost"),
        ):
            return
        cancelled = contacts.mark_lost(self.prospect)
        self.message.emit(
            self.tr(
                "{name} marked lost; %n follow-ups cancelled.", "", cancelled
            ).format(name=name)
        )
        self._changed()

    def start_quote(self) -> None:
        """Open a new quote with the cursor in its first line."""
        self.quote_editor.new_quote()

    # -- building ------------------------------------------------------------------

    def _setup_timeline(self) -> None:
        view = self.ui.timeline_view
        view.setModel(self.timeline)
        theme.setup_table(view, (100, 90, 230, 90, 190))
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._on_timeline_view_double_clicked)

    def _setup_buttons(self) -> None:
        ui = self.ui
        ui.mark_done_button.setIcon(theme.icon("done", "#ffffff"))
        ui.package_button.setIcon(theme.icon("package"))
        ui.first_order_button.setIcon(theme.icon("order"))
        ui.lost_button.setIcon(theme.icon("lost"))
        ui.mark_done_button.clicked.connect(self._on_mark_done_button_clicked)
        ui.package_button.clicked.connect(self.post_package)
        ui.first_order_button.clicked.connect(self.record_first_order)
        ui.lost_button.clicked.connect(self.mark_lost)

    # -- inside ------------------------------------------------------------------

    def _show_header(self) -> None:
        p = self.prospect
        ui = self.ui
        ui.name_label.setText(p.display_name)
        status = formatting.prospect_status_label(p.status)
        ui.status_chip.setText(status)
        has_name = bool(p.first_name or p.last_name)
        ui.company_label.setText(p.company if has_name else "")
        ui.company_label.setVisible(bool(p.company and has_name))
        town = " ".join(x for x in (p.postcode, p.city) if x)
        contact = [x for x in (p.phone, p.email, town) if x]
        ui.contact_label.setText(_joined(contact) or self.tr("No phone or e-mail yet"))
        interest = {
            "low": self.tr("low interest"),
            "medium": self.tr("medium interest"),
            "high": self.tr("high interest"),
        }.get(p.interest, p.interest)
        facts = [
            messages.translated(CHANNEL_LABELS.get(p.channel, p.channel)),
            self.tr("first contact {day}").format(
                day=formatting.short_day(p.first_contact)
            ),
            interest,
        ]
        if p.qualified:
            facts.append(self.tr("qualified"))
        if p.in_prime_area:
            facts.append(self.tr("prime area"))
        if p.first_order_on:
            facts.append(
                self.tr("first order {day}").format(
                    day=formatting.short_day(p.first_order_on)
                )
            )
        ui.facts_label.setText(_joined(facts))
        ui.notes_label.setText(p.notes)
        ui.notes_label.setVisible(bool(p.notes))
        active = p.status == "prospect"
        ui.first_order_button.setEnabled(p.status != "customer")
        ui.lost_button.setEnabled(active)

    def _load_timeline(self) -> None:
        today = profile_service.shop_today()
        entries = timeline_entries(self.prospect.id, today)
        self.timeline.load(entries)
        open_entries = [e for e in entries if e.is_open]
        self.ui.mark_done_button.setEnabled(bool(open_entries))
        self.ui.package_button.setEnabled(
            any(e.kind == "package" for e in open_entries)
        )
        self._scroll_to_next(entries, today)
        self.ui.timeline_count_label.setText(self._timeline_summary(entries))

    def _scroll_to_next(self, entries: list[TimelineEntry], today: dt.date) -> None:
        """Bring the first open touch into view, just under the last done ones."""
        for row, entry in enumerate(entries):
            if entry.is_open:
                index = self.timeline.index(max(row - 2, 0), 0)
                self.ui.timeline_view.scrollTo(
                    index, QAbstractItemView.ScrollHint.PositionAtTop
                )
                return

    def _changed(self) -> None:
        self.reload()
        if self.prospect is not None:
            self.prospect_changed.emit(self.prospect.id)

    def _on_mark_done_button_clicked(self) -> None:
        touch_id = self.current_touch_id()
        if touch_id is None:
            messages.info(self, "Follow-up", "There is no open follow-up to mark done.")
            return
        self.touch_done_requested.emit(touch_id)

    def _on_timeline_view_double_clicked(self, index) -> None:
        touch_id = index.data(TOUCH_ID_ROLE)
        entry = self.timeline.entries[index.row()]
        if touch_id and entry.is_open:
            self.touch_done_requested.emit(touch_id)
        elif entry.reply_id is not None and entry.status == "unread":
            # Like "done" for a touch: the reply has been read.
            replies.mark_read([entry.reply_id], session.desk_user())
            self._changed()

    def _timeline_summary(self, entries: list[TimelineEntry]) -> str:
        """``4 done · 12 planned · 2 quotes``, leaving out what is zero."""
        counts = {"done": 0, "planned": 0, "cancelled": 0, "quotes": 0}
        for entry in entries:
            if entry.kind == "quote":
                counts["quotes"] += 1
            elif entry.status == "open":
                counts["planned"] += 1
            elif entry.status in counts:
                counts[entry.status] += 1
        words = {
            "done": self.tr("%n done", "", counts["done"]),
            "planned": self.tr("%n planned", "", counts["planned"]),
            "cancelled": self.tr("%n cancelled", "", counts["cancelled"]),
            "quotes": self.tr("%n quotes", "", counts["quotes"]),
        }
        return "  ·  ".join(words[what] for what, n in counts.items() if n)

    def _on_quote_editor_quote_saved(self, quote_id: int) -> None:
        self._load_timeline()

    def _on_quote_editor_prospect_changed(self, prospect_id: int) -> None:
        # An accepted quote made the prospect a customer.
        self._changed()


def _joined(parts: list[str]) -> str:
    """Parts side by side; a long line wraps between parts, never inside one."""
    return "  ·  ".join(part.replace(" ", "\u00a0") for part in parts)
