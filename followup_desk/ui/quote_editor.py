"""The inline quote editor: lines, live totals, save and print.

A prospect's newest quote opens for editing; "New quote" starts a blank one
that takes its number only when first saved, so a stray click never uses up a
quote number. Printing always saves first, so the paper matches the database.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from followup_desk.domain.money import MoneyInputError, QuoteTotals
from followup_desk.services import profile as profile_service
from followup_desk.services import quotes
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.ui import NO_ID, formatting, messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.quote_lines_model import (
    AMOUNT,
    COLUMNS,
    DESCRIPTION,
    NUMBER_COLUMNS,
    QuoteLinesModel,
    parse_cell,
)

log = logging.getLogger("followup_desk.ui")

Index = QModelIndex | QPersistentModelIndex


class QuoteLineDelegate(QStyledItemDelegate):
    """Cell editor that marks a number red while it cannot be read."""

    typing = Signal(int, int, str)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QLineEdit(parent)
        row, column = index.row(), index.column()
        editor.setAccessibleName(COLUMNS[column])
        if column in NUMBER_COLUMNS:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
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


class QuoteEditor(QWidget):
    """Edit, save and print the quotes of one prospect."""

    quote_saved = Signal(int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "quote_editor")
        self.model = QuoteLinesModel(self)
        self.delegate = QuoteLineDelegate(self)
        self._prospect_id: int | None = None
        self._quote_id: int | None = None
        self._currency = "USD"
        self._locale = "en_US"
        self._setup_view()
        self._connect()
        self.ui.input_error_label.hide()
        self.set_prospect(None)

    # -- what the window asks -------------------------------------------------

    @property
    def prospect_id(self) -> int | None:
        return self._prospect_id

    @property
    def quote_id(self) -> int | None:
        """The quote being edited; None for a new one not saved yet."""
        return self._quote_id

    def set_prospect(self, prospect_id: int | None) -> None:
        """Show the newest quote of a prospect (or a blank one to type into)."""
        if prospect_id != self._prospect_id:
            self.offer_to_save()
        self._prospect_id = prospect_id
        self._load_money_format()
        latest = quotes.latest_quote(prospect_id) if prospect_id else None
        self._open_quote(latest.id if latest else None)
        self.setEnabled(prospect_id is not None)

    def apply_profile(self) -> None:
        """Take up changed company settings without touching the lines typed."""
        self._load_money_format()
        if self._quote_id is not None:
            quote = quotes.get_quote(self._quote_id)
            self._currency = quote.currency or self._currency
            self.model.set_money_format(self._currency, self._locale)
        if self._prospect_id is not None:
            self._show_totals(self.model.totals())

    def offer_to_save(self) -> None:
        """Unsaved lines are never dropped without asking."""
        if self._prospect_id is None or not self.model.dirty:
            return
        if messages.confirm(
            self,
            "Quotation",
            "The quote lines have changes that are not saved. Save them now?",
            yes_label="Save",
        ):
            self.save()

    def new_quote(self) -> None:
        """Start a blank quote; it gets its number when saved."""
        self.offer_to_save()
        self._open_quote(None)
        self.start_typing()

    def start_typing(self) -> None:
        """Put the cursor on the blank row: the first key typed starts the line."""
        blank = self.model.index(self.model.rowCount() - 1, DESCRIPTION)
        self.ui.lines_view.setCurrentIndex(blank)
        self.ui.lines_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> int | None:
        """Save the lines; returns the quote id, or None if nothing was saved."""
        if self._prospect_id is None:
            return None
        self._commit_open_editor()
        lines = self.model.line_items()
        if self._quote_id is None and not lines:
            self._show_input_error("Add a line with a description or a price first.")
            return None
        try:
            for line in lines:
                quotes.check_line(line)
            if self._quote_id is None:
                quote = quotes.create_quote(self._prospect_id, lines)
            else:
                quote = quotes.save_lines(self._quote_id, lines)
        except ValidationError as exc:
            self._show_input_error(str(exc))
            return None
        self.model.dirty = False
        self._quote_id = quote.id
        self._fill_quote_combo()
        self._show_save_state()
        self.message.emit(f"Saved quotation {quote.number}.")
        self.quote_saved.emit(quote.id)
        return quote.id

    def print_quotation(self) -> Path | None:
        return self._print("quotation")

    def print_for_walk_in(self) -> Path | None:
        return self._print("handover")

    # -- building ------------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self.ui.lines_view
        view.setModel(self.model)
        view.setItemDelegate(self.delegate)
        theme.setup_table(view, read_only=False, row_height=30)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 100), (3, 110), (4, 70), (AMOUNT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.ui.new_quote_button.setIcon(theme.icon("quote"))
        self.ui.print_quote_button.setIcon(theme.icon("print"))
        self.ui.print_handover_button.setIcon(theme.icon("walk_in"))

    def _connect(self) -> None:
        self.model.lines_changed.connect(self._on_model_lines_changed)
        self.model.input_refused.connect(self._on_model_input_refused)
        self.delegate.typing.connect(self._on_delegate_typing)
        self.ui.quote_combo.activated.connect(self._on_quote_combo_activated)
        self.ui.new_quote_button.clicked.connect(self.new_quote)
        self.ui.remove_line_button.clicked.connect(self._on_remove_line_button_clicked)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.print_quote_button.clicked.connect(self.print_quotation)
        self.ui.print_handover_button.clicked.connect(self.print_for_walk_in)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.ui.lines_view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._on_remove_line_button_clicked)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    # -- inside ------------------------------------------------------------------

    def _load_money_format(self) -> None:
        profile = profile_service.get_profile()
        self._currency = profile.currency
        self._locale = profile.locale
        self.model.set_money_format(profile.currency, profile.locale)
        self.model.set_default_tax(profile.default_tax_pct)

    def _open_quote(self, quote_id: int | None) -> None:
        self._quote_id = quote_id
        if quote_id is not None:
            quote = quotes.get_quote(quote_id)
            self._currency = quote.currency or self._currency
            self.model.set_money_format(self._currency, self._locale)
        self.model.load(quotes.line_items(quote_id) if quote_id else [])
        self._fill_quote_combo()
        self._hide_input_error()
        self._show_save_state()

    def _fill_quote_combo(self) -> None:
        combo = self.ui.quote_combo
        combo.clear()
        if self._quote_id is None:
            combo.addItem("New quotation (not saved yet)", NO_ID)
        if self._prospect_id is not None:
            for quote in quotes.quotes_for(self._prospect_id):
                issued = formatting.short_day(quote.issued_on)
                combo.addItem(f"{quote.number} · {issued}", quote.id)
        index = combo.findData(self._quote_id or NO_ID)
        combo.setCurrentIndex(max(index, 0))

    def _commit_open_editor(self) -> None:
        """Finish the cell being typed in, so Save keeps what is on screen."""
        view = self.ui.lines_view
        editor = view.indexWidget(view.currentIndex()) or view.focusWidget()
        if isinstance(editor, QLineEdit) and editor.parent() is view.viewport():
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor)

    def _show_totals(self, totals: QuoteTotals) -> None:
        def money(amount):
            return formatting.money(amount, self._currency, self._locale)

        self.ui.subtotal_value.setText(money(totals.net + totals.discount))
        self.ui.discount_value.setText(
            f"−{money(totals.discount)}" if totals.discount else money(totals.discount)
        )
        self.ui.tax_value.setText(money(totals.tax))
        self.ui.total_value.setText(money(totals.gross))

    def _show_save_state(self) -> None:
        if self.model.dirty:
            text = "Unsaved changes"
        elif self._quote_id is None:
            text = "Type in the first row to start the quotation"
        else:
            text = "All changes saved"
        self.ui.save_state_label.setText(text)

    def _show_input_error(self, text: str) -> None:
        self.ui.input_error_label.setText(text)
        self.ui.input_error_label.show()
        self.message.emit(text)

    def _hide_input_error(self) -> None:
        self.ui.input_error_label.hide()
        self.ui.input_error_label.clear()

    def _print(self, what: str) -> Path | None:
        quote_id = self._quote_id
        if quote_id is None or self.model.dirty:
            quote_id = self.save()
        if quote_id is None:
            return None
        # ReportLab loads only when something is printed.
        from followup_desk.services import documents

        quote = quotes.get_quote(quote_id)
        folder = session.documents_folder()
        try:
            if what == "handover":
                path = documents.print_handover(
                    quote_id, folder / f"{quote.number}-walk-in.pdf"
                )
            else:
                path = documents.print_quote(quote_id, folder / f"{quote.number}.pdf")
        except UserError as exc:
            messages.error(self, "Printing", str(exc))
            return None
        log.info("Opening %s", path.name)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.info(
                self,
                "Printing",
                f"The PDF is saved as {path}, but no program opened it. "
                "Open it from that folder to print it.",
            )
        self.message.emit(f"Printed quotation {quote.number}.")
        return path

    def _on_model_lines_changed(self) -> None:
        if self._prospect_id is None:
            return  # nothing on show; also spares loading babel at start-up
        self._show_totals(self.model.totals())
        self._show_save_state()
        self._hide_input_error()

    def _on_model_input_refused(self, reason: str) -> None:
        self._show_input_error(f"{reason} The cell keeps its last good value.")

    def _on_delegate_typing(self, row: int, column: int, text: str) -> None:
        totals = self.model.totals_while_typing(row, column, text)
        if totals is not None:
            self._show_totals(totals)

    def _on_quote_combo_activated(self, index: int) -> None:
        quote_id = self.ui.quote_combo.itemData(index) or None
        if quote_id == self._quote_id:
            return
        self.offer_to_save()
        self._open_quote(quote_id)

    def _on_remove_line_button_clicked(self) -> None:
        row = self.ui.lines_view.currentIndex().row()
        if not self.model.remove_row(row):
            self.message.emit("Select a line to remove first.")
