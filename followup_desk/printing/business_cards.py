"""Each staff member's business card, printed on business-card sheets.

One card is laid out once and repeated over the sheet by the label engine:
the shop's logo top left, the person's name and role, then the direct phone
and e-mail along the bottom with the shop's website. Every line is fitted to
the card's width; nothing runs off the edge or into the perforation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain.address import CompanyInfo
from followup_desk.printing.fonts import BOLD, REGULAR, fit_text, register_fonts
from followup_desk.printing.formats import MM, Cell, LabelTemplate, PrinterSetup
from followup_desk.printing.label_sheets import DrawCell, draw_sheets
from followup_desk.printing.logo import company_logo, draw_logo
from followup_desk.printing.page import ACCENT, ASCENT, INK, MUTED, RULE, pdf_canvas
from followup_desk.printing.text_drawing import RIGHT, draw_text


@dataclass(frozen=True)
class CardPerson:
    """What one card says about the person handing it over."""

    name: str
    job_title: str = ""
    phone: str = ""
    email: str = ""


def card_drawer(company: CompanyInfo, person: CardPerson) -> DrawCell:
    """A drawing function for the label engine that draws this person's card."""
    logo = company_logo(company)

    def draw(canvas: Canvas, cell: Cell, index: int) -> None:
        pad = max(4.5 * MM, cell.height * 0.09)
        left = cell.left + pad
        width = cell.width - 2 * pad
        page_height = canvas._pagesize[1]

        def baseline(top: float, size: float) -> float:
            return page_height - (top + size * ASCENT)

        top = cell.top + pad
        if logo is not None:
            draw_logo(
                canvas, logo, left, page_height - top, width * 0.45, cell.height * 0.2
            )
        shop = fit_text(company.name, width * 0.5, BOLD, 7, 5)
        canvas.setFillColor(ACCENT)
        draw_text(
            canvas,
            left + width,
            baseline(top, shop.size),
            shop.text,
            BOLD,
            shop.size,
            align=RIGHT,
        )

        # Name and role sit just above the middle, where the eye lands.
        top = cell.top + cell.height * 0.36
        name = fit_text(person.name, width, BOLD, 11, 7)
        canvas.setFillColor(INK)
        draw_text(canvas, left, baseline(top, name.size), name.text, BOLD, name.size)
        top += name.size * 1.3
        if person.job_title.strip():
            role = fit_text(person.job_title, width, REGULAR, 8, 6)
            canvas.setFillColor(MUTED)
            role_baseline = baseline(top, role.size)
            draw_text(canvas, left, role_baseline, role.text, REGULAR, role.size)

        contacts = [
            line
            for line in (
                person.phone.strip(),
                person.email.strip(),
                company.website.strip() or company.phone.strip(),
            )
            if line
        ]
        size, leading = 7.0, 9.0
        top = cell.bottom - pad - len(contacts) * leading + (leading - size)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = page_height - (top - 3.5)
        canvas.line(left, rule_y, left + width * 0.3, rule_y)
        canvas.setFillColor(INK)
        for line in contacts:
            fitted = fit_text(line, width, REGULAR, size, 5)
            line_baseline = baseline(top, fitted.size)
            draw_text(canvas, left, line_baseline, fitted.text, REGULAR, fitted.size)
            top += leading

    return draw


def write_business_cards(
    path: str | os.PathLike[str],
    template: LabelTemplate,
    company: CompanyInfo,
    person: CardPerson,
    count: int | None = None,
    start: int = 1,
    setup: PrinterSetup | None = None,
) -> Path:
    """A sheet (or ``count`` cards) of one person's card as a PDF."""
    register_fonts()
    if count is None:
        count = template.per_sheet - start + 1
    with pdf_canvas(path, f"Business cards: {person.name}", company.name) as canvas:
        draw_sheets(
            canvas,
            template,
            count,
            card_drawer(company, person),
            start,
            setup or PrinterSetup(),
        )
    return Path(path)
