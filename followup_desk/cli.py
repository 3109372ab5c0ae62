"""The command line: the services the window uses, for owners and scripts.

Without a command it starts the window. Commands only parse their arguments,
call one service and print the result; Qt is never imported for them, and
ReportLab only by the commands that print. Anything the user can fix ends in
one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from peewee import PeeweeException

from followup_desk import __version__, cli_desks, cli_quotes, cli_reports
from followup_desk.cli_inbox import add_inbox_commands
from followup_desk.cli_mail import add_mail_commands
from followup_desk.logging_setup import RedactingFilter
from followup_desk.services.errors import UserError
from followup_desk.storage.database import (
    DatabaseOpenError,
    close_database,
    damage_in,
    database,
    open_database,
)

PROG = "followup-desk"
EXIT_ERROR = 2
# What shells report for a program stopped by Ctrl+C (128 + SIGINT).
EXIT_INTERRUPTED = 130

CHANNEL_CHOICES = {
    "phone": "phone",
    "walk-in": "walk_in",
    "walk_in": "walk_in",
    "email": "email",
    "e-mail": "email",
}

# Option → profile field, for every setting the command line may change.
SETTINGS_OPTIONS = (
    ("--name", "name", "the shop's name as printed"),
    ("--street", "street", "street and number"),
    ("--street2", "street2", "second address line"),
    ("--postcode", "postcode", "postal or ZIP code"),
    ("--city", "city", "town or city"),
    ("--region", "region", "state, province or region"),
    ("--country", "country", "two-letter country code, e.g. US"),
    ("--phone", "phone", "phone number"),
    ("--email", "email", "e-mail address"),
    ("--website", "website", "web address"),
    ("--prime-area", "prime_area", 'postcode prefixes or towns, e.g. "070,080"'),
    ("--currency", "currency", "three-letter currency code, e.g. USD"),
    ("--locale", "locale", "language and country for numbers, e.g. en_US"),
    ("--timezone", "timezone", "time zone, e.g. America/New_York"),
    ("--holiday-region", "holiday_region", "state whose holidays apply, e.g. NJ"),
    ("--quote-valid-days", "quote_valid_days", "days a quotation stays valid"),
    ("--quote-prefix", "quote_prefix", "prefix of quotation numbers, e.g. Q"),
    ("--signer-name", "signer_name", "name under the cover letter"),
    ("--postage-package", "cost_package", "postage for one package, e.g. 2.50"),
    ("--postage-mailer", "cost_mailer", "postage for one mailer, e.g. 0.90"),
    ("--print-cost-package", "print_cost_package", "printing one package, e.g. 1.20"),
    ("--print-cost-mailer", "print_cost_mailer", "printing one mailer, e.g. 0.30"),
)

log = logging.getLogger("followup_desk.cli")


class _Parser(argparse.ArgumentParser):
    """Reports a usage mistake in one line, like every other error here."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"{PROG}: error: {message} (see {self.prog} --help)\n")


# Argument types: each turns text into a value or says what to type instead.


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-12-07"
        ) from None


def _record_id(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"“{text}” is not an id; ids are 1, 2, 3 …")
    return int(text)


def _channel(text: str) -> str:
    try:
        return CHANNEL_CHOICES[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"channel “{text}” is not one of phone, walk-in, email"
        ) from None


def _pdf_out(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (
        path.exists() and not os.access(path, os.W_OK)
    ):
        raise argparse.ArgumentTypeError(f"cannot write {path}: permission denied")
    return path


def build_parser() -> argparse.ArgumentParser:
    # Import, export and erase commands live in their own module.
    from followup_desk import cli_data

    parser = _Parser(
        prog=PROG,
        description="Follow-up Desk: plan every follow-up after a first contact. "
        "Without a command, the window opens.",
    )
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql:// URL "
        "(default: $FOLLOWUP_DESK_DATABASE, else the file in your data folder)",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window once on the sample shop and close it again "
        "(checks that an installation is complete)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="say more on stderr (-vv for the SQL too)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    cmd = commands.add_parser("import", help="add prospects from a CSV or vCard file")
    cmd.add_argument("file", type=Path, metavar="FILE.csv|FILE.vcf")
    cmd.add_argument(
        "--channel",
        type=_channel,
        help="phone, walk-in or email, for rows that do not say (default: phone)",
    )
    cmd.add_argument(
        "--contacted",
        type=_day,
        metavar="YYYY-MM-DD",
        help="first-contact day for rows that do not say (default: today)",
    )
    cli_data.add_import_options(cmd)
    cmd.set_defaults(run=_run_import)

    cmd = commands.add_parser("settings", help="show or change the shop's profile")
    for option, field, help_text in SETTINGS_OPTIONS:
        cmd.add_argument(option, dest=field, metavar="TEXT", help=help_text)
    cmd.add_argument("--logo", type=Path, metavar="FILE", help="PNG or JPEG logo")
    cmd.set_defaults(run=_run_settings)

    cmd = commands.add_parser("agenda", help="list the touches due on a day")
    cmd.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="default: today")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(run=_run_agenda)

    cmd = commands.add_parser("plan", help="list one prospect's touches")
    cmd.add_argument("prospect_id", type=_record_id, metavar="PROSPECT_ID")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(run=_run_plan)

    cmd = commands.add_parser("batch", help="print the day's packages and mailers")
    cmd.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="default: today")
    cmd.add_argument("--out", type=_pdf_out, metavar="FILE.pdf")
    cmd.add_argument(
        "--mark-posted",
        action="store_true",
        help="record every printed piece as posted today",
    )
    _add_batch_options(cmd)
    cmd.set_defaults(run=_run_batch)

    cmd = commands.add_parser("quote", help="print one quotation")
    cmd.add_argument("quote_id", type=_record_id, metavar="QUOTE_ID")
    cmd.add_argument("--out", type=_pdf_out, required=True, metavar="FILE.pdf")
    cmd.set_defaults(run=_run_quote)

    add_mail_commands(commands)
    add_inbox_commands(commands)
    cli_quotes.add_commands(commands)
    cli_data.add_commands(commands)
    cli_desks.add_commands(commands, parser)
    cli_reports.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    _set_up_logging(args.verbose)

    if args.command is None:
        return _start_window(args.database, args.verbose > 0, args.self_test)
    if sys.stdin is None:
        # Started with standard input closed: prompts then read nothing,
        # as from an empty pipe, and say what to give instead.
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
    try:
        return _run_command(args)
    except KeyboardInterrupt:
        # Ctrl+C: whatever was half-done has been rolled back on the way out.
        print("Stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except EOFError:
        # Ctrl+D at a prompt.
        return _fail("no answer was typed; nothing was changed")


def _run_command(args: argparse.Namespace) -> int:
    """Open the database, sign in if asked, run the command; errors in one line."""
    try:
        open_database(args.database)
        try:
            cli_desks.sign_in_for_command(args)
            return args.run(args)
        finally:
            close_database()
    except DatabaseOpenError as exc:
        return _fail(str(exc))
    except (PeeweeException, sqlite3.DatabaseError) as exc:
        damaged = damage_in(exc)
        if damaged is not None:
            problem = str(damaged).rstrip(".")
            return _fail(
                f"{problem}. Restore a backup: followup-desk backup --list, "
                "then followup-desk backup --restore FILE"
            )
        log.debug("Database error", exc_info=True)
        if "locked" in str(exc).lower():
            # SQLite waited its few seconds for another desk or command (a
            # long import, say) to finish writing, and gave up.
            return _fail(
                "another desk or command is saving to this database right now "
                "(an import?); nothing was changed. Try again when it has finished"
            )
        return _fail(f"the database refused the change: {exc}")
    except UserError as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        # The reader went away (``| head``): not an error. Point stdout at
        # nothing so the final flush at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        return _fail(f"cannot use{where}: {exc.strerror or exc}")


def _set_up_logging(verbosity: int) -> None:
    level = logging.WARNING
    if verbosity == 1:
        level = logging.INFO
    elif verbosity > 1:
        level = logging.DEBUG
    stream = logging.StreamHandler()
    if verbosity:
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    else:
        stream.setFormatter(_UserLineFormatter())
    stream.addFilter(RedactingFilter())
    logging.basicConfig(level=level, handlers=[stream])
    logging.getLogger().setLevel(level)
    # peewee logs every statement at DEBUG; only -vv wants them.
    logging.getLogger("peewee").setLevel(
        logging.DEBUG if verbosity > 1 else logging.WARNING
    )


class _UserLineFormatter(logging.Formatter):
    """A library's warning as one line, like the errors: ``followup-desk: warning: …``.

    Logger names and tracebacks are for ``-v``; without it the user reads
    only what happened.
    """

    def format(self, record: logging.LogRecord) -> str:
        message = " ".join(record.getMessage().split())
        return f"{PROG}: {record.levelname.lower()}: {message}"


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message.rstrip('.')}", file=sys.stderr)
    return EXIT_ERROR


def _start_window(
    database_target: str | None, verbose: bool = False, self_test: bool = False
) -> int:
    try:
        from followup_desk.ui.app import run
    except ImportError as exc:
        log.debug("Cannot import the window", exc_info=True)
        return _fail(f"the window cannot start here ({exc}); the commands still work")
    code = run(database_target, verbose=verbose, self_test=self_test)
    if self_test and code == 0:
        print(f"{PROG} {__version__}: the window opened and closed normally")
    return code


# Commands. Each takes the parsed arguments and returns the exit status.


def _run_import(args: argparse.Namespace) -> int:
    from followup_desk import cli_data

    return cli_data.run_import(args)


def _run_settings(args: argparse.Namespace) -> int:
    from followup_desk.services import profile as profile_service

    changes = {
        field: getattr(args, field)
        for _option, field, _help in SETTINGS_OPTIONS
        if getattr(args, field) is not None
    }
    with database.atomic():
        if args.logo is not None:
            profile_service.set_logo(args.logo)
        if changes:
            profile_service.update_profile(**changes)
    _print_profile(profile_service.get_profile())
    return 0


def _print_profile(profile) -> None:
    width = max(len(option) for option, _field, _help in SETTINGS_OPTIONS) - 2
    for option, field, _help in SETTINGS_OPTIONS:
        print(f"{option[2:]:<{width}}  {getattr(profile, field)}".rstrip())
    if profile.logo:
        logo = f"{profile.logo_name or 'logo'} ({len(profile.logo) // 1024 + 1} KB)"
    else:
        logo = "(none: the bundled logo is used)"
    print(f"{'logo':<{width}}  {logo}")


def _run_agenda(args: argparse.Namespace) -> int:
    from followup_desk.services import profile as profile_service
    from followup_desk.services import touches

    day = args.date or profile_service.shop_today()
    items = touches.agenda(day)
    if args.json:
        _print_json(
            [
                {
                    "touch_id": item.touch_id,
                    "prospect_id": item.prospect_id,
                    "prospect": item.prospect_name,
                    "company": item.company,
                    "kind": item.kind,
                    "title": item.title,
                    "due": item.due.isoformat(),
                    "latest": item.latest.isoformat(),
                    "overdue": item.overdue,
                    "phone": item.phone,
                    "email": item.email,
                }
                for item in items
            ]
        )
        return 0
    if not items:
        print(f"Nothing due on {day:%a %Y-%m-%d}.")
        return 0
    late = sum(item.overdue for item in items)
    print(f"{day:%a %Y-%m-%d}: {len(items)} due, {late} overdue (marked !)")
    _print_table(
        ("", "due", "kind", "prospect", "reach at", "what", "id"),
        [
            (
                "!" if item.overdue else "",
                item.due.isoformat(),
                touches.KIND_LABELS.get(item.kind, item.kind),
                item.prospect_name,
                item.phone if item.kind in ("call", "visit") else item.email,
                item.title,
                str(item.prospect_id),
            )
            for item in items
        ],
    )
    return 0


def _run_plan(args: argparse.Namespace) -> int:
    from followup_desk.services import contacts, touches

    prospect = contacts.get_prospect(args.prospect_id)
    rows = touches.touches_for(prospect.id)
    if args.json:
        _print_json(
            [
                {
                    "touch_id": touch.id,
                    "step": touch.step_key,
                    "kind": touch.kind,
                    "title": touch.title,
                    "who": touch.who,
                    "due": touch.due.isoformat(),
                    "latest": touch.latest.isoformat(),
                    "status": touch.status,
                    "outcome": touch.outcome,
                    # Why it was cancelled, skipped or moved; "" otherwise.
                    "why": touches.why(touch),
                    "attempt": touch.attempt,
                }
                for touch in rows
            ]
        )
        return 0
    channel = contacts.CHANNEL_LABELS.get(prospect.channel, prospect.channel)
    print(
        f"{prospect.display_name} (prospect {prospect.id}, {prospect.status}): "
        f"{channel.lower()} on {prospect.first_contact:%a %Y-%m-%d}"
    )
    _print_table(
        ("due", "latest", "kind", "status", "what", "outcome", "why"),
        [
            (
                touch.due.isoformat(),
                touch.latest.isoformat(),
                touches.KIND_LABELS.get(touch.kind, touch.kind),
                touch.status,
                touch.title,
                touch.outcome,
                touches.why(touch),
            )
            for touch in rows
        ],
    )
    return 0


def _add_batch_options(cmd: argparse.ArgumentParser) -> None:
    """The mail room's choices for ``batch``; unset ones use the saved printer."""
    cmd.add_argument(
        "--labels", metavar="PRODUCT", help="address labels, e.g. 5160 or L7160"
    )
    cmd.add_argument(
        "--start",
        type=_record_id,
        default=1,
        metavar="N",
        help="first free label on a half-used sheet (default: 1)",
    )
    cmd.add_argument(
        "--envelope", metavar="SIZE", help="DL, C5, C4, 10, 9, or WxH in mm"
    )
    cmd.add_argument(
        "--window", action="store_true", help="window envelopes: print no addresses"
    )
    cmd.add_argument(
        "--sort",
        choices=("due", "postcode", "name"),
        default="due",
        help="overdue first (default), by postcode for bulk mail, or by name",
    )
    cmd.add_argument(
        "--household", action="store_true", help="one piece per shared address"
    )
    cmd.add_argument(
        "--guide", action="store_true", help="add a print-at-100 %% bar to envelopes"
    )
    cmd.add_argument(
        "--cards", action="store_true", help="a business card for every package"
    )
    cmd.add_argument("--printer", default="", metavar="NAME", help="saved printer")
    cmd.add_argument(
        "--pull-list",
        action="store_true",
        help="list printed pieces to take out before posting",
    )
    cmd.add_argument(
        "--returned",
        type=_record_id,
        metavar="PROSPECT_ID",
        help="post came back from this prospect's address",
    )
    cmd.add_argument(
        "--calibration",
        action="store_true",
        help="print the calibration page for --labels instead of the batch",
    )


def _run_batch(args: argparse.Namespace) -> int:
    from followup_desk.services import batch
    from followup_desk.services import profile as profile_service

    day = args.date or profile_service.shop_today()
    if args.returned:
        paused = batch.record_returned(args.returned)
        print(
            f"Post from prospect {args.returned} noted as returned: {paused} "
            "postal pieces paused until a new address is entered."
        )
        return 0
    if args.pull_list:
        return _print_pull_list(batch)
    if args.out is None:
        return _fail("say where the PDF goes with --out FILE.pdf")
    if args.calibration:
        return _print_calibration(args)
    if not batch.due_pieces(day):
        print(f"Nothing to post on {day.isoformat()}.")
        return 0
    options = batch.BatchOptions(
        address_on="labels" if args.labels else "window" if args.window else None,
        envelope=args.envelope,
        label_product=args.labels,
        label_start=args.start,
        sort=args.sort,
        one_per_household=args.household,
        guide=True if args.guide else None,
        include_cards=args.cards,
        printer=args.printer,
    )
    result = batch.print_batch(day, args.out, options=options)
    print(
        f"Printed {result.pieces} pieces on {result.pages} pages "
        f"for {day.isoformat()} to {result.path}."
    )
    if args.mark_posted:
        marked = batch.mark_batch_posted(
            result.touch_ids, profile_service.shop_today(), batch_id=result.batch_id
        )
        print(f"Marked {marked} pieces as posted.")
    if result.skipped:
        print(f"Held back {len(result.skipped)} with an incomplete address:")
        for entry in result.skipped:
            print(
                f"  {entry.name} (prospect {entry.prospect_id}): "
                f"{' '.join(entry.problems)}"
            )
    return 0


def _print_pull_list(batch) -> int:
    printed = batch.open_batch()
    if printed is None:
        print("No printed batch is waiting to be posted.")
        return 0
    pulls = batch.pull_list(printed.id)
    if not pulls:
        print(f"Batch {printed.id}: nothing to take out; post it all.")
        return 0
    print(f"Batch {printed.id}: take out {len(pulls)} before posting:")
    _print_table(
        ("piece", "prospect", "why"),
        [(str(p.position), f"{p.name} ({p.prospect_id})", p.reason) for p in pulls],
    )
    return 0


def _print_calibration(args: argparse.Namespace) -> int:
    from followup_desk.services import posting_setup

    if not args.labels:
        return _fail("say which label sheet with --labels, e.g. --labels 5160")
    path = posting_setup.print_calibration(args.out, args.labels, args.printer)
    print(f"Wrote the calibration page for {args.labels} to {path}.")
    return 0


def _run_quote(args: argparse.Namespace) -> int:
    from followup_desk.services import documents, quotes

    quote = quotes.get_quote(args.quote_id)
    path = documents.print_quote(quote.id, args.out)
    print(f"Wrote quotation {quote.number} to {path}.")
    return 0


# Output helpers.


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [
        min(40, max([len(header[i])] + [len(row[i]) for row in rows]))
        for i in range(len(header))
    ]
    for cells in [header, *rows]:
        line = "  ".join(
            _clip(cell, width).ljust(width)
            for cell, width in zip(cells, widths, strict=True)
        )
        print(line.rstrip())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
