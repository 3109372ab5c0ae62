"""The import wizard, driven offscreen: file, mapping, preview, import, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from followup_desk.io import import_preview
from followup_desk.storage.io_models import ImportBatch
from followup_desk.storage.models import Prospect
from followup_desk.ui.import_wizard import (
    DONE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    ImportWizard,
)

OUTLOOK = (
    "First Name,Last Name,Company,Business Street,Business City,Business State,"
    "Business Postal Code,Business Phone,E-mail Address,Kundennummer\r\n"
    "Zoë,Müller,Café Größe & Co,1 Main St,Boston,MA,2108,(617) 555-0123,"
    "zoe@cafe.example,K-1\r\n"
    "Ann,Lee,Lee & Sons,2 Side St,Salem,MA,1970,617 555 0177,ann@lee.example,K-2\r\n"
    ",,,,,,,,nobody@example.com,K-3\r\n"
    "Bob,Brown,,,,,,555-0100,bob@brown.example,K-4\r\n"
)


@pytest.fixture
def wizard(qtbot, qapp, ui_db, shown_messages):
    from followup_desk.ui import theme

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    dialog = ImportWizard(who="desk1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def outlook_file(tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK.encode("cp1252"))
    return path


def test_outlook_file_through_to_undo(qtbot, wizard, outlook_file, make_prospect):
    make_prospect(first_name="Ann", last_name="Lee", email="ann@lee.example")

    assert wizard.load_file(outlook_file)
    assert wizard.page == MAPPING_PAGE
    assert "Outlook export" in wizard.ui.found_label.text()
    assert wizard.mapping()[-1] == ""  # "Kundennummer" means nothing to us
    wizard.set_column_field(9, "notes")

    assert wizard.show_preview()
    assert wizard.page == PREVIEW_PAGE
    counts = wizard.preview.counts()
    assert (counts["add"], counts["skip"], counts["leave_out"]) == (2, 1, 1)
    assert wizard.ui.next_button.text() == "&Import 2 prospects"
    summary = wizard.ui.summary_label.text()
    assert "1 possible duplicate ·" in summary and "1 row with problems" in summary

    wizard.ui.show_combo.setCurrentIndex(2)  # possible duplicates only
    assert wizard.preview_model.rowCount() == 1
    wizard.select_rows([1])
    assert wizard.ui.merge_button.isEnabled()
    qtbot.mouseClick(wizard.ui.merge_button, Qt.MouseButton.LeftButton)
    assert wizard.preview.rows[1].action == import_preview.MERGE
    assert wizard.ui.next_button.text() == "&Import 3 prospects"

    with qtbot.waitSignal(wizard.imported, timeout=20000) as signal:
        qtbot.mouseClick(wizard.ui.next_button, Qt.MouseButton.LeftButton)

    assert wizard.page == DONE_PAGE
    assert wizard.ui.result_label.text() == "Added 2 prospects"
    assert (
        "  Line 4: Enter a name or a company." in wizard.ui.skipped_edit.toPlainText()
    )
    zoe = Prospect.get(Prospect.email == "zoe@cafe.example")
    assert (zoe.company, zoe.postcode, zoe.phone, zoe.notes) == (
        "Café Größe & Co",
        "02108",
        "617-555-0123",
        "K-1",
    )
    ann = Prospect.get(Prospect.email == "ann@lee.example")
    assert ann.street == "2 Side St"  # merged in

    with qtbot.waitSignal(wizard.undone, timeout=5000):
        qtbot.mouseClick(wizard.ui.undo_button, Qt.MouseButton.LeftButton)

    assert Prospect.select().count() == 1
    assert Prospect.get_by_id(ann.id).street == ""
    assert ImportBatch.get_by_id(signal.args[0]).undone_at is not None
    assert not wizard.ui.undo_button.isEnabled()


def test_a_file_that_cannot_be_read_says_why_and_stays(wizard, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text('last_name,street\nAnn,"1 Main St\nBob,2 Side\nCy,3 High\n')

    assert not wizard.load_file(broken)
    assert "quoted value is never closed" in wizard.ui.error_label.text()
    assert not wizard.ui.error_label.isHidden()
    assert not wizard.load_file(tmp_path / "missing.csv")
    assert "Cannot read" in wizard.ui.error_label.text()


def test_no_name_column_asks_for_one(wizard, tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text("Kunde,Ort\nMüller GmbH,Berlin\n", encoding="utf-8")
    assert wizard.load_file(path)
    assert not wizard.show_preview()
    assert "Pick the column with the name" in wizard.ui.error_label.text()
    wizard.set_column_field(0, "company")
    assert wizard.show_preview()
    assert wizard.preview.rows[0].contact.company == "Müller GmbH"


def test_a_vcard_goes_straight_to_the_preview(wizard, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Иванов;Пётр;;;\nFN:Пётр Иванов\nEND:VCARD\n",
        encoding="utf-8",
    )
    assert wizard.load_file(path)
    assert wizard.page == PREVIEW_PAGE
    assert wizard.preview_model.index(0, 2).data() == "Пётр Иванов"
