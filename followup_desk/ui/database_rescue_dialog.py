"""The way out of a damaged database: restore the newest good backup, or open another.

Shown at start when SQLite cannot read the file, and during work when the
background backup's check finds damage. Nothing is deleted: the damaged file
is kept beside the backups.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from followup_desk.services import backup as backup_service
from followup_desk.services.errors import UserError
from followup_desk.storage import backup as store
from followup_desk.storage.backup import BackupFile
from followup_desk.ui import messages
from followup_desk.ui.backup_moments import describe_moment
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")


class DatabaseRescueDialog(QDialog):
    """Offers the newest good backup in place of a damaged database file.

    Ends with :attr:`RESTORED` (the file now holds the backup; reopen it),
    :attr:`OTHER_FILE` (``chosen_file`` is the database to open instead) or
    ``Rejected`` (quit).
    """

    RESTORED = 2
    OTHER_FILE = 3

    def __init__(
        self, path: Path, problems: list[str] | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Damaged database"))
        self.ui = attach_form(self, "database_rescue_dialog")
        self.path = Path(path)
        self.problems = problems or []
        self.candidate: BackupFile | None = None
        self.chosen_file: Path | None = None
        self.kept: Path | None = None
        self._setup()
        self.resize(620, self.sizeHint().height())

    def restore(self) -> bool:
        """Put the offered backup in place of the damaged file."""
        if self.candidate is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.kept = backup_service.rescue(self.path, self.candidate.path)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.done(self.RESTORED)
        return True

    def offer(self, candidate: Path) -> bool:
        """Check a backup the person picked and offer it instead; False if unusable."""
        check = backup_service.inspect(candidate)
        if not check.ok:
            self._show_error(
                self.tr("{file} cannot be used: {problem}").format(
                    file=Path(candidate).name,
                    problem=messages.translated(check.problems[0]),
                )
            )
            return False
        found = [b for b in store.list_backups(self.path) if b.path == Path(candidate)]
        self.candidate = (
            found[0]
            if found
            else BackupFile(Path(candidate), _file_moment(Path(candidate)), "manual", 0)
        )
        self._show_candidate(check.prospects)
        return True

    def _setup(self) -> None:
        ui = self.ui
        ui.explain_label.setText(
            self.tr(
                "Follow-up Desk cannot safely use {file}: part of the file is "
                "damaged. This happens after a power cut, a failing disk or a file "
                "copied while in use. Restore a backup to go on working."
            ).format(file=self.path.name)
        )
        if self.problems:
            ui.explain_label.setToolTip("\n".join(self.problems[:10]))
        ui.error_label.hide()
        ui.restore_button.clicked.connect(self.restore)
        ui.other_backup_button.clicked.connect(self._on_other_backup_button_clicked)
        ui.other_file_button.clicked.connect(self._on_other_file_button_clicked)
        ui.quit_button.clicked.connect(self.reject)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.candidate = backup_service.newest_good_backup(self.path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.candidate is None:
            ui.backup_heading.setText(self.tr("No good backup found"))
            ui.backup_label.setText(
                self.tr(
                    "No good backup of this database was found. Choose a backup "
                    "saved elsewhere (a USB stick, say), or open another file."
                )
            )
            ui.restore_button.setEnabled(False)
            ui.other_backup_button.setDefault(True)
            return
        self._show_candidate(backup_service.inspect(self.candidate.path).prospects)

    def _show_candidate(self, prospects: int) -> None:
        backup = self.candidate
        self.ui.backup_heading.setText(self.tr("Newest good backup"))
        self.ui.backup_label.setText(
            self.tr(
                "{when}  ·  %Ln prospects\n"
                "Work done after this moment will have to be typed again.",
                "",
                prospects,
            ).format(when=describe_moment(backup.made_at))
        )
        self.ui.backup_label.setToolTip(str(backup.path))
        self.ui.restore_button.setEnabled(True)
        self.ui.restore_button.setDefault(True)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _on_other_backup_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(store.backup_folder(self.path)),
            self.tr("Follow-up Desk backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.offer(Path(path))

    def _on_other_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database"),
            str(self.path.parent),
            self.tr("Follow-up Desk databases (*.sqlite3);;All files (*)"),
        )
        if path:
            self.chosen_file = Path(path)
            self.done(self.OTHER_FILE)


def _file_moment(path: Path):
    import datetime as dt

    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
