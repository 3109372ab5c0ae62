"""Agenda items as a table: grouped under header rows for Today, flat for a day.

Grouped, each group ("Overdue", "Calls to make"…) starts with a header row
spanning the table, followed by its touches. A table rather than a tree on
purpose: a tree view walks every row in Python when a group opens, which costs
a noticeable pause with a few thousand overdue touches; a table only asks for
the rows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

from followup_desk.services.touches import AgendaItem
from followup_desk.ui import NO_ID, formatting, theme
from followup_desk.ui.default_plan_words import shown

TOUCH_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PROSPECT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2

OVERDUE = QT_TRANSLATE_NOOP("AgendaModel", "Overdue")
# The services name each group in English; the header row translates it.
GROUP_ORDER = (
    OVERDUE,
    QT_TRANSLATE_NOOP("AgendaModel", "Calls to make"),
    QT_TRANSLATE_NOOP("AgendaModel", "E-mails to send"),
    QT_TRANSLATE_NOOP("AgendaModel", "Things to print"),
)
OTHER = QT_TRANSLATE_NOOP("AgendaModel", "Other")
# Marked for translation here, translated where shown (headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Prospect"),
    QT_TRANSLATE_NOOP("AgendaModel", "What"),
    QT_TRANSLATE_NOOP("AgendaModel", "Due"),
    QT_TRANSLATE_NOOP("AgendaModel", "Phone / e-mail"),
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled


class AgendaModel(QAbstractTableModel):
    """Touches due, optionally under one header row per group."""

    def __init__(self, parent=None, grouped: bool = True) -> None:
        super().__init__(parent)
        self._grouped = grouped
        # A row is a touch, or a (group name, count) header.
        self._rows: list[AgendaItem | tuple[str, int]] = []
        self.items: list[AgendaItem] = []

    def load(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        if self._grouped:
            buckets: dict[str, list[AgendaItem]] = {name: [] for name in GROUP_ORDER}
            for item in self.items:
                name = OVERDUE if item.overdue else item.group
                buckets.setdefault(name, []).append(item)
            self._rows = []
            for name, entries in buckets.items():
                if entries:
                    self._rows.append((name, len(entries)))
                    self._rows.extend(entries)
        else:
            self._rows = list(self.items)
        self.endResetModel()

    def header_rows(self) -> list[int]:
        return [row for row, value in enumerate(self._rows) if isinstance(value, tuple)]

    def item_at(self, index: Index) -> AgendaItem | None:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        return None if isinstance(value, tuple) else value

    def index_of(self, touch_id: int) -> QModelIndex:
        for row, value in enumerate(self._rows):
            if isinstance(value, AgendaItem) and value.touch_id == touch_id:
                return self.index(row, 0)
        return QModelIndex()

    # -- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return QCoreApplication.translate("AgendaModel", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], tuple):
            return _HEADER_FLAGS
        return _ITEM_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        if isinstance(value, tuple):
            return _header_data(value, index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(value, column)
        if role == TOUCH_ID_ROLE:
            return value.touch_id
        if role == PROSPECT_ID_ROLE:
            return value.prospect_id
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return theme.kind_icon(value.kind)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and value.overdue:
            return QColor(theme.DANGER)
        if role == Qt.ItemDataRole.ForegroundRole and value.waiting_for_reply:
            return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if value.waiting_for_reply:
                return QCoreApplication.translate(
                    "AgendaModel",
                    "The prospect replied: mark the reply read (Ctrl+Shift+R) and "
                    "this e-mail goes ahead",
                )
            if column == 2 and value.overdue:
                return QCoreApplication.translate(
                    "AgendaModel", "Was due by {day}"
                ).format(day=formatting.short_day(value.latest))
            return QCoreApplication.translate(
                "AgendaModel", "Double-click to open the prospect"
            )
        return None


def _header_data(header: tuple[str, int], column: int, role: int):
    name, count = header
    if role == Qt.ItemDataRole.DisplayRole and column == 0:
        return f"{QCoreApplication.translate('AgendaModel', name)}  ·  {count}"
    if role in (TOUCH_ID_ROLE, PROSPECT_ID_ROLE):
        return NO_ID
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole and name == OVERDUE:
        return QColor(theme.DANGER)
    if role == Qt.ItemDataRole.BackgroundRole:
        return QColor(theme.GROUP_ROW)
    return None


def _cell_text(item: AgendaItem, column: int) -> str:
    if column == 0:
        if item.company and item.company != item.prospect_name:
            return f"{item.prospect_name} ({item.company})"
        return item.prospect_name
    if column == 1:
        if item.waiting_for_reply:
            return QCoreApplication.translate(
                "AgendaModel", "Waits for the reply to be read: {title}"
            ).format(title=shown(item.title))
        return shown(item.title)
    if column == 2:
        return formatting.short_day(item.due)
    if item.kind in ("call", "visit"):
        return item.phone or item.email
    return item.email or item.phone


def setup_agenda_view(view: QTableView) -> None:
    """The look shared by the Today list and the calendar's day list."""
    theme.setup_table(view, (250, 250, 110))
    view.horizontalHeader().setStretchLastSection(True)
