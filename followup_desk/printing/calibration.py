"""The calibration page: label outlines to hold against a real sheet.

Printed on plain paper and laid over a sheet of labels against a window, the
page shows at once whether this printer puts things where the labels are.
Every label is outlined (rounded as the die-cut is) and numbered, so the
page also shows which number a half-used sheet starts at. Scales along the
first label's top and left edges read how far the printer is off, in
millimetres, which is what goes into the printer's offsets. A ruler of known
length tells whether the print was scaled.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from followup_desk.printing.envelope import draw_scale_guide
from followup_desk.printing.fonts import BOLD, REGULAR, register_fonts, wrap
from followup_desk.printing.formats import MM, LabelTemplate, PrinterSetup
from followup_desk.printing.label_sheets import shifted_cell
from followup_desk.printing.page import ACCENT, INK, MUTED, RULE, TINT, pdf_canvas
from followup_desk.printing.text_drawing import draw_text

SCALE_MM = 4  # the scales read up to 4 mm either way


def draw_calibration_page(
    canvas: Canvas, template: LabelTemplate, setup: PrinterSetup
) -> int:
    """Draw the calibration page for ``template`` as printed by ``setup``."""
    register_fonts()
    canvas.setPageSize(template.page_size)
    height = template.page_height

    for position in range(1, template.per_sheet + 1):
        cell = shifted_cell(template, position, setup)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.4)
        radius = min(template.corner_radius, cell.width / 2, cell.height / 2)
        canvas.roundRect(
            cell.left,
            height - cell.bottom,
            cell.width,
            cell.height,
            radius,
            stroke=1,
            fill=0,
        )
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 9)
        canvas.drawCentredString(
            cell.left + cell.width / 2,
            height - (cell.top + cell.height / 2) - 3,
            str(position),
        )

    _draw_scales(canvas, shifted_cell(template, 1, setup), height)
    _draw_instructions(canvas, template, setup)
    canvas.showPage()
    return 1


def _draw_scales(canvas: Canvas, cell, height: float) -> None:
    """Millimetre scales across the first label's left and top edges.

    Zero is where the label's edge should be; the real edge falls on the
    number to enter as the offset, sign included. The two scales sit apart,
    each a third of the way along its edge, so they never overlap.
    """
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(0.3)
    canvas.setFont(REGULAR, 4)
    across_y = height - (cell.top + cell.height / 3)  # crosses the left edge
    down_x = cell.left + cell.width / 3  # crosses the top edge
    for step in range(-2 * SCALE_MM, 2 * SCALE_MM + 1):
        offset = step * 0.5 * MM
        whole = step % 2 == 0
        tick = 3.0 if whole else 1.6
        x = cell.left + offset
        canvas.line(x, across_y, x, across_y - tick)
        y = height - (cell.top + offset)
        canvas.line(down_x, y, down_x + tick, y)
        if step % 4 == 0:
            label = f"{step // 2:+d}" if step else "0"
            canvas.drawCentredString(x, across_y - 7.5, label)
            canvas.drawString(down_x + 4.5, y - 1.4, label)
    canvas.line(
        cell.left - SCALE_MM * MM, across_y, cell.left + SCALE_MM * MM, across_y
    )
    canvas.line(
        down_x,
        height - (cell.top - SCALE_MM * MM),
        down_x,
        height - (cell.top + SCALE_MM * MM),
    )
    canvas.restoreState()


def _draw_instructions(
    canvas: Canvas, template: LabelTemplate, setup: PrinterSetup
) -> None:
    """A boxed note in the middle of the page, over the outlines."""
    width = min(120 * MM, template.page_width - 30 * MM)
    left = (template.page_width - width) / 2
    lines: list[tuple[str, str, float]] = [
        (BOLD, f"Calibration page for {template.name}", 10),
        (REGULAR, template.description, 8),
    ]
    steps = [
        "1. Print this page on plain paper at 100 % (switch off “fit to page”). "
        "The bar below must measure exactly what it says.",
        f"2. Lay it on a sheet of {template.name} labels and hold both up to a window.",
        "3. At label 1, read where the real label's left edge crosses the "
        "scale across it, and where its top edge crosses the scale down it: "
        "those numbers (in millimetres, with their sign) are the left-right "
        "and up-down offsets to enter in the printer settings. Print this page "
        "again to check.",
        "4. The numbers show where a half-used sheet starts.",
        f"Printer “{setup.name}”: offsets now {setup.sheet_offset_x:+.1f} mm "
        f"left-right, {setup.sheet_offset_y:+.1f} mm up-down.",
    ]
    for step in steps:
        lines.extend(
            (REGULAR, line, 7.5) for line in wrap(step, width - 16, REGULAR, 7.5)
        )

    leading = 1.35
    box_height = sum(size * leading for _font, _text, size in lines) + 34
    top = (template.page_height - box_height) / 2
    canvas.saveState()
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(RULE)
    canvas.roundRect(
        left, template.page_height - top - box_height, width, box_height, 6, 1, 1
    )
    y = template.page_height - top - 14
    for font, text, size in lines:
        canvas.setFillColor(ACCENT if font == BOLD else INK)
        draw_text(canvas, left + 8, y, text, font, size)
        y -= size * leading
    metric = template.unit == "mm"
    draw_scale_guide(canvas, left + 8, y - 8, metric)
    canvas.restoreState()


def write_calibration_pdf(
    path: str | os.PathLike[str],
    template: LabelTemplate,
    setup: PrinterSetup | None = None,
    author: str = "",
) -> Path:
    """The calibration page as a PDF of its own."""
    with pdf_canvas(path, f"Calibration {template.name}", author) as canvas:
        draw_calibration_page(canvas, template, setup or PrinterSetup())
    return Path(path)
