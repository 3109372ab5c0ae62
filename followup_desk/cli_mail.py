"""The ``followup-desk mail …`` commands: settings, templates, the outbox.

Kept apart from ``cli.py`` so the e-mail commands read as one piece; the
main parser adds them with :func:`add_mail_commands`. The password is never
an argument (other users could read it in the process list): it is read
from standard input or typed at a hidden prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from pathlib import Path

from followup_desk.cli_passwords import save_password, with_password
from followup_desk.services.errors import UserError

PASSWORD_PROMPT = "Mail server password: "

SETTING_OPTIONS = (
    ("--delivery", "delivery", "smtp, or mail_program to use your own mail program"),
    ("--host", "smtp_host", "mail server, e.g. smtp.example.com"),
    ("--port", "smtp_port", "587 for STARTTLS, 465 for TLS"),
    ("--security", "smtp_security", "starttls or tls"),
    ("--user", "smtp_user", "user name on the mail server"),
    ("--from-name", "from_name", "name the customer sees as sender"),
    ("--from-address", "from_address", "the shop's e-mail address"),
    ("--reply-to", "reply_to", "where replies go, if not the from address"),
    ("--ca-file", "ca_file", "extra trusted certificate (PEM), or '' for none"),
    ("--signature", "signature", "signature under every e-mail"),
)


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


def add_mail_commands(commands) -> None:
    """Add ``mail`` and its sub-commands to the main parser's sub-parsers."""
    mail = commands.add_parser("mail", help="e-mail settings, templates and outbox")
    sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    cmd = sub.add_parser("settings", help="show or change the mail settings")
    for option, field, help_text in SETTING_OPTIONS:
        cmd.add_argument(option, dest=field, metavar="TEXT", help=help_text)
    cmd.set_defaults(run=_run_settings)

    cmd = sub.add_parser(
        "password", help="save the mail server password (read from standard input)"
    )
    cmd.set_defaults(run=_run_password)

    cmd = sub.add_parser("test", help="send a test e-mail now")
    cmd.add_argument("--to", default="", metavar="ADDRESS", help="default: yourself")
    cmd.set_defaults(run=_run_test)

    cmd = sub.add_parser("send-due", help="write and send every e-mail due")
    cmd.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="default: today")
    cmd.set_defaults(run=_run_send_due)

    cmd = sub.add_parser("send", help="send what waits in the outbox")
    cmd.add_argument(
        "--now", action="store_true", help="also mail that waits for a retry"
    )
    cmd.set_defaults(run=_run_send)

    cmd = sub.add_parser("outbox", help="list the outbox")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.set_defaults(run=_run_outbox)

    cmd = sub.add_parser("opt-out", help="a prospect wants no more e-mail")
    cmd.add_argument("prospect_id", type=_record_id, metavar="PROSPECT_ID")
    cmd.add_argument(
        "--how", choices=("reply", "link", "asked"), default="reply", help="how"
    )
    cmd.set_defaults(run=_run_opt_out)

    cmd = sub.add_parser("bounced", help="a prospect's address does not work")
    cmd.add_argument("prospect_id", type=_record_id, metavar="PROSPECT_ID")
    cmd.add_argument(
        "--problem", choices=("bounced", "invalid"), default="bounced", help="why"
    )
    cmd.set_defaults(run=_run_bounced)

    cmd = sub.add_parser("eml", help="save a planned e-mail as a file to open")
    cmd.add_argument("touch_id", type=_record_id, metavar="TOUCH_ID")
    cmd.add_argument("--out", type=Path, required=True, metavar="FILE.eml")
    cmd.set_defaults(run=_run_eml)

    cmd = sub.add_parser("template", help="show or change one e-mail template")
    cmd.add_argument("step", metavar="STEP", help="e.g. first_email")
    cmd.add_argument("--subject", metavar="TEXT")
    cmd.add_argument("--body-file", type=Path, metavar="FILE.txt")
    cmd.add_argument(
        "--attach-quote",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="attach the quotation PDF",
    )
    cmd.set_defaults(run=_run_template)


def _run_settings(args: argparse.Namespace) -> int:
    from followup_desk.services import mail_settings

    changes = {
        field: getattr(args, field)
        for _option, field, _help in SETTING_OPTIONS
        if getattr(args, field) is not None
    }
    settings = (
        mail_settings.update_settings(**changes)
        if changes
        else mail_settings.get_settings()
    )
    width = max(len(option) for option, _f, _h in SETTING_OPTIONS) - 2
    for option, field, _help in SETTING_OPTIONS:
        value = str(getattr(settings, field)).replace("\n", " / ")
        print(f"{option[2:]:<{width}}  {value}".rstrip())
    saved = "saved" if mail_settings.password_saved(settings) else "not saved"
    print(f"{'password':<{width}}  ({saved})")
    return 0


def _run_password(args: argparse.Namespace) -> int:
    from followup_desk.services import mail_settings

    save_password(
        PASSWORD_PROMPT,
        "this computer has no password store (keyring) to save it in; "
        "“mail send” will ask for the password each time instead",
        mail_settings.set_password,
    )
    print("Saved the mail server password in the system keyring.")
    return 0


def _with_password(action):
    """Run ``action``; with no keyring, ask for the password once and retry."""
    from followup_desk.services import mail_settings

    return with_password(
        action,
        mail_settings.PasswordNeeded,
        mail_settings.remember_password_for_session,
        PASSWORD_PROMPT,
    )


def _run_test(args: argparse.Namespace) -> int:
    from followup_desk.services import mail_settings

    print(_with_password(lambda: mail_settings.send_test_email(args.to)))
    return 0


def _print_drain(report) -> int:
    print(
        f"Sent {len(report.sent)}; waiting for another try {len(report.waiting)}; "
        f"not sent {len(report.failed)}; cancelled {len(report.cancelled)}."
    )
    if report.error is not None:
        # Like every other failure of the command line: one line, status 2.
        print(f"followup-desk: error: {report.error}", file=sys.stderr)
        return 2
    return 0


def _run_send_due(args: argparse.Namespace) -> int:
    from followup_desk.services import mail

    _with_password(lambda: mail.mail_settings.smtp_config())
    found = mail.queue_due(args.date, who=_desk_user())
    rerouted = ", ".join(f"{n} {kind}" for kind, n in found.rerouted.items())
    held = f"; waiting for a reply to be read: {found.held}" if found.held else ""
    print(
        f"Queued {len(found.queued)} e-mails"
        + (f"; turned into other touches: {rerouted}" if rerouted else "")
        + held
        + "."
    )
    for problem in found.problems:
        print(problem, file=sys.stderr)
    return _print_drain(mail.send_outbox(ignore_schedule=True))


def _run_send(args: argparse.Namespace) -> int:
    from followup_desk.services import mail

    report = _with_password(lambda: mail.send_outbox(ignore_schedule=args.now))
    return _print_drain(report)


def _run_outbox(args: argparse.Namespace) -> int:
    from followup_desk.mail.outbox import STATUS_LABELS
    from followup_desk.services import mail

    rows = mail.outbox_rows()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": row.id,
                        "status": row.status,
                        "to": row.to_address,
                        "subject": row.subject,
                        "message_id": row.message_id,
                        "attempts": row.attempts,
                        "next_attempt_at": row.next_attempt_at.isoformat(),
                        "sent_at": row.sent_at.isoformat() if row.sent_at else None,
                        "last_error": row.last_error,
                    }
                    for row in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if not rows:
        print("The outbox is empty.")
        return 0
    for row in rows:
        when = row.sent_at or row.next_attempt_at
        print(
            f"{row.id:>6}  {STATUS_LABELS.get(row.status, row.status):<20} "
            f"{when:%Y-%m-%d %H:%M}  {row.to_address}  {row.subject}"
        )
        if row.last_error and row.status != "sent":
            print(f"{'':>8}{row.last_error}")
    return 0


def _run_opt_out(args: argparse.Namespace) -> int:
    from followup_desk.services import mail_respect

    cancelled = mail_respect.opt_out(args.prospect_id, args.how, who=_desk_user())
    print(f"No more e-mail to prospect {args.prospect_id}; {cancelled} cancelled.")
    return 0


def _run_bounced(args: argparse.Namespace) -> int:
    from followup_desk.services import mail_respect

    counts = mail_respect.flag_address(args.prospect_id, args.problem)
    done = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "none open"
    print(f"Flagged the address of prospect {args.prospect_id}; e-mails now: {done}.")
    return 0


def _run_eml(args: argparse.Namespace) -> int:
    from followup_desk.services import mail

    path = mail.save_eml(mail.draft_for_touch(args.touch_id), args.out)
    print(f"Saved the e-mail to {path}; open it in your mail program to send it.")
    return 0


def _run_template(args: argparse.Namespace) -> int:
    from followup_desk.mail.templates import TemplateText
    from followup_desk.services import mail_templates

    current = mail_templates.template_for(args.step)
    if args.subject is not None or args.body_file or args.attach_quote is not None:
        body = current.body
        if args.body_file:
            try:
                body = args.body_file.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                raise UserError(
                    f"{args.body_file} is not UTF-8 text; save it as UTF-8 and "
                    "try again"
                ) from None
        attach = (
            current.attach_quote if args.attach_quote is None else args.attach_quote
        )
        current = TemplateText(
            args.subject if args.subject is not None else current.subject,
            body,
            attach,
        )
        mail_templates.save_template(args.step, current, who=_desk_user())
        print(f"Saved the template for {args.step}.")
    print(f"Subject: {current.subject}")
    print(f"Attach quotation: {'yes' if current.attach_quote else 'no'}")
    print()
    print(current.body)
    return 0


def _desk_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
