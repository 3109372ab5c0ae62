"""Logging to a rotating file in the user's log folder.

The window logs to ``followup-desk.log`` in ``paths.log_dir()``, five files
of a megabyte each at most. Records name ids and counts, never passwords,
message bodies or full postal addresses; as a second line of defence every
record passes :class:`RedactingFilter`, which blanks anything shaped like a
password (``password=…``, ``postgresql://user:secret@host``) before it is
written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from followup_desk import paths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LOG_FILE_NAME = "followup-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_SECRETS = (
    # user:secret@ in any URL
    (re.compile(r"(?P<keep>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]+(?=@)", re.I), "***"),
    # password=secret, "password": "secret", pwd: secret …
    (
        re.compile(
            r"(?P<keep>\b(?:password|passwd|pwd|secret|token)\b['\"]?\s*[:=]\s*)"
            r"(?:\"[^\"]*\"|'[^']*'|[^\s,;&}]+)",
            re.I,
        ),
        "***",
    ),
)


def redact(text: str) -> str:
    """``text`` with anything shaped like a password replaced by ``***``."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(lambda m, r=replacement: m.group("keep") + r, text)
    return text


class RedactingFilter(logging.Filter):
    """Blanks passwords in a record's message (and traceback) before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info)
            )
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def configure(verbose: bool = False, to_file: bool = True) -> None:
    """Send the app's log records to a file (and stderr when ``verbose``).

    Records name ids and counts, never passwords, message bodies or full
    postal addresses.
    """
    root = logging.getLogger("followup_desk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if root.handlers:
        return
    if to_file:
        try:
            handler = logging.handlers.RotatingFileHandler(
                log_file(),
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
            )
        except OSError:
            handler = None
        if handler:
            handler.setFormatter(logging.Formatter(FORMAT))
            handler.addFilter(RedactingFilter())
            root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        stream.addFilter(RedactingFilter())
        root.addHandler(stream)


def unconfigure() -> None:
    """Close and remove the handlers :func:`configure` added (tests, restarts)."""
    root = logging.getLogger("followup_desk")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
