"""The Backups window: see the backups, back up now, restore, choose how long to keep.

Copies and restores run in a worker thread with a progress bar. Restoring
and the keeping period are the owner's; staff see them greyed with a reason.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from followup_desk.services import backup as backup_service
from followup_desk.services import users
from followup_desk.services.errors import UserError
from followup_desk.storage import backup as store
from followup_desk.storage import database as storage
from followup_desk.storage.backup import BackupFile
from followup_desk.ui import messages, session
from followup_desk.ui.backup_jobs import JobRunner
from followup_desk.ui.backup_moments import describe_moment, shop_zone, size_text
from followup_desk.ui.forms import attach_form
from followup_desk.ui.row_list_model import RowListModel

log = logging.getLogger("followup_desk.ui")

BACKUP_PATH_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN, KIND, SIZE = range(3)
KEEP_CHOICES = (
    (30, QT_TRANSLATE_NOOP("BackupDialog", "1 month")),
    (90, QT_TRANSLATE_NOOP("BackupDialog", "3 months")),
    (180, QT_TRANSLATE_NOOP("BackupDialog", "6 months")),
    (365, QT_TRANSLATE_NOOP("BackupDialog", "1 year")),
    (730, QT_TRANSLATE_NOOP("BackupDialog", "2 years")),
    (1825, QT_TRANSLATE_NOOP("BackupDialog", "5 years")),
)


class BackupListModel(RowListModel):
    """The backups of the open database, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("BackupListModel", "Made"),
        QT_TRANSLATE_NOOP("BackupListModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupListModel", "Size"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._zone = shop_zone()

    @property
    def backups(self) -> list[BackupFile]:
        return self.rows

    def set_backups(self, backups: list[BackupFile]) -> None:
        self._zone = shop_zone()
        self.set_rows(backups)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == WHEN:
                return describe_moment(backup.made_at, self._zone)
            if index.column() == KIND:
                return messages.translated(backup.label)
            return size_text(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == BACKUP_PATH_ROLE:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupDialog(QDialog):
    """Backups of this desk's database file."""

    backup_made = Signal(object)
    data_restored = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.ui = attach_form(self, "backup_dialog")
        self.model = BackupListModel(self)
        self.runner = JobRunner(self)
        self._restoring: BackupFile | None = None
        self._path = storage.current_file()
        self._setup()
        self.reload()
        self.resize(720, 560)
        session.restore_geometry(self, "backup_dialog")

    # -- what the window and tests drive -------------------------------------------

    def reload(self) -> None:
        if self._path is None:
            return
        self.model.set_backups(store.list_backups(self._path))
        if self.model.backups:
            self.ui.backups_view.selectRow(0)
        self._show_status()

    def selected_backup(self) -> BackupFile | None:
        index = self.ui.backups_view.currentIndex()
        if not index.isValid():
            return None
        return self.model.backups[index.row()]

    def back_up_now(self) -> bool:
        return self._start(
            lambda progress: backup_service.back_up_now(progress),
            self.tr("Backing up…"),
        )

    def save_copy_to(self, target: Path) -> bool:
        return self._start(
            lambda progress: backup_service.save_copy_as(target, progress),
            self.tr("Writing {file}…").format(file=target.name),
        )

    def restore_selected(self) -> bool:
        """Ask, then put the selected backup's data back; False if not started."""
        backup = self.selected_backup()
        if backup is None:
            return False
        when = describe_moment(backup.made_at)
        if not messages.confirm(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the data on every desk with the backup from {when}? "
                "Everything entered since then disappears from the lists. Today's "
                "data is saved as a backup first, so it can be brought back."
            ).format(when=when),
            yes_label=self.tr("Restore"),
        ):
            return False
        self._restoring = backup
        return self._start(
            lambda progress: backup_service.restore(backup.path, progress),
            self.tr("Restoring…"),
        )

    def set_keep_days(self, days: int) -> bool:
        try:
            backup_service.set_retention_days(days)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            self._show_keep_days(backup_service.retention_days())
            return False
        self._clear_error()
        self.reload()
        return True

    def done(self, result: int) -> None:
        if self.runner.busy:
            # Closing mid-copy would leave a half-written file to clean up.
            return
        session.save_geometry(self, "backup_dialog")
        super().done(result)

    # -- building ---------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        view = ui.backups_view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        ui.progress_bar.hide()
        ui.error_label.hide()
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.reject
        )
        ui.back_up_button.clicked.connect(self.back_up_now)
        ui.copy_button.clicked.connect(self._on_copy_button_clicked)
        ui.restore_button.clicked.connect(self.restore_selected)
        ui.folder_button.clicked.connect(self._on_folder_button_clicked)
        ui.status_label.linkActivated.connect(self._on_folder_button_clicked)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)

        if self._path is None:
            ui.status_label.setText(
                self.tr(
                    "This desk works on the shared server, which keeps its own "
                    "backups. Ask whoever looks after the server how often it is "
                    "backed up."
                )
            )
            for widget in (
                ui.back_up_button,
                ui.copy_button,
                ui.restore_button,
                ui.folder_button,
                ui.keep_combo,
                ui.backups_view,
            ):
                widget.setEnabled(False)
            return
        self._show_keep_days(backup_service.retention_days())
        ui.keep_combo.activated.connect(self._on_keep_combo_activated)
        if not self._is_owner():
            reason = self.tr("Only the owner can do this.")
            for widget in (ui.restore_button, ui.keep_combo):
                widget.setEnabled(False)
                widget.setToolTip(reason)

    def _show_keep_days(self, days: int) -> None:
        combo = self.ui.keep_combo
        combo.clear()
        choices = list(KEEP_CHOICES)
        if days not in dict(choices):
            # Set another way (the command line): shown as it is, not rounded.
            choices.append((days, self.tr("%n days", "", days)))
            choices.sort()
        for value, label in choices:
            combo.addItem(self.tr(label), value)
        combo.setCurrentIndex(combo.findData(days))

    def _is_owner(self) -> bool:
        user = users.current_user()
        return user.is_owner if user else not users.has_users()

    def _show_status(self) -> None:
        folder = store.backup_folder(self._path)
        newest = self.model.backups[0] if self.model.backups else None
        last = (
            self.tr("Last backup: {when}.").format(when=describe_moment(newest.made_at))
            if newest
            else self.tr("No backup yet.")
        )
        rule = self.tr(
            "A backup is made at every start and every %n hours, then one a day "
            "is kept for a week, one a week for a month and one a month for a "
            'year. They are in <a href="folder">{folder}</a>.',
            "",
            backup_service.TIMED_BACKUP_HOURS,
        ).format(folder=folder)
        self.ui.status_label.setText(f"{last} {rule}")

    def _start(self, work, text: str) -> bool:
        if self.runner.busy:
            return False
        self._clear_error()
        self.ui.progress_bar.setRange(0, 0)
        self.ui.progress_bar.show()
        self.ui.progress_bar.setToolTip(text)
        for button in (
            self.ui.back_up_button,
            self.ui.copy_button,
            self.ui.restore_button,
        ):
            button.setEnabled(False)
        return self.runner.start(work)

    def _finish(self) -> None:
        self.ui.progress_bar.hide()
        self.ui.back_up_button.setEnabled(True)
        self.ui.copy_button.setEnabled(True)
        self.ui.restore_button.setEnabled(self._is_owner())

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _clear_error(self) -> None:
        self.ui.error_label.hide()

    # -- reactions --------------------------------------------------------------------

    def _on_runner_progressed(self, done: int, total: int) -> None:
        self.ui.progress_bar.setRange(0, max(total, 1))
        self.ui.progress_bar.setValue(done)

    def _on_runner_finished(self, result: object) -> None:
        self._finish()
        restored, self._restoring = self._restoring, None
        self.reload()
        if restored is not None:
            messages.info(
                self,
                self.tr("Restore"),
                self.tr(
                    "The data is back as it was {when}. What it replaced is kept "
                    "as a backup marked “Replaced by a restore”."
                ).format(when=describe_moment(restored.made_at)),
            )
            self.data_restored.emit()
            return
        if isinstance(result, Path):
            messages.info(
                self,
                self.tr("Backup"),
                self.tr("A checked copy is saved as {file}.").format(file=result),
            )
            return
        self.backup_made.emit(result)

    def _on_runner_failed(self, error: object, details: str) -> None:
        self._finish()
        self._restoring = None
        self.reload()
        if isinstance(error, UserError):
            self._show_error(messages.translated(error))
            return
        messages.error(
            self,
            self.tr("Backup"),
            self.tr(
                "The backup could not be finished. The database itself is unchanged."
            ),
            details,
        )

    def _on_copy_button_clicked(self) -> None:
        suggested = store.backup_folder(self._path).parent / (
            f"{self._path.stem}-copy.sqlite3"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy"),
            str(suggested),
            self.tr("Follow-up Desk backups (*.sqlite3)"),
        )
        if path:
            self.save_copy_to(Path(path))

    def _on_folder_button_clicked(self, *args) -> None:
        folder = store.backup_folder(self._path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_keep_combo_activated(self, index: int) -> None:
        days = self.ui.keep_combo.itemData(index)
        if days != backup_service.retention_days():
            self.set_keep_days(days)
