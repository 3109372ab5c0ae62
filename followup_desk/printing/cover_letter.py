"""The cover letter on top of a package: a plain business letter on letterhead.

The recipient sits in the envelope window, so the letter goes into a window
envelope folded and needs no separate address label.
"""

from __future__ import annotations

import os
from pathlib import Path

from babel.dates import format_date
from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain.address import CompanyInfo
from followup_desk.printing.documents import LetterDocument
from followup_desk.printing.fonts import BOLD, REGULAR, fit_text, register_fonts, wrap
from followup_desk.printing.page import (
    ACCENT,
    ASCENT,
    INK,
    LABEL_SIZE,
    MUTED,
    Draw,
    Pager,
    PaperLayout,
    draw_footer,
    draw_info_block,
    draw_label,
    draw_letterhead,
    draw_recipient,
    from_top,
    lines_step,
    paper_for,
    pdf_canvas,
    start_page,
)
from followup_desk.printing.text_drawing import draw_text

TEXT_SIZE = 10.0
LEADING = 14.5
PARAGRAPH_GAP = 7.0
SIGNATURE_SPACE = 38.0  # room to sign by hand between closing and name


def draw_cover_letter(
    canvas: Canvas, company: CompanyInfo, letter: LetterDocument
) -> int:
    """Draw ``letter`` as finished pages on ``canvas``; returns the page count."""
    register_fonts()
    paper = paper_for(company)
    pages = _layout(company, letter, paper)

    info = [("Date", format_date(letter.date, format="long", locale=company.locale))]
    if letter.quote_number:
        info.append(("Quotation", letter.quote_number))
    if letter.signer:
        info.append(("Your contact", letter.signer))

    for number, steps in enumerate(pages, start=1):
        start_page(canvas, paper)
        draw_letterhead(canvas, company, paper)
        if number == 1:
            draw_recipient(canvas, company, letter.recipient, paper)
            draw_info_block(canvas, paper, info)
        for top, draw in steps:
            draw(canvas, top)
        draw_footer(canvas, company, paper, number, len(pages))
        canvas.showPage()
    return len(pages)


def write_cover_letter_pdf(
    path: str | os.PathLike[str], company: CompanyInfo, letter: LetterDocument
) -> Path:
    """Write ``letter`` as a PDF file of its own and return its path."""
    with pdf_canvas(path, letter.subject or "Letter", company.name) as canvas:
        draw_cover_letter(canvas, company, letter)
    return Path(path)


def _layout(
    company: CompanyInfo, letter: LetterDocument, paper: PaperLayout
) -> list[list[tuple[float, Draw]]]:
    pager = Pager(paper)
    left, width = paper.margin_left, paper.content_width

    def text(lines: list[str], gap: float, font: str = REGULAR) -> None:
        # Lines go one page-full at a time, so a long letter simply runs on.
        while lines:
            fits = int(pager.room // LEADING)
            if fits < min(len(lines), 2):
                pager.new_page()
                continue
            chunk, lines = lines[:fits], lines[fits:]
            pager.place(
                len(chunk) * LEADING,
                lines_step(left, chunk, font, TEXT_SIZE, INK, LEADING),
            )
        pager.top += gap

    subject = letter.subject or (
        f"Your quotation {letter.quote_number}" if letter.quote_number else ""
    )
    if subject:
        pager.place(
            LEADING + 14,
            lines_step(left, wrap(subject, width, BOLD, 11)[:2], BOLD, 11, ACCENT),
        )
    text(wrap(letter.salutation, width, REGULAR, TEXT_SIZE), PARAGRAPH_GAP)
    for paragraph in letter.paragraphs:
        if paragraph.strip():
            text(wrap(paragraph.strip(), width, REGULAR, TEXT_SIZE), PARAGRAPH_GAP)

    # Closing, space to sign, name and shop stay together on one page.
    sign_off = [letter.closing] if letter.closing else []
    names = [name for name in (letter.signer, company.name) if name.strip()]
    pager.keep_together(LEADING * (len(sign_off) + len(names)) + SIGNATURE_SPACE)
    if sign_off:
        text(sign_off, SIGNATURE_SPACE)
    if names:
        pager.place(LEADING * len(names), _names_step(left, width, names))

    if letter.enclosures:
        _place_enclosures(pager, left, width, letter.enclosures)
    return pager.pages


def _names_step(left: float, width: float, names: list[str]) -> Draw:
    def draw(canvas: Canvas, top: float) -> None:
        for index, name in enumerate(names):
            baseline = from_top(canvas, top + index * LEADING + TEXT_SIZE * ASCENT)
            # The signer in ink, the shop under it a little quieter.
            canvas.setFillColor(INK if index == 0 and len(names) > 1 else MUTED)
            fitted = fit_text(name, width, REGULAR, 9 if index else TEXT_SIZE, 6)
            draw_text(canvas, left, baseline, fitted.text, REGULAR, fitted.size)

    return draw


def _place_enclosures(
    pager: Pager, left: float, width: float, enclosures: list[str]
) -> None:
    size, leading = 8.5, 11.5
    lines = [line for item in enclosures for line in wrap(item, width, REGULAR, size)]
    height = 22 + leading * (len(lines) + 1)
    pager.keep_together(height)
    pager.top += 20

    def label(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(MUTED)
        draw_label(canvas, left, from_top(canvas, top + LABEL_SIZE), "Enclosed")

    pager.place(leading + 2, label)
    pager.place(
        leading * len(lines), lines_step(left, lines, REGULAR, size, INK, leading)
    )
