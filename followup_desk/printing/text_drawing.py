"""Drawing a line of text that may mix DejaVu and a CJK font.

Every printed page draws its text through ``draw_text``, so a name in any
script lands in the font that has its characters, measured with the widths
those fonts really have: right-aligned amounts and centred captions stay
where the layout put them. Text is passed to ReportLab as text, never as
markup, so ``&``, ``<`` or ``>`` in a name print as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from followup_desk.printing.fonts import runs

LEFT, RIGHT, CENTRE = "left", "right", "centre"


def draw_text(
    canvas: Canvas,
    x: float,
    baseline: float,
    text: str,
    font: str,
    size: float,
    *,
    align: str = LEFT,
    char_space: float = 0.0,
) -> float:
    """Draw one line with its baseline at ReportLab height ``baseline``.

    ``align`` says whether ``x`` is where the line starts, ends or has its
    middle. Uses the canvas's fill colour; returns the width drawn.
    """
    pieces = runs(text, font)
    widths = [pdfmetrics.stringWidth(piece, name, size) for name, piece in pieces]
    characters = sum(len(piece) for _name, piece in pieces)
    width = sum(widths) + char_space * max(0, characters - 1)
    if align == RIGHT:
        x -= width
    elif align == CENTRE:
        x -= width / 2

    if len(pieces) == 1:
        # One font: the canvas's own call writes the least PDF.
        name, piece = pieces[0]
        canvas.setFont(name, size)
        canvas.drawString(x, baseline, piece, charSpace=char_space)
        return width
    line = canvas.beginText(x, baseline)
    if char_space:
        line.setCharSpace(char_space)
    for name, piece in pieces:
        line.setFont(name, size)
        line.textOut(piece)
    canvas.drawText(line)
    canvas.setFont(font, size)
    return width


def draw_text_lines(
    canvas: Canvas,
    x: float,
    first_baseline: float,
    lines: Sequence[str],
    font: str,
    size: float,
    leading: float,
) -> None:
    """Left-aligned lines, ``leading`` apart, from the first baseline down."""
    for index, line in enumerate(lines):
        if line:
            draw_text(canvas, x, first_baseline - index * leading, line, font, size)
