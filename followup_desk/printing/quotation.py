"""The printed quotation: letterhead, recipient, line table, totals, terms.

The whole quotation is laid out first, as a list of pages of positioned
drawing steps, and drawn afterwards; that way every footer can say
"Page N of M" although the canvas is written page by page.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain.address import CompanyInfo
from followup_desk.domain.money import (
    LineItem,
    MoneyRules,
    line_amounts,
    quote_totals,
)
from followup_desk.domain.money import format_money as _format_money
from followup_desk.printing.documents import QuoteDocument
from followup_desk.printing.fonts import (
    BOLD,
    REGULAR,
    fit_text,
    register_fonts,
    wrap,
)
from followup_desk.printing.page import (
    ACCENT,
    ASCENT,
    INK,
    LABEL_SIZE,
    MM,
    MUTED,
    RULE,
    TINT,
    Draw,
    Pager,
    PaperLayout,
    draw_footer,
    draw_info_block,
    draw_label,
    draw_letterhead,
    draw_lines,
    draw_recipient,
    from_top,
    hairline,
    lines_step,
    paper_for,
    pdf_canvas,
    start_page,
)
from followup_desk.printing.text_drawing import RIGHT, draw_text

TEXT_SIZE = 9.0
LEADING = 11.5
PAD = 6.0  # inside each table cell, left and right
ROW_PAD = 5.0  # above and below each row's text
HEADER_HEIGHT = 19.0


@dataclass(frozen=True)
class Column:
    """A right-aligned number column of the line table."""

    label: str
    width: float


QTY = Column("Qty", 46)
UNIT_PRICE = Column("Unit price", 72)
DISCOUNT = Column("Discount %", 66)
TAX = Column("Tax %", 44)
AMOUNT = Column("Amount", 80)


@dataclass(frozen=True)
class _Table:
    """Column positions for one quotation on one paper size."""

    left: float
    description_width: float
    columns: list[Column]  # the number columns, left to right
    rights: list[float]  # right edge of each number column

    @property
    def text_width(self) -> float:
        return self.description_width - 2 * PAD


def _table_for(paper: PaperLayout, with_discount: bool) -> _Table:
    # The discount column only earns its place when some line has a discount;
    # without it the descriptions get the room.
    columns = [QTY, UNIT_PRICE, *([DISCOUNT] if with_discount else []), TAX, AMOUNT]
    numbers_width = sum(column.width for column in columns)
    rights, x = [], paper.content_right - numbers_width
    for column in columns:
        x += column.width
        rights.append(x)
    return _Table(
        paper.margin_left, paper.content_width - numbers_width, columns, rights
    )


def draw_quotation(canvas: Canvas, company: CompanyInfo, doc: QuoteDocument) -> int:
    """Draw ``doc`` onto ``canvas`` as one or more finished pages.

    Each page is closed with ``showPage``, so a batch can go on drawing onto
    the same canvas. Returns the number of pages drawn.
    """
    register_fonts()
    paper = paper_for(company)
    pages = _layout(doc, paper)
    info = [
        ("Quotation no.", doc.number),
        ("Date", format_date(doc.issued_on, format="long", locale=doc.locale)),
        ("Valid until", format_date(doc.valid_until, format="long", locale=doc.locale)),
    ]
    if doc.replaces:
        info.append(("Replaces", doc.replaces))
    for number, steps in enumerate(pages, start=1):
        start_page(canvas, paper)
        draw_letterhead(canvas, company, paper)
        if number == 1:
            draw_recipient(canvas, company, doc.recipient, paper)
            draw_info_block(canvas, paper, info)
        else:
            _draw_continued(canvas, paper, doc)
        for top, draw in steps:
            draw(canvas, top)
        draw_footer(canvas, company, paper, number, len(pages), always_number=True)
        canvas.showPage()
    return len(pages)


def write_quotation_pdf(
    path: str | os.PathLike[str], company: CompanyInfo, doc: QuoteDocument
) -> Path:
    """Write ``doc`` as a PDF file of its own and return its path."""
    with pdf_canvas(path, f"Quotation {doc.number}", company.name) as canvas:
        draw_quotation(canvas, company, doc)
    return Path(path)


def _draw_continued(canvas: Canvas, paper: PaperLayout, doc: QuoteDocument) -> None:
    baseline = from_top(canvas, paper.continued_top - 6 * MM)
    title = fit_text(f"Quotation {doc.number}", paper.content_width * 0.7, BOLD, 9, 6)
    canvas.setFillColor(INK)
    draw_text(canvas, paper.margin_left, baseline, title.text, BOLD, title.size)
    canvas.setFillColor(MUTED)
    draw_text(
        canvas, paper.content_right, baseline, "continued", REGULAR, 8, align=RIGHT
    )


def _layout(doc: QuoteDocument, paper: PaperLayout) -> list[list[tuple[float, Draw]]]:
    """Every drawing step of the body, with its page and its top position."""
    pager = Pager(paper)
    table = _table_for(paper, any(line.discount_pct for line in doc.lines))
    left = paper.margin_left

    def title(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(ACCENT)
        baseline = from_top(canvas, top + 20 * ASCENT)
        draw_text(canvas, left, baseline, "Quotation", BOLD, 20)

    intro = "Thank you for your enquiry. We are pleased to quote as follows."
    pager.place(32, title)
    pager.place(24, lines_step(left, [intro], REGULAR, 9.5, MUTED))

    _place_table(pager, table, doc)
    _place_totals(pager, table, doc)
    for heading, text in (("Notes", doc.notes), ("Terms", doc.terms)):
        if text.strip():
            _place_section(pager, heading, text.strip())
    _place_signature(pager)
    return pager.pages


def _place_table(pager: Pager, table: _Table, doc: QuoteDocument) -> None:
    header = _header_step(table)
    paper = pager.paper
    # Lines a row may have and still be kept whole on a fresh page.
    page_lines = int(
        (paper.body_bottom - paper.continued_top - HEADER_HEIGHT - 2 * ROW_PAD)
        // LEADING
    )
    need_header = True
    for item in doc.lines:
        lines = wrap(item.description.strip(), table.text_width, REGULAR, TEXT_SIZE)
        cells: list[str] | None = _cells(item, table, doc)
        while lines:
            # A row never starts a page without the column headings above it.
            extra = HEADER_HEIGHT if need_header else 0
            fits = int((pager.room - extra - 2 * ROW_PAD) // LEADING)
            if fits < len(lines) and (len(lines) <= page_lines or fits < 2):
                pager.new_page()
                need_header = True
                continue
            if need_header:
                pager.place(HEADER_HEIGHT, header)
                need_header = False
            # Only a description longer than a whole page is split; the
            # numbers stay with its first part.
            chunk, lines = lines[:fits], lines[fits:]
            height = 2 * ROW_PAD + len(chunk) * LEADING
            pager.place(height, _row_step(table, chunk, cells, height))
            cells = None


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """An amount as the locale writes it, in characters the fonts have.

    Some locales use full-width signs (Japanese ￥); their compatibility form
    (¥) is the same sign in the printed fonts' range.
    """
    return unicodedata.normalize("NFKC", _format_money(amount, currency, locale))


def _rules(doc: QuoteDocument) -> MoneyRules:
    return MoneyRules(doc.currency, doc.rounding)


def _cells(item: LineItem, table: _Table, doc: QuoteDocument) -> list[str]:
    def number(value: Decimal) -> str:
        return format_decimal(value, locale=doc.locale)

    quantity = number(item.quantity)
    values = {
        # The unit from the catalogue reads with the number: "1.5 h".
        QTY: f"{quantity}\u00a0{item.unit}" if item.unit else quantity,
        UNIT_PRICE: format_money(item.unit_price, doc.currency, doc.locale),
        DISCOUNT: number(item.discount_pct) if item.discount_pct else "",
        TAX: number(item.tax_pct),
        AMOUNT: format_money(
            line_amounts(item, _rules(doc)).net, doc.currency, doc.locale
        ),
    }
    return [values[column] for column in table.columns]


def _header_step(table: _Table) -> Draw:
    def draw(canvas: Canvas, top: float) -> None:
        right = table.rights[-1]
        canvas.setFillColor(TINT)
        canvas.rect(
            table.left,
            from_top(canvas, top + HEADER_HEIGHT),
            right - table.left,
            HEADER_HEIGHT,
            stroke=0,
            fill=1,
        )
        baseline = from_top(canvas, top + HEADER_HEIGHT / 2 + LABEL_SIZE * 0.36)
        canvas.setFillColor(MUTED)
        draw_label(canvas, table.left + PAD, baseline, "Description", right=False)
        for column, column_right in zip(table.columns, table.rights, strict=True):
            draw_label(canvas, column_right - PAD, baseline, column.label, right=True)
        bottom = from_top(canvas, top + HEADER_HEIGHT)
        hairline(canvas, table.left, bottom, right, ACCENT, 0.8)

    return draw


def _row_step(
    table: _Table, lines: list[str], cells: list[str] | None, height: float
) -> Draw:
    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(
            canvas, table.left + PAD, top + ROW_PAD, lines, REGULAR, TEXT_SIZE, LEADING
        )
        if cells:
            baseline = from_top(canvas, top + ROW_PAD + TEXT_SIZE * ASCENT)
            left = table.left + table.description_width
            for text, right in zip(cells, table.rights, strict=True):
                fitted = fit_text(text, right - left - PAD * 1.5, REGULAR, TEXT_SIZE, 6)
                draw_text(
                    canvas,
                    right - PAD,
                    baseline,
                    fitted.text,
                    REGULAR,
                    fitted.size,
                    align=RIGHT,
                )
                left = right
        bottom = from_top(canvas, top + height)
        hairline(canvas, table.left, bottom, table.rights[-1], RULE, 0.4)

    return draw


def _place_totals(pager: Pager, table: _Table, doc: QuoteDocument) -> None:
    totals = quote_totals(doc.lines, _rules(doc))

    def money(value: Decimal) -> str:
        return format_money(value, doc.currency, doc.locale)

    rows: list[tuple[str, str]] = []
    if totals.discount:
        rows.append(("Total before discount", money(totals.net + totals.discount)))
        rows.append(("Discount", money(-totals.discount)))
    rows.append(("Subtotal", money(totals.net)))
    for rate, tax in totals.tax_by_rate.items():
        if rate:
            rows.append((f"Tax {format_decimal(rate, locale=doc.locale)}%", money(tax)))
    if totals.rounding:
        rows.append(("Rounding", money(totals.rounding)))
    total = money(totals.gross)

    row_height, total_height = 15.0, 24.0
    height = 10 + len(rows) * row_height + 4 + total_height
    pager.keep_together(height)
    right = table.rights[-1]
    # The block spans the number columns from "Unit price" on, so its amounts
    # stand under the amount column and its labels under the prices.
    left = table.left + table.description_width + table.columns[0].width

    def draw(canvas: Canvas, top: float) -> None:
        y = top + 10
        for label, amount in rows:
            baseline = from_top(canvas, y + TEXT_SIZE * ASCENT + 2)
            canvas.setFillColor(MUTED)
            draw_text(canvas, left + PAD, baseline, label, REGULAR, TEXT_SIZE)
            canvas.setFillColor(INK)
            draw_text(
                canvas, right - PAD, baseline, amount, REGULAR, TEXT_SIZE, align=RIGHT
            )
            y += row_height
        y += 4
        canvas.setFillColor(TINT)
        canvas.rect(
            left,
            from_top(canvas, y + total_height),
            right - left,
            total_height,
            stroke=0,
            fill=1,
        )
        hairline(canvas, left, from_top(canvas, y), right, ACCENT, 0.8)
        baseline = from_top(canvas, y + total_height / 2 + 11 * 0.36)
        canvas.setFillColor(ACCENT)
        draw_text(canvas, left + PAD, baseline, "Total", BOLD, 11)
        fitted = fit_text(total, right - left - 60, BOLD, 11, 7)
        draw_text(
            canvas, right - PAD, baseline, fitted.text, BOLD, fitted.size, align=RIGHT
        )

    pager.place(height, draw)


def _place_section(pager: Pager, heading: str, text: str) -> None:
    """A labelled block of wrapped text that may run over onto the next page."""
    paper = pager.paper
    size, leading = 8.5, 11.5
    lines = wrap(text, paper.content_width, REGULAR, size)
    left = paper.margin_left

    def label(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(ACCENT)
        draw_label(
            canvas, left, from_top(canvas, top + 14 + LABEL_SIZE), heading, False
        )

    # The heading never ends a page on its own: it goes with two lines at least.
    pager.keep_together(24 + leading * min(len(lines), 2))
    pager.place(24, label)
    while lines:
        fits = int(pager.room // leading)
        if fits < 1:
            pager.new_page()
            continue
        chunk, lines = lines[:fits], lines[fits:]
        pager.place(
            len(chunk) * leading, lines_step(left, chunk, REGULAR, size, INK, leading)
        )


def _place_signature(pager: Pager) -> None:
    paper = pager.paper
    left, right = paper.margin_left, paper.content_right
    middle = left + paper.content_width * 0.45
    height = 64.0
    pager.keep_together(height)
    prompt = (
        "To accept this quotation, please sign and return a copy, "
        "or simply give us a call."
    )

    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(canvas, left, top + 12, [prompt], REGULAR, 8.5, 11, MUTED)
        line_top = top + 50
        y = from_top(canvas, line_top)
        hairline(canvas, left, y, middle - 10 * MM, INK, 0.5)
        hairline(canvas, middle, y, right, INK, 0.5)
        canvas.setFillColor(MUTED)
        caption = from_top(canvas, line_top + 10)
        draw_text(canvas, left, caption, "Place and date", REGULAR, 7)
        draw_text(canvas, middle, caption, "Name and signature", REGULAR, 7)

    pager.place(height, draw)
