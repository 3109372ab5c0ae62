"""Envelope sizes, how each printer takes them, and the print-at-100 % guide."""

from __future__ import annotations

import pytest
from pdf_probe import page_sizes, page_texts
from pypdf import PdfReader

from followup_desk.printing.envelope import write_envelope_pdf
from followup_desk.printing.formats import (
    C4,
    C5,
    DL,
    MM,
    US_9,
    US_10,
    FormatError,
    PrinterSetup,
    envelope_named,
)


def placed_runs(path, page: int = 0) -> dict[str, tuple[float, float]]:
    """Where each text run starts on the page, rotation included."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font_dict, font_size):
        text = text.strip()
        if not text or text in found:
            return
        x, y = tm[4], tm[5]
        found[text] = (
            x * cm[0] + y * cm[2] + cm[4],
            x * cm[1] + y * cm[3] + cm[5],
        )

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        (DL, (623.6, 311.8)),
        (C5, (649.1, 459.2)),
        (C4, (918.4, 649.1)),
        (US_10, (684.0, 297.0)),
        (US_9, (639.0, 279.0)),
    ],
)
def test_each_size_is_a_page_of_its_own_size(
    tmp_path, size, expected, de_shop, de_recipient
):
    path = write_envelope_pdf(tmp_path / "e.pdf", de_shop, de_recipient, size)
    assert page_sizes(path) == [expected]
    assert "Hauptstraße 5" in page_texts(path)[0]


def test_sizes_by_name_and_custom_sizes():
    assert envelope_named("dl") is DL
    assert envelope_named("10") is US_10
    assert envelope_named("#9") is US_9
    custom = envelope_named("120 x 235")
    assert (round(custom.width / MM), round(custom.height / MM)) == (235, 120)
    with pytest.raises(FormatError, match="smaller than 140 × 90 mm"):
        envelope_named("100x80")
    with pytest.raises(FormatError, match="DL, C5, C4, #10, #9"):
        envelope_named("A4")


@pytest.mark.parametrize("feed", ["portrait_top_left", "portrait_top_right"])
def test_short_edge_feed_turns_the_envelope_on_a_portrait_page(
    tmp_path, feed, us_shop, us_recipient
):
    setup = PrinterSetup(envelope_feed=feed)
    path = write_envelope_pdf(tmp_path / "e.pdf", us_shop, us_recipient, US_10, setup)

    width, height = page_sizes(path)[0]
    assert (width, height) == (297.0, 684.0)
    runs = placed_runs(path)
    sender_x, sender_y = runs[us_shop.name]
    street_x, street_y = runs["42 Elm Avenue"]
    if feed == "portrait_top_left":
        # The envelope's top edge is the page's left edge: the sender's
        # corner (top left of the envelope) lands bottom left.
        assert sender_x < width / 2 and sender_y < height * 0.3
        assert street_x > sender_x and street_y > height * 0.4
    else:
        assert sender_x > width / 2 and sender_y > height * 0.7
        assert street_x < sender_x and street_y < height * 0.6


def test_printer_offset_shifts_the_whole_envelope(tmp_path, us_shop, us_recipient):
    plain = write_envelope_pdf(tmp_path / "a.pdf", us_shop, us_recipient, US_10)
    setup = PrinterSetup(envelope_offset_x=2.0, envelope_offset_y=1.0)
    moved = write_envelope_pdf(tmp_path / "b.pdf", us_shop, us_recipient, US_10, setup)
    before, after = placed_runs(plain), placed_runs(moved)
    for text in (us_shop.name, "42 Elm Avenue"):
        assert after[text][0] - before[text][0] == pytest.approx(2 * MM, abs=0.01)
        assert after[text][1] - before[text][1] == pytest.approx(-1 * MM, abs=0.01)


def test_scale_guide_only_when_asked(tmp_path, de_shop, de_recipient, us_shop):
    with_guide = write_envelope_pdf(
        tmp_path / "g.pdf", de_shop, de_recipient, C5, guide=True
    )
    without = write_envelope_pdf(tmp_path / "n.pdf", de_shop, de_recipient, C5)
    assert "this bar is 50 mm" in page_texts(with_guide)[0]
    assert "Print at 100" not in page_texts(without)[0]
    us = write_envelope_pdf(tmp_path / "u.pdf", us_shop, de_recipient, US_9, guide=True)
    assert "this bar is 2 in" in page_texts(us)[0]


def test_offsets_beyond_reason_are_refused():
    with pytest.raises(FormatError, match="more than 20 mm"):
        PrinterSetup(sheet_offset_x=25)
    with pytest.raises(FormatError, match="feed"):
        PrinterSetup(envelope_feed="sideways")
