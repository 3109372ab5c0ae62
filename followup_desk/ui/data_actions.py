"""The menu commands for data in and out: import, exports, a person's data.

One object owns the actions and what they do, so the main window only adds
them to its menus. Each command asks for a file, calls one service and says
in the status bar or a message what happened. The calendar file a user chose
to keep current is rewritten a few seconds after any change and every
quarter hour (so "today" moves on even when nothing changes).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.ui import messages, session, theme

log = logging.getLogger("followup_desk.ui")

FEED_DELAY_MS = 3000
FEED_INTERVAL_MS = 15 * 60 * 1000


def model_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """Headers and every row of a list view's model, as shown on screen.

    Lazy models hand over their rows in blocks; all blocks are fetched first.
    """
    root = QModelIndex()
    while model.canFetchMore(root):
        before = model.rowCount(root)
        model.fetchMore(root)
        if model.rowCount(root) == before:
            break
    columns = range(model.columnCount(root))
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns
    ]
    keep = [c for c in columns if headers[c]]
    rows = [
        [str(model.index(r, c, root).data() or "") for c in keep]
        for r in range(model.rowCount(root))
    ]
    return [headers[c] for c in keep], rows


class DataActions(QObject):
    """Import, export and privacy commands for the main window's menus.

    ``search_text`` gives the prospect list's filter, ``current_prospect``
    the prospect open in the window (or None) and ``shown_list`` the model of
    the list on show (Today, a calendar day), for "Export shown follow-ups".
    """

    data_changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        search_text: Callable[[], str],
        current_prospect: Callable[[], int | None],
        shown_list: Callable[[], QAbstractItemModel | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._search_text = search_text
        self._current_prospect = current_prospect
        self._shown_list = shown_list
        self.wizard = None
        self._feed_thread: threading.Thread | None = None
        self._feed_timer = QTimer(self)
        self._feed_timer.setSingleShot(True)
        self._feed_timer.setInterval(FEED_DELAY_MS)
        self._feed_timer.timeout.connect(self.refresh_calendar_feed)
        self._feed_clock = QTimer(self)
        self._feed_clock.setInterval(FEED_INTERVAL_MS)
        self._feed_clock.timeout.connect(self.refresh_calendar_feed)
        self._feed_clock.start()
        self._create_actions()

    # -- actions --------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str = "", tip: str = "", icon=""):
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon:
            action.setIcon(theme.icon(icon))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.import_action = self._action(
            self.tr("&Import prospects…"),
            self.open_import_wizard,
            "Ctrl+I",
            self.tr(
                "Add prospects from a spreadsheet, Google, Outlook or a vCard file"
            ),
            "new",
        )
        self.export_csv_action = self._action(
            self.tr("Export prospects as &CSV…"),
            self._on_export_csv_action_triggered,
            tip=self.tr("The prospects the list shows, for a spreadsheet"),
        )
        self.export_vcard_action = self._action(
            self.tr("Export prospects as &vCards…"),
            self._on_export_vcard_action_triggered,
            tip=self.tr("The prospects the list shows, for an address book or phone"),
        )
        self.export_shown_action = self._action(
            self.tr("Export shown &follow-ups as CSV…"),
            self._on_export_shown_action_triggered,
            tip=self.tr(
                "The follow-ups the Today or Calendar tab shows, for a spreadsheet"
            ),
        )
        self.export_calendar_action = self._action(
            self.tr("Follow-ups &calendar file…"),
            self._on_export_calendar_action_triggered,
            tip=self.tr(
                "Due follow-ups as a calendar Outlook, Thunderbird or Google can show"
            ),
            icon="calendar",
        )
        self.export_prospect_action = self._action(
            self.tr("Export this prospect's &data…"),
            self._on_export_prospect_action_triggered,
            tip=self.tr("Everything held about the open prospect, for them to read"),
        )
        self.erase_prospect_action = self._action(
            self.tr("&Erase this prospect…"),
            self._on_erase_prospect_action_triggered,
            tip=self.tr("Remove the open prospect's personal data on their request"),
            icon="lost",
        )

    @property
    def file_actions(self) -> list[QAction]:
        return [
            self.import_action,
            self.export_csv_action,
            self.export_vcard_action,
            self.export_shown_action,
            self.export_calendar_action,
        ]

    @property
    def prospect_actions(self) -> list[QAction]:
        return [self.export_prospect_action, self.erase_prospect_action]

    # -- commands -------------------------------------------------------------------

    def open_import_wizard(self):
        from followup_desk.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self._window, who=session.desk_user())
        wizard.imported.connect(self._on_wizard_imported)
        wizard.undone.connect(self._on_wizard_undone)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard = wizard
        wizard.show()
        return wizard

    def export_csv(self, path: Path) -> int | None:
        from followup_desk.io import export

        return self._run(
            self.tr("Export"),
            lambda: export.export_prospects_csv(path, self._search_text()),
            lambda n: self.tr("Wrote %n prospects to {file}.", "", n).format(
                file=Path(path).name
            ),
        )

    def export_vcards(self, path: Path) -> int | None:
        from followup_desk.io import export

        return self._run(
            self.tr("Export"),
            lambda: export.export_vcards(
                path, export.matching_ids(self._search_text())
            ),
            lambda n: self.tr("Wrote %n contact cards to {file}.", "", n).format(
                file=Path(path).name
            ),
        )

    def export_calendar(self, path: Path, keep_current: bool) -> int | None:
        from followup_desk.io import export

        if keep_current:
            return self._run(
                self.tr("Calendar"),
                lambda: export.keep_calendar_current(path),
                lambda n: self.tr(
                    "Wrote %n follow-ups to {file}; it is kept up to date while "
                    "Follow-up Desk runs.",
                    "",
                    n,
                ).format(file=Path(path).name),
            )
        return self._run(
            self.tr("Calendar"),
            lambda: export.export_calendar(path),
            lambda n: self.tr("Wrote %n follow-ups to {file}.", "", n).format(
                file=Path(path).name
            ),
        )

    def export_view(self, model: QAbstractItemModel, path: Path) -> int | None:
        """Any list view (Today, a calendar day, a timeline) as CSV."""
        from followup_desk.io import export

        headers, rows = model_rows(model)

        def write() -> int:
            export.export_table_csv(path, headers, rows)
            return len(rows)

        return self._run(
            self.tr("Export"),
            write,
            lambda n: self.tr("Wrote %n rows to {file}.", "", n).format(
                file=Path(path).name
            ),
        )

    def export_prospect(self, path: Path) -> bool:
        from followup_desk.services import privacy

        prospect_id = self._need_prospect()
        if prospect_id is None:
            return False
        done = self._run(
            self.tr("Prospect data"),
            lambda: privacy.export_prospect(prospect_id, path),
            lambda p: self.tr(
                "Wrote everything held about prospect {id} to {file}."
            ).format(id=prospect_id, file=Path(p).name),
        )
        return done is not None

    def erase_prospect(self) -> bool:
        """Erase the open prospect's personal data after a clear question."""
        from followup_desk.services import privacy

        prospect_id = self._need_prospect()
        if prospect_id is None:
            return False
        try:
            prospect = privacy.check_can_erase(prospect_id)
        except UserError as exc:
            messages.error(self._window, self.tr("Erase"), messages.translated(exc))
            return False
        if not messages.confirm(
            self._window,
            self.tr("Erase"),
            self.tr(
                "Erase {name} for good? Their name, e-mail, phone, address and "
                "notes are removed everywhere, including sent e-mails and printed "
                "batches. Their open follow-ups are cancelled. Counts for your "
                "reports stay. This cannot be undone."
            ).format(name=prospect.display_name),
            yes_label=self.tr("Erase for good"),
        ):
            return False
        # Rewriting the file takes seconds on a big list; say we are busy.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = privacy.erase_prospect(prospect_id, who=session.desk_user())
        except UserError as exc:
            messages.error(self._window, self.tr("Erase"), messages.translated(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if report.note:
            messages.info(
                self._window, self.tr("Erase"), messages.translated(report.note)
            )
        self.message.emit(
            self.tr("Erased the personal data of prospect {id}.").format(id=prospect_id)
        )
        self.data_changed.emit()
        return True

    def note_change(self) -> None:
        """Something changed: rewrite the kept-current calendar soon."""
        self._feed_timer.start()

    def refresh_calendar_feed(self, wait: bool = False) -> None:
        """Rewrite the kept-current calendar file, if the user chose one.

        A big shop's file takes seconds to write, so it is written in a
        background thread (with its own database connection); ``wait`` blocks
        until it is done.
        """
        from followup_desk.io import export

        if export.calendar_feed_path() is None:
            return
        if self._feed_thread is not None and self._feed_thread.is_alive():
            self._feed_timer.start()  # a change came in while writing: again
            return
        self._feed_thread = threading.Thread(
            target=self._write_feed, name="calendar-file", daemon=True
        )
        self._feed_thread.start()
        if wait:
            self._feed_thread.join()

    @staticmethod
    def _write_feed() -> None:
        from followup_desk.io import export

        try:
            export.refresh_calendar_feed()
        except Exception as exc:  # never let a background write take the app down
            # A calendar program holding the file is no reason to interrupt;
            # the next change or quarter hour tries again.
            log.warning("Calendar file not rewritten: %s", exc)
        finally:
            if not database.is_closed():
                database.close()

    # -- inside ---------------------------------------------------------------------

    def _need_prospect(self) -> int | None:
        prospect_id = self._current_prospect()
        if not prospect_id:
            messages.info(
                self._window,
                self.tr("Prospect"),
                self.tr("Open a prospect first, then try again."),
            )
            return None
        return prospect_id

    def _run(self, title: str, work, done_text):
        try:
            result = work()
        except UserError as exc:
            messages.error(self._window, title, messages.translated(exc))
            return None
        self.message.emit(done_text(result))
        return result

    def _ask_path(self, caption: str, name: str, pattern: str) -> Path | None:
        start = str(session.documents_folder() / name)
        path, _ = QFileDialog.getSaveFileName(self._window, caption, start, pattern)
        return Path(path) if path else None

    def _on_export_csv_action_triggered(self) -> None:
        path = self._ask_path(
            self.tr("Export list as CSV"), "prospects.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(path)

    def _on_export_vcard_action_triggered(self) -> None:
        path = self._ask_path(
            self.tr("Export as vCards"), "prospects.vcf", self.tr("vCard (*.vcf)")
        )
        if path:
            self.export_vcards(path)

    def _on_export_shown_action_triggered(self) -> None:
        model = self._shown_list()
        if model is None:
            # The prospect list is on show: its own export has every field.
            self._on_export_csv_action_triggered()
            return
        path = self._ask_path(
            self.tr("Export this list"), "follow-ups.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_view(model, path)

    def _on_export_calendar_action_triggered(self) -> None:
        path = self._ask_path(
            self.tr("Follow-ups calendar file"),
            "follow-ups.ics",
            self.tr("Calendar (*.ics)"),
        )
        if path is None:
            return
        keep = messages.confirm(
            self._window,
            self.tr("Calendar"),
            self.tr(
                "Keep this file up to date? Follow-up Desk then rewrites it after "
                "every change, so a calendar subscribed to it always shows what is "
                "due. Put it in a shared or synced folder to see it on other "
                "computers or your phone."
            ),
            yes_label=self.tr("Keep it up to date"),
        )
        self.export_calendar(path, keep)

    def _on_export_prospect_action_triggered(self) -> None:
        prospect_id = self._need_prospect()
        if prospect_id is None:
            return
        path = self._ask_path(
            self.tr("Export this prospect's data"),
            f"prospect-{prospect_id}.txt",
            self.tr("Text (*.txt);;JSON (*.json)"),
        )
        if path:
            self.export_prospect(path)

    def _on_erase_prospect_action_triggered(self) -> None:
        self.erase_prospect()

    def _on_wizard_imported(self, batch_id: int) -> None:
        self.data_changed.emit()
        self.note_change()

    def _on_wizard_undone(self, batch_id: int) -> None:
        self.message.emit(self.tr("Import {id} undone.").format(id=batch_id))
        self.data_changed.emit()
        self.note_change()
