"""The inline quote editor: lines, live totals, the quote's life, save and print.

A prospect's newest quote opens for editing; "New quote" starts a blank one
that takes its number only when first saved, so a stray click never uses up a
quote number. Printing always saves first, so the paper matches the database,
and marks the quote sent: from then on it is frozen, and saving changes to it
makes the next revision (``Q-2026-0042-2``) while the sent one stays as the
customer has it. Everything here works from the keyboard; the keys of the
line table are described in ``quote_lines_view``.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QWidget

from followup_desk.domain.money import QuoteTotals
from followup_desk.services import edits, quotes
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import StaleRecordError, UserError, ValidationError
from followup_desk.storage.models import Quote
from followup_desk.ui import NO_ID, formatting, messages, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.quote_lines_model import (
    AMOUNT,
    DESCRIPTION,
    QUANTITY,
    QuoteLinesModel,
)
from followup_desk.ui.quote_lines_view import QuoteLineDelegate, QuoteLinesView
from followup_desk.ui.quote_printing import PdfDelivery

log = logging.getLogger("followup_desk.ui")

PRINT_SHORTCUT = "Ctrl+P"
HANDOVER_SHORTCUT = "Ctrl+Shift+H"


class QuoteEditor(QWidget):
    """Edit, save, print and settle the quotes of one prospect."""

    quote_saved = Signal(int)
    # The prospect itself changed (a quote was accepted: now a customer).
    prospect_changed = Signal(int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "quote_editor", [QuoteLinesView])
        self.model = QuoteLinesModel(self)
        self.delegate = QuoteLineDelegate(self)
        self.delivery = PdfDelivery(self)
        self._prospect_id: int | None = None
        self._quote: Quote | None = None
        self._currency = "USD"
        self._locale = "en_US"
        self._rate_labels: list[tuple[QLabel, QLabel]] = []
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
        return self._quote.id if self._quote is not None else None

    @property
    def frozen(self) -> bool:
        """The quote on show went to the customer: saving makes a revision."""
        return self._quote is not None and self._quote.status in quotes.FROZEN

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
        if self._quote is not None:
            self._use_quote_rules(self._quote)
        if self._prospect_id is not None:
            self._show_totals(self.model.totals())

    def offer_to_save(self) -> None:
        """Unsaved lines are never dropped without asking."""
        if self._prospect_id is None or not self.model.dirty:
            return
        if messages.confirm(
            self,
            self.tr("Quotation"),
            self.tr("The quote lines have changes that are not saved. Save them now?"),
            yes_label=self.tr("Save"),
        ):
            self.save()

    def new_quote(self) -> None:
        """Start a blank quote; it gets its number when saved."""
        self.offer_to_save()
        self._open_quote(None)
        self.start_typing()

    def start_typing(self) -> None:
        """Put the cursor on the blank row: the first key typed starts the line."""
        # Called as a dialog closes; the window must be the one typed into.
        self.window().activateWindow()
        self.ui.lines_view.go_to_blank_row()

    def save(self) -> int | None:
        """Save the lines; returns the quote id, or None if nothing was saved.

        A quote that was sent is kept as it is and the lines become its next
        revision, which then opens here.
        """
        if self._prospect_id is None:
            return None
        self._commit_open_editor()
        refused = self.model.refusals()
        if refused:
            first = refused[0]
            self._show_input_error(
                self.tr(
                    "{problem} Correct the red cell first; nothing was saved."
                ).format(problem=messages.translated(first.message))
            )
            self.ui.lines_view.setCurrentIndex(
                self.model.index(first.row, first.column)
            )
            return None
        lines = self.model.line_items()
        if self._quote is None and not lines:
            self._show_input_error(
                self.tr("Add a line with a description or a price first.")
            )
            return None
        if self._quote is not None and not self.model.dirty:
            return self._quote.id
        try:
            for line in lines:
                quotes.check_line(line)
            if self._quote is None:
                quote = quotes.create_quote(self._prospect_id, lines)
                said = self.tr("Saved quotation {number}.").format(number=quote.number)
            elif self.frozen:
                old = self._quote.number
                quote = quotes.revise_quote(self._quote.id, lines)
                said = self.tr("Saved the changes as {number}; {old} stays as sent.")
                said = said.format(number=quote.number, old=old)
            else:
                quote = self._save_draft(lines)
                if quote is None:
                    return None
                said = self.tr("Saved quotation {number}.").format(number=quote.number)
        except (ValidationError, quotes.QuoteFrozenError) as exc:
            self._show_input_error(messages.translated(exc))
            return None
        self._open_quote(quote.id, keep_lines=True)
        self.message.emit(said)
        self.quote_saved.emit(quote.id)
        return quote.id

    def _save_draft(self, lines: list) -> Quote | None:
        """Save a draft only if no other desk saved it since it was opened.

        When one did, the user chooses: keep these lines (they replace the
        other desk's) or load the other desk's lines. None means not saved.
        """
        try:
            return edits.save_quote(self._quote.id, self._quote.version, lines)
        except StaleRecordError as exc:
            keep_mine = messages.confirm(
                self,
                self.tr("Quotation changed"),
                self.tr(
                    "Quotation {number} was changed on another desk while you were "
                    "editing. Keep the lines on your screen (they replace the other "
                    "desk's), or load the other desk's lines?"
                ).format(number=self._quote.number),
                yes_label=self.tr("Keep my lines"),
            )
            if not keep_mine:
                self._open_quote(self._quote.id)
                self.message.emit(self.tr("Loaded the lines saved on the other desk."))
                return None
            return edits.save_quote(self._quote.id, exc.current_version, lines)

    def print_quotation(self) -> Path | None:
        return self._print("quotation")

    def print_for_walk_in(self) -> Path | None:
        return self._print("handover")

    def accept_quote(self) -> bool:
        """The customer said yes: record the first order, after asking."""
        quote = self._settled_quote()
        if quote is None:
            return False
        total = formatting.money(
            quotes.totals(quote.id).gross, quote.currency, self._locale
        )
        if not messages.confirm(
            self,
            self.tr("First order"),
            self.tr(
                "Record quotation {number} ({total}) as accepted? This is their "
                "first order: they become a customer and their open follow-ups are "
                "cancelled (they stay in the timeline)."
            ).format(number=quote.number, total=total),
            yes_label=self.tr("Record order"),
        ):
            return False
        try:
            quotes.accept_quote(quote.id)
        except UserError as exc:
            messages.error(self, self.tr("Quotation"), messages.translated(exc))
            return False
        self._open_quote(quote.id)
        self.message.emit(
            self.tr("Quotation {number} accepted; first order recorded.").format(
                number=quote.number
            )
        )
        self.quote_saved.emit(quote.id)
        self.prospect_changed.emit(quote.prospect_id)
        return True

    def decline_quote(self) -> bool:
        quote = self._settled_quote()
        if quote is None:
            return False
        try:
            quotes.decline_quote(quote.id)
        except UserError as exc:
            messages.error(self, self.tr("Quotation"), messages.translated(exc))
            return False
        self._open_quote(quote.id)
        self.message.emit(
            self.tr("Quotation {number} marked declined.").format(number=quote.number)
        )
        self.quote_saved.emit(quote.id)
        return True

    # -- building ------------------------------------------------------------------

    def _setup_view(self) -> None:
        view: QuoteLinesView = self.ui.lines_view
        view.setModel(self.model)
        view.setItemDelegate(self.delegate)
        theme.setup_table(view, read_only=False, row_height=30)
        view.setEditTriggers(
            QuoteLinesView.EditTrigger.DoubleClicked
            | QuoteLinesView.EditTrigger.EditKeyPressed
            | QuoteLinesView.EditTrigger.AnyKeyPressed
            | QuoteLinesView.EditTrigger.SelectedClicked
        )
        view.setTabKeyNavigation(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 100), (3, 96), (4, 70), (AMOUNT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Never narrower than the title: "MwSt. %" is wider than "Tax %".
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.ui.new_quote_button.setIcon(theme.icon("quote"))
        self.ui.print_quote_button.setIcon(theme.icon("print"))
        self.ui.print_handover_button.setIcon(theme.icon("walk_in"))
        self.ui.accept_button.setIcon(theme.icon("order"))
        # The explanations take the room the buttons and totals leave.
        self.ui.quote_status_row.setStretch(0, 1)
        self.ui.quote_status_row.setStretch(1, 0)
        self.ui.quote_footer_row.setStretch(0, 1)
        self.ui.quote_footer_row.setStretch(1, 0)

    def _connect(self) -> None:
        ui = self.ui
        self.model.lines_changed.connect(self._on_model_lines_changed)
        self.model.input_refused.connect(self._on_model_input_refused)
        self.delegate.typing.connect(self._on_delegate_typing)
        self.delegate.item_picked.connect(self._on_delegate_item_picked)
        ui.lines_view.remove_requested.connect(self._on_lines_view_remove_requested)
        ui.lines_view.move_requested.connect(self._on_lines_view_move_requested)
        ui.lines_view.undo_requested.connect(self._on_lines_view_undo_requested)
        ui.lines_view.redo_requested.connect(self.model.redo)
        ui.quote_combo.activated.connect(self._on_quote_combo_activated)
        ui.new_quote_button.clicked.connect(self.new_quote)
        ui.remove_line_button.clicked.connect(self._on_remove_line_button_clicked)
        ui.save_button.clicked.connect(self.save)
        ui.print_quote_button.clicked.connect(self.print_quotation)
        ui.print_handover_button.clicked.connect(self.print_for_walk_in)
        ui.accept_button.clicked.connect(self.accept_quote)
        ui.decline_button.clicked.connect(self.decline_quote)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence(PRINT_SHORTCUT), self.print_quotation),
            (QKeySequence(HANDOVER_SHORTCUT), self.print_for_walk_in),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- inside ------------------------------------------------------------------

    def _load_money_format(self) -> None:
        profile = profile_service.get_profile()
        self._currency = profile.currency
        self._locale = profile.locale
        self.model.set_money_format(
            profile.currency, profile.locale, profile.quote_rounding or "total"
        )
        self.model.set_default_tax(profile.default_tax_pct)
        self.delegate.currency, self.delegate.locale = self._currency, self._locale

    def _use_quote_rules(self, quote: Quote) -> None:
        self._currency = quote.currency or self._currency
        self.model.set_money_format(self._currency, self._locale, quote.rounding)
        self.delegate.currency = self._currency

    def _open_quote(self, quote_id: int | None, keep_lines: bool = False) -> None:
        self._quote = quotes.get_quote(quote_id) if quote_id is not None else None
        if self._quote is not None:
            self._use_quote_rules(self._quote)
        else:
            self._load_money_format()
        accepted = self._quote is not None and self._quote.status == "accepted"
        self.model.set_read_only(accepted)
        if keep_lines:
            # Just saved: what is on screen is what is stored; keep the undo
            # history and the cursor where they are.
            self.model.dirty = False
            self.model.lines_changed.emit()
        else:
            self.model.load(quotes.line_items(quote_id) if quote_id else [])
        self._fill_quote_combo()
        self._hide_input_error()
        self._show_status()
        self._show_save_state()

    def _settled_quote(self) -> Quote | None:
        """The quote to accept or decline, saved first if it has changes."""
        if self.model.dirty or self._quote is None:
            if self.save() is None:
                return None
        return self._quote

    def _fill_quote_combo(self) -> None:
        combo = self.ui.quote_combo
        combo.clear()
        if self._quote is None:
            combo.addItem(self.tr("New quotation (not saved yet)"), NO_ID)
        if self._prospect_id is not None:
            today = profile_service.shop_today()
            for quote in quotes.quotes_for(self._prospect_id):
                status = quotes.STATUS_LABELS[quotes.effective_status(quote, today)]
                status = messages.translated(status)
                issued = formatting.short_day(quote.issued_on)
                combo.addItem(f"{quote.number} · {issued} · {status}", quote.id)
        index = combo.findData(self.quote_id or NO_ID)
        combo.setCurrentIndex(max(index, 0))

    def _show_status(self) -> None:
        ui = self.ui
        quote = self._quote
        if quote is None:
            ui.status_chip.setText(self.tr("New"))
            ui.status_detail_label.setText(
                self.tr("Not saved yet: it gets its number when you save or print.")
            )
            ui.accept_button.setEnabled(False)
            ui.decline_button.setEnabled(False)
            return
        status = quotes.effective_status(quote)
        ui.status_chip.setText(messages.translated(quotes.STATUS_LABELS[status]))
        parts = []
        if quote.revision > 1:
            parts.append(
                self.tr("Revision {revision} of {number}").format(
                    revision=quote.revision, number=quote.base_number
                )
            )
        day = formatting.short_day
        if status == "draft":
            days = (quote.valid_until - quote.issued_on).days
            parts.append(self.tr("valid %n days", "", days))
        elif status in ("sent", "expired"):
            sent = day(quote.sent_on or quote.issued_on)
            parts.append(self.tr("sent {day}").format(day=sent))
            if status == "expired":
                until = self.tr("expired {day}")
            else:
                until = self.tr("valid until {day}")
            parts.append(until.format(day=day(quote.valid_until)))
        elif status == "accepted":
            parts.append(self.tr("accepted {day}").format(day=day(quote.decided_on)))
        else:
            parts.append(self.tr("declined {day}").format(day=day(quote.decided_on)))
        if quote.replaced_by_id:
            number = quotes.get_quote(quote.replaced_by_id).number
            parts.append(self.tr("replaced by {number}").format(number=number))
        elif status == "accepted":
            parts.append(
                self.tr("first order recorded; start a new quote for more work")
            )
        elif self.frozen:
            parts.append(
                self.tr("changes are saved as {number}").format(
                    number=quotes.next_revision_number(quote)
                )
            )
        text = "  ·  ".join(parts)
        ui.status_detail_label.setText(text[:1].upper() + text[1:])
        open_answer = status != "accepted" and not quote.replaced_by_id
        ui.accept_button.setEnabled(open_answer)
        ui.decline_button.setEnabled(open_answer and status != "declined")

    def _commit_open_editor(self) -> None:
        """Finish the cell being typed in, so Save keeps what is on screen."""
        view = self.ui.lines_view
        editor = view.indexWidget(view.currentIndex()) or view.focusWidget()
        if isinstance(editor, QLineEdit) and editor.parent() is view.viewport():
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor)

    def _show_totals(self, totals: QuoteTotals) -> None:
        def money(amount: Decimal) -> str:
            return formatting.money(amount, self._currency, self._locale)

        ui = self.ui
        ui.subtotal_value.setText(money(totals.net + totals.discount))
        ui.discount_value.setText(
            f"−{money(totals.discount)}" if totals.discount else money(totals.discount)
        )
        for caption, value in (
            (ui.discount_caption, ui.discount_value),
            (ui.rounding_caption, ui.rounding_value),
        ):
            shown = caption is ui.discount_caption and bool(totals.discount)
            shown = shown or (caption is ui.rounding_caption and bool(totals.rounding))
            caption.setVisible(shown)
            value.setVisible(shown)
        rates = [rate for rate in totals.net_by_rate if rate]
        self._show_rates(
            [
                (
                    self.tr("Tax {rate} % on {amount}").format(
                        rate=formatting.plain_number(rate),
                        amount=money(totals.net_by_rate[rate]),
                    ),
                    money(totals.tax_by_rate[rate]),
                )
                for rate in rates
            ]
        )
        ui.tax_value.setText(money(totals.tax))
        ui.rounding_value.setText(money(totals.rounding))
        ui.total_value.setText(money(totals.gross))

    def _show_rates(self, rows: list[tuple[str, str]]) -> None:
        """One line per tax rate under the subtotal, reusing the labels."""
        grid = self.ui.tax_rates_grid
        while len(self._rate_labels) < len(rows):
            caption, value = QLabel(self), QLabel(self)
            theme.set_flag(caption, "muted", True)
            value.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            grid.addWidget(caption, len(self._rate_labels), 0)
            grid.addWidget(value, len(self._rate_labels), 1)
            self._rate_labels.append((caption, value))
        for index, (caption, value) in enumerate(self._rate_labels):
            shown = index < len(rows)
            if shown:
                caption.setText(rows[index][0])
                value.setText(rows[index][1])
                value.setAccessibleName(rows[index][0])
            caption.setVisible(shown)
            value.setVisible(shown)

    def rate_rows(self) -> list[tuple[str, str]]:
        """The tax lines on show, as (caption, amount): for tests and readers."""
        return [
            (caption.text(), value.text())
            for caption, value in self._rate_labels
            if not caption.isHidden()
        ]

    def _show_save_state(self) -> None:
        if self.model.dirty and self.frozen:
            text = self.tr(
                "Unsaved changes: saving keeps the sent quote and makes {number}"
            ).format(number=quotes.next_revision_number(self._quote))
        elif self.model.dirty:
            text = self.tr("Unsaved changes")
        elif self._quote is None:
            text = self.tr(
                "Type a code or name in the first row to start the quotation"
            )
        else:
            text = self.tr("All changes saved")
        self.ui.save_state_label.setText(text)

    def _show_input_error(self, text: str) -> None:
        self.ui.input_error_label.setText(text)
        self.ui.input_error_label.show()
        self.message.emit(text)

    def _hide_input_error(self) -> None:
        self.ui.input_error_label.hide()
        self.ui.input_error_label.clear()

    def _print(self, what: str) -> Path | None:
        if self.model.dirty or self._quote is None or self.model.refusals():
            if self.save() is None:
                return None
        quote = self._quote
        # ReportLab loads only when something is printed.
        from followup_desk.printing.logo import logo_problem
        from followup_desk.services import documents

        folder = session.documents_folder()
        try:
            if what == "handover":
                path = documents.print_handover(
                    quote.id, folder / f"{quote.number}-walk-in.pdf"
                )
                title = self.tr("Quotation {number} and letter")
            else:
                path = documents.print_quote(quote.id, folder / f"{quote.number}.pdf")
                title = self.tr("Quotation {number}")
            title = title.format(number=quote.number)
        except UserError as exc:
            messages.error(self, self.tr("Printing"), messages.translated(exc))
            return None
        problem = logo_problem(profile_service.get_profile().logo)
        if problem:
            messages.error(
                self,
                self.tr("Logo"),
                self.tr(
                    "{problem} The quotation was printed without it. Choose the logo "
                    "again in Company settings (PNG, JPEG or SVG)."
                ).format(problem=messages.translated(problem)),
            )
        quote_id = quote.id
        self.delivery.deliver(path, title, lambda: self._on_printed(quote_id))
        return path

    def _on_printed(self, quote_id: int) -> None:
        quote = quotes.get_quote(quote_id)
        if quote.status == "draft":
            quotes.mark_sent(quote_id)
            self.quote_saved.emit(quote_id)
        if self.quote_id == quote_id:
            self._open_quote(quote_id, keep_lines=not self.model.dirty)
        self.message.emit(
            self.tr("Printed quotation {number}.").format(number=quote.number)
        )

    def _on_model_lines_changed(self) -> None:
        if self._prospect_id is None:
            return  # nothing on show; also spares loading babel at start-up
        self._show_totals(self.model.totals())
        self._show_save_state()
        if not self.model.refusals():
            self._hide_input_error()

    def _on_model_input_refused(self, reason: str) -> None:
        self._show_input_error(
            self.tr("{problem} Correct it before saving.").format(problem=reason)
        )
        self._show_save_state()

    def _on_delegate_typing(self, row: int, column: int, text: str) -> None:
        totals = self.model.totals_while_typing(row, column, text)
        if totals is not None:
            self._show_totals(totals)

    def _on_delegate_item_picked(self, row: int, item_id: int) -> None:
        from followup_desk.services import catalogue

        try:
            item = catalogue.get_item(item_id)
        except UserError as exc:
            self._show_input_error(messages.translated(exc))
            return
        lines = self.model.lines()
        quantity = lines[row].quantity if row < len(lines) else Decimal(1)
        self.model.put_line(row, catalogue.line_for(item, quantity))
        self.ui.lines_view.edit_cell(row, QUANTITY)

    def _on_quote_combo_activated(self, index: int) -> None:
        quote_id = self.ui.quote_combo.itemData(index) or None
        if quote_id == self.quote_id:
            return
        self.offer_to_save()
        self._open_quote(quote_id)

    def _on_remove_line_button_clicked(self) -> None:
        self._on_lines_view_remove_requested(self.ui.lines_view.currentIndex().row())

    def _on_lines_view_remove_requested(self, row: int) -> None:
        if not self.model.remove_row(row):
            self.message.emit(self.tr("Select a line to remove first."))
            return
        self.message.emit(self.tr("Line removed (Ctrl+Z brings it back)."))

    def _on_lines_view_move_requested(self, row: int, delta: int) -> None:
        target = self.model.move_row(row, delta)
        if target is not None:
            column = self.ui.lines_view.currentIndex().column()
            self.ui.lines_view.setCurrentIndex(self.model.index(target, column))

    def _on_lines_view_undo_requested(self) -> None:
        if not self.model.undo():
            self.message.emit(self.tr("Nothing to undo."))
