"""One prospect's history and plan in a table: every touch and every quote."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from followup_desk.services import profile as profile_service
from followup_desk.services import quotes, touches
from followup_desk.services.touches import KIND_LABELS
from followup_desk.ui import NO_ID, formatting, theme

TOUCH_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2

COLUMNS = ("Due", "Kind", "Title", "Status", "Outcome", "Done by")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class TimelineEntry:
    """A touch or a quote, reduced to what the timeline shows."""

    day: dt.date
    kind: str
    title: str
    status: str
    outcome: str = ""
    done_by: str = ""
    note: str = ""
    touch_id: int | None = None
    overdue: bool = False
    # Why the touch was cancelled, skipped or moved (``touches.why``).
    why: str = ""

    @property
    def is_open(self) -> bool:
        return self.touch_id is not None and self.status == "open"


def timeline_entries(prospect_id: int, today: dt.date) -> list[TimelineEntry]:
    """Touches and quotes of one prospect in date order, quotes before touches."""
    entries = [
        TimelineEntry(
            day=touch.due,
            kind=touch.kind,
            title=touch.title,
            status=touch.status,
            outcome=touch.outcome,
            done_by=touch.done_by,
            note=touch.note,
            touch_id=touch.id,
            overdue=touch.status == "open" and touch.latest < today,
            why=touches.why(touch),
        )
        for touch in touches.touches_for(prospect_id)
    ]
    locale = profile_service.get_profile().locale
    for quote in quotes.quotes_for(prospect_id):
        total = quotes.totals(quote.id).gross
        entries.append(
            TimelineEntry(
                day=quote.issued_on,
                kind="quote",
                title=f"Quotation {quote.number}",
                status=quote.status,
                outcome=formatting.money(total, quote.currency, locale),
                note=quote.notes,
            )
        )
    entries.sort(key=lambda e: (e.day, e.kind != "quote"))
    return entries


class TimelineModel(QAbstractTableModel):
    """Read-only table of one prospect's ``TimelineEntry`` rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []

    def load(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def clear(self) -> None:
        self.load([])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return theme.kind_icon(entry.kind)
        if role == TOUCH_ID_ROLE:
            return entry.touch_id or NO_ID
        if role == KIND_ROLE:
            return entry.kind
        if role == Qt.ItemDataRole.ToolTipRole and entry.note:
            return entry.note
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(entry, column)
        if role == Qt.ItemDataRole.FontRole and entry.kind == "quote":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if column == 0:
            return formatting.short_day(entry.day)
        if column == 1:
            return "Quote" if entry.kind == "quote" else KIND_LABELS.get(entry.kind, "")
        if column == 2:
            return entry.title
        if column == 3:
            if entry.overdue:
                return "Overdue"
            if entry.kind == "quote":
                return entry.status.capitalize()
            return formatting.TOUCH_STATUS_LABELS.get(entry.status, entry.status)
        if column == 4:
            if entry.why and entry.status != "done":
                return entry.why
            if entry.note and entry.status == "done":
                return (
                    f"{entry.outcome} — {entry.note}" if entry.outcome else entry.note
                )
            return entry.outcome
        return entry.done_by

    def _colour(self, entry: TimelineEntry, column: int) -> QColor | None:
        if entry.overdue:
            return QColor(theme.DANGER) if column in (0, 3) else None
        if entry.status == "cancelled":
            return QColor("#9aa3ad")
        if entry.status == "done" and column == 3:
            return QColor(theme.SUCCESS)
        return None
