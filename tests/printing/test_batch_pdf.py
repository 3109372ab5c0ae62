"""The daily batch and the walk-in hand-over, as single PDFs."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pdf_probe import ISSUED, make_lines, make_quote, page_sizes, page_texts

from followup_desk.domain.address import PostalAddress
from followup_desk.printing.batch import BatchPiece, write_batch_pdf, write_handover_pdf
from followup_desk.printing.documents import default_cover_letter

LETTER = (612.0, 792.0)
ENVELOPE_10 = (684.0, 297.0)


def piece(shop, number: int, lines: int) -> BatchPiece:
    recipient = PostalAddress(
        name=f"Customer {number}",
        street=f"{number} Oak Road",
        city="Peoria",
        region="IL",
        postcode="61602",
        country="US",
    )
    quote = make_quote(recipient, make_lines(lines), number=f"Q-{number}")
    letter = default_cover_letter(shop, recipient, ISSUED, f"Q-{number}", "Ann", True)
    return BatchPiece(letter, quote, recipient)


def test_batch_prints_letter_quote_envelope_per_piece_in_order(tmp_path, us_shop):
    pieces = [piece(us_shop, 1, 3), piece(us_shop, 2, 80), piece(us_shop, 3, 2)]
    calls = []
    path = tmp_path / "batch.pdf"

    pages = write_batch_pdf(path, us_shop, pieces, lambda d, t: calls.append((d, t)))

    texts = page_texts(path)
    sizes = page_sizes(path)
    assert pages == len(texts) == len(sizes)
    assert calls == [(1, 3), (2, 3), (3, 3)]

    index = 0
    quote_lengths = []
    for number in (1, 2, 3):
        assert f"Dear Customer {number}," in texts[index]
        assert sizes[index] == LETTER
        index += 1

        count = int(re.search(r"Page 1 of (\d+)", texts[index])[1])
        quote_lengths.append(count)
        for page in range(1, count + 1):
            assert f"Q-{number}" in texts[index]
            assert f"Page {page} of {count}" in texts[index]
            assert sizes[index] == LETTER
            index += 1

        assert sizes[index] == ENVELOPE_10
        assert f"Customer {number}" in texts[index]
        index += 1
    assert index == len(texts)
    assert quote_lengths[0] == quote_lengths[2] == 1 and quote_lengths[1] > 1


def test_piece_without_quote_gets_letter_and_envelope(tmp_path, us_shop):
    only_letter = replace(piece(us_shop, 4, 1), quote=None)
    pages = write_batch_pdf(tmp_path / "b.pdf", us_shop, [only_letter])
    assert pages == 2
    assert page_sizes(tmp_path / "b.pdf") == [LETTER, ENVELOPE_10]


def test_empty_batch_is_still_a_valid_file(tmp_path, us_shop):
    assert write_batch_pdf(tmp_path / "b.pdf", us_shop, []) == 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_handover_has_letter_and_quote_but_no_envelope(tmp_path, de_shop):
    one = piece(de_shop, 7, 3)
    path = write_handover_pdf(tmp_path / "h.pdf", de_shop, one.letter, one.quote)
    texts = page_texts(path)
    assert page_sizes(path) == [(595.3, 841.9)] * 2
    assert "Dear Customer 7," in texts[0]
    assert "Quotation no." in texts[1]


def test_crash_mid_batch_leaves_neither_file_nor_leftovers(tmp_path, us_shop):
    pieces = [piece(us_shop, 1, 3), piece(us_shop, 2, 3)]
    target = tmp_path / "batch.pdf"
    target.write_bytes(b"yesterday's batch")

    def stop(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_batch_pdf(target, us_shop, pieces, stop)
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]
    assert target.read_bytes() == b"yesterday's batch"
