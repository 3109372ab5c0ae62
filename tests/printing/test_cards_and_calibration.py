"""Business-card sheets and the calibration page, read back from the PDF."""

from __future__ import annotations

import pytest
from pdf_probe import page_sizes, page_texts, text_runs
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from followup_desk.printing.business_cards import CardPerson, write_business_cards
from followup_desk.printing.calibration import write_calibration_pdf
from followup_desk.printing.fonts import BOLD, REGULAR
from followup_desk.printing.formats import MM, PrinterSetup, find_template

IN = 72.0
# Published business-card sheets: (unit, left, top, pitch x, pitch y, w, h).
CARDS = {
    "5371": ("in", 0.75, 0.5, 3.5, 2, 3.5, 2),
    "C32011": ("mm", 15, 13.5, 95, 54, 85, 54),
}


def card_rect(product: str, position: int) -> tuple[float, float, float, float]:
    unit, left, top, px, py, w, h = CARDS[product]
    scale = IN if unit == "in" else MM
    row, col = divmod(position - 1, 2)
    x, y = (left + col * px) * scale, (top + row * py) * scale
    return x, y, x + w * scale, y + h * scale


@pytest.mark.parametrize("product", sorted(CARDS))
def test_every_card_on_the_sheet_stays_inside_its_card(tmp_path, product, us_shop):
    person = CardPerson(
        "Anna Berger-Łukasiewicz von Hohenzollern-Sigmaringen",
        "Owner & shop manager",
        "(217) 555-0199",
        "anna@harborlight.example",
    )
    path = write_business_cards(
        tmp_path / "cards.pdf", find_template(product), us_shop, person
    )

    assert len(page_sizes(path)) == 1
    height = float(PdfReader(path).pages[0].mediabox.height)
    runs = text_runs(path, 0)
    names = [run for run in runs if run.text.startswith("Anna")]
    assert len(names) == 10
    for run in runs:
        font = BOLD if run.text in (names[0].text, us_shop.name) else REGULAR
        end = run.x + stringWidth(run.text, font, run.size)
        top = height - run.y
        inside = [
            n
            for n in range(1, 11)
            if card_rect(product, n)[0] <= run.x
            and end <= card_rect(product, n)[2]
            and card_rect(product, n)[1] <= top <= card_rect(product, n)[3]
        ]
        assert len(inside) == 1, (run.text, run.x, top)
    # The long name shrank to fit rather than spilling.
    assert names[0].size < 11


def test_cards_start_on_a_half_used_sheet(tmp_path, de_shop):
    template = find_template("C32011")
    path = write_business_cards(
        tmp_path / "cards.pdf", template, de_shop, CardPerson("Jürgen Groß"), start=7
    )
    height = float(PdfReader(path).pages[0].mediabox.height)
    tops = sorted(
        height - run.y for run in text_runs(path, 0) if run.text == "Jürgen Groß"
    )
    assert len(tops) == 4  # cards 7 to 10
    assert card_rect("C32011", 7)[1] < tops[0] < card_rect("C32011", 7)[3]


def test_calibration_page_numbers_each_label_where_it_is(tmp_path):
    template = find_template("5160")
    path = write_calibration_pdf(tmp_path / "cal.pdf", template)

    assert page_sizes(path) == [(612.0, 792.0)]
    text = page_texts(path)[0]
    assert "Calibration page for Avery 5160" in text
    assert "offsets now +0.0 mm left-right, +0.0 mm up-down" in text
    height = 792.0
    numbers = {int(run.text): run for run in text_runs(path, 0) if run.text.isdigit()}
    for position in range(1, 31):
        cell = template.cell(position)
        run = numbers[position]
        centre_x = run.x + stringWidth(run.text, BOLD, run.size) / 2
        assert centre_x == pytest.approx(cell.left + cell.width / 2, abs=0.5 * MM)
        assert cell.top < height - run.y < cell.bottom


def test_calibration_page_shows_the_printer_offsets(tmp_path):
    template = find_template("L7160")
    plain = write_calibration_pdf(tmp_path / "a.pdf", template)
    shifted = write_calibration_pdf(
        tmp_path / "b.pdf",
        template,
        PrinterSetup(name="Back office", sheet_offset_x=1.5, sheet_offset_y=-0.5),
    )
    before = {r.text: r for r in text_runs(plain, 0) if r.text.isdigit()}
    after = {r.text: r for r in text_runs(shifted, 0) if r.text.isdigit()}
    assert after["21"].x - before["21"].x == pytest.approx(1.5 * MM, abs=0.01)
    assert after["21"].y - before["21"].y == pytest.approx(0.5 * MM, abs=0.01)
    assert "Printer “Back office”: offsets now +1.5 mm" in page_texts(shifted)[0]
