"""The prospect list as a table model over SQL, fetched in blocks as it scrolls.

Filtering and ordering happen in the database (``services.prospects``); the
model only keeps the rows fetched so far, so a list of 100,000 prospects opens
as fast as one of ten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from followup_desk.services import prospects
from followup_desk.services.contacts import CHANNEL_LABELS
from followup_desk.ui import formatting, messages, theme

PROSPECT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Marked for translation here, translated where shown (headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("ProspectTableModel", "Name"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "Company"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "Phone"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "Town"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "Channel"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "Status"),
    QT_TRANSLATE_NOOP("ProspectTableModel", "First contact"),
)
BLOCK_SIZE = 200

# Positions in a row from prospects.search (LIST_COLUMNS order).
_ID, _FIRST, _LAST, _COMPANY, _PHONE, _EMAIL, _CITY, _CHANNEL, _STATUS, _DAY = range(10)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ProspectTableModel(QAbstractTableModel):
    """Rows of ``prospects.search`` for one filter text, loaded on demand."""

    def __init__(
        self,
        parent=None,
        search: Callable[[str, int, int], list[tuple]] = prospects.search,
        count: Callable[[str], int] = prospects.count,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._count = count
        self._text = ""
        self._rows: list[tuple] = []
        self._total = 0

    # -- what the window asks -------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def total(self) -> int:
        """How many prospects match the filter, fetched or not."""
        return self._total

    def set_filter(self, text: str) -> None:
        """Show the prospects matching ``text`` from the first block again."""
        self._text = text.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._count(self._text)
        self._rows = self._search(self._text, 0, BLOCK_SIZE)
        self.endResetModel()

    def prospect_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row][_ID]
        return None

    def row_of(self, prospect_id: int) -> int | None:
        """The row of a prospect among those fetched so far."""
        for row, values in enumerate(self._rows):
            if values[_ID] == prospect_id:
                return row
        return None

    # -- QAbstractTableModel --------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        block = self._search(self._text, len(self._rows), BLOCK_SIZE)
        if not block:
            # Rows were deleted since the count; stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(block) - 1)
        self._rows.extend(block)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return QCoreApplication.translate("ProspectTableModel", COLUMNS[section])
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
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 6:
                return theme.prospect_status_colour(row[_STATUS])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            name = formatting.person_name(row[_FIRST], row[_LAST], row[_COMPANY])
            return QCoreApplication.translate(
                "ProspectTableModel", "{name} — double-click to open"
            ).format(name=name)
        return None

    def _display(self, row: tuple, column: int) -> str:
        if column == 0:
            # Firms without a contact name still need something to click on.
            return formatting.list_name(row[_FIRST], row[_LAST]) or row[_COMPANY]
        if column == 5:
            return messages.translated(CHANNEL_LABELS.get(row[_CHANNEL], row[_CHANNEL]))
        if column == 6:
            return formatting.prospect_status_label(row[_STATUS])
        if column == 7:
            return formatting.short_day(row[_DAY])
        if column == 1 and not (row[_FIRST] or row[_LAST]):
            return ""  # the company already stands in the Name column
        source = (None, _COMPANY, _PHONE, _EMAIL, _CITY)[column]
        return row[source]
