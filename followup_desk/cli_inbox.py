"""The ``followup-desk inbox …`` commands: settings, password, check, replies.

Kept apart from ``cli.py`` like the mail commands; the main parser adds them
with :func:`add_inbox_commands`. The password is never an argument: it is
read from standard input or typed at a hidden prompt.
"""

from __future__ import annotations

import argparse
import getpass

from followup_desk.cli_passwords import save_password, with_password
from followup_desk.services.errors import UserError

PASSWORD_PROMPT = "Inbox password: "

SETTING_OPTIONS = (
    ("--host", "host", "inbox server, e.g. imap.example.com"),
    ("--port", "port", "993 for TLS, 143 for STARTTLS"),
    ("--security", "security", "tls or starttls"),
    # Its own dest: a bare "user" would be the global sign-in ``--user``.
    ("--user", "inbox_user", "user name on the inbox server"),
    ("--folder", "folder", "folder to read (default INBOX)"),
    ("--every", "interval_minutes", "minutes between checks while the window is open"),
)
# Argument dests that are not the setting's own name.
_SETTING_OF = {"inbox_user": "user"}


def _record_id(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"“{text}” is not an id; ids are 1, 2, 3 …")
    return int(text)


def _desk_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def add_inbox_commands(commands) -> None:
    """Add ``inbox`` and its sub-commands to the main parser's sub-parsers."""
    inbox = commands.add_parser("inbox", help="replies and bounces in the shop's inbox")
    sub = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)

    cmd = sub.add_parser("settings", help="show or change where replies are read")
    for option, field, help_text in SETTING_OPTIONS:
        cmd.add_argument(option, dest=field, metavar="TEXT", help=help_text)
    switch = cmd.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="enabled", action="store_const", const=True)
    switch.add_argument("--off", dest="enabled", action="store_const", const=False)
    cmd.set_defaults(run=_run_settings)

    cmd = sub.add_parser(
        "password", help="save the inbox password (read from standard input)"
    )
    cmd.set_defaults(run=_run_password)

    cmd = sub.add_parser("test", help="log in and open the folder, changing nothing")
    cmd.set_defaults(run=_run_test)

    cmd = sub.add_parser("check", help="look for replies and bounces now")
    cmd.set_defaults(run=_run_check)

    cmd = sub.add_parser("replies", help="list the replies nobody has read yet")
    cmd.set_defaults(run=_run_replies)

    cmd = sub.add_parser("read", help="mark a reply read; held e-mails may go")
    cmd.add_argument("reply_id", type=_record_id, metavar="REPLY_ID")
    cmd.set_defaults(run=_run_read)


def _run_settings(args: argparse.Namespace) -> int:
    from followup_desk.services import inbox_settings

    changes = {
        _SETTING_OF.get(dest, dest): getattr(args, dest)
        for _option, dest, _help in SETTING_OPTIONS
        if getattr(args, dest) is not None
    }
    if args.enabled is not None:
        changes["enabled"] = args.enabled
    settings = (
        inbox_settings.update_settings(**changes)
        if changes
        else inbox_settings.get_settings()
    )
    rows = [("check", "on" if settings.enabled else "off")]
    rows += [
        (option[2:], str(getattr(settings, _SETTING_OF.get(dest, dest))))
        for option, dest, _help in SETTING_OPTIONS
    ]
    saved = "saved" if inbox_settings.password_saved(settings) else "not saved"
    rows.append(("password", f"({saved})"))
    width = max(len(name) for name, _value in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}".rstrip())
    return 0


def _run_password(args: argparse.Namespace) -> int:
    from followup_desk.services import inbox_settings

    save_password(
        PASSWORD_PROMPT,
        "this computer has no password store (keyring) to save it in; "
        "“inbox check” will ask for the password each time instead",
        inbox_settings.set_password,
    )
    print("Saved the inbox password in the system keyring.")
    return 0


def _with_password(action):
    """Run ``action``; with no keyring, ask for the password once and retry."""
    from followup_desk.services import inbox_settings

    return with_password(
        action,
        inbox_settings.InboxPasswordNeeded,
        inbox_settings.remember_password_for_session,
        PASSWORD_PROMPT,
    )


def _run_test(args: argparse.Namespace) -> int:
    from followup_desk.services import inbox_settings

    print(_with_password(inbox_settings.check_connection))
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from followup_desk.services import inbox

    report = _with_password(inbox.check_inbox)
    print(
        f"Looked at {report.examined} new messages: {len(report.replies)} replies, "
        f"{len(report.bounces)} bounces ({len(report.flagged)} addresses flagged)."
    )
    if report.ignored_bounces:
        print(
            f"{report.ignored_bounces} delivery reports named no e-mail sent from "
            "here to that address; ignored."
        )
    if report.unreadable:
        print(f"{report.unreadable} messages could not be read in full; skipped.")
    return 0


def _run_replies(args: argparse.Namespace) -> int:
    from followup_desk.domain.outside_text import one_line
    from followup_desk.services import replies

    items = replies.unread_replies()
    if not items:
        print("No unread replies.")
        return 0
    for item in items:
        # Cleaned again on the way out: names may come from an imported file,
        # and a row saved before incoming text was cleaned may still hold
        # escape sequences the terminal would obey.
        name, address, subject, snippet = (
            one_line(text)
            for text in (
                item.prospect_name,
                item.from_address,
                item.subject,
                item.snippet,
            )
        )
        print(
            f"{item.reply_id:>6}  {item.received_at:%Y-%m-%d %H:%M}  "
            f"{name} <{address}>  {subject}"
        )
        if snippet:
            print(f"{'':>8}{snippet}")
    return 0


def _run_read(args: argparse.Namespace) -> int:
    from followup_desk.services import replies

    if not replies.mark_read([args.reply_id], who=_desk_user()):
        raise UserError(f"there is no unread reply {args.reply_id}")
    print(f"Reply {args.reply_id} marked read; the prospect's e-mails may go again.")
    return 0
