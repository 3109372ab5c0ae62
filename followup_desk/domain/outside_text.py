"""Text that came from outside (incoming mail), made safe to keep and to show.

A subject or a sender's name is written by whoever sent the message. It may
carry terminal escape sequences (colours, a changed window title, a cleared
screen when ``inbox replies`` prints it), a bell, other C0/C1 control
characters, or Unicode bidi controls that make the rest of a line read
backwards in a list. None of these is ever meant as words, so they are taken
out; line breaks and tabs become single spaces, as a one-line list shows them.
Zero-width joiners stay: emoji and several scripts need them.
"""

from __future__ import annotations

import re
import unicodedata

# A whole escape sequence goes, not just its ESC: "\x1b[31m" would otherwise
# leave "[31m" behind. CSI (also as the C1 byte 0x9B), OSC ended by BEL or
# ST, and the two-character forms.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
)
# Embeddings, overrides, isolates and the invisible direction marks.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Enough of a long text to fill ``limit`` even after controls are removed;
# cleaning megabytes only to cut them off would be wasted work.
_READ_AHEAD = 4


def _without_controls(text: str) -> str:
    kept = []
    for char in text:
        if char in _BIDI_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category in ("Zl", "Zp") or char.isspace():
            kept.append(" ")
        elif category == "Cc":
            continue
        elif category == "Cs":
            # A lone surrogate cannot be written to a file or a terminal.
            kept.append("\ufffd")
        else:
            kept.append(char)
    return "".join(kept)


def one_line(text: str, limit: int = 0) -> str:
    """``text`` on one line without control characters, at most ``limit`` long.

    A longer text is cut at ``limit`` characters, the last one an ellipsis;
    ``limit`` 0 keeps the whole text.
    """
    cut = bool(limit) and len(text) > limit * _READ_AHEAD
    if cut:
        text = text[: limit * _READ_AHEAD]
    if not text.isprintable():
        text = _without_controls(_ESCAPES.sub("", text))
    text = " ".join(text.split())
    if limit and (cut or len(text) > limit):
        text = text[: limit - 1].rstrip() + "…"
    return text
