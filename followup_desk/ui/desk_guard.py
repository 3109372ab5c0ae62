"""What runs quietly beside the window: backups, the integrity check, other desks.

* At start, and every few hours while the window stays open, a backup is
  made in a worker thread. Its check doubles as the database's integrity
  check, so a damaged file is found without slowing the start; the window
  then offers the way out.
* Every few seconds a cheap look at the change log tells whether another
  desk changed something, so the lists can refresh.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from followup_desk.services import backup as backup_service
from followup_desk.storage import database as storage
from followup_desk.storage.change_watch import ChangeWatch
from followup_desk.ui import messages
from followup_desk.ui.backup_jobs import JobRunner

log = logging.getLogger("followup_desk.ui")

POLL_MS = 3000
HOUR_MS = 60 * 60 * 1000


class DeskGuard(QObject):
    """Backups on a timer and the watch for other desks' changes."""

    changed_elsewhere = Signal()
    database_damaged = Signal(object, list)
    backup_made = Signal(object)
    backup_failed = Signal(str)
    server_unreachable = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
        backup_every_ms: int = backup_service.TIMED_BACKUP_HOURS * HOUR_MS,
    ) -> None:
        super().__init__(parent)
        self.runner = JobRunner(self)
        self._watch: ChangeWatch | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(backup_every_ms)
        self._poll_timer.timeout.connect(self.poll)
        self._backup_timer.timeout.connect(self._on_backup_timer_timeout)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self._unreachable = False

    def start(self, backup_now: bool = True) -> None:
        """Begin watching; make the start-of-session backup unless told not to."""
        self._watch = ChangeWatch(storage.database.obj)
        self._poll_timer.start()
        if storage.current_file() is not None:
            self._backup_timer.start()
            if backup_now:
                self.back_up("start")

    def stop(self) -> None:
        self._poll_timer.stop()
        self._backup_timer.stop()
        self.runner.wait()

    def restart(self) -> None:
        """After the database was reopened (a restore): watch the new one."""
        self.stop()
        self.start(backup_now=False)

    def poll(self) -> bool:
        """Look once for other desks' changes; True (and a signal) if there were."""
        if self._watch is None:
            return False
        try:
            changed = self._watch.changed()
        except Exception as exc:
            # A server that went away must not flood the screen with errors:
            # say it once, keep looking quietly.
            if not self._unreachable:
                log.warning("Cannot look for other desks' changes: %s", exc)
                self.server_unreachable.emit(str(exc))
            self._unreachable = True
            return False
        self._unreachable = False
        if changed:
            self.changed_elsewhere.emit()
        return changed

    def back_up(self, kind: str) -> bool:
        """Start a routine backup ("start" or "timed") in the worker thread."""
        path = storage.current_file()
        if path is None or self.runner.busy:
            return False
        # Read on this thread: the worker must not touch the window's data.
        rules = backup_service.policy()
        only_if_changed = kind == "timed"
        return self.runner.start(
            lambda progress: backup_service.routine_backup(
                kind, rules, Path(path), progress, only_if_changed
            )
        )

    def _on_backup_timer_timeout(self) -> None:
        self.back_up("timed")

    def _on_runner_finished(self, result: object) -> None:
        made = getattr(result, "backup", None)
        if made is not None:
            self.backup_made.emit(made)

    def _on_runner_failed(self, error: object, details: str) -> None:
        if isinstance(error, backup_service.DamagedDatabase):
            log.error("The database failed its integrity check: %s", error.problems[:3])
            self.database_damaged.emit(error.path, list(error.problems))
            return
        log.warning("Automatic backup failed: %s", error)
        self.backup_failed.emit(messages.translated(error))
