"""The import preview as a table: one line per row of the file.

The preview is held in memory (a file of 10,000 rows is a few megabytes), so
the model serves rows straight from it; "show only problems" is a list of
row numbers rebuilt when the filter changes, not a proxy model.
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
from PySide6.QtGui import QColor

from followup_desk.io.import_preview import (
    ACTION_LABELS,
    ImportPreview,
    PreviewRow,
)
from followup_desk.ui import messages, theme

ROW_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1

# Marked for translation here, translated where shown (see ``translate``).
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Line"),
    "",
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Company"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "E-mail"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Phone"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Town"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Will be"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Notes"),
)
LINE, STATUS, NAME, COMPANY, EMAIL, PHONE, TOWN, ACTION, NOTES = range(len(COLUMNS))
FILTERS = (
    ("all", QT_TRANSLATE_NOOP("ImportPreviewModel", "All rows")),
    ("problem", QT_TRANSLATE_NOOP("ImportPreviewModel", "Rows with problems")),
    ("duplicate", QT_TRANSLATE_NOOP("ImportPreviewModel", "Possible duplicates")),
    ("warning", QT_TRANSLATE_NOOP("ImportPreviewModel", "Rows to check")),
)
_STATUS_TEXT = {"ok": "✓", "warning": "!", "problem": "✕", "duplicate": "≈"}
_STATUS_COLOURS = {
    "ok": QColor(theme.SUCCESS),
    "warning": QColor(theme.WARNING),
    "problem": QColor(theme.DANGER),
    "duplicate": QColor(theme.ACCENT),
}
_STATUS_TIPS = {
    "ok": QT_TRANSLATE_NOOP("ImportPreviewModel", "Ready to add"),
    "warning": QT_TRANSLATE_NOOP(
        "ImportPreviewModel", "Will be added as written; worth a look"
    ),
    "problem": QT_TRANSLATE_NOOP("ImportPreviewModel", "Cannot be imported as it is"),
    "duplicate": QT_TRANSLATE_NOOP(
        "ImportPreviewModel", "Looks like someone already in the list"
    ),
}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def translate(text: str) -> str:
    """One of this module's marked texts (a column, a filter), translated."""
    return QCoreApplication.translate("ImportPreviewModel", text) if text else ""


class ImportPreviewModel(QAbstractTableModel):
    """Rows of an ``ImportPreview``, optionally only those of one status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._shown: list[int] = []
        self._filter = "all"

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._shown = self._rows_for(self._filter)
        self.endResetModel()

    def set_filter(self, key: str) -> None:
        self.beginResetModel()
        self._filter = key
        self._shown = self._rows_for(key)
        self.endResetModel()

    def row_index(self, row: int) -> int:
        """The preview row behind a table row."""
        return self._shown[row]

    def rows_changed(self) -> None:
        """Actions changed: repaint what they show."""
        if self._shown:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._shown) - 1, len(COLUMNS) - 1)
            )

    def _rows_for(self, key: str) -> list[int]:
        if self._preview is None:
            return []
        rows = self._preview.rows
        if key == "all":
            return list(range(len(rows)))
        return [i for i, row in enumerate(rows) if row.status == key]

    # -- QAbstractTableModel --------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
        ):
            return translate(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._preview is None:
            return None
        row = self._preview.rows[self._shown[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_INDEX_ROLE:
            return self._shown[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATUS, ACTION):
            return _STATUS_COLOURS[row.status]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LINE, STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS:
                return translate(_STATUS_TIPS[row.status])
            if column == NOTES:
                return "\n".join(_notes(row)) or None
        return None

    def _display(self, row: PreviewRow, column: int) -> str:
        contact = row.contact
        values = row.values
        if column == LINE:
            return str(row.line)
        if column == STATUS:
            return _STATUS_TEXT[row.status]
        if column == NAME:
            return row.name if (contact is None or row.name != contact.company) else ""
        if column == ACTION:
            return messages.translated(ACTION_LABELS[row.action])
        if column == NOTES:
            return " · ".join(_notes(row))
        field = {COMPANY: "company", EMAIL: "email", PHONE: "phone", TOWN: "city"}[
            column
        ]
        if contact is not None:
            return getattr(contact, field)
        return values.get(field, "")


def _notes(row: PreviewRow) -> list[str]:
    """Problems first, then the duplicate, then what to check and what was fixed."""
    found = (*row.problems, row.duplicate_text, *row.warnings, *row.fixes)
    return [messages.translated(text) for text in found if text]
