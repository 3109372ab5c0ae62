"""The batch as a table with a tick per piece: what will be printed and posted.

A day's batch is a few hundred rows at most, already sorted by the service,
so the model keeps them in a list and the ticks in a set of touch ids.
Pieces whose address is incomplete start unticked and say what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from followup_desk.services.batch import BatchEntry
from followup_desk.services.touches import KIND_LABELS
from followup_desk.ui import formatting, messages, theme

TOUCH_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PROSPECT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2

# Marked for translation here, translated where shown (headerData).
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("BatchTableModel", "Due"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Kind"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Name"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Company"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Address"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Postcode"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Check"),
)
TICK, DUE, KIND, NAME, COMPANY, ADDRESS, POSTCODE, CHECK = range(len(COLUMNS))
WIDTHS = (34, 190, 100, 170, 190, 280, 90, 260)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class BatchTableModel(QAbstractTableModel):
    """Rows of ``BatchEntry`` with a checkbox in the first column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[BatchEntry] = []
        self.ticked: set[int] = set()

    def load(
        self, entries: list[BatchEntry], ticked: Iterable[int] | None = None
    ) -> None:
        """Show ``entries``; ticked are ``ticked`` or, by default, the ready ones."""
        self.beginResetModel()
        self.entries = entries
        if ticked is None:
            self.ticked = {e.touch_id for e in entries if e.ready}
        else:
            wanted = set(ticked)
            self.ticked = {e.touch_id for e in entries if e.touch_id in wanted}
        self.endResetModel()

    def ticked_ids(self) -> list[int]:
        """Ticked touches in print order."""
        return [e.touch_id for e in self.entries if e.touch_id in self.ticked]

    def set_all(self, on: bool) -> None:
        self.ticked = {e.touch_id for e in self.entries} if on else set()
        if self.entries:
            self.dataChanged.emit(
                self.index(0, TICK),
                self.index(len(self.entries) - 1, TICK),
                [Qt.ItemDataRole.CheckStateRole],
            )

    # -- Qt's side -----------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            title = COLUMNS[section]
            return QCoreApplication.translate("BatchTableModel", title) if title else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == TICK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK:
            ticked = entry.touch_id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return theme.kind_icon(entry.kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DUE and entry.overdue:
                return QColor(theme.DANGER)
            if column == CHECK:
                return QColor(theme.WARNING if entry.problems else theme.SUCCESS)
            return None
        if role == Qt.ItemDataRole.FontRole and entry.overdue and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = entry.address.lines()
            tip = "\n".join(lines)
            if entry.problems:
                tip += "\n\n" + "\n".join(map(messages.translated, entry.problems))
            return tip
        if role == TOUCH_ID_ROLE:
            return entry.touch_id
        if role == PROSPECT_ID_ROLE:
            return entry.prospect_id
        return None

    def setData(
        self, index: Index, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != TICK:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        touch_id = self.entries[index.row()].touch_id
        # Views hand the state over as an int, scripts as the enum.
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(touch_id)
        else:
            self.ticked.discard(touch_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    @staticmethod
    def _text(entry: BatchEntry, column: int) -> str:
        if column == DUE:
            due = formatting.short_day(entry.due)
            if not entry.overdue:
                return due
            return QCoreApplication.translate(
                "BatchTableModel", "{day} (overdue)"
            ).format(day=due)
        if column == KIND:
            return messages.translated(KIND_LABELS.get(entry.kind, entry.kind))
        if column == NAME:
            return entry.name
        if column == COMPANY:
            return entry.company
        if column == ADDRESS:
            return entry.address_line
        if column == POSTCODE:
            return entry.address.postcode
        if column == CHECK:
            if entry.problems:
                return " ".join(map(messages.translated, entry.problems))
            return QCoreApplication.translate("BatchTableModel", "Ready")
        return ""
