"""The printed quotation, read back from the PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from pdf_probe import (
    TRICKY_COMPANY,
    TRICKY_NAME,
    find_run,
    make_lines,
    make_quote,
    page_sizes,
    page_texts,
    text_runs,
)
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from followup_desk.domain.money import LineItem
from followup_desk.printing import quotation
from followup_desk.printing.fonts import BOLD, REGULAR
from followup_desk.printing.page import LETTER_LAYOUT
from followup_desk.printing.quotation import write_quotation_pdf

A4_SIZE = (595.3, 841.9)
LETTER_SIZE = (612.0, 792.0)
MM = 72 / 25.4
# Window areas as the envelope standards give them (left, top, width, height
# from the top-left corner), written out here so that the test checks the
# layout against the standard, not against itself.
DIN_5008_WINDOW = (20 * MM, 45 * MM, 85 * MM, 45 * MM)
US_10_WINDOW = (0.875 * 72, 2.0 * 72, 4.0 * 72, 1.125 * 72)


def test_quotation_prints_names_number_and_totals(tmp_path, us_shop, us_quote):
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, us_quote)

    [text] = page_texts(path)
    assert TRICKY_NAME in text
    assert TRICKY_COMPANY in text
    assert "Quotation" in text and "Q-2024-0117" in text
    assert "March 12, 2024" in text and "April 11, 2024" in text
    # 2 x 19.95 = 39.90, less 10 % = 35.91; 1,234.50; 15.00
    assert "$35.91" in text and "$1,234.50" in text
    assert "Total before discount" in text and "$1,289.40" in text
    assert "-$3.99" in text
    assert "Subtotal" in text and "$1,285.41" in text
    # Tax per rate: 8.25 % of 35.91 = 2.96; 7 % of 1,234.50 = 86.42
    assert "Tax 7%" in text and "$86.42" in text
    assert "Tax 8.25%" in text and "$2.96" in text
    assert "Tax 0%" not in text
    assert "$1,374.79" in text
    assert "Delivery within a week." in text and "Payment within 14 days." in text
    assert "Page 1 of 1" in text


def test_amounts_and_total_line_up_on_the_right(tmp_path, us_shop, us_quote):
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, us_quote)
    runs = text_runs(path, 0)
    right = LETTER_LAYOUT.content_right - quotation.PAD

    def end(text: str, font: str) -> float:
        run = find_run(runs, text)
        return run.x + stringWidth(text, font, run.size)

    assert end("$35.91", REGULAR) == pytest.approx(right, abs=0.5)
    assert end("$1,285.41", REGULAR) == pytest.approx(right, abs=0.5)
    assert end("$1,374.79", BOLD) == pytest.approx(right, abs=0.5)
    assert find_run(runs, "$1,374.79").y < find_run(runs, "$1,285.41").y


def test_euro_quotation_on_a4_uses_the_shop_locale(tmp_path, de_shop, de_recipient):
    doc = make_quote(de_recipient, currency="EUR", locale="de_DE")
    path = write_quotation_pdf(tmp_path / "q.pdf", de_shop, doc)

    assert page_sizes(path) == [A4_SIZE]
    text = page_texts(path)[0]
    # The PDF holds a no-break space before the euro sign; pypdf reads a space.
    assert re.search(r"1\.234,50\s€", text)
    assert re.search(r"1\.374,79\s€", text)
    assert "12. März 2024" in text
    assert "Hauptstraße 5" in text and "10115 Berlin" in text
    assert "Fahrradhaus Müller" in text


def test_us_shop_prints_on_letter_paper(tmp_path, us_shop, us_quote):
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, us_quote)
    assert page_sizes(path) == [LETTER_SIZE]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_recipient_sits_inside_the_envelope_window(
    tmp_path, paper, us_shop, de_shop, us_recipient, de_recipient
):
    shop, recipient, height, window = {
        "a4": (de_shop, de_recipient, A4_SIZE[1], DIN_5008_WINDOW),
        "letter": (us_shop, us_recipient, LETTER_SIZE[1], US_10_WINDOW),
    }[paper]
    left, top, width, window_height = window
    path = write_quotation_pdf(tmp_path / "q.pdf", shop, make_quote(recipient))

    runs = text_runs(path, 0)
    for line in recipient.lines(home_country=shop.country):
        run = find_run(runs, line)
        assert left < run.x < left + width - 20, line
        assert top < height - run.y - run.size, line
        assert height - run.y + run.size * 0.25 < top + window_height, line
        # An ordinary address needs no shrinking to fit.
        assert run.size >= 9.5, line
    first = find_run(runs, TRICKY_NAME)
    back = [run for run in runs if run.text.startswith(f"{shop.name}  ·")][0]
    assert back.size < first.size and back.y > first.y
    assert top < height - back.y - back.size


def test_long_quotation_breaks_pages_and_repeats_the_header(
    tmp_path, us_shop, us_recipient
):
    doc = make_quote(us_recipient, make_lines(80))
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, doc)

    texts = page_texts(path)
    pages = len(texts)
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "DESCRIPTION" in text and "AMOUNT" in text
    for n in range(77):
        assert sum(f"Spare part {n}\n" in text for text in texts) == 1, n
    assert "Q-2024-0117" in texts[1] and "continued" in texts[1]
    assert TRICKY_NAME not in texts[1]
    assert "Total" in texts[-1] and "Total" not in texts[0].replace("Total before", "")


def test_text_stays_above_the_footer(tmp_path, us_shop, us_recipient):
    doc = make_quote(us_recipient, make_lines(80))
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, doc)
    footer_top = LETTER_LAYOUT.height - LETTER_LAYOUT.body_bottom
    for page in range(len(PdfReader(path).pages)):
        body = [run for run in text_runs(path, page) if "Page" not in run.text]
        lowest = [run for run in body if run.y < footer_top]
        # Only the footer's contact line lives below the body.
        assert [run.text for run in lowest] == [
            "(217) 555-0142  ·  hello@harborlight.example  ·  harborlight.example"
        ]


def test_description_longer_than_a_page_is_split_not_lost(
    tmp_path, us_shop, us_recipient
):
    words = " ".join(f"word{n}" for n in range(1500))
    lines = [LineItem(words, Decimal(1), Decimal(5))]
    path = write_quotation_pdf(
        tmp_path / "q.pdf", us_shop, make_quote(us_recipient, lines)
    )
    text = " ".join(page_texts(path))
    assert len(page_texts(path)) >= 2
    assert "word0 " in text and "word1499" in text


def test_discount_column_only_when_a_line_has_a_discount(
    tmp_path, us_shop, us_recipient
):
    plain = [replace(line, discount_pct=Decimal(0)) for line in make_lines()]
    path = write_quotation_pdf(
        tmp_path / "q.pdf", us_shop, make_quote(us_recipient, plain)
    )
    text = page_texts(path)[0]
    assert "DISCOUNT %" not in text and "Total before discount" not in text
    assert "TAX %" in text

    path = write_quotation_pdf(tmp_path / "d.pdf", us_shop, make_quote(us_recipient))
    assert "DISCOUNT %" in page_texts(path)[0]


def test_broken_logo_still_prints(tmp_path, us_shop, us_quote, caplog):
    shop = replace(us_shop, logo=b"\x89PNG\r\n\x1a\nnot really")
    path = write_quotation_pdf(tmp_path / "q.pdf", shop, us_quote)
    assert "Q-2024-0117" in page_texts(path)[0]
    assert "Logo ignored" in caplog.text
    assert "/XObject" not in PdfReader(path).pages[0]["/Resources"]


def test_logo_is_stored_once_however_many_pages(tmp_path, us_shop, us_recipient):
    short = write_quotation_pdf(tmp_path / "s.pdf", us_shop, make_quote(us_recipient))
    doc = make_quote(us_recipient, make_lines(80))
    long = write_quotation_pdf(tmp_path / "q.pdf", us_shop, doc)

    assert len(PdfReader(long).pages) > 2
    images = short.read_bytes().count(b"/Subtype /Image")
    assert images >= 1
    assert long.read_bytes().count(b"/Subtype /Image") == images


def test_fonts_are_embedded(tmp_path, us_shop, us_quote):
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, us_quote)
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        assert "DejaVuSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"]


def test_characters_without_glyphs_do_not_stop_printing(
    tmp_path, us_shop, us_recipient
):
    recipient = replace(us_recipient, name="Ann 😀 李小龍", street="1 Main\tSt")
    lines = [LineItem("Gift 🎁 wrapping", Decimal(1), Decimal(3))]
    path = write_quotation_pdf(
        tmp_path / "q.pdf", us_shop, make_quote(recipient, lines)
    )
    text = page_texts(path)[0]
    assert "Ann" in text and "Gift wrapping" in text
    assert "1 Main St" in text


def test_failed_drawing_leaves_no_file_behind(tmp_path, us_shop, us_quote, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(quotation, "draw_footer", explode)
    with pytest.raises(RuntimeError):
        write_quotation_pdf(tmp_path / "q.pdf", us_shop, us_quote)
    assert list(tmp_path.iterdir()) == []


def test_written_file_is_readable_by_others(tmp_path, us_shop, us_quote):
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, us_quote)
    assert path.stat().st_mode & 0o044
    assert [p.name for p in tmp_path.iterdir()] == ["q.pdf"]
