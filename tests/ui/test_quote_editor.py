"""Quote lines typed, refused, totalled, saved and printed from the editor."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from followup_desk.services import quotes
from followup_desk.ui.quote_lines_model import (
    AMOUNT,
    DESCRIPTION,
    DISCOUNT,
    QUANTITY,
    TAX,
    UNIT_PRICE,
)


@pytest.fixture
def editor(window, make_prospect):
    prospect = make_prospect(first_name="Zoë", last_name="Müller", channel="walk_in")
    window.show_prospect(prospect.id)
    return window.detail.quote_editor


def _set(model, row: int, column: int, text: str) -> bool:
    return model.setData(model.index(row, column), text)


def test_typing_lines_updates_the_totals(editor):
    model = editor.model
    assert model.rowCount() == 1  # only the blank row
    assert editor.ui.total_value.text() == "$0.00"

    assert _set(model, 0, DESCRIPTION, "Oak door")
    assert model.rowCount() == 2  # a new blank row appeared below
    assert _set(model, 0, QUANTITY, "2")
    assert _set(model, 0, UNIT_PRICE, "19,99")

    assert model.index(0, UNIT_PRICE).data() == "19.99"
    assert model.index(0, AMOUNT).data() == "$39.98"
    assert editor.ui.subtotal_value.text() == "$39.98"
    assert editor.ui.total_value.text() == "$39.98"

    assert _set(model, 0, TAX, "19")
    assert editor.ui.tax_value.text() == "$7.60"
    assert editor.ui.total_value.text() == "$47.58"

    assert _set(model, 0, DISCOUNT, "10")
    assert editor.ui.discount_value.text() == "−$4.00"
    assert editor.ui.total_value.text() == "$42.82"  # 35.98 + 6.84 tax
    assert editor.ui.save_state_label.text() == "Unsaved changes"


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        (UNIT_PRICE, "abc", "is not a number"),
        (UNIT_PRICE, "-5", "cannot be negative"),
        (QUANTITY, "0", "more than zero"),
        (TAX, "120", "from 0 to 100"),
        (QUANTITY, "", "Enter a number"),  # a line needs a quantity
    ],
)
def test_wrong_input_is_marked_in_its_cell_with_the_reason(
    editor, column, text, reason
):
    model = editor.model
    _set(model, 0, DESCRIPTION, "Oak door")
    _set(model, 0, UNIT_PRICE, "10")

    assert not _set(model, 0, column, text)

    # The cell shows what was typed, in red, with the reason as its tooltip.
    assert model.index(0, column).data() == text
    assert reason in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.ui.input_error_label.isVisible()
    assert reason in editor.ui.input_error_label.text()
    assert editor.ui.total_value.text() == "$10.00"  # the last good value
    # A later good value clears the complaint.
    assert _set(model, 0, column, "1")
    assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not editor.ui.input_error_label.isVisible()


def test_refused_input_is_never_saved_silently(editor):
    model = editor.model
    _set(model, 0, DESCRIPTION, "Hinges")
    _set(model, 0, UNIT_PRICE, "4.50")
    _set(model, 0, QUANTITY, "abc")

    assert editor.save() is None

    assert quotes.latest_quote(editor.prospect_id) is None
    assert "Line 1, Qty" in editor.ui.input_error_label.text()
    assert "nothing was saved" in editor.ui.input_error_label.text()
    current = editor.ui.lines_view.currentIndex()
    assert (current.row(), current.column()) == (0, QUANTITY)
    # Fixed, it saves.
    _set(model, 0, QUANTITY, "3")
    quote_id = editor.save()
    saved = quotes.line_items(quote_id)
    assert [(x.description, x.quantity, x.unit_price) for x in saved] == [
        ("Hinges", Decimal(3), Decimal("4.50"))
    ]


def test_save_creates_the_quote_and_it_joins_the_timeline(window, editor):
    model = editor.model
    assert editor.quote_id is None
    _set(model, 0, DESCRIPTION, "Triple-glazed window 120×140")
    _set(model, 0, QUANTITY, "2")
    _set(model, 0, UNIT_PRICE, "489")
    _set(model, 1, DESCRIPTION, "Fitting & removal")
    _set(model, 1, UNIT_PRICE, "180")

    editor.ui.save_button.click()

    quote = quotes.latest_quote(editor.prospect_id)
    assert quote is not None and editor.quote_id == quote.id
    assert quotes.totals(quote.id).gross == Decimal("1158.00")
    assert editor.ui.save_state_label.text() == "All changes saved"
    assert editor.ui.quote_combo.currentText().startswith(quote.number)
    timeline = window.detail.timeline
    rows = [
        [timeline.index(r, c).data() for c in range(3)]
        for r in range(timeline.rowCount())
    ]
    assert any(row[1] == "Quote" and quote.number in row[2] for row in rows)


def test_totals_follow_a_cell_while_it_is_typed(qtbot, editor, type_text):
    model = editor.model
    _set(model, 0, DESCRIPTION, "Oak door")
    _set(model, 0, UNIT_PRICE, "10")
    view = editor.ui.lines_view
    view.edit(model.index(0, QUANTITY))
    cell_editor = view.viewport().findChild(QLineEdit)
    cell_editor.selectAll()

    type_text(cell_editor, "3")
    assert editor.ui.total_value.text() == "$30.00"  # before the cell is left
    type_text(cell_editor, "x")
    assert cell_editor.property("invalid") is True
    assert "not a number" in cell_editor.toolTip()
    assert editor.ui.total_value.text() == "$30.00"  # the last readable value


@pytest.mark.parametrize(
    ("column", "field"), [(DISCOUNT, "discount_pct"), (TAX, "tax_pct")]
)
def test_clearing_an_optional_percentage_means_none(qtbot, editor, column, field):
    model = editor.model
    for row, name in enumerate(["Oak door", "Brass handle"]):
        _set(model, row, DESCRIPTION, name)
        _set(model, row, UNIT_PRICE, "100")
        _set(model, row, column, "10")
    view = editor.ui.lines_view
    view.setFocus()

    # Cleared with the keyboard in the cell, as a person does it.
    view.edit(model.index(1, column))
    cell_editor = view.viewport().findChild(QLineEdit)
    cell_editor.selectAll()
    qtbot.keyClick(cell_editor, Qt.Key.Key_Backspace)
    assert cell_editor.text() == ""
    assert cell_editor.property("invalid") is not True
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call

    assert not model.refusals()
    assert not editor.ui.input_error_label.isVisible()
    assert model.index(1, column).data() == "0"
    assert [getattr(line, field) for line in model.line_items()] == [
        Decimal(10),
        Decimal(0),
    ]
    quote_id = editor.save()
    assert quote_id is not None
    saved = quotes.line_items(quote_id)
    assert [getattr(line, field) for line in saved] == [Decimal(10), Decimal(0)]


def test_a_blank_cell_in_the_blank_row_adds_no_line(editor):
    model = editor.model
    assert _set(model, 0, DISCOUNT, "")
    assert model.rowCount() == 1
    assert not model.refusals()


def test_new_quote_asks_before_dropping_unsaved_lines(editor, shown_messages):
    _set(editor.model, 0, DESCRIPTION, "Oak door")
    _set(editor.model, 0, UNIT_PRICE, "250")
    shown_messages.answer = True

    editor.new_quote()

    assert shown_messages.titles() == ["Quotation"]
    first = quotes.latest_quote(editor.prospect_id)
    assert first is not None, "the unsaved lines were saved, not dropped"
    assert quotes.totals(first.id).gross == Decimal("250.00")
    assert editor.quote_id is None and editor.model.line_items() == []


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


needs_documents = pytest.mark.skipif(
    importlib.util.find_spec("followup_desk.services.documents") is None,
    reason="services/documents.py (print_quote, print_handover) is not written yet",
)


@needs_documents
def test_print_quotation_saves_writes_and_opens_the_pdf(editor, opened_urls):
    _set(editor.model, 0, DESCRIPTION, "Oak door")
    _set(editor.model, 0, UNIT_PRICE, "250")

    path = editor.print_quotation()

    quote = quotes.latest_quote(editor.prospect_id)
    assert quote is not None, "printing saves first"
    assert path is not None and path.exists()
    assert [url.toLocalFile() for url in opened_urls] == [str(path)]
    text = _pdf_text(path)
    assert "Zoë Müller" in text
    assert quote.number in text


@needs_documents
def test_print_for_walk_in_adds_the_cover_letter(editor, opened_urls):
    _set(editor.model, 0, DESCRIPTION, "Oak door")
    _set(editor.model, 0, UNIT_PRICE, "250")

    path = editor.print_for_walk_in()

    assert path is not None and path.exists()
    assert [url.toLocalFile() for url in opened_urls] == [str(path)]
    from pypdf import PdfReader

    assert len(PdfReader(str(path)).pages) >= 2  # letter, then quotation
    assert "Zoë Müller" in _pdf_text(path)


def test_save_keeps_the_cell_still_being_typed(qtbot, editor, type_text):
    model = editor.model
    view = editor.ui.lines_view
    view.setCurrentIndex(model.index(0, DESCRIPTION))
    view.edit(model.index(0, DESCRIPTION))
    type_text(view.viewport().findChild(QLineEdit), "Brass handle")

    quote_id = editor.save()  # as Ctrl+S does, without leaving the cell

    assert quote_id is not None
    assert [x.description for x in quotes.line_items(quote_id)] == ["Brass handle"]


def test_closing_the_window_offers_to_save_typed_lines(window, editor, shown_messages):
    _set(editor.model, 0, DESCRIPTION, "Oak door")
    _set(editor.model, 0, UNIT_PRICE, "250")

    window.close()

    assert shown_messages.titles() == ["Quotation"]
    quote = quotes.latest_quote(editor.prospect_id)
    assert quote is not None and quotes.totals(quote.id).gross == Decimal("250.00")


def test_new_settings_keep_the_lines_being_typed(window, editor):
    _set(editor.model, 0, DESCRIPTION, "Oak door")
    _set(editor.model, 0, UNIT_PRICE, "250")
    dialog = window.open_settings_dialog()
    dialog.ui.currency_combo.setCurrentText("EUR")

    dialog.accept()

    assert [x.description for x in editor.model.line_items()] == ["Oak door"]
    assert "€" in editor.ui.total_value.text()
