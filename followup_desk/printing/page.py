"""Pieces every printed page shares: paper, letterhead, address window, footer.

Positions are kept as envelope makers and postal standards state them, from
the top-left corner of the sheet; ``from_top`` turns them into ReportLab's
bottom-up coordinates at the moment of drawing.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from followup_desk import __version__
from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.printing.fonts import (
    BOLD,
    REGULAR,
    ellipsize,
    fit_block,
    fit_text,
    printable,
    register_fonts,
    text_width,
    wrap,
)
from followup_desk.printing.logo import company_logo, draw_logo
from followup_desk.printing.text_drawing import (
    LEFT,
    RIGHT,
    draw_text,
    draw_text_lines,
)

log = logging.getLogger(__name__)

MM = 72 / 25.4
INCH = 72.0
A4 = (210 * MM, 297 * MM)
LETTER = (8.5 * INCH, 11 * INCH)

# One accent colour; everything else is ink, a softer grey and hairlines.
INK = HexColor(0x1F2328)
MUTED = HexColor(0x5F6B76)
RULE = HexColor(0xD3DAE0)
ACCENT = HexColor(0x1D5B79)
TINT = HexColor(0xEEF4F7)

# DejaVu's tallest accented capitals reach this far above the baseline, as a
# share of the font size; a block's first baseline sits this far below its top.
ASCENT = 0.93
SEPARATOR = "  \u00b7  "
LABEL_SIZE = 6.8
LABEL_SPACING = 0.5  # letter spacing of the small-capitals labels

# One drawing step of a laid-out page: draws itself with its top at the given
# distance from the top edge.
Draw = Callable[[Canvas, float], None]


@dataclass(frozen=True)
class Box:
    """A rectangle measured from the top-left corner of the sheet, in points."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class PaperLayout:
    """Where things go on one paper size, in points from the top-left corner."""

    size: tuple[float, float]
    margin_left: float
    margin_right: float
    window: Box  # what the envelope window shows; the recipient must be inside
    window_padding: float  # text keeps this far from the window's sides
    return_baseline: float  # the return address line, below the window top
    address_offset: float  # recipient lines start this far below window top
    info_left: float  # the reference block (number, dates) beside the window
    body_top: float  # first text on page one, below the window
    continued_top: float  # first text on later pages, below the letterhead
    body_bottom: float  # no text below this, the footer lives there

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def content_right(self) -> float:
        return self.width - self.margin_right

    @property
    def content_width(self) -> float:
        return self.content_right - self.margin_left


# DIN 5008 form B: the window field is 20 mm from the left and 45 mm from the
# top, 85 x 45 mm; its first 17.7 mm hold the return address, the rest the
# recipient. Body text starts 5 mm further right, in line with the address.
A4_LAYOUT = PaperLayout(
    size=A4,
    margin_left=25 * MM,
    margin_right=20 * MM,
    window=Box(20 * MM, 45 * MM, 85 * MM, 45 * MM),
    window_padding=5 * MM,
    return_baseline=3 * MM + 6,
    address_offset=17.7 * MM,
    info_left=125 * MM,
    body_top=100 * MM,
    continued_top=50 * MM,
    body_bottom=297 * MM - 24 * MM,
)

# A letter folded in three for a #10 window envelope shows the area about
# 7/8 in from the left and 2 in from the top, 4 x 1 1/8 in once it has slid
# down inside the envelope.
LETTER_LAYOUT = PaperLayout(
    size=LETTER,
    margin_left=1.0 * INCH,
    margin_right=0.75 * INCH,
    window=Box(0.875 * INCH, 2.0 * INCH, 4.0 * INCH, 1.125 * INCH),
    window_padding=0.125 * INCH,
    return_baseline=8.0,
    address_offset=14.0,
    info_left=5.25 * INCH,
    body_top=3.45 * INCH,
    continued_top=2.0 * INCH,
    body_bottom=11 * INCH - 0.85 * INCH,
)


def paper_for(company: CompanyInfo) -> PaperLayout:
    """US Letter where the shop's country uses it, A4 everywhere else."""
    return LETTER_LAYOUT if company.uses_letter_paper else A4_LAYOUT


def from_top(canvas: Canvas, y: float) -> float:
    """ReportLab's y coordinate for a distance ``y`` below the top edge."""
    # The canvas has a setter for the page size but no getter; the attribute
    # is what setPageSize writes, and it changes between envelope and paper.
    return canvas._pagesize[1] - y


def start_page(canvas: Canvas, paper: PaperLayout) -> None:
    """Set the sheet size for the page about to be drawn.

    The batch mixes envelope and paper pages on one canvas, so every page sets
    its own size rather than trusting what the previous page left behind.
    """
    canvas.setPageSize(paper.size)


def company_address_lines(company: CompanyInfo) -> list[str]:
    """The shop's street and town lines, without repeating its name."""
    lines = company.address.lines(home_country=company.country)
    return [line for line in lines if line.strip() != company.name.strip()]


def return_address(company: CompanyInfo) -> str:
    """The shop on one line, as printed small above the recipient."""
    return SEPARATOR.join([company.name, *company_address_lines(company)])


def contact_line(company: CompanyInfo) -> str:
    parts = (company.phone, company.email, company.website)
    return SEPARATOR.join(part.strip() for part in parts if part.strip())


def draw_letterhead(canvas: Canvas, company: CompanyInfo, paper: PaperLayout) -> None:
    """Logo top left, the shop's name and address top right, a hairline below."""
    top = 12 * MM
    logo = company_logo(company)
    logo_width = 0.0
    if logo is not None:
        logo_width, _ = draw_logo(
            canvas, logo, paper.margin_left, from_top(canvas, top), 50 * MM, 17 * MM
        )

    # The name block takes what the logo leaves, so a long name shrinks
    # instead of running into the logo.
    room = paper.content_width - logo_width - 8 * MM
    size, names = shop_name_lines(company.name, room)
    canvas.setFillColor(ACCENT)
    baseline = top + size * ASCENT
    for index, line in enumerate(names):
        if index:
            baseline += size * 1.2
        draw_text(
            canvas,
            paper.content_right,
            from_top(canvas, baseline),
            line,
            BOLD,
            size,
            align=RIGHT,
        )

    # A two-line name leaves room for one address line less above the rule.
    canvas.setFillColor(MUTED)
    baseline += 5.5
    for line in company_address_lines(company)[: 5 - len(names)]:
        baseline += 10.5
        fitted = fit_text(line, room, REGULAR, 8, 6)
        draw_text(
            canvas,
            paper.content_right,
            from_top(canvas, baseline),
            fitted.text,
            REGULAR,
            fitted.size,
            align=RIGHT,
        )

    rule_y = from_top(canvas, 36 * MM)
    hairline(canvas, paper.margin_left, rule_y, paper.content_right, RULE, 0.6)


def shop_name_lines(name: str, room: float) -> tuple[float, list[str]]:
    """The shop's name for the letterhead: one line if it can, else two.

    Long legal names ("... GmbH & Co. KG") are common; shrinking them to one
    line would make them unreadable, so they wrap once at a smaller size.
    """
    single = fit_text(name, room, BOLD, 13, 10)
    if single.text == printable(name, BOLD):  # fitted without an ellipsis
        return single.size, [single.text]
    lines = wrap(name, room, BOLD, 10)
    if len(lines) > 2:
        lines = [lines[0], ellipsize(" ".join(lines[1:]), room, BOLD, 10)]
    return 10, lines


def hairline(
    canvas: Canvas, x1: float, y: float, x2: float, color: Color, width: float = 0.5
) -> None:
    """A horizontal rule at ReportLab height ``y``."""
    canvas.setStrokeColor(color)
    canvas.setLineWidth(width)
    canvas.line(x1, y, x2, y)


def draw_recipient(
    canvas: Canvas,
    company: CompanyInfo,
    recipient: PostalAddress,
    paper: PaperLayout,
) -> None:
    """Return address and recipient inside the envelope window, never outside."""
    window = paper.window
    left = window.left + paper.window_padding
    width = window.width - 2 * paper.window_padding

    back = fit_text(return_address(company), width, REGULAR, 6.5, 5)
    baseline = window.top + paper.return_baseline
    canvas.setFillColor(MUTED)
    back_width = draw_text(
        canvas, left, from_top(canvas, baseline), back.text, REGULAR, back.size
    )
    underline = from_top(canvas, baseline + 2.2)
    text_end = left + back_width
    hairline(canvas, left, underline, text_end, MUTED, 0.35)

    top = window.top + paper.address_offset
    block = fit_block(
        recipient.lines(home_country=company.country),
        width,
        window.bottom - 1.5 * MM - top,
        REGULAR,
        10,
        7,
    )
    draw_lines(canvas, left, top, block.lines, REGULAR, block.size, block.leading)


def draw_lines(
    canvas: Canvas,
    x: float,
    top: float,
    lines: Sequence[str],
    font: str,
    size: float,
    leading: float,
    color: Color = INK,
) -> float:
    """Draw ``lines`` left-aligned from ``top`` down; returns the next free top."""
    canvas.setFillColor(color)
    first = from_top(canvas, top + size * ASCENT)
    draw_text_lines(canvas, x, first, lines, font, size, leading)
    return top + len(lines) * leading


def lines_step(
    x: float,
    lines: list[str],
    font: str,
    size: float,
    color: Color = INK,
    leading: float | None = None,
) -> Draw:
    """A drawing step for ready-wrapped lines of text."""

    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(canvas, x, top, lines, font, size, leading or size * 1.3, color)

    return draw


def draw_label(
    canvas: Canvas, x: float, baseline: float, text: str, right: bool = False
) -> None:
    """A small spaced-out capitals label over a column or a section.

    Uses the current fill colour; ``right`` aligns its end at ``x``.
    """
    draw_text(
        canvas,
        x,
        baseline,
        text.upper(),
        BOLD,
        LABEL_SIZE,
        align=RIGHT if right else LEFT,
        char_space=LABEL_SPACING,
    )


def draw_info_block(
    canvas: Canvas, paper: PaperLayout, rows: Sequence[tuple[str, str]]
) -> None:
    """Labelled references (number, dates) to the right of the window.

    The first row lines up with the recipient's first line, so the two blocks
    read as one band across the page.
    """
    label_width = 27 * MM
    value_left = paper.info_left + label_width
    value_room = paper.content_right - value_left
    top = paper.window.top + paper.address_offset
    for label, value in rows:
        baseline = from_top(canvas, top + 9 * ASCENT)
        canvas.setFillColor(MUTED)
        draw_text(canvas, paper.info_left, baseline, label, REGULAR, 7.5)
        fitted = fit_text(value, value_room, REGULAR, 9, 6.5)
        canvas.setFillColor(INK)
        draw_text(canvas, value_left, baseline, fitted.text, REGULAR, fitted.size)
        top += 14


def draw_footer(
    canvas: Canvas,
    company: CompanyInfo,
    paper: PaperLayout,
    page: int,
    pages: int,
    *,
    always_number: bool = False,
) -> None:
    """Hairline, the shop's phone, e-mail and website, and "Page N of M"."""
    rule_top = paper.height - 17 * MM
    hairline(
        canvas,
        paper.margin_left,
        from_top(canvas, rule_top),
        paper.content_right,
        RULE,
        0.6,
    )
    baseline = from_top(canvas, rule_top + 5 * MM)

    label = f"Page {page} of {pages}" if always_number or pages > 1 else ""
    canvas.setFillColor(MUTED)
    label_width = text_width(label, REGULAR, 7)
    if label:
        draw_text(canvas, paper.content_right, baseline, label, REGULAR, 7, align=RIGHT)

    room = paper.content_width - label_width - 6 * MM
    contact = fit_text(contact_line(company), room, REGULAR, 7, 5.5)
    draw_text(canvas, paper.margin_left, baseline, contact.text, REGULAR, contact.size)


class Pager:
    """Places blocks top to bottom and starts a new page when one is full.

    Layout runs before drawing, so the page count is known for the footers;
    each page is a list of ``(top, draw)`` steps.
    """

    def __init__(self, paper: PaperLayout) -> None:
        self.paper = paper
        self.pages: list[list[tuple[float, Draw]]] = [[]]
        self.top = paper.body_top

    @property
    def room(self) -> float:
        return self.paper.body_bottom - self.top

    def new_page(self) -> None:
        self.pages.append([])
        self.top = self.paper.continued_top

    def place(self, height: float, draw: Draw) -> None:
        self.pages[-1].append((self.top, draw))
        self.top += height

    def keep_together(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if height > self.room and self.pages[-1]:
            self.new_page()


@contextmanager
def pdf_canvas(
    path: str | os.PathLike[str], title: str, author: str
) -> Iterator[Canvas]:
    """A canvas whose PDF appears under ``path`` only once it is complete.

    Pages are written to a hidden file in the same folder and renamed at the
    end, so a crash or a full disk never leaves half a PDF under the real
    name, and the rename cannot cross file systems.
    """
    register_fonts()
    target = Path(path)
    # A name of our own rather than mkstemp, whose private file mode would
    # stick to the finished PDF after the rename.
    temp_name = str(
        target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    )
    try:
        canvas = Canvas(
            temp_name,
            pagesize=A4,
            initialFontName=REGULAR,
            initialFontSize=10,
        )
        canvas.setTitle(title)
        canvas.setAuthor(author)
        canvas.setCreator(f"Follow-up Desk {__version__}")
        yield canvas
        canvas.save()
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    log.debug("Wrote %s", target.name)
