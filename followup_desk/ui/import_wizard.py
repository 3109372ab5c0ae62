"""Importing prospects: file → which column goes where → preview → import.

Nothing is written before the last step. The preview shows every row with
what will happen to it (added, left out with the reason, or held back as a
possible duplicate) and lets staff merge or add duplicates on request. The
import itself runs in a worker thread in one transaction: Cancel during it,
or a crash, leaves the list as it was. Afterwards "Undo this import" takes
the whole run back.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from followup_desk.io import columns, import_preview, import_runs
from followup_desk.io.csv_import import ImportReport, SourceFile
from followup_desk.services import profile as profile_service
from followup_desk.services.contacts import CHANNEL_LABELS
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.import_preview_model import (
    FILTERS,
    ROW_INDEX_ROLE,
    ImportPreviewModel,
)
from followup_desk.ui.import_preview_model import translate as translate_preview

log = logging.getLogger("followup_desk.ui")

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DONE_PAGE = range(4)
# Marked for translation here, translated when the step is shown.
_STEPS = {
    FILE_PAGE: (
        QT_TRANSLATE_NOOP("ImportWizard", "Import prospects"),
        QT_TRANSLATE_NOOP("ImportWizard", "Step 1 of 3 · Choose the file"),
    ),
    MAPPING_PAGE: (
        QT_TRANSLATE_NOOP("ImportWizard", "Which column is which?"),
        QT_TRANSLATE_NOOP("ImportWizard", "Step 2 of 3 · Check the columns"),
    ),
    PREVIEW_PAGE: (
        QT_TRANSLATE_NOOP("ImportWizard", "Check before importing"),
        QT_TRANSLATE_NOOP("ImportWizard", "Step 3 of 3 · Nothing is saved yet"),
    ),
    DONE_PAGE: (QT_TRANSLATE_NOOP("ImportWizard", "Import finished"), ""),
}
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard",
    "Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;"
    "Spreadsheet saved as CSV (*.csv *.txt *.tsv);;vCard (*.vcf *.vcard);;"
    "All files (*)",
)
_PREVIEW_WIDTHS = (44, 30, 140, 130, 170, 115, 95, 95, 300)


class ImportCancelled(Exception):
    """Raised inside the import transaction so it rolls back."""


class ImportJob(QObject):
    """Runs ``import_runs.apply_import`` in a worker thread."""

    progressed = Signal(int, int)
    finished_import = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, preview: import_preview.ImportPreview, who: str) -> None:
        super().__init__()
        self._preview = preview
        self._who = who
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    @Slot()
    def run(self) -> None:
        try:
            report = import_runs.apply_import(
                self._preview, who=self._who, progress=self._report
            )
        except ImportCancelled:
            self.cancelled.emit()
        except UserError as exc:
            self.failed.emit(messages.translated(exc), "")
        except Exception:
            log.exception("Import failed")
            self.failed.emit(
                self.tr(
                    "The import stopped before the end. Nothing from this file was "
                    "saved; your list is as it was."
                ),
                traceback.format_exc(),
            )
        else:
            self.finished_import.emit(report)
        finally:
            # peewee keeps one connection per thread; close this thread's own.
            if not database.is_closed():
                database.close()

    def _report(self, done: int, total: int) -> None:
        if self._stop:
            raise ImportCancelled()
        self.progressed.emit(done, total)


class ImportWizard(QDialog):
    """The import dialog; ``imported`` and ``undone`` carry the import number."""

    imported = Signal(int)
    undone = Signal(int)

    def __init__(self, parent: QWidget | None = None, who: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import prospects"))
        self.ui = attach_form(self, "import_wizard")
        self._who = who
        self.source: SourceFile | None = None
        self.preview: import_preview.ImportPreview | None = None
        self.report: ImportReport | None = None
        self.preview_model = ImportPreviewModel(self)
        self._thread: QThread | None = None
        self._job: ImportJob | None = None
        self._setup()
        self.resize(1100, 700)
        session.restore_geometry(self, "import_wizard")
        self._go(FILE_PAGE)

    # -- what the window and tests use ------------------------------------------

    @property
    def page(self) -> int:
        return self.ui.pages.currentIndex()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def load_file(self, path: Path) -> bool:
        """Read a file and go to the mapping (CSV) or the preview (vCard)."""
        self._clear_error()
        try:
            source = import_preview.load_source(Path(path))
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        if not source.records:
            self._show_error(
                self.tr(
                    "{file} has column names but no rows under them: there is "
                    "nobody to import."
                ).format(file=Path(path).name)
            )
            return False
        self.source = source
        self.ui.file_edit.setText(str(path))
        if source.kind == "vcard":
            mapping, found_as = import_preview.initial_mapping(source)
            self._fill_mapping(mapping, found_as)
            return self.show_preview()
        mapping, found_as = import_preview.initial_mapping(source)
        self._fill_mapping(mapping, found_as)
        self._go(MAPPING_PAGE)
        return True

    def mapping(self) -> list[str]:
        """The field chosen for each column of the file ("" = left out)."""
        table = self.ui.mapping_table
        return [
            table.cellWidget(row, 2).currentData() or ""
            for row in range(table.rowCount())
        ]

    def set_column_field(self, column: int, field: str) -> None:
        combo: QComboBox = self.ui.mapping_table.cellWidget(column, 2)
        combo.setCurrentIndex(combo.findData(field))

    def show_preview(self) -> bool:
        """Check every row under the chosen mapping and show the result."""
        self._clear_error()
        if self.source is None:
            self._show_error(self.tr("Choose a file first."))
            return False
        if not import_preview.NAME_FIELDS & set(self.mapping()):
            self._show_error(
                self.tr(
                    "{file} has no name or company column. Pick the column with "
                    "the name or the company."
                ).format(file=self.source.path.name)
            )
            return False
        try:
            self.preview = import_preview.build_preview(
                self.source,
                self.mapping(),
                channel=self.ui.channel_combo.currentData(),
                contacted_on=formatting.from_qdate(self.ui.contacted_on_edit.date()),
            )
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        self.preview_model.set_preview(self.preview)
        self.ui.preview_table.resizeRowsToContents()
        self._go(PREVIEW_PAGE)
        return True

    def select_rows(self, preview_rows: list[int]) -> None:
        """Select the table lines showing these preview rows (for tests)."""
        view = self.ui.preview_table
        view.clearSelection()
        mode = view.selectionMode()
        view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for line in range(self.preview_model.rowCount()):
            if self.preview_model.row_index(line) in preview_rows:
                view.selectRow(line)
        view.setSelectionMode(mode)

    def set_action_for_selected(self, action: str) -> int:
        """Merge, skip or add the selected rows; returns how many changed."""
        if self.preview is None:
            return 0
        changed = 0
        for index in self.ui.preview_table.selectionModel().selectedRows():
            if self.preview.set_action(index.data(ROW_INDEX_ROLE), action):
                changed += 1
        self.preview_model.rows_changed()
        self._show_summary()
        return changed

    def start_import(self) -> None:
        """Save the preview's decisions in a worker thread, with progress."""
        if self.preview is None or self.busy:
            return
        self._clear_error()
        self._job = ImportJob(self.preview, self._who)
        self._thread = QThread(self)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.finished_import.connect(self._on_job_finished_import)
        self._job.failed.connect(self._on_job_failed)
        self._job.cancelled.connect(self._on_job_cancelled)
        bar = self.ui.progress_bar
        total = max(1, len(self.preview.rows))
        bar.setRange(0, total)
        bar.setValue(0)
        # %n is the plural count for the translation; %v the bar fills in.
        bar.setFormat(self.tr("Importing… %v of %n rows", "", total))
        bar.show()
        for button in (self.ui.next_button, self.ui.back_button):
            button.setEnabled(False)
        self._thread.start()

    def undo_import(self) -> bool:
        """Take the finished import back, after asking."""
        if self.report is None or self.report.batch_id is None:
            return False
        batch_id = self.report.batch_id
        if not messages.confirm(
            self,
            self.tr("Undo import"),
            self.tr(
                "Remove every prospect this import added and put back what it "
                "changed in prospects already in the list?"
            ),
            yes_label=self.tr("Undo import"),
        ):
            return False
        try:
            removed = import_runs.undo_import(batch_id, who=self._who)
        except import_runs.UndoNeedsConfirmation as exc:
            if not messages.confirm(
                self,
                self.tr("Undo import"),
                messages.translated(exc),
                self.tr("Undo anyway"),
            ):
                return False
            removed = import_runs.undo_import(
                batch_id, who=self._who, include_worked=True
            )
        except UserError as exc:
            messages.error(self, self.tr("Undo import"), messages.translated(exc))
            return False
        self.ui.undo_button.setEnabled(False)
        self.ui.result_label.setText(self.tr("Import undone"))
        self.ui.result_detail_label.setText(
            self.tr("Removed %n prospects; the list is as it was before.", "", removed)
        )
        self.undone.emit(batch_id)
        return True

    def reject(self) -> None:
        if self.busy:
            # Stop at the next progress report; the transaction rolls back.
            self._job.stop()
            return
        session.save_geometry(self, "import_wizard")
        super().reject()

    # -- building ------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        ui.channel_combo.addItem(self.tr("Phone call (usual)"), "phone")
        for key, text in CHANNEL_LABELS.items():
            if key != "phone":
                ui.channel_combo.addItem(messages.translated(text), key)
        ui.contacted_on_edit.setDate(formatting.to_qdate(profile_service.shop_today()))
        for key, text in FILTERS:
            ui.show_combo.addItem(translate_preview(text), key)
        ui.error_label.hide()
        ui.progress_bar.hide()
        ui.browse_button.setIcon(theme.icon("new"))

        table = ui.mapping_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Column in your file"),
                self.tr("First rows"),
                self.tr("Goes into"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 280)

        view = ui.preview_table
        view.setModel(self.preview_model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setHighlightSections(False)
        for column, width in enumerate(_PREVIEW_WIDTHS):
            view.horizontalHeader().resizeSection(column, width)
        view.horizontalHeader().setStretchLastSection(True)

        theme.set_flag(ui.next_button, "primary", True)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.next_button.clicked.connect(self._on_next_button_clicked)
        ui.back_button.clicked.connect(self._on_back_button_clicked)
        ui.cancel_button.clicked.connect(self.reject)
        ui.undo_button.clicked.connect(self.undo_import)
        ui.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        ui.merge_button.clicked.connect(
            lambda: self.set_action_for_selected(import_preview.MERGE)
        )
        ui.skip_button.clicked.connect(
            lambda: self.set_action_for_selected(import_preview.SKIP)
        )
        ui.add_button.clicked.connect(
            lambda: self.set_action_for_selected(import_preview.ADD)
        )
        view.selectionModel().selectionChanged.connect(self._on_preview_selection)
        self._on_preview_selection()

    def _fill_mapping(self, mapping: list[str], found_as: str) -> None:
        source = self.source
        table = self.ui.mapping_table
        table.setRowCount(len(source.headers))
        for row, header in enumerate(source.headers):
            samples = []
            for _, cells in source.records[:8]:
                if row < len(cells) and cells[row].strip() and len(samples) < 3:
                    samples.append(" ".join(cells[row].split())[:40])
            name = header or self.tr("(column {number})").format(number=row + 1)
            table.setItem(row, 0, QTableWidgetItem(name))
            examples = QTableWidgetItem(" · ".join(samples))
            examples.setForeground(QColor(theme.MUTED))
            table.setItem(row, 1, examples)
            combo = QComboBox(table)
            combo.addItem(self.tr("Leave out"), "")
            for field, label in columns.FIELD_LABELS.items():
                combo.addItem(messages.translated(label), field)
            combo.setCurrentIndex(
                max(0, combo.findData(mapping[row] if row < len(mapping) else ""))
            )
            combo.setAccessibleName(
                self.tr("Where “{column}” goes").format(column=header)
            )
            table.setCellWidget(row, 2, combo)
        table.resizeRowsToContents()
        used = sum(bool(f) for f in mapping)
        if found_as == "remembered":
            text = self.tr(
                "This file is laid out like one you imported before, so the same "
                "choices are filled in."
            )
        else:
            kind = {
                "google": self.tr("This looks like a Google Contacts export."),
                "outlook": self.tr("This looks like an Outlook export."),
                "vcard": self.tr("This looks like a vCard address book."),
            }.get(found_as, self.tr("This looks like a spreadsheet."))
            counted = self.tr(
                "{used} of %n columns were recognised.", "", len(mapping)
            ).format(used=used)
            text = f"{kind} {counted}"
        advice = self.tr("Check where each column goes, then press Next.")
        self.ui.found_label.setText(f"{text} {advice}")

    # -- moving between steps ------------------------------------------------------

    def _go(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        title, hint = _STEPS[page]
        ui.step_label.setText(self.tr(title))
        ui.step_hint_label.setText(self.tr(hint) if hint else "")
        ui.step_hint_label.setVisible(bool(hint))
        ui.back_button.setVisible(page in (MAPPING_PAGE, PREVIEW_PAGE))
        ui.back_button.setEnabled(True)
        ui.cancel_button.setVisible(page != DONE_PAGE)
        ui.next_button.setEnabled(True)
        if page == FILE_PAGE:
            ui.next_button.setText(self.tr("&Next"))
            ui.next_button.setEnabled(self.source is not None)
        elif page == MAPPING_PAGE:
            ui.next_button.setText(self.tr("&Next: preview"))
        elif page == PREVIEW_PAGE:
            self._show_summary()
        else:
            ui.next_button.setText(self.tr("&Close"))

    def _show_summary(self) -> None:
        counts = self.preview.counts()
        parts = [self.tr("%n to add", "", counts["add"])]
        if counts["merge"]:
            parts.append(self.tr("%n to merge", "", counts["merge"]))
        if counts["duplicates"]:
            parts.append(self.tr("%n possible duplicates", "", counts["duplicates"]))
        if counts["leave_out"]:
            parts.append(
                self.tr("%n rows with problems (left out)", "", counts["leave_out"])
            )
        if counts["warnings"]:
            parts.append(self.tr("%n to check", "", counts["warnings"]))
        self.ui.summary_label.setText(" · ".join(parts))
        saving = counts["add"] + counts["merge"]
        self.ui.next_button.setText(self.tr("&Import %n prospects", "", saving))
        self.ui.next_button.setEnabled(saving > 0)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _clear_error(self) -> None:
        self.ui.error_label.hide()

    def _show_done(self, report: ImportReport) -> None:
        self.ui.result_label.setText(self.tr("Added %n prospects", "", report.imported))
        details = []
        if report.merged:
            details.append(
                self.tr("Merged {count} into prospects already in the list.").format(
                    count=report.merged
                )
            )
        if not report.skipped:
            details.append(self.tr("Every row was imported."))
        details.append(self.tr("Their follow-ups are planned like any first contact."))
        self.ui.result_detail_label.setText(" ".join(details))
        lines = []
        if report.skipped:
            lines.append(
                self.tr("Not imported ({count}):").format(count=len(report.skipped))
            )
            lines += [self._line(line, why) for line, why in report.skipped]
        if report.warnings:
            lines.append(
                self.tr("Imported as written, worth a look ({count}):").format(
                    count=len(report.warnings)
                )
            )
            lines += [self._line(line, text) for line, text in report.warnings]
        self.ui.skipped_edit.setPlainText("\n".join(lines))
        self.ui.skipped_edit.setVisible(bool(lines))
        self.ui.undo_button.setEnabled(bool(report.imported or report.merged))
        self._go(DONE_PAGE)

    def _line(self, line: int, text: str) -> str:
        return "  " + self.tr("Line {line}: {text}").format(
            line=line, text=messages.translated(text)
        )

    def _end_thread(self) -> None:
        self.ui.progress_bar.hide()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._job = None

    # -- handlers ------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        start = (
            str(Path(self.ui.file_edit.text()).parent)
            if self.ui.file_edit.text()
            else ""
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), start, self.tr(FILE_FILTER)
        )
        if path:
            self.load_file(Path(path))

    def _on_next_button_clicked(self) -> None:
        page = self.page
        if page == FILE_PAGE and self.source is not None:
            self.load_file(Path(self.ui.file_edit.text()))
        elif page == MAPPING_PAGE:
            self.show_preview()
        elif page == PREVIEW_PAGE:
            self.start_import()
        elif page == DONE_PAGE:
            session.save_geometry(self, "import_wizard")
            self.accept()

    def _on_back_button_clicked(self) -> None:
        self._clear_error()
        if (
            self.page == PREVIEW_PAGE
            and self.source is not None
            and self.source.kind == "csv"
        ):
            self._go(MAPPING_PAGE)
        else:
            self._go(FILE_PAGE)

    def _on_show_combo_changed(self, _index: int) -> None:
        self.preview_model.set_filter(self.ui.show_combo.currentData())

    def _on_preview_selection(self, *_args) -> None:
        rows = self.ui.preview_table.selectionModel().selectedRows()
        picked = (
            [self.preview.rows[i.data(ROW_INDEX_ROLE)] for i in rows]
            if self.preview
            else []
        )
        self.ui.merge_button.setEnabled(any(r.is_duplicate for r in picked))
        self.ui.skip_button.setEnabled(any(not r.problems for r in picked))
        self.ui.add_button.setEnabled(any(not r.problems for r in picked))

    def _on_job_progressed(self, done: int, total: int) -> None:
        self.ui.progress_bar.setMaximum(total)
        self.ui.progress_bar.setValue(done)

    def _on_job_finished_import(self, report: ImportReport) -> None:
        self._end_thread()
        self.report = report
        self._show_done(report)
        self.imported.emit(report.batch_id)

    def _on_job_failed(self, text: str, details: str) -> None:
        self._end_thread()
        self._go(PREVIEW_PAGE)
        messages.error(self, self.tr("Import"), text, details)

    def _on_job_cancelled(self) -> None:
        self._end_thread()
        self._go(PREVIEW_PAGE)
        self._show_error(self.tr("Import cancelled: nothing from this file was saved."))
