"""Recording what came of one touch: the outcome, a note, and who did it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QWidget,
)

from followup_desk.services import contacts, touches
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.services.touches import KIND_LABELS
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.default_plan_words import shown
from followup_desk.ui.forms import attach_form

# What can come of each kind of touch; the first is the usual one.
OUTCOMES = {
    "call": ("reached", "left message", "no answer", "wrong number"),
    "visit": ("visited",),
    "email": ("sent",),
    "package": ("posted",),
    "mailer": ("posted",),
}


class TouchDoneDialog(QDialog):
    """Shows a touch with its talking points and records its outcome."""

    touch_completed = Signal(int)

    def __init__(
        self, touch_id: int, parent: QWidget | None = None, who: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up done"))
        self.ui = attach_form(self, "touch_done_dialog")
        self.touch = touches.get_touch(touch_id)
        self._who = who
        self._group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        self._setup()
        self.resize(520, self.sizeHint().height())
        session.restore_geometry(self, "touch_done_dialog")

    def outcome(self) -> str:
        button = self._group.checkedButton()
        return button.property("outcome") if button else ""

    def accept(self) -> None:
        try:
            touches.complete_touch(
                self.touch.id,
                self.outcome(),
                note=self.ui.note_edit.toPlainText(),
                who=self._who,
            )
        except ValidationError as exc:
            self.ui.error_label.setText(messages.translated(exc))
            self.ui.error_label.show()
            return
        session.save_geometry(self, "touch_done_dialog")
        self.touch_completed.emit(self.touch.id)
        super().accept()

    def reject(self) -> None:
        session.save_geometry(self, "touch_done_dialog")
        super().reject()

    def _setup(self) -> None:
        ui = self.ui
        touch = self.touch
        prospect = contacts.get_prospect(touch.prospect_id)
        ui.touch_title_label.setText(shown(touch.title))
        reach = prospect.phone if touch.kind in ("call", "visit") else prospect.email
        details = [
            prospect.display_name,
            prospect.company if prospect.company != prospect.display_name else "",
            reach,
            self.tr("{kind} due {day}").format(
                kind=messages.translated(KIND_LABELS.get(touch.kind, touch.kind)),
                day=formatting.short_day(touch.due),
            ),
        ]
        ui.touch_info_label.setText("  ·  ".join(x for x in details if x))

        step = profile_service.default_plan().step(touch.step_key)
        points = shown(step.talking_points) if step else ""
        ui.points_label.setText(points)
        ui.points_card.setVisible(bool(points))

        for index, outcome in enumerate(OUTCOMES.get(touch.kind, ("done",))):
            words = messages.translated(touches.outcome_words(outcome))
            button = QRadioButton(words[:1].upper() + words[1:], ui.outcome_box)
            button.setProperty("outcome", outcome)
            button.setAccessibleName(
                self.tr("Outcome: {outcome}").format(outcome=words)
            )
            button.setChecked(index == 0)
            self._group.addButton(button)
            ui.outcome_layout.addWidget(button)
            self.outcome_buttons[outcome] = button

        ui.error_label.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark done"))
        ok.setIcon(theme.icon("done", "#ffffff"))
        theme.set_flag(ok, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        if touch.status != "open":
            status = formatting.touch_status_label(touch.status).lower()
            ui.error_label.setText(
                self.tr("This follow-up is already {status}.").format(status=status)
            )
            ui.error_label.show()
            ok.setEnabled(False)
