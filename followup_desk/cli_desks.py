"""The commands for keeping data safe and sharing it between desks.

``backup`` (make, list, check, restore, how long to keep), ``users`` (who may
sign in) and ``migrate-to`` (move the shop onto a PostgreSQL server), plus
the global ``--user NAME`` that signs a command in. Passwords are never
arguments, which other users could read in the process list: they come from
``FOLLOWUP_DESK_PASSWORD``, a hidden prompt, or a line on standard input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from followup_desk.services.errors import UserError

PASSWORD_ENV = "FOLLOWUP_DESK_PASSWORD"


def add_commands(
    commands: argparse._SubParsersAction, parser: argparse.ArgumentParser
) -> None:
    """Add the commands and the global ``--user`` option to the main parser."""
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME (password from $FOLLOWUP_DESK_PASSWORD or asked); "
        "owner-only commands need it once the shop has accounts",
    )

    cmd = commands.add_parser(
        "backup",
        help="back up the database now, or list, check and restore backups",
        description="Without options, makes a checked backup now.",
    )
    what = cmd.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="list the backups")
    what.add_argument(
        "--check", type=Path, metavar="FILE", help="check a backup without using it"
    )
    what.add_argument(
        "--restore",
        type=Path,
        metavar="FILE",
        help="replace the data with a backup (owner; today's data is kept as a "
        "backup first)",
    )
    what.add_argument(
        "--copy-to", type=Path, metavar="FILE", help="write a checked backup to FILE"
    )
    what.add_argument(
        "--keep-days",
        type=int,
        metavar="DAYS",
        help="delete backups older than DAYS (owner)",
    )
    cmd.set_defaults(run=_run_backup)

    cmd = commands.add_parser(
        "users", help="list who may sign in, or add someone (owner)"
    )
    cmd.add_argument("--add", metavar="NAME", help="add a person (password asked)")
    cmd.add_argument(
        "--role",
        choices=("owner", "staff"),
        default="staff",
        help="role of the person added (default: staff)",
    )
    cmd.set_defaults(run=_run_users)

    cmd = commands.add_parser(
        "migrate-to",
        help="copy everything in the SQLite file to a PostgreSQL server",
        description="Copies every table in one go and compares the row counts. "
        "The file stays as it is.",
    )
    cmd.add_argument(
        "url", metavar="URL", help="e.g. postgresql://shop@192.168.1.20/followup_desk"
    )
    cmd.add_argument(
        "--replace",
        action="store_true",
        help="overwrite a server database that already holds prospects",
    )
    cmd.set_defaults(run=_run_migrate_to)


def sign_in_for_command(args: argparse.Namespace) -> None:
    """Sign the command in when ``--user`` was given; else name it in the log."""
    from followup_desk.services import users
    from followup_desk.storage import database as storage

    if not getattr(args, "user", None):
        storage.set_actor(f"{_login_name()} (command line)")
        return
    users.sign_in(args.user, _read_password(f"Password for {args.user}: "))


def _run_backup(args: argparse.Namespace) -> int:
    from followup_desk.services import backup

    if args.list:
        found = backup.list_backups()
        if not found:
            print("No backups yet.")
            return 0
        for item in found:
            when = item.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{when}  {_size(item.size):>8}  {item.label:<22}  {item.path}")
        return 0
    if args.check:
        check = backup.inspect(args.check)
        if not check.ok:
            raise UserError(f"{args.check} cannot be used: {check.problems[0]}")
        print(
            f"{args.check} is sound: {check.prospects:,} prospects, "
            f"{check.touches:,} follow-ups (schema {check.schema_version})."
        )
        return 0
    if args.restore:
        kept = backup.restore(args.restore)
        print(f"Restored {args.restore}. The data it replaced is kept in {kept.path}.")
        return 0
    if args.copy_to:
        path = backup.save_copy_as(args.copy_to.expanduser())
        print(f"Wrote a checked backup to {path}.")
        return 0
    if args.keep_days is not None:
        days = backup.set_retention_days(args.keep_days)
        print(f"Backups are now kept for {days} days.")
        return 0
    made = backup.back_up_now()
    print(f"Backed up to {made.path} ({_size(made.size)}).")
    return 0


def _run_users(args: argparse.Namespace) -> int:
    from followup_desk.services import users

    if args.add:
        password = _read_password(f"Password for {args.add}: ", confirm=True)
        if not users.has_users():
            if args.role != "owner":
                raise UserError(
                    "The first account must be the owner's: add --role owner."
                )
            users.create_first_owner(args.add, password)
        else:
            users.add_user(args.add, password, args.role)
        print(f"Added {args.add} ({args.role}).")
        return 0
    people = users.list_users()
    if not people:
        print("No accounts yet: the first start of the window creates the owner's.")
        return 0
    for person in people:
        state = "" if person.active else "  (switched off)"
        print(f"{person.name:<30} {users.ROLE_LABELS[person.role]}{state}")
    return 0


def _run_migrate_to(args: argparse.Namespace) -> int:
    from followup_desk.services import server_move

    def progress(table: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {done:,} of {total:,}", end="", file=sys.stderr)

    report = server_move.migrate_to(args.url, progress, replace=args.replace)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    width = max(len(c.table) for c in report.counts)
    print(f"Copied to {report.target}:")
    print(f"{'table':<{width}}  {'file':>9}  {'server':>9}")
    for count in report.counts:
        print(f"{count.table:<{width}}  {count.source:>9,}  {count.target:>9,}")
    print(
        f"All {len(report.counts)} tables match ({report.rows:,} rows). To use the "
        f"server on this desk: followup-desk --database {args.url}"
    )
    return 0


def _read_password(prompt: str, confirm: bool = False) -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass("Once more: ") != password:
            raise UserError("The two passwords differ; nothing was changed.")
        return password
    line = sys.stdin.readline()
    if not line:
        raise UserError(f"No password given: set {PASSWORD_ENV} or type it when asked.")
    return line.rstrip("\r\n")


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "someone"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
