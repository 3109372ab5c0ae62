"""Timings of the quotation work: catalogue search per key, totals, one PDF.

Usage: python bench/bench_quotes.py [SHOP.sqlite3]

Works on a copy of the given shop database (default /tmp/shop.sqlite3), adds
a 20,000-item catalogue to it, and prints one JSON line of median timings in
milliseconds: catalogue search for a short and a longer prefix and a word
inside names, the totals of a 60-line quote, numbering one quote, and writing
one quotation PDF of 3 and of 60 lines.
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
    print(json.dumps(figures))
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
