"""Menu commands for keeping data safe and sharing it, and what runs beside them.

Backups, the database (file or shared server), the people who sign in and
editing a prospect's details live here, so the main window only adds the
actions to its menus. The :class:`DeskGuard` (backups on a timer, damage
found by them, other desks' changes) starts when the app's start-up asks,
so a window built in a test runs no background work of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from followup_desk.services import users
from followup_desk.storage import database as storage
from followup_desk.ui import messages, theme
from followup_desk.ui.backup_moments import describe_moment
from followup_desk.ui.desk_guard import DeskGuard

log = logging.getLogger("followup_desk.ui")


class DeskActions(QObject):
    """Backups…, Database…, People… and Edit details…, for the window's menus.

    ``data_changed`` asks the window to read everything again (another
    desk's change, a restore); ``message`` is a line for the status bar.
    """

    data_changed = Signal()
    message = Signal(str)

    def __init__(
        self, window: QWidget, current_prospect: Callable[[], int | None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._current_prospect = current_prospect
        self.dialog: QDialog | None = None
        self.guard = DeskGuard(self)
        self.backups_action = self._action(
            self.tr("&Backups…"),
            self.open_backups,
            icon="backup",
            tip=self.tr(
                "Back up now, restore a backup, choose how long backups are kept"
            ),
        )
        self.database_action = self._action(
            self.tr("&Database…"),
            self.open_database_settings,
            icon="database",
            tip=self.tr("Use a file on this computer or the shop's shared server"),
        )
        self.people_action = self._action(
            self.tr("P&eople…"),
            self.open_people,
            icon="people",
            tip=self.tr("Who signs in, their roles and passwords; who did what"),
        )
        self.edit_prospect_action = self._action(
            self.tr("&Edit details…"),
            self.edit_prospect,
            "Ctrl+E",
            icon="edit",
            tip=self.tr("Change the open prospect's name, address, phone or notes"),
        )
        self.file_actions = [
            self.backups_action,
            self.database_action,
            self.people_action,
        ]
        self.prospect_actions = [self.edit_prospect_action]
        self.guard.changed_elsewhere.connect(self._on_guard_changed_elsewhere)
        self.guard.database_damaged.connect(self._on_guard_database_damaged)
        self.guard.backup_made.connect(self._on_guard_backup_made)
        self.guard.backup_failed.connect(self._on_guard_backup_failed)
        self.guard.server_unreachable.connect(self._on_guard_server_unreachable)

    # -- what the app and tests drive -------------------------------------------------

    def start_guard(self) -> None:
        """Start the session backup, the backup timer and the watch on other desks."""
        self.guard.start()

    def stop(self) -> None:
        """Let a running backup finish before the window goes."""
        self.guard.stop()

    def open_backups(self) -> QDialog:
        from followup_desk.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self._window)
        dialog.data_restored.connect(self._on_backup_dialog_data_restored)
        dialog.backup_made.connect(self._on_guard_backup_made)
        return self._open(dialog)

    def open_database_settings(self) -> QDialog:
        from followup_desk.ui.database_settings_dialog import DatabaseSettingsDialog

        return self._open(DatabaseSettingsDialog(self._window))

    def open_people(self) -> QDialog:
        from followup_desk.ui.users_dialog import UsersDialog

        return self._open(UsersDialog(self._window))

    def edit_prospect(self) -> QDialog | None:
        from followup_desk.ui.prospect_edit_dialog import ProspectEditDialog

        prospect_id = self._current_prospect()
        if prospect_id is None:
            messages.info(
                self._window,
                self.tr("Prospect"),
                self.tr("Open a prospect first, then edit it."),
            )
            return None
        dialog = ProspectEditDialog(prospect_id, self._window)
        dialog.prospect_saved.connect(self._on_prospect_edit_dialog_prospect_saved)
        return self._open(dialog)

    def rescue(self, path: Path, problems: list[str]) -> QDialog:
        """Offer the way out of a damaged database found while working."""
        from followup_desk.ui.database_rescue_dialog import DatabaseRescueDialog

        self.guard.stop()
        dialog = DatabaseRescueDialog(path, problems, self._window)
        dialog.finished.connect(
            lambda result, d=dialog: self._on_rescue_dialog_finished(d, result)
        )
        return self._open(dialog)

    # -- inside -----------------------------------------------------------------------

    def _action(
        self, text: str, slot, shortcut: str = "", icon: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if icon:
            action.setIcon(theme.icon(icon))
        if shortcut:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _open(self, dialog: QDialog) -> QDialog:
        # Like the window's own dialogs: no nested event loop, gone when closed.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _reopen_after_rescue(self, path: Path) -> None:
        previous = users.current_user()
        try:
            storage.open_database(path)
        except storage.DatabaseOpenError as exc:
            messages.error(
                self._window,
                self.tr("Database"),
                self.tr("{problem}\n\nClose Follow-up Desk and start it again.").format(
                    problem=messages.translated(exc)
                ),
            )
            return
        if previous is None or users.resume(previous) is None:
            messages.info(
                self._window,
                self.tr("Database"),
                self.tr(
                    "The backup is in place. Your account is not in it, so close "
                    "Follow-up Desk and sign in again."
                ),
            )
        self.guard.restart()
        self.data_changed.emit()

    # -- reactions --------------------------------------------------------------------

    def _on_guard_changed_elsewhere(self) -> None:
        self.data_changed.emit()
        self.message.emit(self.tr("Updated with changes made on another desk."))

    def _on_guard_database_damaged(self, path: object, problems: list) -> None:
        self.rescue(Path(path), problems)

    def _on_guard_backup_made(self, backup) -> None:
        self.message.emit(
            self.tr("Backed up ({when}).").format(when=describe_moment(backup.made_at))
        )

    def _on_guard_backup_failed(self, reason: str) -> None:
        messages.error(
            self._window,
            self.tr("Backup"),
            self.tr(
                "The automatic backup did not work: {reason} Your work is saved; "
                "use File › Backups… to try again."
            ).format(reason=reason),
        )

    def _on_guard_server_unreachable(self, reason: str) -> None:
        self.message.emit(
            self.tr("The shared server does not answer; lists may be out of date.")
        )

    def _on_backup_dialog_data_restored(self) -> None:
        self.guard.restart()
        self.data_changed.emit()

    def _on_prospect_edit_dialog_prospect_saved(self, prospect_id: int) -> None:
        self.data_changed.emit()
        self.message.emit(self.tr("Prospect details saved."))

    def _on_rescue_dialog_finished(self, dialog, result: int) -> None:
        from followup_desk.ui.database_rescue_dialog import DatabaseRescueDialog

        if result == DatabaseRescueDialog.RESTORED:
            self._reopen_after_rescue(dialog.path)
            kept = dialog.kept.name if dialog.kept else self.tr("the backups folder")
            self.message.emit(
                self.tr(
                    "Restored the backup; the damaged file is kept as {kept}."
                ).format(kept=kept)
            )
        elif result == DatabaseRescueDialog.OTHER_FILE and dialog.chosen_file:
            messages.info(
                self._window,
                self.tr("Database"),
                self.tr(
                    "Close Follow-up Desk and start it again to open {file}."
                ).format(file=dialog.chosen_file.name),
            )
            from followup_desk.services import database_settings

            database_settings.use_file(dialog.chosen_file)
        else:
            messages.error(
                self._window,
                self.tr("Database"),
                self.tr(
                    "The database is damaged. Save nothing more: close Follow-up "
                    "Desk and start it again to restore a backup."
                ),
            )
