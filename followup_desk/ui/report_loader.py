"""Reading the owner's figures off the GUI thread.

A month of a busy shop takes a few tenths of a second to count, a year more
than a second; counted on the GUI thread, the window would freeze while the
owner changes the period. The loader runs ``services.reports.figures`` on a
pool thread and hands the result back as a signal on the GUI thread.

Each pool thread gets its own database connection (peewee keeps them per
thread) and closes it when its work is done, so nothing is left open behind
the window's back. When the owner changes the period again before the
figures arrive, the older answer is dropped on arrival.
"""

from __future__ import annotations

import datetime as dt
import logging
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from followup_desk.domain.reports import Period, ReportFigures
from followup_desk.services import reports
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.ui import messages

log = logging.getLogger("followup_desk.ui")


class _Relay(QObject):
    """Carries a job's answer from the pool thread to the GUI thread."""

    done = Signal(int, object)
    error = Signal(int, str, str)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, generation: int, request: tuple) -> None:
        super().__init__()
        self.relay = relay
        self.generation = generation
        self.request = request

    def run(self) -> None:
        period, channel, within_days, today = self.request
        try:
            figures = reports.figures(period, channel, within_days, today)
        except UserError as exc:
            self.relay.error.emit(self.generation, messages.translated(exc), "")
        except Exception as exc:  # shown to the user, with the details logged
            log.exception("Could not read the report figures")
            self.relay.error.emit(
                self.generation,
                QCoreApplication.translate(
                    "ReportLoader", "The figures could not be read ({problem})."
                ).format(problem=type(exc).__name__),
                traceback.format_exc(),
            )
        else:
            self.relay.done.emit(self.generation, figures)
        finally:
            # This thread's own connection; the window's stays open.
            database.close()


class ReportLoader(QObject):
    """Loads ``ReportFigures`` in the background; the newest request wins."""

    loaded = Signal(object)
    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._generation = 0
        self._running = 0
        # No parent: a job may still hold it after this loader is gone.
        self._relay = _Relay()
        self._relay.done.connect(self._on_relay_done)
        self._relay.error.connect(self._on_relay_error)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def load(
        self,
        period: Period,
        channel: str | None,
        within_days: int,
        today: dt.date | None = None,
    ) -> None:
        self._generation += 1
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        request = (period, channel, within_days, today)
        self._pool.start(_Job(self._relay, self._generation, request))

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every job has finished (for shutting down and tests)."""
        return self._pool.waitForDone(milliseconds)

    def _finished_one(self) -> None:
        self._running = max(0, self._running - 1)
        if not self._running:
            self.busy_changed.emit(False)

    def _on_relay_done(self, generation: int, figures: ReportFigures) -> None:
        self._finished_one()
        if generation == self._generation:
            self.loaded.emit(figures)

    def _on_relay_error(self, generation: int, message: str, details: str) -> None:
        self._finished_one()
        if generation == self._generation:
            self.failed.emit(message, details)
