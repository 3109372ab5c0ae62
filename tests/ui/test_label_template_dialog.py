"""The label sheet editor: measurements checked as typed, saved for every desk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from followup_desk.printing.formats import MM, find_template
from followup_desk.services import posting_setup


@pytest.fixture
def dialog(qtbot, qapp, ui_db, shown_messages):
    from followup_desk.ui import theme
    from followup_desk.ui.label_template_dialog import LabelTemplateDialog

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    widget = LabelTemplateDialog(start_from="5160")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _save_button(dialog):
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)


def test_starts_from_a_catalogue_sheet_in_its_own_units(dialog):
    ui = dialog.ui
    assert ui.unit_combo.currentData() == "in"
    assert ui.left_spin.value() == pytest.approx(0.1875)
    assert ui.columns_spin.value() == 3 and ui.rows_spin.value() == 10
    assert ui.page_combo.currentText() == "US Letter"
    assert ui.product_edit.text() == "5160 (adjusted)"
    assert dialog.problems() == [] and _save_button(dialog).isEnabled()


def test_a_sheet_that_runs_off_the_paper_is_explained_and_cannot_be_saved(dialog):
    dialog.ui.columns_spin.setValue(4)

    problems = dialog.ui.problems_label.text()
    assert "runs 2.562 in off the right edge" in problems
    assert not dialog.ui.problems_label.isHidden()
    assert not _save_button(dialog).isEnabled()


def test_switching_units_keeps_the_sheet_where_it_is(dialog):
    before = dialog.template()
    dialog.ui.unit_combo.setCurrentIndex(dialog.ui.unit_combo.findData("mm"))

    after = dialog.template()
    # Shown to the hundredth of a millimetre.
    assert dialog.ui.left_spin.value() == pytest.approx(4.76)
    for field in ("left", "top", "pitch_x", "label_width", "page_height"):
        assert getattr(after, field) == pytest.approx(
            getattr(before, field), abs=0.01 * MM
        )


def test_saved_sheet_is_there_for_printing(qtbot, dialog):
    ui = dialog.ui
    ui.brand_edit.setText("Shop")
    ui.product_edit.setText("Shelf 40")
    ui.unit_combo.setCurrentIndex(ui.unit_combo.findData("mm"))
    ui.page_combo.setCurrentIndex(ui.page_combo.findData("A4"))
    ui.page_combo.activated.emit(ui.page_combo.currentIndex())
    ui.columns_spin.setValue(4)
    ui.rows_spin.setValue(10)
    for name, value in (
        ("label_width", 48.5),
        ("label_height", 25.4),
        ("left", 8),
        ("top", 21.5),
        ("pitch_x", 48.5),
        ("pitch_y", 25.4),
    ):
        getattr(ui, f"{name}_spin").setValue(value)
    assert dialog.problems() == []

    with qtbot.waitSignal(dialog.template_saved) as saved:
        _save_button(dialog).click()

    key = saved.args[0]
    stored = posting_setup.label_template("Shelf 40")
    assert stored.key == key == "custom-shop-shelf-40"
    assert stored.per_sheet == 40
    assert stored.cell(40).right == pytest.approx((8 + 4 * 48.5) * MM, abs=0.01)
    assert find_template("5160").columns == 3  # the catalogue is untouched


def test_calibration_page_opens_as_a_pdf(dialog, opened_urls):
    dialog.print_calibration()

    assert len(opened_urls) == 1
    assert opened_urls[0].toLocalFile().endswith("label-calibration.pdf")
