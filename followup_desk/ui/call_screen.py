"""The call screen: everything needed while the phone rings, and one-click outcomes.

Opening a due call shows who to call and on which number, their latest
quotation, what they were sent and when, and the talking points of the plan
step. One click on an outcome records it and moves the plan on (see
``services.call_outcomes``); "Reached" first asks how keen they were, since
that decides whether the package and mailers follow.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from followup_desk.services import call_outcomes, contacts, quotes, touches
from followup_desk.services import plan as plan_service
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.services.touches import KIND_LABELS
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.default_plan_words import shown
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

# The outcome buttons in the form, by outcome.
OUTCOME_BUTTONS = (
    "reached",
    "voicemail",
    "no_answer",
    "wrong_number",
    "ordered",
    "not_interested",
)
HISTORY_ROWS = 8


class CallScreen(QDialog):
    """One due call: the prospect, what they have had, and the outcome buttons."""

    call_recorded = Signal(int, str)

    def __init__(
        self, touch_id: int, parent: QWidget | None = None, who: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call"))
        self.ui = attach_form(self, "call_screen")
        self.touch = touches.get_touch(touch_id)
        self.prospect = contacts.get_prospect(self.touch.prospect_id)
        self._who = who
        self.result: call_outcomes.CallResult | None = None
        self.outcome_buttons: dict[str, QPushButton] = {
            key: getattr(self.ui, f"{key}_button") for key in OUTCOME_BUTTONS
        }
        self._setup()
        self.resize(900, 640)
        session.restore_geometry(self, "call_screen")

    # -- what the window and tests drive -------------------------------------

    def record(self, outcome: str, feeling: str = "") -> bool:
        """Record ``outcome`` (and how keen, after "reached"); True when saved."""
        try:
            self.result = call_outcomes.record_call_outcome(
                self.touch.id,
                outcome,
                note=self.ui.note_edit.toPlainText(),
                who=self._who,
                feeling=feeling,
            )
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        session.save_geometry(self, "call_screen")
        self.call_recorded.emit(self.touch.id, messages.translated(self.result.message))
        self.accept()
        return True

    def snooze(self) -> bool:
        """Put the call off to the next free working day."""
        try:
            touches.snooze_touch(self.touch.id, 1, who=self._who)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        due = touches.get_touch(self.touch.id).due
        message = self.tr(
            "Call moved to {day}; later follow-ups kept after it."
        ).format(day=formatting.short_day(due))
        self.call_recorded.emit(self.touch.id, message)
        self.accept()
        return True

    def reject(self) -> None:
        session.save_geometry(self, "call_screen")
        super().reject()

    # -- building ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        touch, prospect = self.touch, self.prospect
        # Names like "Kim & <Sons>" would read as markup in an auto-format label.
        for label in (
            ui.name_label,
            ui.company_label,
            ui.phone_label,
            ui.step_label,
            ui.points_label,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
        ui.name_label.setText(prospect.display_name)
        has_person = bool(prospect.first_name or prospect.last_name)
        ui.company_label.setText(prospect.company if has_person else "")
        ui.company_label.setVisible(bool(prospect.company and has_person))
        phones = [p for p in (prospect.phone, prospect.phone2) if p]
        ui.phone_label.setText("   ·   ".join(phones) or self.tr("No phone number"))
        ui.phone_label.setAccessibleName(self.tr("Phone"))
        self._show_step()
        self._show_history()

        for key, button in self.outcome_buttons.items():
            button.setProperty("outcome", key)
            button.clicked.connect(self._on_outcome_button_clicked)
        icons = {"reached": "done", "ordered": "order", "not_interested": "lost"}
        for key, name in icons.items():
            self.outcome_buttons[key].setIcon(theme.icon(name))
        self.outcome_buttons["no_answer"].setIcon(theme.icon("phone"))
        for name, feeling in (
            ("hot_button", "hot"),
            ("cold_button", "cold"),
            ("lost_button", "lost"),
            ("just_reached_button", ""),
        ):
            button = getattr(ui, name)
            button.setProperty("feeling", feeling)
            button.clicked.connect(self._on_feeling_button_clicked)
        theme.set_flag(ui.hot_button, "primary", True)
        ui.keen_box.hide()
        # The cards grow with the window; a note is a line or two.
        ui.note_edit.setMaximumHeight(80)
        ui.call_screen_layout.setStretchFactor(ui.cards_layout, 1)
        ui.error_label.hide()
        ui.snooze_button.clicked.connect(self.snooze)
        ui.button_box.rejected.connect(self.reject)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("Close")
        )

        if touch.status != "open":
            status = formatting.touch_status_label(touch.status).lower()
            self._show_error(
                self.tr("This follow-up is already {status}.").format(status=status)
            )
            for button in self.outcome_buttons.values():
                button.setEnabled(False)
            ui.snooze_button.setEnabled(False)
        elif not phones:
            self._show_error(
                self.tr(
                    "There is no phone number for this prospect. Add one on the "
                    "prospect, or record the call as a wrong number."
                )
            )

    def _show_step(self) -> None:
        ui = self.ui
        touch = self.touch
        plan = plan_service.plan_for(self.prospect)
        step = plan.step(touch.step_key)
        points = shown(step.talking_points) if step else ""
        ui.points_label.setText(points or self.tr("No talking points for this step."))
        today = profile_service.shop_today()
        due = self.tr("Due {day}").format(day=formatting.short_day(touch.due))
        if touch.latest < today and touch.status == "open":
            due = self.tr("Overdue since {day}").format(
                day=formatting.short_day(touch.latest)
            )
        ui.due_chip.setText(due)
        theme.set_flag(ui.due_chip, "overdue", touch.latest < today)
        tries = 1 + (step.retries if step else 0)
        attempt = ""
        if tries > 1:
            attempt = " · " + self.tr("try {attempt} of {tries}").format(
                attempt=touch.attempt, tries=tries
            )
        ui.step_label.setText(f"{shown(touch.title)}{attempt}")

    def _show_history(self) -> None:
        """The latest quote and the touches already done, newest first."""
        ui = self.ui
        quote = quotes.latest_quote(self.prospect.id)
        if quote is None:
            none_yet = self.tr("No quotation yet.")
            ui.quote_label.setText(f"<i>{html.escape(none_yet)}</i>")
        else:
            locale = profile_service.get_profile().locale
            total = formatting.money(
                quotes.totals(quote.id).gross, quote.currency, locale
            )
            title = self.tr("Quotation {number}").format(number=quote.number)
            ui.quote_label.setText(
                f"<b>{html.escape(title)}</b> · {html.escape(total)}"
                f" · {html.escape(formatting.short_day(quote.issued_on))}"
            )
        done = [
            t
            for t in touches.touches_for(self.prospect.id)
            if t.status == "done" and t.id != self.touch.id
        ]
        done.sort(key=lambda t: (t.done_at or t.due, t.id), reverse=True)
        rows = []
        for t in done[:HISTORY_ROWS]:
            day = t.done_at.date() if t.done_at else t.due
            outcome = t.outcome and messages.translated(
                touches.outcome_words(t.outcome)
            )
            outcome = f" — {html.escape(outcome)}" if outcome else ""
            kind = messages.translated(KIND_LABELS.get(t.kind, t.kind))
            rows.append(
                f"{html.escape(formatting.short_day(day))} · "
                f"{html.escape(kind)}: "
                f"{html.escape(shown(t.title))}{outcome}"
            )
        if len(done) > HISTORY_ROWS:
            rows.append(self.tr("… and %n earlier", "", len(done) - HISTORY_ROWS))
        contact_day = formatting.short_day(self.prospect.first_contact)
        channel = messages.translated(
            contacts.CHANNEL_LABELS.get(self.prospect.channel, "")
        )
        first = self.tr("First contact {day} ({channel})").format(
            day=contact_day, channel=channel
        )
        first = html.escape(first)
        ui.history_label.setText("<br>".join([*rows, first]))

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    # -- handlers ----------------------------------------------------------------

    def _on_outcome_button_clicked(self) -> None:
        outcome = self.sender().property("outcome")
        if outcome == "reached":
            # One more click says how keen they were; it decides the costly steps.
            self.outcome_buttons["reached"].setCheckable(True)
            self.outcome_buttons["reached"].setChecked(True)
            self.ui.keen_box.show()
            self.ui.hot_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.record(outcome)

    def _on_feeling_button_clicked(self) -> None:
        self.record("reached", self.sender().property("feeling"))
