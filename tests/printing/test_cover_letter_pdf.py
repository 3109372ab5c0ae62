"""The printed cover letter."""

from __future__ import annotations

from dataclasses import replace

from pdf_probe import (
    ISSUED,
    TRICKY_COMPANY,
    TRICKY_NAME,
    find_run,
    page_sizes,
    page_texts,
    text_runs,
)

from followup_desk.printing.cover_letter import write_cover_letter_pdf
from followup_desk.printing.documents import LetterDocument
from followup_desk.printing.page import A4_LAYOUT, LETTER_LAYOUT


def test_letter_prints_every_part(tmp_path, us_shop, us_letter):
    path = write_cover_letter_pdf(tmp_path / "l.pdf", us_shop, us_letter)

    [text] = page_texts(path)
    flat = " ".join(text.split())
    assert f"Dear {TRICKY_NAME}," in text
    assert TRICKY_COMPANY in text
    assert "Your quotation Q-2024-0117" in text
    assert "March 12, 2024" in text
    for paragraph in us_letter.paragraphs:
        assert paragraph in flat
    assert "Kind regards" in text and "Anna Berger" in text
    assert "ENCLOSED" in text and "Quotation Q-2024-0117" in text
    # A one-page letter needs no page number.
    assert "Page 1" not in text
    assert page_sizes(path) == [(612.0, 792.0)]


def test_letter_recipient_sits_in_the_window(tmp_path, de_shop, de_recipient):
    letter = LetterDocument(de_recipient, ISSUED, "Hello,", ["Text."])
    path = write_cover_letter_pdf(tmp_path / "l.pdf", de_shop, letter)

    runs = text_runs(path, 0)
    mm = 72 / 25.4
    for line in de_recipient.lines(home_country="DE"):
        run = find_run(runs, line)
        # DIN 5008: the window is 20 mm from the left and 45 mm from the top,
        # 85 x 45 mm; the recipient is below its return-address zone.
        assert 20 * mm < run.x < 105 * mm
        assert 62 * mm < A4_LAYOUT.height - run.y - run.size < 90 * mm


def test_salutation_lines_up_with_the_address(tmp_path, us_shop, us_letter):
    path = write_cover_letter_pdf(tmp_path / "l.pdf", us_shop, us_letter)
    runs = text_runs(path, 0)
    salutation = find_run(runs, f"Dear {TRICKY_NAME},")
    name = find_run(runs, TRICKY_NAME)
    assert salutation.x == name.x == LETTER_LAYOUT.margin_left
    assert salutation.y < LETTER_LAYOUT.height - LETTER_LAYOUT.window.bottom


def test_long_letter_runs_onto_a_numbered_second_page(tmp_path, us_shop, us_letter):
    paragraphs = [f"Paragraph {n}. " + "Plenty to say here. " * 12 for n in range(14)]
    letter = replace(us_letter, paragraphs=paragraphs)
    path = write_cover_letter_pdf(tmp_path / "l.pdf", us_shop, letter)

    texts = page_texts(path)
    assert len(texts) == 2
    assert "Page 1 of 2" in texts[0] and "Page 2 of 2" in texts[1]
    joined = " ".join(" ".join(texts).split())
    assert all(f"Paragraph {n}." in joined for n in range(14))
    # Closing and signer are never parted.
    assert "Kind regards" in texts[1] and "Anna Berger" in texts[1]
