"""Timings of the quotation work: catalogue search per key, totals, one PDF.

Usage: python bench/bench_quotes.py [SHOP.sqlite3]

Works on a copy of the given shop database (default /tmp/shop.sqlite3), adds
a 20,000-item catalogue to it, and prints one JSON line of median timings in
milliseconds: catalogue search for a short and a longer prefix and a word
inside names, the totals of a 60-line quote, numbering one quote, and writing
one quotation PDF of 3 and of 60 lines. The CJK figures time a quotation to a
Japanese name the first time in the process (finding, loading and converting
the system's CJK font) and once cached, and a batch of 500 packages to CJK
names against the same batch to Latin names.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path


def median_ms(action, repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shop.sqlite3")
    folder = Path(tempfile.mkdtemp())
    target = folder / "shop.sqlite3"
    if source.exists():
        shutil.copy(source, target)

    from followup_desk.domain.money import LineItem, MoneyRules, quote_totals
    from followup_desk.services import catalogue, contacts, quotes
    from followup_desk.storage.catalogue_models import CatalogueItem
    from followup_desk.storage.database import database, open_database

    open_database(str(target))
    words = ["Oak", "Pine", "Brass", "Steel", "Glass", "Door", "Window", "Hinge"]
    with database.atomic():
        for n in range(20_000):
            item = CatalogueItem(
                code=f"P{n:05d}",
                name=f"{words[n % 8]} {words[(n // 8) % 8].lower()} model {n}",
                unit_price=Decimal(n % 500) + Decimal("0.99"),
                tax_pct=Decimal(19),
            )
            item.save()
    prospect = contacts.log_first_contact(contacts.NewContact(last_name="Bench"))
    lines = [
        LineItem(f"Part {n}", Decimal(n + 1), Decimal("12.34"), tax_pct=Decimal(19))
        for n in range(60)
    ]
    quote = quotes.create_quote(prospect.id, lines[:3])
    long_quote = quotes.create_quote(prospect.id, lines)

    from followup_desk.services import documents

    figures = {
        "catalogue_items": 20_000,
        "search_2_chars_ms": median_ms(lambda: catalogue.search("oa")),
        "search_code_ms": median_ms(lambda: catalogue.search("P1234")),
        "search_word_ms": median_ms(lambda: catalogue.search("window")),
        "totals_60_lines_ms": median_ms(
            lambda: quote_totals(lines, MoneyRules("EUR", "line"))
        ),
        "number_one_quote_ms": median_ms(
            lambda: quotes.create_quote(prospect.id), repeat=10
        ),
        "quotation_pdf_3_lines_ms": median_ms(
            lambda: documents.print_quote(quote.id, folder / "q.pdf"), repeat=10
        ),
        "quotation_pdf_60_lines_ms": median_ms(
            lambda: documents.print_quote(long_quote.id, folder / "l.pdf"), repeat=10
        ),
    }
    figures.update(cjk_figures(folder))
    print(json.dumps(figures))
    shutil.rmtree(folder)


def cjk_figures(folder: Path) -> dict[str, float]:
    """Printing names in CJK scripts, first use and cached, one quote and a batch."""
    import datetime as dt

    from followup_desk.domain.address import CompanyInfo, PostalAddress
    from followup_desk.domain.money import LineItem
    from followup_desk.printing.batch import BatchPiece, write_batch_pdf
    from followup_desk.printing.documents import QuoteDocument, default_cover_letter
    from followup_desk.printing.quotation import write_quotation_pdf

    day = dt.date(2024, 3, 12)
    shop = CompanyInfo(
        "Harbor Light Hardware",
        PostalAddress(street="120 Main St", city="Springfield", postcode="62704"),
    )
    family = "山田佐藤鈴木高橋田中伊藤渡辺中村小林加藤吉田山本松本井上木村林清水"
    given = "太郎花子健一美咲大輔陽菜翔太結衣拓海さくら"

    def to(n: int, cjk: bool) -> PostalAddress:
        name = (
            f"{family[n % 20]}{family[(n // 20) % 20]} {given[n % 17]}{given[n % 13]}"
            if cjk
            else f"Anna Müller {n}"
        )
        return PostalAddress(
            name=name, street=f"{n} Main St", city="Chicago", postcode="60601"
        )

    def quote(recipient: PostalAddress, n: int) -> QuoteDocument:
        lines = [LineItem(f"Part {n}", Decimal(1), Decimal("12.34"))]
        return QuoteDocument(f"Q-{n}", day, day, recipient, lines)

    def batch(cjk: bool) -> list[BatchPiece]:
        pieces = []
        for n in range(500):
            recipient = to(n, cjk)
            letter = default_cover_letter(shop, recipient, day, f"Q-{n}", "Ann", True)
            pieces.append(BatchPiece(letter, quote(recipient, n), recipient))
        return pieces

    start = time.perf_counter()
    write_quotation_pdf(folder / "cjk.pdf", shop, quote(to(1, True), 1))
    first = round((time.perf_counter() - start) * 1000, 2)
    latin, cjk = batch(False), batch(True)
    return {
        "cjk_quotation_pdf_first_ms": first,
        "cjk_quotation_pdf_cached_ms": median_ms(
            lambda: write_quotation_pdf(
                folder / "cjk.pdf", shop, quote(to(2, True), 2)
            ),
            repeat=10,
        ),
        "latin_batch_500_ms": median_ms(
            lambda: write_batch_pdf(folder / "latin.pdf", shop, latin), repeat=3
        ),
        "cjk_batch_500_ms": median_ms(
            lambda: write_batch_pdf(folder / "cjk-batch.pdf", shop, cjk), repeat=3
        ),
    }


if __name__ == "__main__":
    main()
