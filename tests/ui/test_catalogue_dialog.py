"""The catalogue and quotation settings dialogs, opened from the window."""

from __future__ import annotations

from decimal import Decimal

import pytest

from followup_desk.services import catalogue, quote_settings
from followup_desk.storage.catalogue_models import CatalogueItem
from followup_desk.ui import quote_printing
from followup_desk.ui.catalogue_dialog import NAME, PRICE, TAX


@pytest.fixture
def dialog(window):
    catalogue.save_item(code="DOOR-80", name="Oak door", unit_price="249")
    catalogue.save_item(code="FIT", name="Fitting & removal", unit_price="45")
    window.quote_actions.catalogue_action.trigger()
    return window.quote_actions.dialog


def test_the_catalogue_lists_filters_and_edits_in_place(qtbot, dialog):
    model = dialog.model
    assert model.rowCount() == 2 and dialog.ui.count_label.text() == "2 items"
    dialog.ui.search_edit.setText("fit")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, NAME).data() == "Fitting & removal"

    assert model.setData(model.index(0, PRICE), "47,50")
    assert CatalogueItem.get(CatalogueItem.code == "FIT").unit_price == Decimal("47.50")
    assert not model.setData(model.index(0, TAX), "abc")
    assert "Tax: “abc” is not a number." in dialog.ui.error_label.text()
    assert dialog.ui.error_label.isVisible()
    assert model.index(0, TAX).data() == "0"


def test_a_price_list_is_imported_and_reported(tmp_path, dialog, shown_messages):
    path = tmp_path / "prices.csv"
    path.write_text("code;name;price\nWIN-1;Window;199,00\nBAD;Broken;x\n")

    report = dialog.import_file(path)

    assert (report.added, len(report.skipped)) == (1, 1)
    kind, title, text, _ = shown_messages.shown[-1]
    assert title == "Price list" and "1 added" in text and "Line 3" in text
    assert dialog.model.rowCount() == 3


def test_new_items_start_editable_and_can_be_deleted(dialog, shown_messages):
    item_id = dialog.add_item()
    assert item_id is not None and dialog.model.rowCount() == 3
    dialog.ui.items_view.setCurrentIndex(
        dialog.model.index(dialog.model.row_of(item_id), NAME)
    )
    assert dialog.delete_selected()
    assert dialog.model.rowCount() == 2


def test_quotation_settings_check_and_save(window):
    window.quote_actions.settings_action.trigger()
    dialog = window.quote_actions.dialog
    ui = dialog.ui
    ui.pattern_edit.setText("Q/{seq}")
    dialog._show_preview()
    assert "cannot contain /" in ui.preview_label.text()
    dialog.accept()
    assert ui.error_label.isVisible() and dialog.isVisible()

    ui.pattern_edit.setText("A-{yy}{seq:03}")
    dialog._show_preview()
    assert ui.preview_label.text().startswith("Next quotes: A-")
    ui.rounding_combo.setCurrentIndex(ui.rounding_combo.findData("line"))
    ui.print_dialog_radio.setChecked(True)
    dialog.accept()

    saved = quote_settings.current()
    assert (saved.number_pattern, saved.rounding) == ("A-{yy}{seq:03}", "line")
    assert quote_printing.print_method() == quote_printing.DIALOG
