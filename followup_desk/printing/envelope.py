"""Printing straight onto envelopes, as sorting machines want them.

The shop's logo and return address go top left. Postal services read the
recipient in the lower half, right of the middle, and keep the strip along the
bottom edge for their barcode; the top-right corner is left free for the stamp
or franking.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.printing.fonts import (
    BOLD,
    REGULAR,
    fit_block,
    fit_text,
    register_fonts,
)
from followup_desk.printing.logo import company_logo, draw_logo
from followup_desk.printing.page import (
    ACCENT,
    ASCENT,
    INCH,
    MM,
    MUTED,
    company_address_lines,
    draw_lines,
    from_top,
    pdf_canvas,
)


@dataclass(frozen=True)
class EnvelopeSize:
    """An envelope laid flat, address side up, in points (width > height)."""

    name: str
    width: float
    height: float
    margin: float  # printers cannot reach the very edge of an envelope
    barcode_strip: float  # kept clear along the bottom edge

    @property
    def size(self) -> tuple[float, float]:
        return self.width, self.height


DL = EnvelopeSize("DL", 220 * MM, 110 * MM, margin=10 * MM, barcode_strip=15 * MM)
US_10 = EnvelopeSize(
    "#10", 9.5 * INCH, 4.125 * INCH, margin=0.4 * INCH, barcode_strip=0.625 * INCH
)
ENVELOPES = {size.name: size for size in (DL, US_10)}


def envelope_size_for(company: CompanyInfo) -> EnvelopeSize:
    """#10 where the shop prints on US Letter, DL everywhere else."""
    return US_10 if company.uses_letter_paper else DL


def draw_envelope(
    canvas: Canvas,
    company: CompanyInfo,
    recipient: PostalAddress,
    size: EnvelopeSize,
) -> int:
    """Draw one envelope as a page of its own size; returns 1 (pages drawn)."""
    register_fonts()
    canvas.setPageSize(size.size)
    _draw_sender(canvas, company, size)

    # The recipient's zone: right of the middle, lower half, above the strip.
    left = size.width * 0.45
    top = size.height * 0.47
    width = size.width - size.margin - left
    height = size.height - size.barcode_strip - top
    block = fit_block(
        recipient.lines(home_country=company.country),
        width,
        height,
        REGULAR,
        11,
        7,
        line_spacing=1.25,
    )
    draw_lines(canvas, left, top, block.lines, REGULAR, block.size, block.leading)
    canvas.showPage()
    return 1


def _draw_sender(canvas: Canvas, company: CompanyInfo, size: EnvelopeSize) -> None:
    left = top = size.margin
    # The sender's corner stays in the left third, well clear of the recipient.
    width = size.width * 0.36
    logo = company_logo(company)
    if logo is not None:
        _, logo_height = draw_logo(
            canvas, logo, left, from_top(canvas, top), width, 11 * MM
        )
        top += logo_height + 3 * MM

    name = fit_text(company.name, width, BOLD, 8, 6)
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, name.size)
    canvas.drawString(left, from_top(canvas, top + name.size * ASCENT), name.text)
    top += name.size * 1.35

    lines = company_address_lines(company)
    block = fit_block(lines, width, size.height * 0.3, REGULAR, 7, 5.5)
    draw_lines(
        canvas, left, top, block.lines, REGULAR, block.size, block.leading, MUTED
    )


def write_envelope_pdf(
    path: str | os.PathLike[str],
    company: CompanyInfo,
    recipient: PostalAddress,
    size: EnvelopeSize | None = None,
) -> Path:
    """Write one envelope as a PDF (default size for the shop) and return its path."""
    with pdf_canvas(path, "Envelope", company.name) as canvas:
        draw_envelope(canvas, company, recipient, size or envelope_size_for(company))
    return Path(path)
