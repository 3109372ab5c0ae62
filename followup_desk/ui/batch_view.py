"""The Batch view: today's packages and mailers, printed in one go, then posted.

The owner unticks what should not go out, chooses envelopes or labels, and
prints one PDF collated for stuffing. Printing runs in a worker thread with
a progress dialog (a few hundred packages take a second or two) and marks
nothing. "Mark as posted" then records the ticked, printed pieces. If the
app closed or crashed in between, the printed batch is still on record: the
view says so on opening and the pieces can be marked or printed again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QProgressDialog, QWidget

from followup_desk.domain.money import format_money
from followup_desk.printing.formats import ADDRESS_ON, ENVELOPES
from followup_desk.services import batch as batch_service
from followup_desk.services import posting_setup
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.batch_job import BatchJob
from followup_desk.ui.batch_table_model import (
    PROSPECT_ID_ROLE,
    TICK,
    WIDTHS,
    BatchTableModel,
)
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")


def _title() -> str:
    return QCoreApplication.translate("BatchView", "Daily batch")


class BatchView(QWidget):
    """List, untick, print collated, then mark the ticked pieces posted."""

    batch_posted = Signal(int)
    prospect_activated = Signal(int)
    printing_finished = Signal()

    def __init__(self, parent: QWidget | None = None, load: bool = True) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "batch_view")
        self.model = BatchTableModel(self)
        self.result: batch_service.BatchResult | None = None
        self.printed_batch_id: int | None = None
        self.printed_ids: set[int] = set()
        self._thread: QThread | None = None
        self._job: BatchJob | None = None
        self._progress: QProgressDialog | None = None
        self._day = profile_service.shop_today()
        self._setup()
        if load:
            self.reload()

    # -- what the window and tests drive --------------------------------------------

    @property
    def busy(self) -> bool:
        return self._thread is not None

    @property
    def day(self) -> dt.date:
        return self._day

    def reload(self, day: dt.date | None = None) -> None:
        """Read the batch again; a printed, unposted batch is picked up."""
        if day is not None:
            self._day = day
            self.ui.day_edit.blockSignals(True)
            self.ui.day_edit.setDate(formatting.to_qdate(day))
            self.ui.day_edit.blockSignals(False)
        sort = self.ui.sort_combo.currentData() or "due"
        entries = batch_service.batch_entries(self._day, sort)
        printed = batch_service.open_batch()
        if printed is not None:
            items = {item.touch_id for item in printed.items}
            self.printed_batch_id = printed.id
            self.printed_ids = items
            self.model.load(entries, ticked=items)
        else:
            self.printed_batch_id = None
            self.printed_ids = set()
            self.model.load(entries)
        self._show_notice(printed)
        self._update_summary()

    def options(self) -> batch_service.BatchOptions:
        """The choices on screen, as the batch service takes them."""
        address_on = self.ui.address_combo.currentData()
        return batch_service.BatchOptions(
            address_on=address_on,
            envelope=self._envelope_choice() if address_on == "envelope" else None,
            label_product=self.ui.labels_combo.currentData()
            if address_on == "labels"
            else None,
            label_start=self.ui.start_spin.value(),
            sort=self.ui.sort_combo.currentData() or "due",
            one_per_household=self.ui.household_check.isChecked(),
            guide=self.ui.guide_check.isChecked(),
            include_cards=self.ui.cards_check.isChecked(),
        )

    def print_batch(self) -> None:
        """Print the ticked pieces in a worker thread."""
        if self.busy:
            return
        ticked = self.model.ticked_ids()
        if not ticked:
            messages.info(
                self, _title(), self.tr("Tick at least one package or mailer to print.")
            )
            return
        out = session.documents_folder() / f"batch-{self._day.isoformat()}.pdf"
        day, options, who = self._day, self.options(), _who()

        def work(progress):
            return batch_service.print_batch(
                day, out, progress, touch_ids=ticked, options=options, who=who
            )

        self._start(
            work,
            self.tr("The batch could not be printed. Nothing was marked as posted."),
            self.tr("Printing the packages and mailers…"),
            len(ticked),
            self._on_print_job_done,
            stoppable=True,
        )

    def mark_posted(self) -> bool:
        """Record the ticked, printed pieces as posted, in a worker thread.

        Returns False when there was nothing to mark or the owner said no;
        ``batch_posted`` follows when the marking is done.
        """
        if self.busy:
            return False
        ticked = [t for t in self.model.ticked_ids() if t in self.printed_ids]
        if self.printed_batch_id is None or not ticked:
            messages.info(
                self,
                _title(),
                self.tr("Print the batch first, then mark what went into the post."),
            )
            return False
        if not messages.confirm(
            self,
            _title(),
            self.tr(
                "Mark %n ticked pieces as posted on {day}? Calls that count from a "
                "package move with it. Unticked pieces stay in the next batch.",
                "",
                len(ticked),
            ).format(day=formatting.short_day(self._day)),
            yes_label=self.tr("Mark as posted"),
        ):
            return False
        day, batch_id, who = self._day, self.printed_batch_id, _who()
        self._start(
            lambda _progress: batch_service.mark_batch_posted(
                ticked, day, batch_id, who
            ),
            self.tr("The pieces could not be marked as posted; nothing was changed."),
            self.tr("Recording the posted pieces…"),
            0,
            self._on_mark_job_done,
        )
        return True

    # -- building --------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        ui.day_edit.setDate(formatting.to_qdate(self._day))
        for key, label in batch_service.SORTS.items():
            ui.sort_combo.addItem(messages.translated(label), key)
        for key, label in ADDRESS_ON.items():
            ui.address_combo.addItem(messages.translated(label), key)
        ui.envelope_combo.setEditable(True)
        ui.envelope_combo.setToolTip(
            self.tr("Pick a size, or type your own in millimetres, e.g. 235x120")
        )
        for size in ENVELOPES.values():
            ui.envelope_combo.addItem(size.label, size.name)
        for template in posting_setup.all_templates("address"):
            ui.labels_combo.addItem(
                f"{template.name} – {template.description}", template.key
            )

        for combo in (ui.address_combo, ui.labels_combo, ui.sort_combo):
            theme.compact_combo(combo)
        # A little air before each choice after the first in a row, so a
        # label reads with its own box and not the one before it.
        for label in (ui.envelope_label, ui.labels_label, ui.start_label):
            label.setContentsMargins(10, 0, 0, 0)
        ui.guide_check.setContentsMargins(10, 0, 0, 0)

        view = ui.batch_table
        view.setModel(self.model)
        theme.setup_table(view, WIDTHS)
        view.horizontalHeader().setSectionResizeMode(TICK, QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setStretchLastSection(True)
        theme.set_flag(ui.print_button, "primary", True)
        ui.print_button.setIcon(theme.icon("print", "#ffffff"))
        ui.mark_posted_button.setIcon(theme.icon("done"))

        self._restore_choices()
        ui.address_combo.currentIndexChanged.connect(self._on_address_combo_changed)
        ui.labels_combo.currentIndexChanged.connect(self._on_labels_combo_changed)
        ui.sort_combo.currentIndexChanged.connect(self._on_sort_combo_changed)
        ui.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        ui.tick_all_button.clicked.connect(self._on_tick_all_button_clicked)
        ui.untick_all_button.clicked.connect(self._on_untick_all_button_clicked)
        ui.print_button.clicked.connect(self._on_print_button_clicked)
        ui.mark_posted_button.clicked.connect(self._on_mark_posted_button_clicked)
        self.model.dataChanged.connect(self._on_model_data_changed)
        view.doubleClicked.connect(self._on_batch_table_double_clicked)
        self._on_address_combo_changed()
        self._on_labels_combo_changed()

    def _restore_choices(self) -> None:
        """Start from what this printer was last used with."""
        settings = posting_setup.printer_settings()
        ui = self.ui
        self._select(ui.address_combo, settings.address_on or "envelope")
        if settings.envelope:
            index = ui.envelope_combo.findData(settings.envelope)
            if index < 0:
                ui.envelope_combo.addItem(settings.envelope, settings.envelope)
                index = ui.envelope_combo.count() - 1
            ui.envelope_combo.setCurrentIndex(index)
        else:
            company = profile_service.company_info()
            self._select(
                ui.envelope_combo, "#10" if company.uses_letter_paper else "DL"
            )
        if settings.label_product:
            self._select(ui.labels_combo, settings.label_product)
        ui.guide_check.setChecked(bool(settings.guide))

    @staticmethod
    def _select(combo, data: str) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _envelope_choice(self) -> str:
        combo = self.ui.envelope_combo
        text = combo.currentText().strip()
        index = combo.findText(text)
        return combo.itemData(index) if index >= 0 else text

    def _remember_choices(self) -> None:
        options = self.options()
        changes: dict[str, object] = {
            "address_on": options.address_on,
            "guide": bool(options.guide),
        }
        if options.envelope:
            changes["envelope"] = options.envelope
        if options.label_product:
            changes["label_product"] = options.label_product
        try:
            posting_setup.save_printer_settings(**changes)
        except UserError:
            log.info("Printer choices not remembered", exc_info=True)

    # -- showing ---------------------------------------------------------------------

    def _show_notice(self, printed) -> None:
        lines = []
        if printed is not None:
            when = printed.printed_at
            lines.append(
                self.tr(
                    "Printed {day} at {time}: %n pieces, not yet marked as posted. "
                    "Once they are in the post, press “Mark as posted” (untick any "
                    "that did not go), or print again.",
                    "",
                    printed.pieces,
                ).format(
                    day=formatting.short_day(when.date()),
                    time=QLocale().toString(
                        when.time(), QLocale.FormatType.ShortFormat
                    ),
                )
            )
            pulls = batch_service.pull_list(printed.id)
            if pulls:
                names = ", ".join(
                    self.tr("no. {position} {name} ({reason})").format(
                        position=p.position,
                        name=p.name,
                        reason=messages.translated(p.reason),
                    )
                    for p in pulls[:8]
                )
                if len(pulls) > 8:
                    names = self.tr("{names} and %n more", "", len(pulls) - 8).format(
                        names=names
                    )
                lines.append(
                    self.tr("Take out before posting: {names}.").format(names=names)
                )
        self.ui.notice_label.setText("\n".join(lines))
        self.ui.notice_label.setVisible(bool(lines))
        self._update_buttons()

    def _update_summary(self) -> None:
        entries = self.model.entries
        ticked = set(self.model.ticked)
        if not entries:
            self.ui.summary_label.setText(self.tr("Nothing to post."))
            self._update_buttons()
            return
        overdue = sum(1 for e in entries if e.overdue)
        incomplete = sum(1 for e in entries if not e.ready)
        profile = profile_service.get_profile()
        cost = sum(
            (
                batch_service.piece_cost(e.kind, profile)
                for e in entries
                if e.touch_id in ticked
            ),
            Decimal("0.00"),
        )
        parts = [
            self.tr("{ticked} of %n ticked", "", len(entries)).format(
                ticked=len(ticked)
            )
        ]
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        if incomplete:
            parts.append(self.tr("%n need an address", "", incomplete))
        parts.append(
            self.tr("about {amount} to post").format(
                amount=format_money(cost, profile.currency, profile.locale)
            )
        )
        self.ui.summary_label.setText(" · ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy
        has_ticks = bool(self.model.ticked)
        self.ui.print_button.setEnabled(not busy and has_ticks)
        self.ui.mark_posted_button.setEnabled(
            not busy and self.printed_batch_id is not None and has_ticks
        )

    # -- the worker ------------------------------------------------------------------

    def _start(
        self,
        work: Callable,
        failure: str,
        label: str,
        total: int,
        on_done: Callable,
        stoppable: bool = False,
    ) -> None:
        self._progress = QProgressDialog(
            label, self.tr("Stop") if stoppable else "", 0, total, self
        )
        if not stoppable:
            self._progress.setCancelButton(None)
        self._progress.setWindowTitle(_title())
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._on_progress_canceled)

        self._thread = QThread(self)
        self._job = BatchJob(work, failure)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.done.connect(on_done)
        self._job.failed.connect(self._on_job_failed)
        self._update_buttons()
        self._thread.start()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._job.deleteLater()
            self._thread.deleteLater()
        self._thread = None
        self._job = None
        if self._progress is not None:
            self._progress.canceled.disconnect(self._on_progress_canceled)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _on_progress_canceled(self) -> None:
        if self._job is not None:
            self._job.stop()

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
            self._progress.setLabelText(
                self.tr("Printing piece {done} of {total}…").format(
                    done=done, total=total
                )
            )

    def _on_job_failed(self, message: str, details: str) -> None:
        self._stop_thread()
        messages.error(self, _title(), message, details)
        self.reload()
        self.printing_finished.emit()

    def _on_print_job_done(self, result: batch_service.BatchResult) -> None:
        self._stop_thread()
        self.result = result
        self._remember_choices()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        self.reload()
        self.printing_finished.emit()

    def _on_mark_job_done(self, marked: int) -> None:
        self._stop_thread()
        self.result = None
        self.reload()
        self.batch_posted.emit(marked)

    # -- signals from the form -------------------------------------------------------

    def _on_address_combo_changed(self, _index: int = 0) -> None:
        kind = self.ui.address_combo.currentData()
        for widget in (self.ui.envelope_label, self.ui.envelope_combo):
            widget.setVisible(kind == "envelope")
        self.ui.guide_check.setVisible(kind == "envelope")
        for widget in (
            self.ui.labels_label,
            self.ui.labels_combo,
            self.ui.start_label,
            self.ui.start_spin,
        ):
            widget.setVisible(kind == "labels")

    def _on_labels_combo_changed(self, _index: int = 0) -> None:
        key = self.ui.labels_combo.currentData()
        if not key:
            return
        template = posting_setup.label_template(key)
        self.ui.start_spin.setMaximum(template.per_sheet)

    def _on_sort_combo_changed(self, _index: int) -> None:
        ticked = set(self.model.ticked)
        entries = batch_service.sort_entries(
            list(self.model.entries),
            self.ui.sort_combo.currentData(),
            profile_service.get_profile().country,
        )
        self.model.load(entries, ticked=ticked)

    def _on_day_edit_date_changed(self, date) -> None:
        self._day = formatting.from_qdate(date)
        self.reload()

    def _on_tick_all_button_clicked(self) -> None:
        self.model.set_all(True)

    def _on_untick_all_button_clicked(self) -> None:
        self.model.set_all(False)

    def _on_print_button_clicked(self) -> None:
        self.print_batch()

    def _on_mark_posted_button_clicked(self) -> None:
        self.mark_posted()

    def _on_model_data_changed(self, *_args) -> None:
        self._update_summary()

    def _on_batch_table_double_clicked(self, index) -> None:
        prospect_id = self.model.data(index, PROSPECT_ID_ROLE)
        if prospect_id:
            self.prospect_activated.emit(prospect_id)


def _who() -> str:
    from followup_desk.services import users

    return users.current_name() or session.desk_user()
