"""A read-only table model over a short Python list, with fixed column titles."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowListModel(QAbstractTableModel):
    """Rows held in ``rows``; subclasses set ``HEADERS`` and answer ``data``.

    ``HEADERS`` are marked with ``QT_TRANSLATE_NOOP`` in the subclass's own
    name, the context ``self.tr`` looks in first.

    For lists that are small by nature (backups, people); long lists fetch
    their rows from the database in blocks instead.
    """

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.tr(self.HEADERS[section])
        return None
