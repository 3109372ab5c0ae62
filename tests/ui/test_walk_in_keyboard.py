"""A walk-in served from the keyboard alone: log, quote three lines, print."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from followup_desk.services import catalogue, quotes
from followup_desk.ui.quote_lines_model import DESCRIPTION, QUANTITY, TAX


@pytest.fixture
def shop(ui_db):
    for code, name, unit, price, tax in (
        ("DOOR-80", "Oak door 80×200", "pc", "249.00", "19"),
        ("FIT", "Fitting & removal", "h", "45.00", "19"),
        ("BOOK", "Care guide “Wood”", "pc", "12.99", "7"),
    ):
        catalogue.save_item(
            code=code, name=name, unit=unit, unit_price=price, tax_pct=tax
        )


@pytest.fixture
def keys(qtbot, type_text):
    """Keys go where a keyboard sends them: an open list first, else the focus."""

    def target():
        return QApplication.activePopupWidget() or QApplication.focusWidget()

    class Keys:
        def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
            qtbot.keyClick(target(), key, modifier)
            qtbot.wait(1)  # let queued moves (next cell, next line) happen

        def type(self, text: str) -> None:
            for char in text:
                type_text(target(), char)
            qtbot.wait(1)

    return Keys()


def cell_editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), widget
    return widget


# The catalogue suggestions are a popup window; the offscreen platform of the
# tests says it cannot raise it or grab the keyboard for it.
@pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing"
)
def test_walk_in_quoted_and_printed_without_the_mouse(
    qtbot, window, shop, keys, shown_messages, opened_urls
):
    # Ctrl+N: the new-prospect dialog, the cursor in the first name.
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    qtbot.waitUntil(lambda: dialog.ui.first_name_edit.hasFocus())
    keys.type("Zoë")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Müller & <Sons>")
    keys.press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Walk-in
    # A mnemonic "clicks" the button the way Qt animates it, a moment later.
    qtbot.waitUntil(lambda: dialog.channel() == "walk_in")
    dialog.ui.last_name_edit.setFocus()
    keys.press(Qt.Key.Key_Return)  # Save prospect

    # The window offers to write the quotation at once; yes.
    qtbot.waitUntil(lambda: shown_messages.titles() == ["Quotation"])
    editor = window.detail.quote_editor
    view = editor.ui.lines_view
    qtbot.waitUntil(lambda: view.hasFocus())
    assert editor.prospect_id is not None

    # Line 1: the code, Enter takes the item, two doors, Enter: next line.
    keys.type("door")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().column() == QUANTITY)
    keys.type("2")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)

    # Line 2: by name, Tab through quantity, price and discount.
    keys.type("fitt")
    keys.press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.currentIndex().column() == QUANTITY)
    keys.type("1.5")
    keys.press(Qt.Key.Key_Tab)  # to the price, kept as the catalogue has it
    keys.press(Qt.Key.Key_Tab)  # to the discount
    cell_editor().selectAll()
    keys.type("10")
    keys.press(Qt.Key.Key_Tab)  # to the tax
    assert view.currentIndex().column() == TAX
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2)

    # Line 3: a one-off, free text with its own price.
    keys.type("Delivery to Zoë's door")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    cell_editor().selectAll()
    keys.type("35")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 3)
    assert view.currentIndex().column() == DESCRIPTION

    lines = editor.model.line_items()
    assert [(x.code, x.description, x.quantity) for x in lines] == [
        ("DOOR-80", "Oak door 80×200", Decimal(2)),
        ("FIT", "Fitting & removal", Decimal("1.5")),
        ("", "Delivery to Zoë's door", Decimal(1)),
    ]
    # 498.00 + 60.75 + 35.00 = 593.75; tax 19 % on 558.75 = 106.16
    assert editor.ui.total_value.text() == "$699.91"

    # Ctrl+Shift+H: save, print the cover letter and quotation, hand over.
    keys.press(
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(opened_urls) == 1)
    quote = quotes.latest_quote(editor.prospect_id)
    assert quote.status == "sent"  # the customer has it now
    assert quotes.totals(quote.id).gross == Decimal("699.91")
    path = opened_urls[0].toLocalFile()
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Thank you for visiting" in text  # the cover letter
    assert "Zoë Müller & <Sons>" in text and quote.number in text
    assert "Oak door 80×200" in text and "Delivery to Zoë's door" in text
