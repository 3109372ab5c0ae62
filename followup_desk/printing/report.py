"""The owner's monthly report: logo on top, key figures, charts and tables.

The pages are laid out with ``page.Pager``, like the quotation, and drawn on
the canvas. Charts are ReportLab graphics drawings rendered straight onto the
page: they stay vector (sharp at any zoom and on any printer) and their
numbers stay text that a PDF reader can search and copy. Every figure shown
in a chart is also printed as a number, on the bar or in a table beside it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain import report_labels as words
from followup_desk.domain.address import CompanyInfo
from followup_desk.domain.reports import Bucket, CostSummary, ReportFigures
from followup_desk.printing.fonts import BOLD, REGULAR, fit_text, register_fonts, wrap
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
    draw_label,
    draw_letterhead,
    from_top,
    hairline,
    paper_for,
    pdf_canvas,
    start_page,
)
from followup_desk.printing.text_drawing import LEFT, RIGHT, draw_text

log = logging.getLogger(__name__)

# Series colours: the accent for the main series, then two that stay apart
# from it in print and for readers with red-green colour blindness.
CHANNEL_COLOURS = {
    "phone": ACCENT,
    "walk_in": HexColor(0xE09F3E),
    "email": HexColor(0x7FB7BE),
}
POSTAGE_COLOUR = ACCENT
PRINTING_COLOUR = HexColor(0x7FB7BE)
QUOTES_LOST_COLOUR = HexColor(0xE09F3E)
DAYS_COLOUR = ACCENT
TOUCHES_COLOUR = HexColor(0x5C8A6E)
OVERDUE_COLOUR = HexColor(0xB5523B)

FIRST_TOP = 42 * MM  # below the letterhead's rule on page one
HEADING_HEIGHT = 32.0
NOTE_SIZE = 7.5
TABLE_SIZE = 8.0
ROW_HEIGHT = 14.0
CHART_FONT_SIZE = 7.0


def write_report_pdf(
    path: str | os.PathLike[str], company: CompanyInfo, figures: ReportFigures
) -> Path:
    """Write the report for ``figures`` as a PDF file and return its path."""
    title = f"Follow-up report {figures.period.label()}"
    with pdf_canvas(path, title, company.name) as canvas:
        pages = draw_report(canvas, company, figures)
    log.info("Printed the follow-up report for %s, %d pages", title, pages)
    return Path(path)


def draw_report(canvas: Canvas, company: CompanyInfo, figures: ReportFigures) -> int:
    """Draw the whole report; returns the number of pages."""
    register_fonts()
    paper = paper_for(company)
    pager = _ReportPager(paper)
    _Report(pager, figures).lay_out()
    for number, steps in enumerate(pager.pages, start=1):
        start_page(canvas, paper)
        draw_letterhead(canvas, company, paper)
        for top, draw in steps:
            draw(canvas, top)
        draw_footer(
            canvas, company, paper, number, len(pager.pages), always_number=True
        )
        canvas.showPage()
    return len(pager.pages)


class _ReportPager(Pager):
    """Every page starts right under the letterhead: the report has no
    address window to leave room for."""

    def __init__(self, paper: PaperLayout) -> None:
        super().__init__(paper)
        self.top = FIRST_TOP

    def new_page(self) -> None:
        super().new_page()
        self.top = FIRST_TOP


class _Report:
    """Places each section of the report on the pages, in reading order."""

    def __init__(self, pager: Pager, figures: ReportFigures) -> None:
        self.pager = pager
        self.f = figures
        self.paper: PaperLayout = pager.paper
        self.left = self.paper.margin_left
        self.width = self.paper.content_width
        self.locale = figures.locale

    def money(self, value: Decimal | None) -> str:
        return words.money_text(value, self.f.currency, self.locale)

    def num(self, value: Decimal | int | None) -> str:
        return words.number_text(value, self.locale)

    def pct(self, value: Decimal | None) -> str:
        return words.percent_text(value, self.locale)

    def days(self, value: Decimal | None) -> str:
        return words.days_text(value, self.locale)

    def lay_out(self) -> None:
        self.title()
        self.key_figures()
        self.funnel()
        self.conversions()
        self.time_to_order()
        self.costs()
        self.overdue()
        self.steps()
        self.people()

    # -- page furniture ----------------------------------------------------------

    def title(self) -> None:
        f = self.f
        as_of = format_date(f.today, format="long", locale=self.locale)
        subtitle = (
            f"{words.channel_label(f.channel)} · figures as of {as_of}. "
            f"The funnel and the plan steps follow the prospects first "
            f"contacted in {f.period.label()}; the rest is what happened in it."
        )
        left, width = self.left, self.width

        def draw(canvas: Canvas, top: float) -> None:
            heading = fit_text(
                f"Follow-up report · {f.period.label()}", width, BOLD, 17, 11
            )
            canvas.setFillColor(ACCENT)
            baseline = from_top(canvas, top + 17 * ASCENT)
            draw_text(canvas, left, baseline, heading.text, BOLD, heading.size)
            _paragraph(canvas, left, top + 25, width, subtitle, NOTE_SIZE + 0.5, MUTED)

        self.pager.place(52, draw)

    def heading(self, text: str, note: str, content_height: float) -> None:
        """A section heading, kept on one page with the section below it."""
        self.pager.keep_together(HEADING_HEIGHT + content_height)
        left, width = self.left, self.width

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFillColor(ACCENT)
            draw_label(canvas, left, from_top(canvas, top + 6 + LABEL_SIZE), text)
            hairline(canvas, left, from_top(canvas, top + 17), left + width, RULE)
            fitted = fit_text(note, width, REGULAR, NOTE_SIZE, 6)
            canvas.setFillColor(MUTED)
            baseline = from_top(canvas, top + 27)
            draw_text(canvas, left, baseline, fitted.text, REGULAR, fitted.size)

        self.pager.place(HEADING_HEIGHT, draw)

    # -- sections ---------------------------------------------------------------

    def key_figures(self) -> None:
        f = self.f
        tiles = [
            ("First contacts", self.num(f.funnel.first_contacts)),
            ("Became customers", self.pct(f.funnel.conversion_rate)),
            ("Customers won", self.num(f.customers_won)),
            ("Median days to order", self.num(f.time_to_order.median_days)),
            ("Cost per customer", self.money(f.cost.cost_per_customer)),
        ]
        left, width = self.left, self.width
        gap = 6.0
        tile_width = (width - gap * (len(tiles) - 1)) / len(tiles)

        def draw(canvas: Canvas, top: float) -> None:
            for index, (label, value) in enumerate(tiles):
                x = left + index * (tile_width + gap)
                canvas.setFillColor(TINT)
                canvas.roundRect(
                    x, from_top(canvas, top + 44), tile_width, 44, 4, stroke=0, fill=1
                )
                canvas.setFillColor(MUTED)
                label_fit = fit_text(label.upper(), tile_width - 14, BOLD, 6.3, 5)
                draw_text(
                    canvas,
                    x + 7,
                    from_top(canvas, top + 14),
                    label_fit.text,
                    BOLD,
                    label_fit.size,
                    char_space=0.3,
                )
                value_fit = fit_text(value, tile_width - 14, BOLD, 15, 8)
                canvas.setFillColor(INK)
                baseline = from_top(canvas, top + 35)
                draw_text(canvas, x + 7, baseline, value_fit.text, BOLD, value_fit.size)

        self.pager.place(56, draw)

    def funnel(self) -> None:
        f = self.f
        chart_width = self.width * 0.6
        height = 118.0
        self.heading(
            "From first contact to first order",
            f"Prospects first contacted in {f.period.label()}, and how many reached "
            "each stage (share of first contacts).",
            height,
        )
        stages = f.funnel.stages
        labels = [f"{self.num(s.count)} · {self.pct(s.share)}" for s in stages]
        drawing = _horizontal_bars(
            chart_width,
            height - 6,
            [s.label for s in stages],
            [s.count for s in stages],
            labels,
            ACCENT,
        )
        rows = [
            (words.status_label(status), self.num(count))
            for status, count in f.statuses.items()
        ]
        table_left = self.left + chart_width + 16
        table_width = self.width - chart_width - 16

        def draw(canvas: Canvas, top: float) -> None:
            _render(canvas, drawing, self.left, top)
            _table(
                canvas,
                table_left,
                top + 2,
                [table_width * 0.68, table_width * 0.32],
                ("Where they are now", "Prospects"),
                rows,
            )

        self.pager.place(height, draw)

    def conversions(self) -> None:
        f = self.f
        height = 150.0
        self.heading(
            "Customers won per month",
            "First orders placed each month, by how the customer first got in touch.",
            height,
        )
        months = f.conversions.months
        names = [_month_name(m.start, i, len(months)) for i, m in enumerate(months)]
        channels = list(f.conversions.series)
        series = [list(f.conversions.series[c]) for c in channels]
        totals = [f.conversions.total(i) for i in range(len(months))]
        drawing = _stacked_columns(
            self.width,
            height - 18,
            names,
            series,
            [CHANNEL_COLOURS.get(c, MUTED) for c in channels],
            [self.num(t) if t else "" for t in totals],
            self.locale,
        )
        legend = [
            (words.CHANNEL_PLURALS.get(c, c), CHANNEL_COLOURS.get(c, MUTED))
            for c in channels
        ]

        def draw(canvas: Canvas, top: float) -> None:
            _legend(canvas, self.left, top + 2, legend)
            _render(canvas, drawing, self.left, top + 16)

        self.pager.place(height, draw)

    def time_to_order(self) -> None:
        t = self.f.time_to_order
        height = 128.0
        self.heading(
            "How long until the first order",
            f"The {self.num(t.customers)} customers won in "
            f"{self.f.period.label()}: days and follow-ups from first contact "
            "to first order.",
            height,
        )
        half = (self.width - 20) / 2
        days = _histogram(
            half, height - 22, t.day_buckets, DAYS_COLOUR, self.locale, short=True
        )
        touches = _histogram(
            half, height - 22, t.touch_buckets, TOUCHES_COLOUR, self.locale
        )
        captions = (
            f"Days · median {self.days(t.median_days)}",
            f"Follow-ups done · median {self.num(t.median_touches)}",
        )

        def draw(canvas: Canvas, top: float) -> None:
            for index, (drawing, caption) in enumerate(
                ((days, captions[0]), (touches, captions[1]))
            ):
                x = self.left + index * (half + 20)
                canvas.setFillColor(INK)
                draw_text(canvas, x, from_top(canvas, top + 9), caption, BOLD, 8)
                _render(canvas, drawing, x, top + 20)

        self.pager.place(height, draw)

    def costs(self) -> None:
        f = self.f
        cost = f.cost
        chart_height, ledger_height = 112.0, ROW_HEIGHT * 6 + 8
        height = 18 + chart_height + ledger_height
        self.heading(
            "What each customer cost",
            "Postage and printing paid, and quotations that ran out without an "
            "order, divided by the customers won in the same month.",
            height,
        )
        monthly = f.monthly_costs
        names = [
            _month_name(c.period.start, i, len(monthly)) for i, c in enumerate(monthly)
        ]
        # Chart geometry only: the amounts printed are the exact decimals.
        series = [
            [_plot(c.per_customer(c.postage)) for c in monthly],
            [_plot(c.per_customer(c.printing)) for c in monthly],
            [_plot(c.per_customer(c.quotes_lost)) for c in monthly],
        ]
        drawing = _stacked_columns(
            self.width,
            chart_height,
            names,
            series,
            [POSTAGE_COLOUR, PRINTING_COLOUR, QUOTES_LOST_COLOUR],
            [self._short_money(c.cost_per_customer) for c in monthly],
            self.locale,
        )
        legend = [
            ("Postage", POSTAGE_COLOUR),
            ("Printing", PRINTING_COLOUR),
            ("Quotations that ran out", QUOTES_LOST_COLOUR),
        ]
        pieces, money = self._cost_rows(cost)
        gap = 24.0
        half = (self.width - gap) / 2
        ledger_top = 18 + chart_height + 6

        def draw(canvas: Canvas, top: float) -> None:
            _legend(canvas, self.left, top + 2, legend)
            _render(canvas, drawing, self.left, top + 16)
            _table(
                canvas,
                self.left,
                top + ledger_top,
                [half * 0.7, half * 0.3],
                (f.period.label(), "Count"),
                pieces,
            )
            _table(
                canvas,
                self.left + half + gap,
                top + ledger_top,
                [half * 0.62, half * 0.38],
                ("What it cost", "Amount"),
                money,
                bold_last=True,
            )

        self.pager.place(height, draw)

    def _short_money(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        # Whole units above the bars: cents there would only crowd the chart.
        return words.whole_money_text(value, self.f.currency, self.locale)

    def _cost_rows(self, cost: CostSummary):
        n = self.num
        pieces = [
            ("Packages posted", n(cost.packages_posted)),
            ("Packages handed over in the shop", n(cost.packages_handed_over)),
            ("Mailers posted", n(cost.mailers)),
            ("Customers won", n(cost.customers)),
        ]
        money = [
            ("Postage", self.money(cost.postage)),
            ("Printing", self.money(cost.printing)),
            ("Quotations that ran out", self.money(cost.quotes_lost)),
            (
                "Postage and printing per customer",
                self.money(cost.per_customer(cost.spend)),
            ),
            ("Cost per customer", self.money(cost.cost_per_customer)),
        ]
        return pieces, money

    def overdue(self) -> None:
        trend = self.f.overdue
        height = 104.0
        self.heading(
            "Follow-ups left overdue",
            "Follow-ups past the last day of their window at the start of each day.",
            height,
        )
        if not trend:
            self.pager.place(20, _note_step(self.left, "No days to show yet."))
            return
        drawing = _line(
            self.width,
            height - 6,
            [_trend_label(day, i, len(trend)) for i, (day, _n) in enumerate(trend)],
            [count for _day, count in trend],
            OVERDUE_COLOUR,
            self.locale,
        )
        self.pager.place(
            height, lambda canvas, top: _render(canvas, drawing, self.left, top)
        )

    def steps(self) -> None:
        f = self.f
        within = f.within_days
        rows = [
            (
                s.title,
                self.num(s.reached),
                self.num(s.ordered_within),
                self.pct(s.rate),
                self.money(s.cost) if s.cost is not None else "",
                self.money(s.cost_per_order) if s.cost is not None else "",
            )
            for s in f.steps
        ]
        height = ROW_HEIGHT * (len(rows) + 1) + 6
        self.heading(
            "Which plan steps lead to orders",
            f"For the prospects first contacted in {f.period.label()}: how many had "
            f"each step done, and how many ordered within {within} days after it.",
            min(height, 120),
        )
        if not rows:
            self.pager.place(20, _note_step(self.left, "No step was done yet."))
            return
        w = self.width
        widths = [w * 0.31, w * 0.11, w * 0.2, w * 0.1, w * 0.12, w * 0.16]
        header = (
            "Step",
            "Reached",
            f"Ordered ≤ {within} days",
            "Rate",
            "Cost",
            "Per order",
        )
        self._place_table(widths, header, rows)

    def people(self) -> None:
        f = self.f
        kinds = [k for k in words.KIND_PLURALS if any(k in p.by_kind for p in f.people)]
        rows = [
            (
                words.person_label(p.who),
                *(self.num(p.by_kind.get(k, 0)) for k in kinds),
                self.num(p.total),
            )
            for p in f.people
        ]
        height = ROW_HEIGHT * (len(rows) + 1) + 6
        self.heading(
            "Follow-ups done, by person",
            f"Everything marked done in {f.period.label()}.",
            min(height, 120),
        )
        if not rows:
            self.pager.place(20, _note_step(self.left, "Nothing was marked done."))
            return
        w = self.width
        number_width = w * 0.55 / (len(kinds) + 1)
        widths = [w * 0.45, *([number_width] * (len(kinds) + 1))]
        header = ("Person", *(words.kind_plural(k) for k in kinds), "Total")
        self._place_table(widths, header, rows, bold_last_column=True)

    def _place_table(self, widths, header, rows, bold_last_column=False) -> None:
        """A table that may run over pages, with its header on each."""
        left = self.left
        remaining = list(rows)
        while remaining:
            fits = int((self.pager.room - ROW_HEIGHT - 6) // ROW_HEIGHT)
            if fits < 1:
                self.pager.new_page()
                continue
            chunk, remaining = remaining[:fits], remaining[fits:]
            height = ROW_HEIGHT * (len(chunk) + 1) + 6

            def draw(canvas, top, chunk=chunk):
                _table(
                    canvas,
                    left,
                    top,
                    widths,
                    header,
                    chunk,
                    bold_last_column=bold_last_column,
                )

            self.pager.place(height, draw)


# -- drawing helpers -------------------------------------------------------------


def _render(canvas: Canvas, drawing: Drawing, x: float, top: float) -> None:
    renderPDF.draw(drawing, canvas, x, from_top(canvas, top + drawing.height))


def _plot(value: Decimal | None) -> float:
    return float(value) if value is not None else 0.0


def _month_name(first: object, index: int, count: int) -> str:
    # The year appears on January and on the first bar, so twelve bars stay
    # readable without repeating it.
    if index == 0 or first.month == 1:
        return f"{first:%b} {first:%y}"
    return f"{first:%b}"


def _trend_label(day: object, index: int, count: int) -> str:
    every = max(1, count // 8)
    if index % every and index != count - 1:
        return ""
    return f"{day.day} {day:%b}"


def _style_axis_labels(labels, size: float = CHART_FONT_SIZE) -> None:
    labels.fontName = REGULAR
    labels.fontSize = size
    labels.fillColor = MUTED


def _horizontal_bars(
    width: float,
    height: float,
    names: Sequence[str],
    values: Sequence[int],
    labels: Sequence[str],
    colour: Color,
) -> Drawing:
    """Bars from left to right, the first name on top, each with its label."""
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 78, 2
    chart.width, chart.height = width - 78 - 58, height - 4
    # ReportLab stacks categories bottom-up; reversed, the funnel reads down.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(reversed(labels))]
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = CHART_FONT_SIZE + 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1])
    chart.valueAxis.visible = False
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = False
    _style_axis_labels(chart.categoryAxis.labels, CHART_FONT_SIZE + 0.5)
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart)
    return drawing


def _value_axis(axis, top_value: float, locale: str) -> None:
    axis.valueMin = 0
    axis.valueMax = max(top_value * 1.15, 1)
    axis.visibleAxis = False
    axis.visibleTicks = False
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4
    axis.maximumTicks = 5
    axis.labelTextFormat = lambda value: _axis_number(value, locale)
    _style_axis_labels(axis.labels)


def _axis_number(value: float, locale: str) -> str:
    """Whole numbers only: a count axis never shows 0.5."""
    if abs(value - round(value)) > 1e-9:
        return ""
    return words.number_text(round(value), locale)


def _stacked_columns(
    width: float,
    height: float,
    names: Sequence[str],
    series: Sequence[Sequence[float]],
    colours: Sequence[Color],
    totals: Sequence[str],
    locale: str,
) -> Drawing:
    """Columns of stacked series, each column's total printed on top."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 14
    chart.width, chart.height = width - 30, height - 22
    chart.data = [list(values) for values in series]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = False
    _style_axis_labels(chart.categoryAxis.labels)
    chart.categoryAxis.labels.dy = -2
    tops = [sum(values) for values in zip(*series, strict=True)] or [0]
    _value_axis(chart.valueAxis, max(tops), locale)
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    # Only the topmost series carries a label, and in a stack it sits at the
    # top of the column: the column's total.
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[""] * len(names) for _ in series[:-1]] + [list(totals)]
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = CHART_FONT_SIZE
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barSpacing = 0
    chart.groupSpacing = 8
    drawing.add(chart)
    return drawing


def _histogram(
    width: float,
    height: float,
    buckets: Sequence[Bucket],
    colour: Color,
    locale: str,
    short: bool = False,
) -> Drawing:
    names = [b.label.replace(" days", "") if short else b.label for b in buckets]
    counts = [b.count for b in buckets]
    return _stacked_columns(
        width,
        height,
        names,
        [counts],
        [colour],
        [words.number_text(c, locale) if c else "" for c in counts],
        locale,
    )


def _line(
    width: float,
    height: float,
    names: Sequence[str],
    values: Sequence[int],
    colour: Color,
    locale: str,
) -> Drawing:
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 26, 14
    chart.width, chart.height = width - 30, height - 22
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = False
    _style_axis_labels(chart.categoryAxis.labels)
    chart.categoryAxis.labels.dy = -2
    _value_axis(chart.valueAxis, max([*values, 1]), locale)
    chart.lines[0].strokeColor = colour
    chart.lines[0].strokeWidth = 1.6
    chart.joinedLines = 1
    # The last value, printed at the end of the line: where things stand now.
    chart.lineLabelFormat = "values"
    last = words.number_text(values[-1], locale)
    chart.lineLabelArray = [[""] * (len(values) - 1) + [last]]
    chart.lineLabels.fontName = BOLD
    chart.lineLabels.fontSize = CHART_FONT_SIZE + 0.5
    chart.lineLabels.fillColor = colour
    chart.lineLabels.boxAnchor = "sw"
    drawing.add(chart)
    return drawing


def _legend(
    canvas: Canvas, x: float, top: float, entries: Sequence[tuple[str, Color]]
) -> None:
    """Small colour squares with their names, in one line."""
    baseline = from_top(canvas, top + 8)
    for name, colour in entries:
        canvas.setFillColor(colour)
        canvas.rect(x, baseline - 0.5, 7, 7, stroke=0, fill=1)
        canvas.setFillColor(INK)
        drawn = draw_text(
            canvas, x + 10, baseline, name, REGULAR, CHART_FONT_SIZE + 0.5
        )
        x += 10 + drawn + 14


def _table(
    canvas: Canvas,
    left: float,
    top: float,
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    bold_last: bool = False,
    bold_last_column: bool = False,
) -> None:
    """Rows of text: the first column left-aligned, the others right-aligned."""
    right_edge = left + sum(widths)
    y = top + ROW_HEIGHT
    canvas.setFillColor(MUTED)
    x = left
    for index, (text, width) in enumerate(zip(header, widths, strict=True)):
        # Letter spacing widens the label beyond what fit_text measures.
        room = width - 8 - 0.3 * len(text)
        fitted = fit_text(text.upper(), room, BOLD, LABEL_SIZE, 5)
        baseline = from_top(canvas, y - 5)
        draw_text(
            canvas,
            x if index == 0 else x + width,
            baseline,
            fitted.text,
            BOLD,
            fitted.size,
            align=LEFT if index == 0 else RIGHT,
            char_space=0.3,
        )
        x += width
    hairline(canvas, left, from_top(canvas, y - 1), right_edge, ACCENT, 0.7)
    for row_index, row in enumerate(rows):
        last_row = bold_last and row_index == len(rows) - 1
        y += ROW_HEIGHT
        baseline = from_top(canvas, y - 4.5)
        x = left
        for index, (text, width) in enumerate(zip(row, widths, strict=True)):
            bold = last_row or (bold_last_column and index == len(row) - 1)
            font = BOLD if bold else REGULAR
            fitted = fit_text(text, width - 6, font, TABLE_SIZE, 6)
            canvas.setFillColor(INK)
            draw_text(
                canvas,
                x if index == 0 else x + width,
                baseline,
                fitted.text,
                font,
                fitted.size,
                align=LEFT if index == 0 else RIGHT,
            )
            x += width
        colour = ACCENT if last_row else RULE
        hairline(canvas, left, from_top(canvas, y), right_edge, colour, 0.4)


def _paragraph(
    canvas: Canvas,
    left: float,
    top: float,
    width: float,
    text: str,
    size: float,
    colour: Color,
) -> None:
    canvas.setFillColor(colour)
    for index, line in enumerate(wrap(text, width, REGULAR, size)[:2]):
        baseline = from_top(canvas, top + index * size * 1.35)
        draw_text(canvas, left, baseline, line, REGULAR, size)


def _note_step(left: float, text: str) -> Draw:
    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillColor(MUTED)
        draw_text(canvas, left, from_top(canvas, top + 10), text, REGULAR, TABLE_SIZE)

    return draw
