"""Command-line commands for data in and out: import, export, erase.

Kept apart from ``cli.py`` so that file stays a table of contents; the
parsing helpers, error handling and exit codes are the ones it defines.
"""

from __future__ import annotations

import argparse

from followup_desk import cli

EXPORT_KINDS = ("csv", "vcard", "ics")


def _counted(count: int, noun: str) -> str:
    """``1 prospect``, ``2 prospects``: the command line speaks English only."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _ids(text: str) -> list[int]:
    try:
        return [
            cli._record_id(part.strip()) for part in text.split(",") if part.strip()
        ]
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a list of ids; write them like 3,17,42"
        ) from None


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of days")
    return int(text)


def add_import_options(cmd: argparse.ArgumentParser) -> None:
    """The options ``import`` gained for previews and duplicates."""
    cmd.add_argument(
        "--preview",
        action="store_true",
        help="show what would be imported, row by row, and save nothing",
    )
    cmd.add_argument(
        "--merge-duplicates",
        action="store_true",
        help="fill in prospects already in the list from rows that match them "
        "(same e-mail, phone, or name and postcode) instead of skipping those rows",
    )


def add_commands(commands) -> None:
    """Add export, undo-import, erase and export-prospect to the parser."""
    cmd = commands.add_parser(
        "export", help="write prospects as CSV or vCard, or follow-ups as a calendar"
    )
    cmd.add_argument("kind", choices=EXPORT_KINDS, metavar="csv|vcard|ics")
    cmd.add_argument("--out", type=cli._pdf_out, required=True, metavar="FILE")
    cmd.add_argument(
        "--search", default="", metavar="TEXT", help="only prospects the list finds"
    )
    cmd.add_argument("--ids", type=_ids, metavar="ID,ID,…", help="only these prospects")
    cmd.add_argument(
        "--keep-current",
        action="store_true",
        help="ics: rewrite this file whenever follow-ups change, for calendars "
        "subscribed to it",
    )
    cmd.add_argument(
        "--days-ahead", type=_days, default=90, metavar="N", help="ics: default 90"
    )
    cmd.add_argument(
        "--days-back", type=_days, default=14, metavar="N", help="ics: default 14"
    )
    cmd.set_defaults(run=run_export)

    cmd = commands.add_parser("imports", help="list recent imports and their numbers")
    cmd.set_defaults(run=run_imports)

    cmd = commands.add_parser("undo-import", help="take back one whole import")
    cmd.add_argument("batch_id", type=cli._record_id, metavar="IMPORT_ID")
    cmd.add_argument(
        "--yes",
        action="store_true",
        help="also remove imported prospects that have been worked on since",
    )
    cmd.set_defaults(run=run_undo_import)

    cmd = commands.add_parser(
        "export-prospect", help="write everything held about one prospect to a file"
    )
    cmd.add_argument("prospect_id", type=cli._record_id, metavar="PROSPECT_ID")
    cmd.add_argument("--out", type=cli._pdf_out, required=True, metavar="FILE")
    cmd.set_defaults(run=run_export_prospect)

    cmd = commands.add_parser(
        "erase", help="erase one prospect's personal data on their request"
    )
    cmd.add_argument("prospect_id", type=cli._record_id, metavar="PROSPECT_ID")
    cmd.add_argument(
        "--yes", action="store_true", help="confirm: this cannot be undone"
    )
    cmd.set_defaults(run=run_erase)


# Commands. Each takes the parsed arguments and returns the exit status.


def run_import(args: argparse.Namespace) -> int:
    from followup_desk.io import import_preview, import_runs

    preview = import_preview.preview_file(
        args.file, channel=args.channel, contacted_on=args.contacted
    )
    if getattr(args, "merge_duplicates", False):
        for index, row in enumerate(preview.rows):
            if row.is_duplicate:
                preview.set_action(index, import_preview.MERGE)
    if getattr(args, "preview", False):
        _print_preview(preview)
        return 0

    report = import_runs.apply_import(preview)
    print(f"Imported {_counted(report.imported, 'prospect')}.")
    if report.merged:
        print(f"Merged {report.merged} into prospects already in the list.")
    if report.skipped:
        print(f"Skipped {len(report.skipped)}:")
    for line, reason in report.skipped:
        print(f"line {line}: {reason}")
    if report.ignored_columns:
        print(f"Columns not used: {', '.join(report.ignored_columns)}")
    if report.warnings:
        print(f"Saved as written, worth a look ({len(report.warnings)}):")
        for line, text in report.warnings:
            print(f"line {line}: {text}")
    return 0


def _print_preview(preview) -> None:
    from followup_desk.io import columns
    from followup_desk.io.import_preview import ACTION_LABELS, LEAVE_OUT, MERGE

    source = preview.source
    counts = preview.counts()
    kind = columns.SOURCE_LABELS.get(preview.found_as, preview.found_as)
    detail = f"{source.encoding}, {_delimiter_name(source.delimiter)}"
    if source.kind == "vcard":
        detail = source.encoding
    print(f"{source.path.name}: {kind} ({detail}), {counts['total']} rows.")
    if source.kind == "csv":
        pairs = [
            f"{header} → {columns.FIELD_LABELS[field]}"
            for header, field in zip(source.headers, preview.mapping, strict=False)
            if field
        ]
        print("Columns: " + "; ".join(pairs))
    print(
        f"Would add {counts['add']}, merge {counts['merge']}, "
        f"skip {counts['skip']} duplicates, leave out {counts['leave_out']} "
        "with problems."
    )
    for row in preview.rows:
        name = row.name or "(no name)"
        if row.action == LEAVE_OUT:
            print(f"line {row.line}: {name}: left out: {'; '.join(row.problems)}")
        elif row.is_duplicate:
            verb = ACTION_LABELS[row.action].lower()
            if row.action == MERGE:
                verb = "merge"
            print(f"line {row.line}: {name}: {row.duplicate_text}: {verb}")
        for text in row.warnings:
            print(f"line {row.line}: {name}: {text}")
    if preview.ignored_columns:
        print(f"Columns not used: {', '.join(preview.ignored_columns)}")
    print("Nothing was saved. Run the same command without --preview to import.")


def _delimiter_name(mark: str) -> str:
    return {",": "commas", ";": "semicolons", "\t": "tabs"}.get(mark, repr(mark))


def run_export(args: argparse.Namespace) -> int:
    from followup_desk.io import export

    if args.kind == "csv":
        count = export.export_prospects_csv(args.out, args.search, args.ids)
        print(f"Wrote {_counted(count, 'prospect')} to {args.out}.")
    elif args.kind == "vcard":
        ids = args.ids if args.ids is not None else export.matching_ids(args.search)
        count = export.export_vcards(args.out, ids)
        print(f"Wrote {_counted(count, 'contact card')} to {args.out}.")
    elif args.keep_current:
        count = export.keep_calendar_current(args.out, args.days_back, args.days_ahead)
        print(
            f"Wrote {_counted(count, 'follow-up')} to {args.out}; it is rewritten "
            "whenever follow-ups change. Subscribe to it from Outlook, "
            "Thunderbird or Google Calendar."
        )
    else:
        count = export.export_calendar(
            args.out, days_back=args.days_back, days_ahead=args.days_ahead
        )
        print(f"Wrote {_counted(count, 'follow-up')} to {args.out}.")
    return 0


def run_imports(args: argparse.Namespace) -> int:
    from followup_desk.io import import_runs

    runs = import_runs.recent_imports()
    if not runs:
        print("No imports yet.")
        return 0
    cli._print_table(
        ("import", "when", "file", "added", "merged", "skipped", "undone"),
        [
            (
                str(run.batch_id),
                f"{run.created_at:%Y-%m-%d %H:%M}",
                run.source_name,
                str(run.added),
                str(run.merged),
                str(run.skipped),
                f"{run.undone_at:%Y-%m-%d %H:%M}" if run.undone_at else "",
            )
            for run in runs
        ],
    )
    return 0


def run_undo_import(args: argparse.Namespace) -> int:
    from followup_desk.io import import_runs

    try:
        removed = import_runs.undo_import(args.batch_id, include_worked=args.yes)
    except import_runs.UndoNeedsConfirmation as exc:
        return cli._fail(f"{exc} Add --yes to undo anyway")
    print(f"Undid import {args.batch_id}: removed {_counted(removed, 'prospect')}.")
    return 0


def run_export_prospect(args: argparse.Namespace) -> int:
    from followup_desk.services import privacy

    path = privacy.export_prospect(args.prospect_id, args.out)
    print(f"Wrote everything held about prospect {args.prospect_id} to {path}.")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from followup_desk.services import privacy

    prospect = privacy.check_can_erase(args.prospect_id)
    if not args.yes:
        return cli._fail(
            f"erasing {prospect.display_name} (prospect {prospect.id}) cannot be "
            "undone; add --yes to go ahead"
        )
    report = privacy.erase_prospect(args.prospect_id)
    print(
        f"Erased the personal data of prospect {args.prospect_id} "
        f"({report.total} records changed). Counts for reports are kept."
    )
    if report.note:
        print(report.note)
    return 0
