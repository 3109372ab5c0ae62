"""Reading a server password on the command line, for ``mail`` and ``inbox``.

A password is never an argument (it would land in the shell history): it is
read from standard input or typed at a hidden prompt. Where the computer has
no keyring, a command that needs one asks once and keeps it for this run.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from followup_desk.services.errors import UserError

if TYPE_CHECKING:
    from followup_desk.services.mail_settings import PasswordNeeded

T = TypeVar("T")


def read_password(prompt: str) -> str:
    """The password typed at a hidden ``prompt``, or the first line piped in."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def save_password(prompt: str, no_keyring: str, save: Callable[[str], object]) -> None:
    """Read a password and ``save`` it in the keyring; ``no_keyring`` says why not."""
    from followup_desk.mail import credentials

    if not credentials.keyring_works():
        raise UserError(no_keyring)

    password = read_password(prompt)
    if not password:
        raise UserError("no password given")
    save(password)


def with_password(
    action: Callable[[], T],
    needed: type[PasswordNeeded],
    remember: Callable[[str], object],
    prompt: str,
) -> T:
    """Run ``action``; with no keyring, ask for the password once and retry.

    ``needed`` is the server's own kind of :class:`PasswordNeeded`. Without a
    terminal to ask at, or with a keyring to save in, it goes up as it is.
    """
    try:
        return action()
    except needed as exc:
        if exc.keyring_works or not sys.stdin.isatty():
            raise
        print(str(exc), file=sys.stderr)
        remember(read_password(prompt))
        return action()
