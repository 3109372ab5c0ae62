"""The quote editor's keys, its revisions, its answers and its printing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from followup_desk.domain.money import LineItem
from followup_desk.services import contacts, quotes
from followup_desk.ui import quote_printing
from followup_desk.ui.quote_lines_model import DESCRIPTION, QUANTITY, UNIT_PRICE

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(window, make_prospect):
    prospect = make_prospect(first_name="Юлия", last_name="Смирнова")
    window.show_prospect(prospect.id)
    return window.detail.quote_editor


def fill(editor, *names: str) -> None:
    for row, name in enumerate(names):
        editor.model.setData(editor.model.index(row, DESCRIPTION), name)
        editor.model.setData(editor.model.index(row, UNIT_PRICE), str(10 * (row + 1)))


def descriptions(editor) -> list[str]:
    return [line.description for line in editor.model.line_items()]


def test_lines_move_go_and_come_back_with_the_keyboard(qtbot, editor):
    fill(editor, "A", "B", "C")
    view = editor.ui.lines_view
    view.setFocus()
    view.setCurrentIndex(editor.model.index(0, QUANTITY))

    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert descriptions(editor) == ["B", "A", "C"]
    assert view.currentIndex().row() == 1  # the cursor moves with the line
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert descriptions(editor) == ["A", "B", "C"]

    view.setCurrentIndex(editor.model.index(1, DESCRIPTION))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert descriptions(editor) == ["A", "C"]
    assert editor.ui.total_value.text() == "$40.00"

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert descriptions(editor) == ["A", "B", "C"]
    assert editor.ui.total_value.text() == "$60.00"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # before the move back
    assert descriptions(editor) == ["B", "A", "C"]
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert descriptions(editor) == ["A", "B", "C"]


def test_totals_show_each_tax_rate(editor):
    model = editor.model
    model.setData(model.index(0, DESCRIPTION), "Paint")
    model.setData(model.index(0, UNIT_PRICE), "100")
    model.setData(model.index(0, 4), "19")
    model.setData(model.index(1, DESCRIPTION), "Book")
    model.setData(model.index(1, UNIT_PRICE), "20")
    model.setData(model.index(1, 4), "7")
    assert editor.rate_rows() == [
        ("Tax 7 % on $20.00", "$1.40"),
        ("Tax 19 % on $100.00", "$19.00"),
    ]
    assert editor.ui.tax_value.text() == "$20.40"
    assert editor.ui.total_value.text() == "$140.40"


def test_editing_a_sent_quote_saves_a_revision(editor, shown_messages, opened_urls):
    fill(editor, "Oak door")
    path = editor.print_quotation()
    first = quotes.get_quote(editor.quote_id)
    assert path is not None and first.status == "sent"
    assert editor.ui.status_chip.text() == "Sent"
    assert f"changes are saved as {first.number}-2" in (
        editor.ui.status_detail_label.text()
    )

    editor.model.setData(editor.model.index(0, UNIT_PRICE), "8")
    assert "makes " + first.number + "-2" in editor.ui.save_state_label.text()
    assert editor.save() is not None

    revision = quotes.get_quote(editor.quote_id)
    assert revision.number == f"{first.number}-2" and revision.status == "draft"
    assert quotes.totals(first.id).gross == Decimal("10.00")  # kept as sent
    assert quotes.totals(revision.id).gross == Decimal("8.00")
    assert editor.ui.quote_combo.currentText().startswith(revision.number)
    assert editor.ui.status_detail_label.text().startswith(
        f"Revision 2 of {first.number}"
    )


def test_accepting_from_the_editor_converts_the_prospect(
    window, editor, shown_messages
):
    fill(editor, "Oak door")
    editor.save()
    shown_messages.answer = True

    editor.ui.accept_button.click()

    assert shown_messages.titles() == ["First order"]
    quote = quotes.get_quote(editor.quote_id)
    assert quote.status == "accepted"
    assert contacts.get_prospect(editor.prospect_id).status == "customer"
    assert window.detail.ui.status_chip.text() == "Customer"
    assert not editor.ui.accept_button.isEnabled()
    # An accepted quote is shown, not edited.
    assert not editor.model.setData(editor.model.index(0, UNIT_PRICE), "1")


def test_the_print_dialog_prints_the_pages_as_the_pdf_has_them(
    qtbot, tmp_path, editor, opened_urls
):
    quote_printing.set_print_method(quote_printing.DIALOG)
    editor.model.load(
        [LineItem(f"Part {n}", Decimal(1), Decimal(2)) for n in range(60)]
    )
    editor.model.dirty = True

    path = editor.print_quotation()

    dialog = editor.delivery.dialog
    assert dialog is not None and dialog.isVisible() and opened_urls == []
    # No printer is installed here, so the dialog offers Qt's "print to
    # file"; its file name box is the one thing typed into it.
    out = tmp_path / "printed.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)

    from pypdf import PdfReader

    printed, source = PdfReader(str(out)), PdfReader(str(path))
    assert len(printed.pages) == len(source.pages) >= 2
    for mine, theirs in zip(printed.pages, source.pages, strict=True):
        assert float(mine.mediabox.width) == pytest.approx(
            float(theirs.mediabox.width), abs=1
        )
        assert float(mine.mediabox.height) == pytest.approx(
            float(theirs.mediabox.height), abs=1
        )
    assert quotes.get_quote(editor.quote_id).status == "sent"
    assert QApplication.activeModalWidget() is None


def test_cancelling_the_print_dialog_leaves_the_quote_a_draft(editor):
    quote_printing.set_print_method(quote_printing.DIALOG)
    fill(editor, "Oak door")
    editor.print_quotation()
    editor.delivery.dialog.reject()
    assert quotes.get_quote(editor.quote_id).status == "draft"
