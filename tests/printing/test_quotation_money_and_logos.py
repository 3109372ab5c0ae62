"""The quotation on paper: what was typed, the country's money, the logo."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pdf_probe import make_quote, page_sizes, page_texts, text_runs
from PIL import Image
from pypdf import PdfReader

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.domain.money import LineItem
from followup_desk.printing import logo as logo_module
from followup_desk.printing.logo import load_logo, logo_problem
from followup_desk.printing.quotation import write_quotation_pdf

LETTER_SIZE = (612.0, 792.0)
A4_SIZE = (595.3, 841.9)

SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" '
    b'height="100" viewBox="0 0 300 100"><rect width="300" height="100" rx="16" '
    b'fill="#1d5b79"/><circle cx="50" cy="50" r="30" fill="#f2b134"/></svg>'
)


@pytest.fixture(autouse=True)
def _fresh_logos():
    load_logo.cache_clear()
    yield
    load_logo.cache_clear()


def test_text_prints_exactly_as_typed(tmp_path, us_shop, us_recipient):
    typed = [
        'Door "Nordic" 80×200 & frame <oak>',
        "Замок врезной, латунь",
        "Peinture façade, 2 couches, teinte « crème »",
    ]
    lines = [LineItem(text, D(1), D(10)) for text in typed]
    recipient = replace(us_recipient, name='Zoë "Zizi" Ἀθηνᾶ & Юлия <Ltd>')
    path = write_quotation_pdf(
        tmp_path / "q.pdf", us_shop, make_quote(recipient, lines)
    )
    runs = [run.text for run in text_runs(path, 0)]
    for text in typed:
        assert text in runs
    assert 'Zoë "Zizi" Ἀθηνᾶ & Юлия <Ltd>' in runs


def test_sixty_lines_span_pages_with_headers_and_page_numbers(
    tmp_path, de_shop, de_recipient
):
    lines = [
        LineItem(f"Position {n:02d} Schraube", D(n), D("0.99"), tax_pct=D(19))
        for n in range(1, 61)
    ]
    doc = make_quote(de_recipient, lines, currency="EUR", locale="de_DE")
    path = write_quotation_pdf(tmp_path / "q.pdf", de_shop, doc)

    texts = page_texts(path)
    assert len(texts) >= 2
    assert page_sizes(path) == [A4_SIZE] * len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "DESCRIPTION" in text and "AMOUNT" in text
    for n in range(1, 61):
        assert sum(f"Position {n:02d} Schraube" in text for text in texts) == 1
    # 0.99 x (1 + … + 60) = 1,811.70; 19 % = 344.22
    assert re.search(r"2\.155,92\s€", texts[-1])


@pytest.mark.parametrize(
    ("country", "size"),
    [("US", LETTER_SIZE), ("CA", LETTER_SIZE), ("GB", A4_SIZE), ("JP", A4_SIZE)],
)
def test_paper_follows_the_shops_country(tmp_path, us_shop, us_quote, country, size):
    shop = replace(us_shop, address=replace(us_shop.address, country=country))
    path = write_quotation_pdf(tmp_path / "q.pdf", shop, us_quote)
    assert page_sizes(path) == [size]


def test_units_rounding_and_revision_on_paper(tmp_path, de_shop, de_recipient):
    shop = replace(de_shop, currency="CHF", locale="de_CH")
    lines = [
        LineItem("Beratung", D("1.5"), D("80.02"), tax_pct=D("8.1"), unit="h"),
    ]
    doc = replace(
        make_quote(de_recipient, lines, currency="CHF", locale="de_CH"),
        replaces="Q-2024-0117",
        number="Q-2024-0117-2",
    )
    path = write_quotation_pdf(tmp_path / "q.pdf", shop, doc)
    text = page_texts(path)[0]
    assert "1.5 h" in text
    assert "Replaces" in text and "Q-2024-0117-2" in text
    # 120.03 + 9.72 tax = 129.75: already a multiple of 5 rappen
    assert re.search(r"CHF\s129\.75", text)
    assert "Rounding" not in text

    lines = [LineItem("Service", D(1), D("10.03"), tax_pct=D("8.1"))]
    doc = make_quote(de_recipient, lines, currency="CHF", locale="de_CH")
    text = page_texts(write_quotation_pdf(tmp_path / "r.pdf", shop, doc))[0]
    assert "Rounding" in text and re.search(r"CHF\s10\.85", text)


def test_yen_quotation_has_no_cents(tmp_path, de_shop, de_recipient):
    shop = replace(de_shop, currency="JPY", locale="ja_JP")
    lines = [LineItem("Tatami", D(3), D(333), D(5), D(10))]
    doc = make_quote(de_recipient, lines, currency="JPY", locale="ja_JP")
    text = page_texts(write_quotation_pdf(tmp_path / "q.pdf", shop, doc))[0]
    # Babel writes the full-width yen sign; the fonts print its plain form.
    assert "¥949" in text and "¥1,044" in text
    assert ".00" not in text


def test_per_line_rounding_is_what_prints(tmp_path, de_shop, de_recipient):
    lines = [LineItem("Clip", D(1), D("0.99"), tax_pct=D(19))] * 3
    doc = make_quote(de_recipient, lines, currency="EUR", locale="de_DE")
    per_total = page_texts(write_quotation_pdf(tmp_path / "t.pdf", de_shop, doc))[0]
    per_line = page_texts(
        write_quotation_pdf(tmp_path / "l.pdf", de_shop, replace(doc, rounding="line"))
    )[0]
    assert re.search(r"0,56\s€", per_total) and re.search(r"3,53\s€", per_total)
    assert re.search(r"0,57\s€", per_line) and re.search(r"3,54\s€", per_line)


def jpeg(mode: str, size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    colour = (0, 200, 200, 0) if mode == "CMYK" else (200, 30, 30)
    Image.new(mode, size, colour).save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def test_svg_logo_prints_as_a_drawing(tmp_path, us_shop, us_quote):
    logo = load_logo(SVG)
    assert logo is not None and logo.drawing is not None
    assert logo.width / logo.height == pytest.approx(3)
    path = write_quotation_pdf(tmp_path / "q.pdf", replace(us_shop, logo=SVG), us_quote)
    data = path.read_bytes()
    assert b"/Subtype /Image" not in data  # vector paths, not a picture
    assert b"/Subtype /Form" in data
    assert "Q-2024-0117" in page_texts(path)[0]


def test_cmyk_transparent_and_huge_logos_are_usable():
    cmyk = load_logo(jpeg("CMYK", (400, 200)))
    assert cmyk is not None and (cmyk.width, cmyk.height) == (400, 200)
    huge = load_logo(jpeg("RGB", (9000, 3000)))
    assert huge is not None
    assert max(huge.width, huge.height) <= logo_module.MAX_SIDE
    assert huge.width / huge.height == pytest.approx(3, rel=0.02)
    buffer = io.BytesIO()
    Image.new("RGBA", (40, 20), (0, 0, 0, 0)).save(buffer, "PNG")
    clear = load_logo(buffer.getvalue())
    assert clear is not None and clear.reader.getRGBData()  # decodable


def test_transparent_logo_keeps_its_mask(tmp_path, us_shop, us_quote):
    buffer = io.BytesIO()
    image = Image.new("RGBA", (60, 20), (0, 0, 0, 0))
    image.paste((29, 91, 121, 255), (0, 0, 30, 20))
    image.save(buffer, "PNG")
    shop = replace(us_shop, logo=buffer.getvalue())
    path = write_quotation_pdf(tmp_path / "q.pdf", shop, us_quote)
    assert b"/SMask" in path.read_bytes()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x89PNG\r\n\x1a\nbroken", "could not be read"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "no width or height"),
        (b"GIF89a" + b"\x00" * 20, "could not be read"),
    ],
)
def test_broken_logos_say_what_is_wrong_and_print_without(
    tmp_path, us_shop, us_quote, data, says
):
    assert says in logo_problem(data)
    path = write_quotation_pdf(
        tmp_path / "q.pdf", replace(us_shop, logo=data), us_quote
    )
    assert "Q-2024-0117" in page_texts(path)[0]
    assert "/XObject" not in PdfReader(path).pages[0]["/Resources"]


def test_a_good_logo_has_no_problem():
    assert logo_problem(SVG) == "" and logo_problem(None) == ""


def test_company_without_address_still_prints(tmp_path, us_quote):
    shop = CompanyInfo("Kiosk", PostalAddress(country="US"))
    assert (
        "Kiosk"
        in page_texts(write_quotation_pdf(tmp_path / "q.pdf", shop, us_quote))[0]
    )
