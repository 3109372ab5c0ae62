"""Quote lines as an editable table, every typed value checked in its cell.

The last row is always blank: typing into it adds a line. A value that is not
a usable number (letters, a negative price, 120 % tax) stays in its cell as
typed, painted red with the reason as tooltip, and the model emits
``input_refused`` so the editor can say it out loud. The line keeps its last
good value for the totals, and the editor will not save or print while any
cell is refused: nothing wrong is ever saved silently.

Every change can be undone (Ctrl+Z) and redone: the model keeps snapshots of
its lines, which are immutable, so a snapshot is one list copy.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from followup_desk.domain.money import (
    LineItem,
    MoneyInputError,
    MoneyRules,
    QuoteTotals,
    line_amounts,
    parse_decimal,
    quote_totals,
)
from followup_desk.ui import formatting, messages, theme

DESCRIPTION, QUANTITY, UNIT_PRICE, DISCOUNT, TAX, AMOUNT = range(6)
# Marked for translation here, translated where shown (see ``column_title``).
COLUMNS = (
    QT_TRANSLATE_NOOP("QuoteLinesModel", "Description"),
    QT_TRANSLATE_NOOP("QuoteLinesModel", "Qty"),
    QT_TRANSLATE_NOOP("QuoteLinesModel", "Unit price"),
    QT_TRANSLATE_NOOP("QuoteLinesModel", "Discount %"),
    QT_TRANSLATE_NOOP("QuoteLinesModel", "Tax %"),
    QT_TRANSLATE_NOOP("QuoteLinesModel", "Amount"),
)
NUMBER_COLUMNS = (QUANTITY, UNIT_PRICE, DISCOUNT, TAX)
# Percentages a line may go without; blank in these reads as 0.
OPTIONAL_COLUMNS = (DISCOUNT, TAX)
EDITABLE_COLUMNS = (DESCRIPTION, *NUMBER_COLUMNS)
_FIELDS = {
    QUANTITY: "quantity",
    UNIT_PRICE: "unit_price",
    DISCOUNT: "discount_pct",
    TAX: "tax_pct",
}
BLANK_ROW_HINT = QT_TRANSLATE_NOOP(
    "QuoteLinesModel", "Type a code or name to add a line…"
)
_HUNDRED = Decimal(100)
UNDO_LIMIT = 200

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteLinesModel", text)


def column_title(column: int) -> str:
    return _tr(COLUMNS[column])


def parse_cell(column: int, text: object) -> Decimal:
    """The number typed into a numeric column, or ``MoneyInputError`` saying why.

    The reason is in the window's language, ready to show. Discount and tax
    are optional: a cell left blank means none (0), as on a new line.
    """
    if column in OPTIONAL_COLUMNS and not str(text).strip():
        return Decimal(0)

    try:
        value = parse_decimal(str(text) if not isinstance(text, Decimal) else text)
    except MoneyInputError as exc:
        raise MoneyInputError(messages.translated(exc)) from None
    if column == QUANTITY and value <= 0:
        raise MoneyInputError(
            QCoreApplication.translate(
                "QuoteLinesModel", "Quantity must be more than zero."
            )
        )
    if column in (DISCOUNT, TAX) and value > _HUNDRED:
        raise MoneyInputError(
            QCoreApplication.translate(
                "QuoteLinesModel", "Enter a percentage from 0 to 100."
            )
        )
    return value


@dataclass(frozen=True)
class Refusal:
    """A value typed into a cell that could not be used, and why."""

    row: int
    column: int
    text: str
    reason: str

    @property
    def message(self) -> str:
        return QCoreApplication.translate(
            "QuoteLinesModel", "Line {line}, {column}: {reason}"
        ).format(
            line=self.row + 1, column=column_title(self.column), reason=self.reason
        )


class QuoteLinesModel(QAbstractTableModel):
    """The lines of the quote being edited, plus one blank row to type into."""

    input_refused = Signal(str)
    lines_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[LineItem] = []
        self._refused: dict[tuple[int, int], Refusal] = {}
        self._rules = MoneyRules()
        self._locale = "en_US"
        self._default_tax = Decimal(0)
        self._read_only = False
        self._undo: list[tuple[list[LineItem], dict]] = []
        self._redo: list[tuple[list[LineItem], dict]] = []
        self.dirty = False

    # -- what the editor asks -------------------------------------------------

    def set_money_format(
        self, currency: str, locale: str, rounding: str | None = None
    ) -> None:
        self._rules = MoneyRules(currency, rounding or self._rules.rounding)
        self._locale = locale
        if self._lines:
            self._changed_rows(0, len(self._lines) - 1)

    @property
    def rules(self) -> MoneyRules:
        return self._rules

    def set_default_tax(self, tax_pct: Decimal) -> None:
        """Tax rate a new free-text line starts with (the shop's usual rate)."""
        self._default_tax = tax_pct

    def set_read_only(self, read_only: bool) -> None:
        """An accepted quote is shown but cannot be typed into."""
        self._read_only = read_only

    def load(self, lines: list[LineItem]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._refused.clear()
        self._undo.clear()
        self._redo.clear()
        self.dirty = False
        self.endResetModel()
        self.lines_changed.emit()

    def lines(self) -> list[LineItem]:
        return list(self._lines)

    def line_items(self) -> list[LineItem]:
        """Lines worth saving: a blank description with no price is dropped."""
        return [
            line for line in self._lines if line.description.strip() or line.unit_price
        ]

    def totals(self) -> QuoteTotals:
        return quote_totals(self.line_items(), self._rules)

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
            (line for line in lines if line.description.strip() or line.unit_price),
            self._rules,
        )

    def refusal(self, row: int, column: int) -> str:
        """Why the last value typed into this cell was refused, or ``""``."""
        refusal = self._refused.get((row, column))
        return refusal.reason if refusal else ""

    def refusals(self) -> list[Refusal]:
        """Cells holding a value that cannot be used, top to bottom."""
        return [self._refused[key] for key in sorted(self._refused)]

    def put_line(self, row: int, line: LineItem) -> None:
        """Set a whole line (a catalogue item picked); the blank row adds one."""
        self._remember()
        if row >= len(self._lines):
            row = len(self._lines)
            self.beginInsertRows(_ROOT, row + 1, row + 1)
            self._lines.append(line)
            self.endInsertRows()
        else:
            self._lines[row] = line
        for column in EDITABLE_COLUMNS:
            self._refused.pop((row, column), None)
        self._touched(row)

    def remove_row(self, row: int) -> bool:
        if self._read_only or not 0 <= row < len(self._lines):
            return False
        self._remember()
        self.beginRemoveRows(_ROOT, row, row)
        del self._lines[row]
        self._refused = {
            (r if r < row else r - 1, c): replace(why, row=r if r < row else r - 1)
            for (r, c), why in self._refused.items()
            if r != row
        }
        self.endRemoveRows()
        self.dirty = True
        self.lines_changed.emit()
        return True

    def move_row(self, row: int, delta: int) -> int | None:
        """Move a line up (-1) or down (+1); returns its new row, or None."""
        target = row + delta
        if self._read_only or not (
            0 <= row < len(self._lines) and 0 <= target < len(self._lines)
        ):
            return None
        self._remember()
        # Qt counts the destination before the move: one further when down.
        self.beginMoveRows(_ROOT, row, row, _ROOT, target + 1 if delta > 0 else target)
        self._lines.insert(target, self._lines.pop(row))
        swapped = {}
        for (r, c), why in self._refused.items():
            new_row = target if r == row else row if r == target else r
            swapped[(new_row, c)] = replace(why, row=new_row)
        self._refused = swapped
        self.endMoveRows()
        self.dirty = True
        self.lines_changed.emit()
        return target

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self._snapshot())
        self._restore(self._undo.pop())
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._snapshot())
        self._restore(self._redo.pop())
        return True

    # -- QAbstractTableModel --------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._lines) + (0 if self._read_only else 1)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section != DESCRIPTION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != AMOUNT and not self._read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        blank = row == len(self._lines)
        refusal = self._refused.get((row, column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if refusal is not None:
                return refusal.text
            if blank:
                show_hint = (
                    column == DESCRIPTION and role == Qt.ItemDataRole.DisplayRole
                )
                return _tr(BLANK_ROW_HINT) if show_hint else ""
            return self._text(self._lines[row], column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != DESCRIPTION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if refusal is not None:
                return refusal.reason
            if column == DESCRIPTION and not blank and self._lines[row].code:
                return QCoreApplication.translate(
                    "QuoteLinesModel", "{code} · from the catalogue"
                ).format(code=self._lines[row].code)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and refusal is not None:
            return QColor(theme.colour("error_bg"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if refusal is not None:
                return QColor(theme.colour("danger"))
            if blank:
                return QColor(theme.colour("muted"))
        if role == Qt.ItemDataRole.FontRole and blank:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if column == AMOUNT or self._read_only:
            return False
        if column == DESCRIPTION:
            changes = {"description": str(value or "").strip()}
            if row == len(self._lines) and not changes["description"]:
                return True  # nothing typed into the blank row: no new line
        else:
            text = str(value if value is not None else "")
            if row == len(self._lines) and not text.strip():
                return True  # nothing typed into the blank row: no new line
            try:
                changes = {_FIELDS[column]: parse_cell(column, text)}
            except MoneyInputError as exc:
                if row == len(self._lines):
                    self._refuse_in_blank_row(column, str(exc))
                    return False
                self._refuse(row, column, text, str(exc))
                return False
            line = self._lines[row] if row < len(self._lines) else None
            if (
                line is not None
                and (row, column) not in self._refused
                and getattr(line, _FIELDS[column]) == changes[_FIELDS[column]]
            ):
                return True  # the same number again: nothing to undo later

        self._remember()
        if row == len(self._lines):
            # The blank row becomes a line; a new blank row appears below it.
            self.beginInsertRows(_ROOT, row + 1, row + 1)
            self._lines.append(self._new_line())
            self.endInsertRows()
        self._lines[row] = replace(self._lines[row], **changes)
        self._refused.pop((row, column), None)
        self._touched(row)
        return True

    # -- inside ------------------------------------------------------------------

    def _new_line(self) -> LineItem:
        return LineItem(description="", tax_pct=self._default_tax)

    def _touched(self, row: int) -> None:
        self.dirty = True
        self._changed_rows(row, row)
        self.lines_changed.emit()

    def _refuse(self, row: int, column: int, text: str, reason: str) -> None:
        self._remember()
        self._refused[(row, column)] = Refusal(row, column, text, reason)
        self.dirty = True
        cell = self.index(row, column)
        self.dataChanged.emit(cell, cell)
        self.input_refused.emit(f"{column_title(column)}: {reason}")

    def _refuse_in_blank_row(self, column: int, reason: str) -> None:
        # A number alone, with no line to belong to, is said but not kept.
        self.input_refused.emit(f"{column_title(column)}: {reason}")

    def _snapshot(self) -> tuple[list[LineItem], dict]:
        return list(self._lines), dict(self._refused)

    def _remember(self) -> None:
        self._undo.append(self._snapshot())
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def _restore(self, snapshot: tuple[list[LineItem], dict]) -> None:
        self.beginResetModel()
        self._lines, self._refused = list(snapshot[0]), dict(snapshot[1])
        self.endResetModel()
        self.dirty = True
        self.lines_changed.emit()

    def _changed_rows(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, AMOUNT))

    def _text(self, line: LineItem, column: int, role: int) -> str:
        if column == DESCRIPTION:
            return line.description
        if column == UNIT_PRICE:
            # Cents (or whole yen) as the currency has them, more digits only
            # where the price has them (0.125 a piece).
            shown = line.unit_price.quantize(self._rules.unit)
            if shown != line.unit_price:
                return formatting.plain_number(line.unit_price)
            return format(shown, "f")
        if column == AMOUNT:
            net = line_amounts(line, self._rules).net
            return formatting.money(net, self._rules.currency, self._locale)
        text = formatting.plain_number(getattr(line, _FIELDS[column]))
        if column == QUANTITY and line.unit and role == Qt.ItemDataRole.DisplayRole:
            return f"{text} {line.unit}"
        return text
