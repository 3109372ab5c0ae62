"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers

from followup_desk import paths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


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
                paths.log_dir() / "followup-desk.log",
                maxBytes=1_000_000,
                backupCount=5,
                encoding="utf-8",
            )
        except OSError:
            handler = None
        if handler:
            handler.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
