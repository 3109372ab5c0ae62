"""Printing the daily batch off the GUI thread, then confirming the posting.

ReportLab needs a second or two for a few hundred packages; the work runs in a
``QThread`` with a progress dialog so the window keeps painting. Marking the
pieces as posted is a separate question asked after the PDF has opened, as the
batch service intends: only what the owner confirms is marked.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from followup_desk.ui import formatting, messages, session
from followup_desk.ui.batch_job import BatchJob

log = logging.getLogger("followup_desk.ui")


class BatchPrinter(QObject):
    """Prints one day's batch with progress, opens it, asks to mark it posted."""

    posted = Signal(int)
    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._thread: QThread | None = None
        self._job: BatchJob | None = None
        self._progress: QProgressDialog | None = None
        self._day = dt.date.today()
        self.result = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, day: dt.date) -> None:
        if self.busy:
            return
        self._day = day
        out = session.documents_folder() / f"batch-{day.isoformat()}.pdf"
        self._progress = QProgressDialog(
            self.tr("Printing today's packages and mailers…"), "", 0, 0, self._window
        )
        self._progress.setWindowTitle(self.tr("Daily batch"))
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()

        self._thread = QThread(self)
        who = session.desk_user()

        def work(progress):
            # ReportLab and the batch layout load only when a batch is printed.
            from followup_desk.services import batch

            return batch.print_batch(day, out, progress=progress, who=who)

        self._job = BatchJob(
            work,
            self.tr("The batch could not be printed. Nothing was marked as posted."),
        )
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.done.connect(self._on_job_printed)
        self._job.failed.connect(self._on_job_failed)
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
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

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
        messages.error(self._window, self.tr("Daily batch"), message, details)
        self.finished.emit()

    def _on_job_printed(self, result) -> None:
        self._stop_thread()
        self.result = result
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        skipped = len(result.skipped)
        text = self.tr(
            "The batch has %n pieces on {pages} and is open to print.",
            "",
            result.pieces,
        ).format(pages=self.tr("%n pages", "", result.pages))
        if skipped:
            text += " " + self.tr(
                "%n with an incomplete address were left out; fix them and "
                "print again.",
                "",
                skipped,
            )
        text += " " + self.tr(
            "Once everything is in the post, mark the batch as posted on {day}? "
            "Calls that count from a package move with it."
        ).format(day=formatting.short_day(self._day))
        if messages.confirm(
            self._window,
            self.tr("Daily batch"),
            text,
            yes_label=self.tr("Mark as posted"),
        ):
            from followup_desk.services import batch

            marked = batch.mark_batch_posted(
                result.touch_ids,
                self._day,
                batch_id=result.batch_id,
                who=session.desk_user(),
            )
            self.posted.emit(marked)
        self.finished.emit()
