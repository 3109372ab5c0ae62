"""Products and services: the catalogue the quote editor suggests from.

The list is a table model over the catalogue query, filtered in SQL as the
owner types and fetched in blocks as the view scrolls, so a supplier's list of
tens of thousands of items stays quick. Cells are edited in place; a value the
service refuses keeps the old one and the reason is shown above the table.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from followup_desk.services import catalogue
from followup_desk.services.errors import UserError
from followup_desk.storage.catalogue_models import CatalogueItem
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

CODE, NAME, UNIT, PRICE, TAX, DESCRIPTION = range(6)
# Marked for translation here, translated where shown (headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("CatalogueTableModel", "Code"),
    QT_TRANSLATE_NOOP("CatalogueTableModel", "Name"),
    QT_TRANSLATE_NOOP("CatalogueTableModel", "Unit"),
    QT_TRANSLATE_NOOP("CatalogueTableModel", "Price"),
    QT_TRANSLATE_NOOP("CatalogueTableModel", "Tax %"),
    QT_TRANSLATE_NOOP("CatalogueTableModel", "Description"),
)
_FIELDS = ("code", "name", "unit", "unit_price", "tax_pct", "description")
ITEM_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
BLOCK = 200
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CatalogueTableModel(QAbstractTableModel):
    """Catalogue items matching the filter, fetched a block at a time."""

    refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[CatalogueItem] = []
        self._filter = ""
        self.total = 0

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        self.total = catalogue.count(text)
        self._items = catalogue.list_items(text, 0, BLOCK)
        self.endResetModel()

    def item_id(self, row: int) -> int | None:
        return self._items[row].id if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._items) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        more = catalogue.list_items(self._filter, len(self._items), BLOCK)
        if not more:
            self.total = len(self._items)
            return
        first = len(self._items)
        self.beginInsertRows(_ROOT, first, first + len(more) - 1)
        self._items.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (PRICE, TAX):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(item, _FIELDS[column])
            if column in (PRICE, TAX):
                return (
                    formatting.plain_number(value)
                    if column == TAX
                    else format(value, "f")
                )
            if column == DESCRIPTION and role == Qt.ItemDataRole.DisplayRole:
                return " ".join(str(value).split())
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, TAX):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        try:
            saved = catalogue.save_item(
                self._items[row].id, **{_FIELDS[index.column()]: value}
            )
        except UserError as exc:
            self.refused.emit(messages.translated(exc))
            return False
        self._items[row] = saved
        self.dataChanged.emit(self.index(row, 0), self.index(row, DESCRIPTION))
        return True


class CatalogueDialog(QDialog):
    """Add, change, remove and import the shop's products and services."""

    catalogue_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Products and services"))
        self.ui = attach_form(self, "catalogue_dialog")
        self.model = CatalogueTableModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._setup()
        self.model.set_filter("")
        self._show_count()
        session.restore_geometry(self, "catalogue_dialog")

    def add_item(self) -> int | None:
        """A new item with a free code, its name cell open for typing."""
        taken = {item.code for item in catalogue.list_items("new", 0, 1000)}
        code, number = "NEW", 1
        while code in taken:
            number += 1
            code = f"NEW-{number}"
        try:
            item = catalogue.save_item(
                code=code, name=self.tr("New item"), unit_price="0"
            )
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return None
        self.ui.search_edit.clear()
        self.model.set_filter("")
        row = self.model.row_of(item.id)
        if row is not None:
            index = self.model.index(row, CODE)
            self.ui.items_view.setCurrentIndex(index)
            self.ui.items_view.edit(index)
        self._changed()
        return item.id

    def delete_selected(self) -> bool:
        row = self.ui.items_view.currentIndex().row()
        item_id = self.model.item_id(row)
        if item_id is None:
            self._show_error(self.tr("Select an item to delete first."))
            return False
        name = self.model.index(row, NAME).data()
        if not messages.confirm(
            self,
            self.tr("Catalogue"),
            self.tr(
                "Delete “{name}” from the catalogue? Quotes that use it keep their "
                "lines."
            ).format(name=name),
            yes_label=self.tr("Delete"),
        ):
            return False
        try:
            catalogue.delete_item(item_id)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        self.model.set_filter(self.ui.search_edit.text())
        self._changed()
        return True

    def import_file(self, path: Path) -> catalogue.PriceListReport | None:
        """Import a price list and say what came of it."""
        self._clear_error()
        try:
            report = catalogue.import_price_list(path)
        except UserError as exc:
            messages.error(self, self.tr("Price list"), messages.translated(exc))
            return None
        counts = [
            self.tr("%n added", "", report.added),
            self.tr("%n updated", "", report.updated),
        ]
        if report.skipped:
            counts.append(self.tr("%n rows left out", "", len(report.skipped)))
        text = f"{path.name}: {', '.join(counts)}."
        if report.skipped:
            shown = "\n".join(
                self.tr("Line {line}: {why}").format(
                    line=line, why=messages.translated(why)
                )
                for line, why in report.skipped[:8]
            )
            text += "\n\n" + self.tr("Left out:") + "\n" + shown
            more = len(report.skipped) - 8
            if more > 0:
                text += "\n" + self.tr("… and %n more", "", more)
        messages.info(self, self.tr("Price list"), text)
        self.model.set_filter(self.ui.search_edit.text())
        self._changed()
        return report

    def done(self, result: int) -> None:
        session.save_geometry(self, "catalogue_dialog")
        super().done(result)

    def _setup(self) -> None:
        ui = self.ui
        view = ui.items_view
        view.setModel(self.model)
        theme.setup_table(view, (110, 260, 60, 90, 60, 220), read_only=False)
        view.horizontalHeader().setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.Stretch
        )
        ui.error_label.hide()
        ui.add_button.setIcon(theme.icon("new"))
        ui.search_edit.addAction(
            theme.icon("search"), ui.search_edit.ActionPosition.LeadingPosition
        )
        ui.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self._on_timer_timeout)
        ui.add_button.clicked.connect(self.add_item)
        ui.delete_button.clicked.connect(self.delete_selected)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.button_box.rejected.connect(self.reject)
        self.model.refused.connect(self._show_error)
        self.model.dataChanged.connect(lambda *_: self._on_model_data_changed())
        add = QShortcut(QKeySequence.StandardKey.New, self)
        add.activated.connect(self.add_item)
        ui.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self) -> None:
        self.ui.count_label.setText(self.tr("%Ln items", "", self.model.total))

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _clear_error(self) -> None:
        self.ui.error_label.hide()

    def _changed(self) -> None:
        self._show_count()
        self.catalogue_changed.emit()

    def _on_timer_timeout(self) -> None:
        self.model.set_filter(self.ui.search_edit.text())
        self._show_count()

    def _on_model_data_changed(self) -> None:
        self._clear_error()
        self.catalogue_changed.emit()

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a price list"),
            "",
            self.tr("Price lists (*.csv *.txt)"),
        )
        if path:
            self.import_file(Path(path))
