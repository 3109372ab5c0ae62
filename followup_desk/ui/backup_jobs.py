"""Running a backup or a restore off the window's thread.

Copying and checking a shop-sized database takes seconds (about five for
300 MB here); in a ``QThread`` the window keeps painting and a progress bar
moves. One job runs at a time per runner.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from followup_desk.services.errors import UserError
from followup_desk.storage.database import database

log = logging.getLogger("followup_desk.ui")


# Worker threads stay referenced here until they end, even when the window
# that started them is gone: Qt aborts if a running QThread is destroyed.
_running: set[tuple[QThread, QObject]] = set()


class _Job(QObject):
    """The work itself, living in the worker thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)
    ended = Signal()

    def __init__(self, work: Callable[[Callable[[int, int], None]], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except UserError as exc:
            self.failed.emit(exc, "")
        except Exception as exc:
            log.exception("A backup job failed")
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.finished.emit(result)
        finally:
            # peewee keeps one connection per thread; close this thread's own.
            if database.obj is not None and not database.is_closed():
                database.close()
            self.ended.emit()


def _release(pair: tuple[QThread, QObject]) -> None:
    thread, job = pair
    _running.discard(pair)
    job.deleteLater()
    thread.deleteLater()


class JobRunner(QObject):
    """Runs one job at a time in a worker thread and reports on this thread.

    ``work`` receives a ``progress(done, total)`` callable. ``finished``
    carries its result; ``failed`` the exception and, for surprises, the
    traceback text.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[Callable[[int, int], None]], object]) -> bool:
        if self.busy:
            return False
        thread = QThread()
        job = _Job(work)
        job.moveToThread(thread)
        pair = (thread, job)
        _running.add(pair)
        thread.started.connect(job.run)
        # quit() may be called from the worker itself; the loop ends after run.
        job.ended.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(lambda: _release(pair))
        job.progressed.connect(self.progressed)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        self._thread = thread
        thread.start()
        return True

    def wait(self) -> None:
        """Block until the running job ends (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait()

    def _on_job_finished(self, result: object) -> None:
        self._thread = None
        self.finished.emit(result)

    def _on_job_failed(self, error: object, details: str) -> None:
        self._thread = None
        self.failed.emit(error, details)
