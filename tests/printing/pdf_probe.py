"""Reading printed PDFs back for the printing tests, and sample documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from followup_desk.domain.address import PostalAddress
from followup_desk.domain.money import LineItem
from followup_desk.printing.documents import QuoteDocument

ISSUED = dt.date(2024, 3, 12)
VALID = dt.date(2024, 4, 11)
TRICKY_NAME = "Zoë Ἀθηνᾶ Юлия"
TRICKY_COMPANY = "Smith & Sons <Ltd>"


def make_lines(count: int = 3) -> list[LineItem]:
    base = [
        LineItem(
            "Garden hose 25 m with brass fittings",
            Decimal(2),
            Decimal("19.95"),
            Decimal(10),
            Decimal("8.25"),
        ),
        LineItem("Wall bracket", Decimal(1), Decimal("1234.50"), tax_pct=Decimal(7)),
        LineItem("Delivery", Decimal(1), Decimal("15"), tax_pct=Decimal(0)),
    ]
    extra = [
        LineItem(f"Spare part {n}", Decimal(1), Decimal("7.95"), tax_pct=Decimal(7))
        for n in range(max(0, count - len(base)))
    ]
    return (base + extra)[:count]


def make_quote(
    recipient: PostalAddress,
    lines: list[LineItem] | None = None,
    currency: str = "USD",
    locale: str = "en_US",
    number: str = "Q-2024-0117",
) -> QuoteDocument:
    return QuoteDocument(
        number=number,
        issued_on=ISSUED,
        valid_until=VALID,
        recipient=recipient,
        lines=make_lines() if lines is None else lines,
        currency=currency,
        locale=locale,
        notes="Delivery within a week.",
        terms="Payment within 14 days.",
    )


@dataclass(frozen=True)
class Run:
    """One piece of text on a page, where it starts and at what size."""

    text: str
    x: float
    y: float
    size: float


def text_runs(path: Path, page: int) -> list[Run]:
    runs: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            runs.append(Run(text.strip(), x, y, font_size * tm[3] * cm[3]))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(path).pages
    ]


def find_run(runs: list[Run], text: str) -> Run:
    matches = [run for run in runs if run.text == text]
    assert matches, f"{text!r} not among {[run.text for run in runs]}"
    return matches[0]
