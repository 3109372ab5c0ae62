"""Command-line access to the catalogue and to a quote's life.

``catalogue import prices.csv`` brings in a supplier's price list,
``catalogue list --search door`` shows what the quote editor would suggest,
and ``quote-status 42 accepted`` records the customer's answer (an accepted
quote is the first order: the prospect becomes a customer).
"""

from __future__ import annotations

import argparse
from pathlib import Path

QUOTE_STATES = ("sent", "accepted", "declined")


def add_commands(commands) -> None:
    cmd = commands.add_parser("catalogue", help="products and services for quotes")
    actions = cmd.add_subparsers(dest="catalogue_command", metavar="ACTION")
    imp = actions.add_parser("import", help="add or update items from a CSV price list")
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.set_defaults(run=run_import)
    show = actions.add_parser("list", help="list items, best matches first")
    show.add_argument("--search", default="", metavar="TEXT")
    show.set_defaults(run=run_list)
    cmd.set_defaults(run=lambda args: _usage(cmd))

    cmd = commands.add_parser(
        "quote-status", help="record that a quote was sent, accepted or declined"
    )
    cmd.add_argument("quote_id", type=int, metavar="QUOTE_ID")
    cmd.add_argument("status", choices=QUOTE_STATES)
    cmd.set_defaults(run=run_status)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage()
    return 2


def run_import(args: argparse.Namespace) -> int:
    from followup_desk.services import catalogue

    report = catalogue.import_price_list(args.file)
    print(f"{args.file.name}: {report.summary()}")
    for line, reason in report.skipped:
        print(f"  line {line}: {reason}")
    if report.ignored_columns:
        print(f"  columns not used: {', '.join(report.ignored_columns)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from followup_desk.services import catalogue

    items = (
        catalogue.search(args.search, 50)
        if args.search
        else catalogue.list_items("", 0, 1000)
    )
    for item in items:
        unit = f" / {item.unit}" if item.unit else ""
        price = f"{item.unit_price:>10}{unit:<6}"
        print(f"{item.code:<14} {price} {item.tax_pct}%  {item.name}")
    if not items:
        print("No items." if not args.search else f"Nothing matches “{args.search}”.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from followup_desk.services import quotes

    change = {
        "sent": quotes.mark_sent,
        "accepted": quotes.accept_quote,
        "declined": quotes.decline_quote,
    }[args.status]
    quote = change(args.quote_id)
    label = quotes.STATUS_LABELS[quotes.effective_status(quote)]
    print(f"Quotation {quote.number}: {label.lower()}.")
    if args.status == "accepted":
        print("First order recorded; the prospect is now a customer.")
    return 0
