"""One prospect's history and plan in a table: every touch and every quote."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from followup_desk.services import profile as profile_service
from followup_desk.services import quotes, replies, touches
from followup_desk.services.touches import KIND_LABELS
from followup_desk.ui import NO_ID, formatting, messages, theme
from followup_desk.ui.default_plan_words import shown

TOUCH_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
REPLY_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3
# Marked here, translated where shown.
_INBOX_LABELS = {
    "reply": QT_TRANSLATE_NOOP("TimelineModel", "Reply"),
    "bounce": QT_TRANSLATE_NOOP("TimelineModel", "Bounce"),
    "unread": QT_TRANSLATE_NOOP("TimelineModel", "Unread"),
    "read": QT_TRANSLATE_NOOP("TimelineModel", "Read"),
    "bounced": QT_TRANSLATE_NOOP("TimelineModel", "Not delivered"),
}

COLUMNS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Due"),
    QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
    QT_TRANSLATE_NOOP("TimelineModel", "Title"),
    QT_TRANSLATE_NOOP("TimelineModel", "Status"),
    QT_TRANSLATE_NOOP("TimelineModel", "Outcome"),
    QT_TRANSLATE_NOOP("TimelineModel", "Done by"),
)
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
    # A reply or bounce found in the inbox, rather than a touch or a quote.
    reply_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.touch_id is not None and self.status == "open"


def timeline_entries(prospect_id: int, today: dt.date) -> list[TimelineEntry]:
    """Touches and quotes of one prospect in date order, quotes before touches."""
    entries = [
        TimelineEntry(
            day=touch.due,
            kind=touch.kind,
            title=shown(touch.title),
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
                title=QCoreApplication.translate(
                    "TimelineModel", "Quotation {number}"
                ).format(number=quote.number),
                status=quote.status,
                outcome=formatting.money(total, quote.currency, locale),
                note=quote.notes,
            )
        )
    entries.extend(_inbox_entries(prospect_id))
    entries.sort(key=lambda e: (e.day, e.kind != "quote"))
    return _mark_waiting(entries)


def _inbox_entries(prospect_id: int) -> list[TimelineEntry]:
    """What the prospect wrote back, and e-mails to them that bounced."""
    entries = []
    for row in replies.found_for(prospect_id):
        sender = " ".join(x for x in (row.from_name, f"<{row.from_address}>") if x)
        if replies.is_bounce(row):
            status = "bounced"
            outcome = QCoreApplication.translate(
                "TimelineModel", "Could not be delivered to {address}"
            ).format(address=row.bounced_address)
        else:
            status = "unread" if row.read_at is None else "read"
            outcome = row.body_snippet
        entries.append(
            TimelineEntry(
                day=row.received_at.date(),
                kind=row.kind,
                title=row.subject,
                status=status,
                outcome=outcome,
                done_by=row.read_by,
                note=f"{sender}\n{row.body_snippet}".strip(),
                reply_id=row.id,
            )
        )
    return entries


def _mark_waiting(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Say on the next planned e-mail that it waits for an unread reply."""
    if not any(e.kind == "reply" and e.status == "unread" for e in entries):
        return entries
    for row, entry in enumerate(entries):
        if entry.is_open and entry.kind == "email":
            why = QCoreApplication.translate(
                "TimelineModel", "Waits until the reply is read"
            )
            entries[row] = replace(entry, why=why)
            break
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
            return QCoreApplication.translate("TimelineModel", COLUMNS[section])
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
        if role == REPLY_ID_ROLE:
            return entry.reply_id or NO_ID
        if role == Qt.ItemDataRole.FontRole and (
            entry.kind == "quote" or entry.status == "unread"
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if entry.reply_id is not None and column in (1, 3):
            return _inbox_label(entry, column)
        if column == 0:
            return formatting.short_day(entry.day)
        if column == 1:
            if entry.kind == "quote":
                return QCoreApplication.translate("TimelineModel", "Quote")
            return messages.translated(KIND_LABELS.get(entry.kind, ""))
        if column == 2:
            return entry.title
        if column == 3:
            if entry.overdue:
                return QCoreApplication.translate("TimelineModel", "Overdue")
            if entry.kind == "quote":
                label = quotes.STATUS_LABELS.get(entry.status, entry.status)
                return messages.translated(label)
            return formatting.touch_status_label(entry.status)
        if column == 4:
            if entry.why and entry.status != "done":
                return messages.translated(entry.why)
            outcome = messages.translated(touches.outcome_words(entry.outcome))
            if entry.note and entry.status == "done":
                return f"{outcome} — {entry.note}" if outcome else entry.note
            return outcome
        return entry.done_by

    def _colour(self, entry: TimelineEntry, column: int) -> QColor | None:
        if entry.status in ("unread", "bounced"):
            return QColor(theme.DANGER) if column == 3 else None
        if entry.overdue:
            return QColor(theme.DANGER) if column in (0, 3) else None
        if entry.status == "cancelled":
            return QColor("#9aa3ad")
        if entry.status == "done" and column == 3:
            return QColor(theme.SUCCESS)
        return None


def _inbox_label(entry: TimelineEntry, column: int) -> str:
    key = entry.kind if column == 1 else entry.status
    return QCoreApplication.translate("TimelineModel", _INBOX_LABELS[key])
