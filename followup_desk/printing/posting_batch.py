"""The daily batch as one PDF, in the order the owner stuffs envelopes.

First, envelope by envelope, everything that goes inside: for each person the
cover letter and the quotation, then the enclosures the owner added (brochure
PDFs, merged in page for page). Then the envelopes, or the label sheets, in
the same order, so the top envelope belongs with the first pile of paper.
Business cards for the packages, if wanted, come last on their own stock.

Everything ReportLab draws goes into one canvas; enclosures are stitched in
afterwards with pypdf, and only when there are any, because copying a
thousand pages costs more than drawing them. The finished file appears
under its real name only when complete.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.printing.cover_letter import draw_cover_letter
from followup_desk.printing.documents import LetterDocument, QuoteDocument
from followup_desk.printing.envelope import draw_envelope
from followup_desk.printing.formats import EnvelopeSize, LabelTemplate, PrinterSetup
from followup_desk.printing.label_sheets import DrawCell, address_drawer, draw_sheets
from followup_desk.printing.page import pdf_canvas
from followup_desk.printing.quotation import draw_quotation

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Enclosed:
    """One person's papers inside an envelope: letter, then quotation."""

    letter: LetterDocument | None
    quote: QuoteDocument | None = None


@dataclass(frozen=True)
class Piece:
    """One envelope: who it goes to and what goes in it.

    ``papers`` has one entry per person (several when a household shares an
    envelope); ``enclosures`` name the owner's PDFs that follow them.
    """

    recipient: PostalAddress
    papers: tuple[Enclosed, ...]
    enclosures: tuple[str, ...] = ()


@dataclass(frozen=True)
class AddressOutput:
    """What carries the address: printed envelopes, labels or nothing."""

    kind: str = "envelope"  # "envelope", "labels" or "window"
    envelope: EnvelopeSize | None = None
    template: LabelTemplate | None = None
    start: int = 1
    setup: PrinterSetup = field(default_factory=PrinterSetup)
    guide: bool = False


@dataclass(frozen=True)
class CardSheets:
    """Business cards to print after the addresses, on their own stock."""

    template: LabelTemplate
    count: int
    draw_cell: DrawCell
    setup: PrinterSetup = field(default_factory=PrinterSetup)


@dataclass(frozen=True)
class CollatedResult:
    pages: int
    content_pages: int
    address_pages: int
    card_pages: int = 0


def write_collated_batch(
    path: str | os.PathLike[str],
    company: CompanyInfo,
    pieces: Sequence[Piece],
    address: AddressOutput,
    enclosures: Mapping[str, bytes] | None = None,
    progress: Progress | None = None,
    cards: CardSheets | None = None,
) -> CollatedResult:
    """Print the whole batch into one PDF at ``path``.

    ``enclosures`` maps each name used in ``Piece.enclosures`` to PDF bytes
    already checked to open. ``progress(done, total)`` runs after each piece
    on the caller's thread.
    """
    target = Path(path)
    enclosures = enclosures or {}
    wanted = any(piece.enclosures for piece in pieces)
    # When enclosures follow, ReportLab writes an intermediate file first.
    drawn_to = _temp_name(target, "drawn") if wanted else target
    inserts: dict[int, tuple[str, ...]] = {}

    total = len(pieces)
    with pdf_canvas(drawn_to, "Daily batch", company.name) as canvas:
        content = 0
        for done, piece in enumerate(pieces, start=1):
            for papers in piece.papers:
                if papers.letter is not None:
                    content += draw_cover_letter(canvas, company, papers.letter)
                if papers.quote is not None:
                    content += draw_quotation(canvas, company, papers.quote)
            if piece.enclosures:
                inserts[content] = inserts.get(content, ()) + piece.enclosures
            if progress is not None:
                progress(done, total)
        address_pages = _draw_addresses(canvas, company, pieces, address)
        card_pages = 0
        if cards is not None and cards.count:
            card_pages = draw_sheets(
                canvas, cards.template, cards.count, cards.draw_cell, 1, cards.setup
            )

    added = 0
    if wanted:
        try:
            added = _merge_enclosures(drawn_to, target, inserts, enclosures)
        finally:
            Path(drawn_to).unlink(missing_ok=True)
    pages = content + added + address_pages + card_pages
    log.info("Batch printed: %d pieces, %d pages (%d enclosed)", total, pages, added)
    return CollatedResult(pages, content + added, address_pages, card_pages)


def _draw_addresses(
    canvas, company: CompanyInfo, pieces: Sequence[Piece], address: AddressOutput
) -> int:
    if address.kind == "envelope":
        if address.envelope is None:
            raise ValueError("An envelope size is needed to print envelopes.")
        for piece in pieces:
            draw_envelope(
                canvas,
                company,
                piece.recipient,
                address.envelope,
                address.setup,
                address.guide,
            )
        return len(pieces)
    if address.kind == "labels":
        if address.template is None:
            raise ValueError("A label sheet is needed to print labels.")
        lines = [
            piece.recipient.lines(home_country=company.country) for piece in pieces
        ]
        return draw_sheets(
            canvas,
            address.template,
            len(lines),
            address_drawer(address.template, lines),
            address.start,
            address.setup,
        )
    return 0


def _temp_name(target: Path, role: str) -> Path:
    return target.with_name(
        f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.{role}"
    )


def _merge_enclosures(
    drawn: Path,
    target: Path,
    inserts: Mapping[int, tuple[str, ...]],
    enclosures: Mapping[str, bytes],
) -> int:
    """Copy the drawn pages, slotting enclosure pages in; returns pages added."""
    from pypdf import PdfReader, PdfWriter

    readers = {
        name: PdfReader(io.BytesIO(enclosures[name]))
        for name in {name for names in inserts.values() for name in names}
    }
    drawn_reader = PdfReader(drawn)
    writer = PdfWriter()
    added = 0

    def insert(after: int) -> None:
        nonlocal added
        for name in inserts.get(after, ()):
            for page in readers[name].pages:
                writer.add_page(page)
                added += 1

    insert(0)
    for index, page in enumerate(drawn_reader.pages, start=1):
        writer.add_page(page)
        insert(index)
    writer.add_metadata(
        {key: str(value) for key, value in (drawn_reader.metadata or {}).items()}
    )

    temp = _temp_name(target, "part")
    try:
        with open(temp, "wb") as handle:
            writer.write(handle)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return added
