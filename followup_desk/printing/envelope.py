"""Printing straight onto envelopes, as sorting machines want them.

The shop's logo and return address go top left. Postal services read the
recipient in the lower half, right of the middle, and keep the strip along the
bottom edge for their barcode; the top-right corner is left free for the stamp
or franking.

An envelope is always drawn in its own frame (width along the long edge) and
then turned and shifted to suit the printer: many office printers take
envelopes short edge first, so the page in the PDF is portrait with the
envelope's top edge to one side. The page-level helpers in ``page`` measure
from the top of the *page*, which is the wrong edge once the envelope is
turned, so this module keeps its own "distance from the envelope's top".
"""

from __future__ import annotations

import os
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
from followup_desk.printing.formats import (
    C4,
    C5,
    DL,
    ENVELOPES,
    MM,
    US_9,
    US_10,
    EnvelopeSize,
    PrinterSetup,
)
from followup_desk.printing.logo import company_logo, draw_logo
from followup_desk.printing.page import (
    ACCENT,
    ASCENT,
    INCH,
    INK,
    MUTED,
    company_address_lines,
    pdf_canvas,
)
from followup_desk.printing.text_drawing import draw_text, draw_text_lines

__all__ = [
    "C4",
    "C5",
    "DL",
    "ENVELOPES",
    "US_9",
    "US_10",
    "EnvelopeSize",
    "draw_envelope",
    "envelope_size_for",
    "write_envelope_pdf",
]

DEFAULT_SETUP = PrinterSetup()


def envelope_size_for(company: CompanyInfo) -> EnvelopeSize:
    """#10 where the shop prints on US Letter, DL everywhere else."""
    return US_10 if company.uses_letter_paper else DL


def draw_envelope(
    canvas: Canvas,
    company: CompanyInfo,
    recipient: PostalAddress,
    size: EnvelopeSize,
    setup: PrinterSetup = DEFAULT_SETUP,
    guide: bool = False,
) -> int:
    """Draw one envelope as a page of its own; returns 1 (pages drawn).

    ``setup`` turns the page for printers that take envelopes short edge
    first and shifts it by the printer's measured offset. ``guide`` adds a
    small bar of known length for checking the print was not scaled.
    """
    register_fonts()
    _begin_envelope_page(canvas, size, setup)
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
        13 if size.height > 150 * MM else 11,
        7,
        line_spacing=1.25,
    )
    _draw_lines(canvas, size, left, top, block.lines, block.size, block.leading)
    if guide:
        draw_scale_guide(
            canvas, size.width * 0.4, _y(size, size.margin + 6), size.metric
        )
    canvas.restoreState()
    canvas.showPage()
    return 1


def _begin_envelope_page(
    canvas: Canvas, size: EnvelopeSize, setup: PrinterSetup
) -> None:
    portrait = setup.envelope_feed != "landscape"
    page_w, page_h = (size.height, size.width) if portrait else size.size
    canvas.setPageSize((page_w, page_h))
    canvas.saveState()
    # The printer's offset is measured on the page as it comes out, so it is
    # applied before turning: right is +x, down is -y in ReportLab's frame.
    canvas.translate(setup.envelope_offset_x * MM, -setup.envelope_offset_y * MM)
    if setup.envelope_feed == "portrait_top_left":
        canvas.translate(page_w, 0)
        canvas.rotate(90)
    elif setup.envelope_feed == "portrait_top_right":
        canvas.translate(0, page_h)
        canvas.rotate(-90)


def _y(size: EnvelopeSize, top: float) -> float:
    """ReportLab's y in the envelope's frame for a distance below its top."""
    return size.height - top


def _draw_lines(
    canvas: Canvas,
    size: EnvelopeSize,
    x: float,
    top: float,
    lines: list[str],
    font_size: float,
    leading: float,
    color=INK,
    font: str = REGULAR,
) -> float:
    canvas.setFillColor(color)
    first = _y(size, top + font_size * ASCENT)
    draw_text_lines(canvas, x, first, lines, font, font_size, leading)
    return top + len(lines) * leading


def _draw_sender(canvas: Canvas, company: CompanyInfo, size: EnvelopeSize) -> None:
    left = top = size.margin
    # The sender's corner stays in the left third, well clear of the recipient.
    width = size.width * 0.36
    logo = company_logo(company)
    if logo is not None:
        logo_box = 14 * MM if size.height > 150 * MM else 11 * MM
        _, logo_height = draw_logo(canvas, logo, left, _y(size, top), width, logo_box)
        top += logo_height + 3 * MM

    name = fit_text(company.name, width, BOLD, 8, 6)
    canvas.setFillColor(ACCENT)
    baseline = _y(size, top + name.size * ASCENT)
    draw_text(canvas, left, baseline, name.text, BOLD, name.size)
    top += name.size * 1.35

    lines = company_address_lines(company)
    block = fit_block(lines, width, size.height * 0.3, REGULAR, 7, 5.5)
    _draw_lines(canvas, size, left, top, block.lines, block.size, block.leading, MUTED)


def draw_scale_guide(canvas: Canvas, x: float, y: float, metric: bool) -> None:
    """A bar of known length at ReportLab height ``y``, and a note to print at 100 %.

    If the printed bar is shorter than it says, the printer's "fit to page"
    option shrank the page, and labels or envelopes will not line up.
    """
    length = 50 * MM if metric else 2 * INCH
    caption = "50 mm" if metric else "2 in"
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.line(x, y, x + length, y)
    for tick in (x, x + length):
        canvas.line(tick, y - 2.5, tick, y + 2.5)
    canvas.setFillColor(MUTED)
    note = f"Print at 100 % (no “fit to page”): this bar is {caption}"
    draw_text(canvas, x, y + 4, note, REGULAR, 5.5)
    canvas.restoreState()


def write_envelope_pdf(
    path: str | os.PathLike[str],
    company: CompanyInfo,
    recipient: PostalAddress,
    size: EnvelopeSize | None = None,
    setup: PrinterSetup = DEFAULT_SETUP,
    guide: bool = False,
) -> Path:
    """Write one envelope as a PDF (default size for the shop) and return its path."""
    with pdf_canvas(path, "Envelope", company.name) as canvas:
        draw_envelope(
            canvas,
            company,
            recipient,
            size or envelope_size_for(company),
            setup,
            guide,
        )
    return Path(path)
