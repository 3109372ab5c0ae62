"""The prospects behind a clicked bar, as a table fetched in blocks.

A bar can stand for tens of thousands of prospects (every first contact of a
year); the model keeps only their ids and reads names and dates for the rows
the view asks for, a block at a time, like the main prospect list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from followup_desk.domain import report_labels as words
from followup_desk.services import reports
from followup_desk.ui import formatting, messages, theme

PROSPECT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Marked for translation here, translated where shown (headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("PickedProspectsModel", "Name"),
    QT_TRANSLATE_NOOP("PickedProspectsModel", "Status"),
    QT_TRANSLATE_NOOP("PickedProspectsModel", "First contact"),
    QT_TRANSLATE_NOOP("PickedProspectsModel", "First order"),
)
BLOCK_SIZE = 200

_ID, _FIRST, _LAST, _COMPANY, _CHANNEL, _STATUS, _CONTACT, _ORDER = range(8)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PickedProspectsModel(QAbstractTableModel):
    """Rows for a list of prospect ids, in the order given."""

    def __init__(
        self,
        parent=None,
        summaries: Callable[[list[int]], list[tuple]] = reports.prospect_summaries,
    ) -> None:
        super().__init__(parent)
        self._summaries = summaries
        self._ids: list[int] = []
        self._rows: list[tuple] = []

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = self._summaries(self._ids[:BLOCK_SIZE])
        self.endResetModel()

    def prospect_id(self, row: int) -> int | None:
        return self._rows[row][_ID] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        block = self._summaries(self._ids[start : start + BLOCK_SIZE])
        if not block:
            # Prospects deleted since the bar was drawn: stop asking.
            self._ids = self._ids[:start]
            return
        self.beginInsertRows(QModelIndex(), start, start + len(block) - 1)
        self._rows.extend(block)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == PROSPECT_ID_ROLE:
            return row[_ID]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return theme.prospect_status_colour(row[_STATUS])
        if role == Qt.ItemDataRole.ToolTipRole:
            channel = messages.translated(words.channel_label(row[_CHANNEL]))
            return self.tr("{name} · {channel} — double-click to open").format(
                name=self._display(row, 0), channel=channel
            )
        return None

    def _display(self, row: tuple, column: int) -> str:
        if column == 0:
            name = formatting.list_name(row[_FIRST], row[_LAST])
            if name and row[_COMPANY]:
                return f"{name} ({row[_COMPANY]})"
            return name or row[_COMPANY] or self.tr("Prospect {id}").format(id=row[_ID])
        if column == 1:
            return formatting.prospect_status_label(row[_STATUS])
        if column == 2:
            return formatting.short_day(row[_CONTACT])
        return formatting.short_day(row[_ORDER])
