"""The ``followup-desk report`` command: the owner's monthly report as files.

Kept apart from ``cli.py`` like the other command groups; the main parser
adds it with :func:`add_commands`. A month that cannot be read, or a file
that cannot be written, ends in one line on stderr and exit status 2, as
everywhere else on the command line.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

CHANNELS = {
    "phone": "phone",
    "walk-in": "walk_in",
    "walk_in": "walk_in",
    "email": "email",
    "e-mail": "email",
    "all": "",
}


def _month(text: str):
    from followup_desk.domain.reports import parse_month

    try:
        return parse_month(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _channel(text: str) -> str:
    try:
        return CHANNELS[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"channel “{text}” is not one of phone, walk-in, email, all"
        ) from None


def _days(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 365:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a number of days from 0 to 365"
        )
    return int(text)


def _out_file(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK) or (
        path.exists() and not os.access(path, os.W_OK)
    ):
        raise argparse.ArgumentTypeError(f"cannot write {path}: permission denied")
    return path


def _counted(count: int, noun: str) -> str:
    from followup_desk.domain.report_labels import number_text

    return f"{number_text(count)} {noun}{'' if count == 1 else 's'}"


def add_commands(commands) -> None:
    """Add ``report`` to the main parser's sub-commands."""
    cmd = commands.add_parser(
        "report",
        help="the owner's monthly report: a PDF, and the figures as CSV",
        description="Print the follow-up report for one month: the funnel from "
        "first contact to first order, customers won, what each cost, overdue "
        "follow-ups and which plan steps lead to orders.",
    )
    cmd.add_argument(
        "--month", type=_month, required=True, metavar="YYYY-MM", help="e.g. 2026-03"
    )
    cmd.add_argument("--out", type=_out_file, required=True, metavar="FILE.pdf")
    cmd.add_argument(
        "--csv", type=_out_file, metavar="FILE.csv", help="also save the figures"
    )
    cmd.add_argument(
        "--channel",
        type=_channel,
        help="only prospects who came by phone, walk-in or email (default: all)",
    )
    cmd.add_argument(
        "--within",
        type=_days,
        default=30,
        metavar="DAYS",
        help="count orders placed this many days after a plan step (default: 30)",
    )
    cmd.set_defaults(run=_run_report)


def _run_report(args: argparse.Namespace) -> int:
    from followup_desk.domain import report_labels as words
    from followup_desk.services import reports

    saved = reports.save_report(
        args.month, args.out, args.csv, args.channel or None, args.within
    )
    f = saved.figures
    print(f"Wrote the follow-up report for {f.period.label()} to {saved.pdf}.")
    if saved.csv is not None:
        print(f"Wrote its figures to {saved.csv}.")
    contacts = _counted(f.funnel.first_contacts, "first contact")
    won = _counted(f.customers_won, "customer")
    cost = words.money_text(f.cost.cost_per_customer, f.currency, f.locale)
    print(
        f"{contacts}, {words.percent_text(f.funnel.conversion_rate)} became "
        f"customers; {won} won, at {cost} each."
    )
    return 0
