"""The daily batch and the walk-in hand-over, each printed as one PDF.

A batch holds, for every package due, the cover letter, the quotation and
the envelope, in that order, so the owner can take the pages off the printer
and stuff envelopes without sorting. Envelope pages carry their own page
size; printers feed them from the envelope tray.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.printing.cover_letter import draw_cover_letter
from followup_desk.printing.documents import LetterDocument, QuoteDocument
from followup_desk.printing.envelope import draw_envelope, envelope_size_for
from followup_desk.printing.page import pdf_canvas
from followup_desk.printing.quotation import draw_quotation

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchPiece:
    """One package: its cover letter, its quotation if any, and who gets it."""

    letter: LetterDocument
    quote: QuoteDocument | None
    recipient: PostalAddress


def write_batch_pdf(
    path: str | os.PathLike[str],
    company: CompanyInfo,
    pieces: Sequence[BatchPiece],
    progress: Progress | None = None,
) -> int:
    """Print every piece into one PDF at ``path``; returns the page count.

    ``progress(done, total)`` is called after each piece, so a dialog can
    show how far the batch has got; it runs on the caller's thread.
    """
    envelope = envelope_size_for(company)
    pages = 0
    with pdf_canvas(path, "Daily batch", company.name) as canvas:
        for done, piece in enumerate(pieces, start=1):
            pages += draw_cover_letter(canvas, company, piece.letter)
            if piece.quote is not None:
                pages += draw_quotation(canvas, company, piece.quote)
            pages += draw_envelope(canvas, company, piece.recipient, envelope)
            if progress is not None:
                progress(done, len(pieces))
    log.info("Batch printed: %d pieces, %d pages", len(pieces), pages)
    return pages


def write_handover_pdf(
    path: str | os.PathLike[str],
    company: CompanyInfo,
    letter: LetterDocument,
    quote: QuoteDocument | None,
) -> Path:
    """Cover letter and quotation for a walk-in, printed while they wait.

    No envelope: the customer takes the pages home.
    """
    title = f"Quotation {quote.number}" if quote is not None else "Letter"
    with pdf_canvas(path, title, company.name) as canvas:
        draw_cover_letter(canvas, company, letter)
        if quote is not None:
            draw_quotation(canvas, company, quote)
    return Path(path)
