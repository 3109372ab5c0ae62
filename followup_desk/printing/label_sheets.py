"""Filling sheets of labels (or business cards), one cell at a time.

The engine knows nothing about what goes on a label: it walks the sheet's
positions from a starting label, applies the printer's measured offset, and
hands each cell's rectangle to a drawing function. Address labels and
business cards are two such functions.

Positions are counted as the makers count them: 1 is the top-left label, then
along the row and down the sheet. A half-used sheet is printed by starting at
the first free label; only the first sheet starts there.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from followup_desk.printing.fonts import (
    REGULAR,
    fit_block,
    register_fonts,
)
from followup_desk.printing.formats import (
    MM,
    Cell,
    FormatError,
    LabelTemplate,
    PrinterSetup,
)
from followup_desk.printing.page import ASCENT, INK, pdf_canvas
from followup_desk.printing.text_drawing import draw_text_lines

log = logging.getLogger(__name__)

# Draws one item into one cell; the cell is in points from the sheet's
# top-left corner, already shifted by the printer's offset.
DrawCell = Callable[[Canvas, Cell, int], None]
Progress = Callable[[int, int], None]

NO_SHIFT = PrinterSetup()


def check_start(template: LabelTemplate, start: int) -> None:
    """Refuse a starting label the sheet does not have, in plain words."""
    if not 1 <= start <= template.per_sheet:
        raise FormatError(
            f"Start at a label from 1 to {template.per_sheet} "
            f"({template.name} has {template.per_sheet} labels a sheet)."
        )


def sheets_needed(template: LabelTemplate, count: int, start: int = 1) -> int:
    """How many sheets ``count`` labels take when the first starts at ``start``."""
    if count <= 0:
        return 0
    used = start - 1 + count
    return -(-used // template.per_sheet)


def shifted_cell(
    template: LabelTemplate, position: int, setup: PrinterSetup = NO_SHIFT
) -> Cell:
    """The label at ``position`` where this printer will actually put it."""
    cell = template.cell(position)
    return Cell(
        cell.left + setup.sheet_offset_x * MM,
        cell.top + setup.sheet_offset_y * MM,
        cell.width,
        cell.height,
    )


def draw_sheets(
    canvas: Canvas,
    template: LabelTemplate,
    count: int,
    draw_cell: DrawCell,
    start: int = 1,
    setup: PrinterSetup = NO_SHIFT,
    progress: Progress | None = None,
) -> int:
    """Fill ``count`` labels, starting at label ``start``; returns pages drawn."""
    check_start(template, start)
    register_fonts()
    pages = 0
    position = start
    for index in range(count):
        if index == 0 or position > template.per_sheet:
            if index:
                canvas.showPage()
            canvas.setPageSize(template.page_size)
            pages += 1
            if index:
                position = 1
        draw_cell(canvas, shifted_cell(template, position, setup), index)
        position += 1
        if progress is not None:
            progress(index + 1, count)
    if count:
        canvas.showPage()
    return pages


def padding_for(template: LabelTemplate, cell: Cell) -> tuple[float, float]:
    """Space kept clear inside a label, left/right and top/bottom.

    The die-cut can sit a millimetre off on the sheet and text must stay off
    the rounded corners; wide labels get a wider side margin so an address
    does not hug the edge.
    """
    base = max(
        2 * MM, min(cell.width, cell.height) * 0.08, template.corner_radius * 0.7
    )
    return max(base, cell.width * 0.06), base


def address_drawer(
    template: LabelTemplate, addresses: Sequence[Sequence[str]]
) -> DrawCell:
    """Draws ``addresses[i]`` (its printed lines) into the i-th label.

    The lines are left-aligned at a fixed inset, shrunk until the block fits
    inside the padding, and the block is centred top to bottom. Text never
    leaves the label: below the smallest size, long lines end in an
    ellipsis.
    """

    def draw(canvas: Canvas, cell: Cell, index: int) -> None:
        pad_x, pad_y = padding_for(template, cell)
        width = cell.width - 2 * pad_x
        height = cell.height - 2 * pad_y
        largest = 12 if cell.height >= 45 * MM else 11
        block = fit_block(
            addresses[index], width, height, REGULAR, largest, 5.5, line_spacing=1.2
        )
        # The block's height is its lines' leading, less the space the last
        # line keeps below itself for a next one.
        used = len(block.lines) * block.leading - (block.leading - block.size)
        top = cell.top + pad_y + max(0.0, (height - used) / 2)
        left = cell.left + pad_x
        page_height = canvas._pagesize[1]
        canvas.setFillColor(INK)
        first = page_height - (top + block.size * ASCENT)
        draw_text_lines(
            canvas, left, first, block.lines, REGULAR, block.size, block.leading
        )

    return draw


def write_address_labels(
    path: str | os.PathLike[str],
    template: LabelTemplate,
    addresses: Sequence[Sequence[str]],
    start: int = 1,
    setup: PrinterSetup = NO_SHIFT,
    author: str = "",
) -> int:
    """Address labels as a PDF of their own; returns the page count."""
    with pdf_canvas(path, f"Labels {template.name}", author) as canvas:
        pages = draw_sheets(
            canvas,
            template,
            len(addresses),
            address_drawer(template, addresses),
            start,
            setup,
        )
    log.info("Printed %d labels on %d sheets", len(addresses), pages)
    return pages


def write_label_pdf(
    path: str | os.PathLike[str],
    template: LabelTemplate,
    count: int,
    draw_cell: DrawCell,
    start: int = 1,
    setup: PrinterSetup = NO_SHIFT,
    title: str = "Labels",
    author: str = "",
) -> Path:
    """Any drawing function over ``count`` labels, as a PDF file."""
    with pdf_canvas(path, title, author) as canvas:
        draw_sheets(canvas, template, count, draw_cell, start, setup)
    return Path(path)
