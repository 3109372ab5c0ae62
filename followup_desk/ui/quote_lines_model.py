"""Quote lines as an editable table, every typed value checked in its cell.

The last row is always blank: typing into it adds a line. A value that is not
a usable number (letters, a negative price, 120 % tax) is refused: the cell
keeps its previous value, shows the reason as its tooltip and the model emits
``input_refused`` so the editor can say it out loud. Nothing wrong is kept.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from followup_desk.domain.money import (
    LineItem,
    MoneyInputError,
    QuoteTotals,
    parse_decimal,
    quote_totals,
)
from followup_desk.ui import formatting, theme

DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, TAX, AMOUNT = range(6)
COLUMNS = ("Description", "Qty", "Unit price", "Discount %", "Tax %", "Amount")
NUMBER_COLUMNS = (QUANTITY, UNIT_PRICE, DISCOUNT, TAX)
_FIELDS = {
    QUANTITY: "quantity",
    UNIT_PRICE: "unit_price",
    DISCOUNT: "discount_pct",
    TAX: "tax_pct",
}
BLANK_ROW_HINT = "Type here to add a line…"
_HUNDRED = Decimal(100)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def parse_cell(column: int, text: object) -> Decimal:
    """The number typed into a numeric column, or ``MoneyInputError`` saying why."""
    value = parse_decimal(str(text) if not isinstance(text, Decimal) else text)
    if column == QUANTITY and value <= 0:
        raise MoneyInputError("Quantity must be more than zero.")
    if column in (DISCOUNT, TAX) and value > _HUNDRED:
        raise MoneyInputError("Enter a percentage from 0 to 100.")
    return value


class QuoteLinesModel(QAbstractTableModel):
    """The lines of the quote being edited, plus one blank row to type into."""

    input_refused = Signal(str)
    lines_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[LineItem] = []
        self._refused: dict[tuple[int, int], str] = {}
        self._currency = "USD"
        self._locale = "en_US"
        self._default_tax = Decimal(0)
        self.dirty = False

    # -- what the editor asks -------------------------------------------------

    def set_money_format(self, currency: str, locale: str) -> None:
        self._currency = currency
        self._locale = locale
        if self._lines:
            self._changed_rows(0, len(self._lines) - 1)

    def set_default_tax(self, tax_pct: Decimal) -> None:
        """Tax rate a new line starts with (the shop's usual rate)."""
        self._default_tax = tax_pct

    def load(self, lines: list[LineItem]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._refused.clear()
        self.dirty = False
        self.endResetModel()
        self.lines_changed.emit()

    def line_items(self) -> list[LineItem]:
        """Lines worth saving: a blank description with no price is dropped."""
        return [
            line for line in self._lines if line.description.strip() or line.unit_price
        ]

    def totals(self) -> QuoteTotals:
        return quote_totals(self.line_items())

    def totals_while_typing(
        self, row: int, column: int, text: str
    ) -> QuoteTotals | None:
        """Totals as if ``text`` were already in the cell; None if it is not valid."""
        if column not in NUMBER_COLUMNS:
            return self.totals()
        try:
            value = parse_cell(column, text)
        except MoneyInputError:
            return None
        lines = list(self._lines)
        if row >= len(lines):
            lines.append(self._new_line())
        lines[row] = replace(lines[row], **{_FIELDS[column]: value})
        return quote_totals(
            line for line in lines if line.description.strip() or line.unit_price
        )

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._lines):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self._refused = {
            (r if r < row else r - 1, c): why
            for (r, c), why in self._refused.items()
            if r != row
        }
        self.endRemoveRows()
        self.dirty = True
        self.lines_changed.emit()
        return True

    def refusal(self, row: int, column: int) -> str:
        """Why the last value typed into this cell was refused, or ``""``."""
        return self._refused.get((row, column), "")

    # -- QAbstractTableModel --------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != DESCRIPTION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != AMOUNT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        blank = row == len(self._lines)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if blank:
                show_hint = (
                    column == DESCRIPTION and role == Qt.ItemDataRole.DisplayRole
                )
                return BLANK_ROW_HINT if show_hint else ""
            return self._text(self._lines[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != DESCRIPTION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._refused.get((row, column)) or None
        if role == Qt.ItemDataRole.BackgroundRole and (row, column) in self._refused:
            return QColor("#fdecea")
        if role == Qt.ItemDataRole.ForegroundRole and blank:
            return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.FontRole and blank:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if column == AMOUNT:
            return False
        if column == DESCRIPTION:
            changes = {"description": str(value or "").strip()}
            if row == len(self._lines) and not changes["description"]:
                return True  # nothing typed into the blank row: no new line
        else:
            try:
                changes = {_FIELDS[column]: parse_cell(column, value)}
            except MoneyInputError as exc:
                self._refuse(row, column, f"{COLUMNS[column]}: {exc}")
                return False

        if row == len(self._lines):
            # The blank row becomes a line; a new blank row appears below it.
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self._lines.append(self._new_line())
            self.endInsertRows()
        self._lines[row] = replace(self._lines[row], **changes)
        self._refused.pop((row, column), None)
        self.dirty = True
        self._changed_rows(row, row)
        self.lines_changed.emit()
        return True

    # -- inside ------------------------------------------------------------------

    def _new_line(self) -> LineItem:
        return LineItem(description="", tax_pct=self._default_tax)

    def _refuse(self, row: int, column: int, reason: str) -> None:
        self._refused[(row, column)] = reason
        cell = self.index(row, column)
        self.dataChanged.emit(cell, cell)
        self.input_refused.emit(reason)

    def _changed_rows(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, AMOUNT))

    def _text(self, line: LineItem, column: int) -> str:
        if column == DESCRIPTION:
            return line.description
        if column == UNIT_PRICE:
            return formatting.price(line.unit_price)
        if column == AMOUNT:
            return formatting.money(line.net, self._currency, self._locale)
        return formatting.plain_number(getattr(line, _FIELDS[column]))
