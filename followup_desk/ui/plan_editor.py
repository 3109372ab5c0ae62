"""The plan editor: the owner reads and changes the follow-up plan.

Steps are listed in order, each with its plain-language line ("Call 2–3
working days after the package is posted, front desk"); picking one shows its
settings beside the list. Changes stay in the dialog until Save, which stores
a new plan version for prospects logged from then on. "Re-plan existing
prospects…" moves everyone else onto it, after asking. The second tab holds
the shop's calendar: holiday region and extra closed days.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QProgressDialog,
    QWidget,
)

from followup_desk.domain.plan import INTERESTS, PlanError, PlanStep
from followup_desk.domain.plan_text import (
    CONDITION_LABELS,
    KIND_NAMES,
    UNIT_LABELS,
    WHO_LABELS,
    describe_step,
    step_details,
)
from followup_desk.domain.workdays import (
    format_closed_days,
    holiday_regions,
    parse_closed_days,
)
from followup_desk.services import plan as plan_service
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.default_plan_words import shown
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
STEP_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
CLOSED_DAY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
# Marked for translation here, translated when the combo boxes are filled.
_ANCHOR_CHOICES = {
    "first_contact": QT_TRANSLATE_NOOP("PlanEditorDialog", "The first contact"),
    "package": QT_TRANSLATE_NOOP("PlanEditorDialog", "The package being posted"),
    "previous": QT_TRANSLATE_NOOP("PlanEditorDialog", "The step before"),
}
_IF_NO_EMAIL_CHOICES = {
    "": QT_TRANSLATE_NOOP("PlanEditorDialog", "Leave it out"),
    "call": QT_TRANSLATE_NOOP("PlanEditorDialog", "A call"),
    "mailer": QT_TRANSLATE_NOOP("PlanEditorDialog", "A letter"),
}


class StepListModel(QAbstractTableModel):
    """The plan's steps in order: number and title, then the plain-language line."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("StepListModel", "Step"),
        QT_TRANSLATE_NOOP("StepListModel", "When and who"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.steps: list[PlanStep] = []

    def load(self, steps: list[PlanStep]) -> None:
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def set_step(self, row: int, step: PlanStep) -> None:
        self.steps[row] = step
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step = self.steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{index.row() + 1}. {shown(step.title)}"
            return messages.translated(describe_step(step))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return theme.kind_icon(step.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [describe_step(step), *step_details(step)]
            return "\n".join(map(messages.translated, lines))
        if role == STEP_KEY_ROLE:
            return step.key
        return None


class PlanEditorDialog(QDialog):
    """Edit the steps of the follow-up plan and the shop's closed days."""

    plan_saved = Signal(int)
    prospects_replanned = Signal(int)

    def __init__(self, parent: QWidget | None = None, who: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up plan"))
        self.ui = attach_form(self, "plan_editor")
        self._who = who
        self._loading = False
        self._dirty = False
        self.plan = plan_service.current_plan()
        self.model = StepListModel(self)
        self.model.load(self.plan.steps)
        self._profile = profile_service.get_profile()
        self._setup_steps()
        self._setup_fields()
        self._setup_calendar()
        self._setup_buttons()
        self._show_intro()
        self.select_step(0)
        self.resize(1280, 780)
        session.restore_geometry(self, "plan_editor")

    # -- what the window and tests drive -------------------------------------

    @property
    def steps(self) -> list[PlanStep]:
        return self.model.steps

    def current_row(self) -> int:
        index = self.ui.steps_view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_step(self, row_or_key: int | str) -> None:
        row = row_or_key
        if isinstance(row_or_key, str):
            row = next(i for i, s in enumerate(self.steps) if s.key == row_or_key)
        if 0 <= row < self.model.rowCount():
            self.ui.steps_view.selectRow(row)

    def save(self) -> bool:
        """Store the plan (and the calendar) if anything changed; True when done."""
        if not self._apply_fields():
            return False
        plan = replace(self.plan, steps=list(self.steps))
        try:
            self._save_calendar()
            number = plan_service.save_plan(plan, who=self._who)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        changed = number != self.plan.version
        self.plan = plan_service.current_plan()
        self._dirty = False
        self._show_intro()
        if changed:
            self.plan_saved.emit(number)
        return True

    def accept(self) -> None:
        if not self.save():
            return
        session.save_geometry(self, "plan_editor")
        super().accept()

    def reject(self) -> None:
        if self._dirty and not messages.confirm(
            self,
            self.tr("Follow-up plan"),
            self.tr("Close without saving your changes to the plan?"),
            yes_label=self.tr("Close without saving"),
        ):
            return
        session.save_geometry(self, "plan_editor")
        super().reject()

    def replan_existing(self) -> None:
        """Save first, then move every prospect on an older plan onto this one."""
        if not self.save():
            return
        waiting = plan_service.prospects_on_older_plans()
        if not waiting:
            messages.info(
                self,
                self.tr("Re-plan"),
                self.tr("Every open prospect already follows this plan."),
            )
            return
        if not messages.confirm(
            self,
            self.tr("Re-plan"),
            self.tr(
                "%n prospects follow an older plan. Move their open follow-ups to "
                "this plan? Follow-ups already done stay as they are; ones no "
                "longer in the plan are cancelled and kept in the timeline with "
                "the reason.",
                "",
                waiting,
            ),
            yes_label=self.tr("Re-plan"),
        ):
            return
        progress = QProgressDialog(
            self.tr("Re-planning prospects…"), self.tr("Stop"), 0, waiting, self
        )
        progress.setWindowTitle(self.tr("Re-plan"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def advance(done: int, total: int) -> bool:
            # Between chunks the window repaints and the Stop button works.
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            report = plan_service.replan_prospects(who=self._who, progress=advance)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return
        finally:
            progress.close()
        messages.info(self, self.tr("Re-plan"), self._replanned(report))
        self._show_intro()
        self.prospects_replanned.emit(report.prospects)

    def _replanned(self, report: plan_service.ReplanReport) -> str:
        if not report.prospects:
            return self.tr("No prospect needed a change.")
        return self.tr(
            "Re-planned %n prospects: {added} follow-ups added, {moved} moved, "
            "{cancelled} cancelled (kept in their timelines).",
            "",
            report.prospects,
        ).format(added=report.added, moved=report.moved, cancelled=report.cancelled)

    # -- building ------------------------------------------------------------------

    def _setup_steps(self) -> None:
        view = self.ui.steps_view
        view.setModel(self.model)
        theme.setup_table(view, (215, 420))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(False)
        view.selectionModel().currentRowChanged.connect(
            self._on_steps_view_current_row_changed
        )
        self.ui.editor_splitter.setStretchFactor(0, 3)
        self.ui.editor_splitter.setStretchFactor(1, 2)
        self.ui.editor_splitter.setSizes([780, 460])

    def _setup_fields(self) -> None:
        ui = self.ui
        for key, label in KIND_NAMES.items():
            ui.kind_combo.addItem(theme.kind_icon(key), messages.translated(label), key)
        for key, label in _ANCHOR_CHOICES.items():
            ui.anchor_combo.addItem(self.tr(label), key)
        for key, label in UNIT_LABELS.items():
            ui.unit_combo.addItem(messages.translated(label), key)
        for key, label in WHO_LABELS.items():
            ui.who_combo.addItem(_capitalized(messages.translated(label)), key)
        for key, label in CONDITION_LABELS.items():
            ui.condition_combo.addItem(_capitalized(messages.translated(label)), key)
        ui.interest_combo.addItem(self.tr("Any"), "")
        for key in INTERESTS:
            ui.interest_combo.addItem(formatting.interest_label(key), key)
        for key, label in _IF_NO_EMAIL_CHOICES.items():
            ui.if_no_email_combo.addItem(self.tr(label), key)
        ui.points_edit.setMaximumHeight(110)
        # Step titles are the owner's words; "<" must not turn into markup.
        ui.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        ui.preview_details_label.setTextFormat(Qt.TextFormat.PlainText)
        for spin in (ui.offset_spin, ui.window_spin, ui.retries_spin):
            spin.setMinimumWidth(90)
            spin.setMaximumWidth(90)

        for combo in (
            ui.kind_combo,
            ui.anchor_combo,
            ui.unit_combo,
            ui.who_combo,
            ui.condition_combo,
            ui.interest_combo,
            ui.if_no_email_combo,
        ):
            combo.currentIndexChanged.connect(self._on_field_changed)
        for spin in (ui.offset_spin, ui.window_spin, ui.retries_spin):
            spin.valueChanged.connect(self._on_field_changed)
        for check in (
            ui.channel_phone_check,
            ui.channel_walk_in_check,
            ui.channel_email_check,
            ui.shares_day_check,
        ):
            check.toggled.connect(self._on_field_changed)
        ui.title_edit.textEdited.connect(self._on_field_changed)
        ui.points_edit.textChanged.connect(self._on_field_changed)

    def _setup_calendar(self) -> None:
        ui = self.ui
        profile = self._profile
        ui.country_label.setText(profile.country)
        ui.region_combo.addItem(self.tr("Whole country"), "")
        for code, name in sorted(
            holiday_regions(profile.country).items(), key=lambda kv: kv[1]
        ):
            ui.region_combo.addItem(f"{name} ({code})", code)
        index = ui.region_combo.findData(profile.holiday_region or "")
        ui.region_combo.setCurrentIndex(max(index, 0))
        ui.region_combo.setEnabled(ui.region_combo.count() > 1)
        ui.region_combo.currentIndexChanged.connect(self._on_region_combo_changed)
        today = profile_service.shop_today(profile)
        ui.closed_date_edit.setDate(formatting.to_qdate(today))
        for day in parse_closed_days(profile.closed_days):
            self._add_closed_item(day)
        ui.add_closed_button.clicked.connect(self._on_add_closed_button_clicked)
        ui.remove_closed_button.clicked.connect(self._on_remove_closed_button_clicked)
        self._show_holidays()

    def _setup_buttons(self) -> None:
        ui = self.ui
        ui.add_step_button.setIcon(theme.icon("new"))
        ui.add_step_button.clicked.connect(self._on_add_step_button_clicked)
        ui.remove_step_button.clicked.connect(self._on_remove_step_button_clicked)
        ui.up_button.clicked.connect(lambda: self._move_step(-1))
        ui.down_button.clicked.connect(lambda: self._move_step(1))
        ui.replan_button.clicked.connect(self.replan_existing)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save plan"))
        theme.set_flag(save, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.error_label.hide()

    # -- inside ------------------------------------------------------------------

    def _show_intro(self) -> None:
        waiting = plan_service.prospects_on_older_plans()
        text = self.tr(
            "Each new prospect gets these steps, counted in working days: weekends, "
            "public holidays and closed days are skipped. Saving applies to "
            "prospects logged from then on."
        )
        if waiting:
            text += " " + self.tr(
                "%Ln open prospects follow an older version until you re-plan them.",
                "",
                waiting,
            )
        self.ui.intro_label.setText(text)
        self.ui.version_label.setText(
            self.tr("Version {number}").format(number=self.plan.version or 1)
        )
        self.ui.replan_button.setEnabled(bool(waiting) or self._dirty)

    def _show_step(self, row: int) -> None:
        ui = self.ui
        self._loading = True
        try:
            step = self.steps[row] if 0 <= row < len(self.steps) else None
            ui.details_card.setEnabled(step is not None)
            if step is None:
                return
            # Shown in the window's language; what is saved is what the owner
            # then sees, so editing a step in German keeps it in German.
            ui.title_edit.setText(shown(step.title))
            _choose(ui.kind_combo, step.kind)
            _choose(ui.anchor_combo, step.anchor)
            _choose(ui.unit_combo, step.unit)
            _choose(ui.who_combo, step.who)
            _choose(ui.condition_combo, step.condition)
            _choose(ui.interest_combo, step.min_interest)
            _choose(ui.if_no_email_combo, step.if_no_email)
            ui.offset_spin.setValue(step.offset)
            ui.window_spin.setValue(step.window)
            ui.retries_spin.setValue(step.retries)
            ui.channel_phone_check.setChecked("phone" in step.channels)
            ui.channel_walk_in_check.setChecked("walk_in" in step.channels)
            ui.channel_email_check.setChecked("email" in step.channels)
            ui.shares_day_check.setChecked(step.shares_day)
            ui.points_edit.setPlainText(shown(step.talking_points))
            self._show_kind_fields(step.kind)
            self._show_preview(step)
        finally:
            self._loading = False
        ui.up_button.setEnabled(row > 0)
        ui.down_button.setEnabled(row < len(self.steps) - 1)
        ui.remove_step_button.setEnabled(len(self.steps) > 1)

    def _show_kind_fields(self, kind: str) -> None:
        ui = self.ui
        for widget in (ui.retries_label, ui.retries_spin):
            widget.setVisible(kind == "call")
        for widget in (ui.if_no_email_label, ui.if_no_email_combo):
            widget.setVisible(kind == "email")

    def _show_preview(self, step: PlanStep) -> None:
        self.ui.preview_label.setText(messages.translated(describe_step(step)))
        self.ui.preview_details_label.setText(
            "\n".join(map(messages.translated, step_details(step)))
        )

    def _step_from_fields(self, base: PlanStep) -> PlanStep:
        ui = self.ui
        channels = tuple(
            name
            for name, check in (
                ("phone", ui.channel_phone_check),
                ("walk_in", ui.channel_walk_in_check),
                ("email", ui.channel_email_check),
            )
            if check.isChecked()
        )
        return PlanStep(
            key=base.key,
            kind=ui.kind_combo.currentData(),
            title=ui.title_edit.text().strip(),
            anchor=ui.anchor_combo.currentData(),
            offset=ui.offset_spin.value(),
            unit=ui.unit_combo.currentData(),
            window=ui.window_spin.value(),
            who=ui.who_combo.currentData(),
            condition=ui.condition_combo.currentData(),
            shares_day=ui.shares_day_check.isChecked(),
            talking_points=ui.points_edit.toPlainText().strip(),
            if_no_email=ui.if_no_email_combo.currentData() or "",
            retries=ui.retries_spin.value() if base.kind == "call" else base.retries,
            channels=channels,
            min_interest=ui.interest_combo.currentData() or "",
        )

    def _apply_fields(self) -> bool:
        """Put what the fields say into the current step; False if it is wrong."""
        row = self.current_row()
        if row < 0:
            return True
        try:
            step = self._step_from_fields(self.steps[row])
        except PlanError as exc:
            self._show_error(messages.translated(exc), "title" in str(exc).lower())
            return False
        self._show_error("")
        if step != self.steps[row]:
            self.model.set_step(row, step)
            self._dirty = True
            self.ui.replan_button.setEnabled(True)
        self._show_kind_fields(step.kind)
        self._show_preview(step)
        return True

    def _show_error(self, text: str, about_title: bool = False) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))
        theme.set_flag(self.ui.title_edit, "invalid", about_title)

    def _move_step(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.steps) or not self._apply_fields():
            return
        steps = list(self.steps)
        steps[row], steps[target] = steps[target], steps[row]
        self.model.load(steps)
        self._dirty = True
        self.select_step(target)

    def _new_key(self, kind: str) -> str:
        taken = {s.key for s in self.steps}
        n = 1
        while f"{kind}_{n}" in taken:
            n += 1
        return f"{kind}_{n}"

    def _show_holidays(self) -> None:
        calendar = profile_service.work_calendar(self._profile)
        calendar.subdivision = self.ui.region_combo.currentData() or None
        calendar.closed_days = frozenset(self._closed_days())
        day = profile_service.shop_today(self._profile)
        found = []
        for _ in range(400):
            if calendar.is_holiday(day) and day.weekday() not in calendar.weekend:
                found.append(
                    f"{formatting.short_day(day)}  ·  {calendar.holiday_name(day)}"
                )
            if len(found) == 8:
                break
            day += dt.timedelta(days=1)
        self.ui.holidays_label.setText(
            "\n".join(found) or self.tr("None in the coming year.")
        )

    def _closed_days(self) -> list[dt.date]:
        items = (
            self.ui.closed_list.item(i) for i in range(self.ui.closed_list.count())
        )
        return [dt.date.fromisoformat(item.data(CLOSED_DAY_ROLE)) for item in items]

    def _add_closed_item(self, day: dt.date) -> None:
        days = self._closed_days()
        if day in days:
            return
        # Inserted in date order: sorting the list would sort by weekday name.
        row = sum(1 for d in days if d < day)
        item = QListWidgetItem(formatting.long_day(day))
        item.setData(CLOSED_DAY_ROLE, day.isoformat())
        self.ui.closed_list.insertItem(row, item)

    def _save_calendar(self) -> None:
        closed = format_closed_days(self._closed_days())
        region = self.ui.region_combo.currentData() or ""
        if (closed, region) != (
            self._profile.closed_days,
            self._profile.holiday_region,
        ):
            self._profile = profile_service.update_profile(
                closed_days=closed, holiday_region=region
            )

    # -- handlers ----------------------------------------------------------------

    def _on_steps_view_current_row_changed(self, current, previous) -> None:
        self._show_step(current.row())

    def _on_field_changed(self, *_args) -> None:
        if not self._loading:
            self._apply_fields()

    def _on_add_step_button_clicked(self) -> None:
        if not self._apply_fields():
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self.steps)
        step = PlanStep(
            key=self._new_key("email"),
            kind="email",
            title=self.tr("New e-mail"),
            anchor="previous",
            offset=5,
            who="customer_service",
            condition="email",
        )
        steps = list(self.steps)
        steps.insert(row, step)
        self.model.load(steps)
        self._dirty = True
        self.select_step(row)
        self.ui.title_edit.setFocus()
        self.ui.title_edit.selectAll()

    def _on_remove_step_button_clicked(self) -> None:
        row = self.current_row()
        if row < 0 or len(self.steps) < 2:
            return
        title = self.steps[row].title
        if not messages.confirm(
            self,
            self.tr("Remove step"),
            self.tr(
                "Remove “{title}” from the plan? Prospects already planned keep it "
                "until they are re-planned."
            ).format(title=title),
            yes_label=self.tr("Remove"),
        ):
            return
        steps = list(self.steps)
        del steps[row]
        self.model.load(steps)
        self._dirty = True
        self.select_step(min(row, len(steps) - 1))

    def _on_region_combo_changed(self, _index: int) -> None:
        self._dirty = True
        self._show_holidays()

    def _on_add_closed_button_clicked(self) -> None:
        self._add_closed_item(formatting.from_qdate(self.ui.closed_date_edit.date()))
        self._dirty = True
        self._show_holidays()

    def _on_remove_closed_button_clicked(self) -> None:
        for item in self.ui.closed_list.selectedItems():
            self.ui.closed_list.takeItem(self.ui.closed_list.row(item))
            self._dirty = True
        self._show_holidays()


def _capitalized(text: str) -> str:
    """The first letter in capitals, the rest as written (unlike ``capitalize``)."""
    return text[:1].upper() + text[1:]


def _choose(combo, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
