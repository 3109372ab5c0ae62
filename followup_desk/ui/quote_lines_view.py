"""The quote lines table, made for the keyboard.

* Type a code or a name in a description cell: the catalogue is searched as
  you type; Enter or Tab takes the highlighted item (name, price, tax, unit)
  and moves on to the quantity. Text that matches nothing stays as a
  free-text line.
* Tab and Shift+Tab walk through description, quantity, price, discount and
  tax, skipping the amount, which is worked out.
* Enter in a number cell finishes the line and goes to the blank row below,
  so the next key typed starts the next line.
* Ctrl+Up and Ctrl+Down move a line, Delete removes it, Ctrl+Z undoes and
  Ctrl+Shift+Z (or Ctrl+Y) redoes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from followup_desk.domain.money import MoneyInputError
from followup_desk.ui import formatting, theme
from followup_desk.ui.quote_lines_model import (
    AMOUNT,
    COLUMNS,
    DESCRIPTION,
    EDITABLE_COLUMNS,
    NUMBER_COLUMNS,
    QUANTITY,
    parse_cell,
)

log = logging.getLogger("followup_desk.ui")

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
NAME_ROLE = int(Qt.ItemDataRole.UserRole) + 2
SUGGESTIONS = 12
_PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class CatalogueField(QLineEdit):
    """A description cell editor that offers catalogue items as you type."""

    item_picked = Signal(object, int)  # the editor itself, the item id
    free_text_entered = Signal(object)  # the editor: Enter with no item picked

    def __init__(self, parent: QWidget, currency: str, locale: str) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        # The catalogue query already filters and ranks; Qt must show all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        completer.setMaxVisibleItems(SUGGESTIONS)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        # Attached to the widget but not set as the line edit's completer: the
        # line edit would run its own prefix matching and close the list.
        completer.setWidget(self)
        self.completer_ = completer
        self.textEdited.connect(self._on_text_edited)
        self.returnPressed.connect(self._on_return_pressed)

    def event(self, event) -> bool:
        # With the list open the completer hands every key to this widget
        # first; Enter and Tab take the highlighted item here, before Tab
        # could move the focus and save the typed text as a free-text line.
        if event.type() == QEvent.Type.KeyPress and event.key() in _PICK_KEYS:
            popup = self.completer_.popup()
            current = popup.currentIndex()
            if popup.isVisible() and current.isValid():
                popup.hide()
                event.accept()
                self._on_completer_activated(current)
                return True
        return super().event(event)

    def _on_text_edited(self, text: str) -> None:
        from followup_desk.services import catalogue

        self.suggestions.clear()
        for item in catalogue.search(text, SUGGESTIONS):
            price = formatting.money(item.unit_price, self._currency, self._locale)
            unit = f" / {item.unit}" if item.unit else ""
            row = QStandardItem(f"{item.code}   {item.name}   {price}{unit}")
            row.setData(item.id, ITEM_ID_ROLE)
            row.setData(item.name, NAME_ROLE)
            row.setEditable(False)
            self.suggestions.appendRow(row)
        completer = self.completer_
        if self.suggestions.rowCount():
            completer.complete()
            # The best match is highlighted, so Enter takes it at once.
            completer.popup().setCurrentIndex(self.suggestions.index(0, 0))
        elif completer.popup().isVisible():
            completer.popup().hide()
            # The list was a window of its own; make sure the keys come back
            # here, also where no window manager hands them back.
            self.activateWindow()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        item_id = index.data(ITEM_ID_ROLE)
        if item_id:
            self.item_picked.emit(self, int(item_id))

    def _on_return_pressed(self) -> None:
        popup = self.completer_.popup()
        # With the list open, the completer takes Enter (and says so through
        # activated) unless nothing in it is highlighted.
        if popup.isVisible() and not popup.currentIndex().isValid():
            self.free_text_entered.emit(self)


class QuoteLineDelegate(QStyledItemDelegate):
    """Cell editors: catalogue search for descriptions, checked numbers."""

    typing = Signal(int, int, str)
    item_picked = Signal(int, int)  # row, catalogue item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "USD"
        self.locale = "en_US"

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        row, column = index.row(), index.column()
        if column == DESCRIPTION:
            editor = CatalogueField(parent, self.currency, self.locale)
            editor.item_picked.connect(
                lambda field, item_id: self._on_field_item_picked(field, row, item_id)
            )
            editor.free_text_entered.connect(self._on_field_free_text_entered)
        else:
            editor = QLineEdit(parent)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(COLUMNS[column])
        editor.textEdited.connect(
            lambda text: self._on_editor_text_edited(editor, row, column, text)
        )
        return editor

    def _on_editor_text_edited(
        self, editor: QLineEdit, row: int, column: int, text: str
    ) -> None:
        reason = ""
        if column in NUMBER_COLUMNS:
            try:
                parse_cell(column, text)
            except MoneyInputError as exc:
                reason = str(exc)
        theme.set_flag(editor, "invalid", bool(reason))
        editor.setToolTip(reason)
        self.typing.emit(row, column, text)

    def _on_field_item_picked(self, field: QLineEdit, row: int, item_id: int) -> None:
        # The completer is still inside its key handling: close the editor
        # (without saving its text) once that is over.
        def finish() -> None:
            self.closeEditor.emit(field, QAbstractItemDelegate.EndEditHint.NoHint)
            self.item_picked.emit(row, item_id)

        QTimer.singleShot(0, finish)

    def _on_field_free_text_entered(self, field: QLineEdit) -> None:
        def finish() -> None:
            self.commitData.emit(field)
            self.closeEditor.emit(
                field, QAbstractItemDelegate.EndEditHint.SubmitModelCache
            )

        QTimer.singleShot(0, finish)


class QuoteLinesView(QTableView):
    """The table of quote lines with the keys described at the top."""

    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # row, -1 up or +1 down
    undo_requested = Signal()
    redo_requested = Signal()

    def edit_cell(self, row: int, column: int) -> None:
        """Put the cursor in a cell and open it for typing."""
        index = self.model().index(row, column)
        self._take_focus()
        self.setCurrentIndex(index)
        self.edit(index)

    def _take_focus(self) -> None:
        # The suggestion list is a window of its own; once it closes, the
        # keys must come back to this window, also where no window manager
        # hands the focus back (the offscreen platform of the tests).
        self.window().activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_blank_row(self) -> None:
        """The cursor on the blank row: the next key typed starts a line."""
        model: QAbstractItemModel = self.model()
        index = model.index(model.rowCount() - 1, DESCRIPTION)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self._take_focus()

    def closeEditor(
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        column = self.currentIndex().column()
        row = self.currentIndex().row()
        super().closeEditor(editor, hint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            return
        # Enter: from the description on to the quantity; from a number to
        # the next line.
        if column == DESCRIPTION and row < self.model().rowCount() - 1:
            QTimer.singleShot(0, lambda: self.edit_cell(row, QUANTITY))
        elif column != DESCRIPTION:
            QTimer.singleShot(0, self.go_to_blank_row)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        steps = (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        if action not in steps or not index.isValid():
            return index
        # Tab walks the typed cells only; the amount is worked out.
        order = [
            (row, column)
            for row in range(self.model().rowCount())
            for column in EDITABLE_COLUMNS
        ]
        current = self.currentIndex()
        here = (current.row(), current.column())
        if here not in order:
            return index
        position = order.index(here)
        position += 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
        if not 0 <= position < len(order):
            return current
        return self.model().index(*order[position])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            control and event.key() == Qt.Key.Key_Y
        ):
            self.redo_requested.emit()
        elif control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(row, -1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_requested.emit(row)
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().column() != AMOUNT
        ):
            # Enter on a cell not being typed in opens it, as F2 does.
            self.edit(self.currentIndex())
        else:
            super().keyPressEvent(event)
