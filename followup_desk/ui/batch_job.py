"""One daily-batch service call run in a worker thread, with progress and Stop.

Printing a few hundred packages takes a second or two; running it in a
``QThread`` keeps the window painting while a progress dialog shows.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.ui import messages

log = logging.getLogger("followup_desk.ui")


class _Stopped(Exception):
    """The owner pressed Stop while the batch was printing."""


class BatchJob(QObject):
    """Runs one batch service call in a worker thread.

    ``work(progress)`` is called there; ``done`` carries its result, and
    ``failed`` a plain message plus details for the log and the dialog.
    """

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str, str)

    def __init__(self, work: Callable, failure: str) -> None:
        super().__init__()
        self._work = work
        self._failure = failure
        self._stop = False

    def stop(self) -> None:
        # Read by the worker between pieces; a plain flag is enough.
        self._stop = True

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._report)
        except _Stopped:
            self.failed.emit(
                self.tr(
                    "Printing was stopped. Nothing was printed or marked as posted."
                ),
                "",
            )
        except UserError as exc:
            self.failed.emit(messages.translated(exc), "")
        except Exception:
            log.exception("Daily batch: %s", self._failure)
            advice = self.tr(
                "Try again, and if it fails again send the details to whoever "
                "looks after the app."
            )
            self.failed.emit(f"{self._failure} {advice}", traceback.format_exc())
        else:
            self.done.emit(result)
        finally:
            # peewee keeps one connection per thread; close this thread's own.
            if not database.is_closed():
                database.close()

    def _report(self, done: int, total: int) -> None:
        if self._stop:
            raise _Stopped
        self.progressed.emit(done, total)
