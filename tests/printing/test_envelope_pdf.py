"""Envelopes: the right size, the recipient where the post reads it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_probe import TRICKY_NAME, find_run, page_sizes, page_texts, text_runs
from reportlab.pdfbase.pdfmetrics import stringWidth

from followup_desk.printing.envelope import (
    DL,
    US_10,
    envelope_size_for,
    write_envelope_pdf,
)
from followup_desk.printing.fonts import REGULAR


def test_size_follows_the_shop_country(us_shop, de_shop):
    assert envelope_size_for(us_shop) is US_10
    assert envelope_size_for(de_shop) is DL


@pytest.mark.parametrize(
    ("country", "expected"), [("DE", (623.6, 311.8)), ("US", (684.0, 297.0))]
)
def test_envelope_page_has_the_envelope_size(
    tmp_path, country, expected, us_shop, de_shop, us_recipient, de_recipient
):
    shop, recipient = (
        (de_shop, de_recipient)
        if country == "DE"
        else (
            us_shop,
            us_recipient,
        )
    )
    path = write_envelope_pdf(tmp_path / "e.pdf", shop, recipient)
    assert page_sizes(path) == [expected]
    text = page_texts(path)[0]
    assert TRICKY_NAME in text and "Smith & Sons <Ltd>" in text
    assert shop.name in text


def test_recipient_is_right_of_centre_in_the_lower_half(
    tmp_path, us_shop, us_recipient
):
    path = write_envelope_pdf(tmp_path / "e.pdf", us_shop, us_recipient)
    runs = text_runs(path, 0)
    for line in us_recipient.lines(home_country="US"):
        run = find_run(runs, line)
        assert run.x > US_10.width * 0.4
        assert US_10.barcode_strip < run.y < US_10.height / 2


def test_sender_is_top_left(tmp_path, de_shop, de_recipient):
    path = write_envelope_pdf(tmp_path / "e.pdf", de_shop, de_recipient)
    sender = find_run(text_runs(path, 0), de_shop.name)
    assert sender.x < DL.width * 0.2 and sender.y > DL.height * 0.6


def test_overlong_address_shrinks_and_never_spills(tmp_path, de_shop, de_recipient):
    recipient = replace(
        de_recipient,
        company="Internationale Handelsgesellschaft für Fahrräder und Zubehör " * 3,
        street2="Hinterhaus, 3. Obergeschoss, links, bei Familie Mustermann-Schmidt",
    )
    path = write_envelope_pdf(tmp_path / "e.pdf", de_shop, recipient, DL)
    runs = [run for run in text_runs(path, 0) if run.x > DL.width * 0.4]
    assert len(runs) == len(recipient.lines(home_country="DE"))
    assert runs[0].text == TRICKY_NAME
    for run in runs:
        assert run.size < 11
        assert run.x + stringWidth(run.text, REGULAR, run.size) <= DL.width - DL.margin
        assert run.y > DL.barcode_strip
