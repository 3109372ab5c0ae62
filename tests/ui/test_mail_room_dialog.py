"""The mail room dialog: printer offsets, brochures and business cards."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from followup_desk.services import posting_setup


@pytest.fixture
def dialog(qtbot, qapp, ui_db, shown_messages, opened_urls):
    from followup_desk.ui import theme
    from followup_desk.ui.mail_room_dialog import MailRoomDialog

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    widget = MailRoomDialog()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pdf(path, title: str) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for number in (1, 2):
        canvas.drawString(72, 720, f"{title} {number}")
        canvas.showPage()
    canvas.save()


def test_printer_offsets_and_feed_are_kept(dialog):
    ui = dialog.ui
    ui.feed_combo.setCurrentIndex(ui.feed_combo.findData("portrait_top_left"))
    ui.sheet_x_spin.setValue(1.5)
    ui.envelope_y_spin.setValue(-2.0)

    assert dialog.save_printer()

    saved = posting_setup.printer_settings()
    assert saved.envelope_feed == "portrait_top_left"
    assert (saved.sheet_offset_x, saved.envelope_offset_y) == (1.5, -2.0)
    # Offsets beyond what a printer can be off cannot even be typed.
    ui.sheet_y_spin.setValue(35)
    assert ui.sheet_y_spin.value() == 20


def test_calibration_page_and_test_envelope_print_with_the_offsets(dialog, opened_urls):
    dialog.ui.sheet_x_spin.setValue(0.5)
    dialog.ui.calibration_combo.setCurrentIndex(
        dialog.ui.calibration_combo.findData("avery-l7160")
    )

    calibration = dialog.print_calibration()
    envelope = dialog.print_test_envelope()

    assert [url.toLocalFile() for url in opened_urls] == [
        str(calibration),
        str(envelope),
    ]
    text = PdfReader(calibration).pages[0].extract_text()
    assert "Avery L7160" in text and "+0.5 mm left-right" in text
    assert "Print at 100 %" in PdfReader(envelope).pages[0].extract_text()


def test_brochures_are_added_listed_and_refused_when_broken(dialog, tmp_path):
    brochure = tmp_path / "Spring brochure.pdf"
    _pdf(brochure, "Spring")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")

    assert dialog.add_enclosure(brochure, "package")
    assert not dialog.add_enclosure(broken, "mailer")

    items = [dialog.ui.enclosure_list.item(0).text()]
    assert items == ["Every package: Spring brochure (2 pages)"]
    assert dialog.ui.enclosure_list.count() == 1
    assert dialog.ui.error_label.text() == "broken.pdf is not a PDF file."
    assert not dialog.ui.error_label.isHidden()


def test_business_card_saved_and_printed_as_a_sheet(dialog, opened_urls):
    ui = dialog.ui
    ui.card_email_edit.setText("not an address")
    ui.card_name_edit.setText("Zoë Ἀθηνᾶ")
    assert not dialog.save_card()
    assert "not an e-mail address" in ui.error_label.text()

    ui.card_email_edit.setText("zoe@example.com")
    ui.card_title_edit.setText("Front desk")
    path = dialog.print_cards()

    assert [c.name for c in posting_setup.staff_cards()] == ["Zoë Ἀθηνᾶ"]
    assert ui.card_list.count() == 1
    text = PdfReader(path).pages[0].extract_text()
    assert text.count("Zoë Ἀθηνᾶ") == 10
    assert opened_urls[-1].toLocalFile() == str(path)
