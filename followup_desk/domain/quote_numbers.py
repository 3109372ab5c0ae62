"""Quote numbers: the owner's pattern, checked and filled in.

A pattern is plain text with a few fields in braces, e.g. ``Q-{year}-{seq:04}``
gives ``Q-2026-0042``. ``{seq}`` is the running number and must be there; a
pattern with the year in it starts counting again at 1 each January, since
the year keeps the numbers apart. A revision of a sent quote adds ``-2``,
``-3`` … to the number it revises.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass

from followup_desk.translatable import QT_TRANSLATE_NOOP

DEFAULT_PATTERN = "{prefix}-{year}-{seq:04}"
FIELDS = {
    "prefix": "the prefix set in the settings, e.g. Q",
    "year": "the year, e.g. 2026",
    "yy": "the year in two digits, e.g. 26",
    "month": "the month in two digits, e.g. 07",
    "seq": "the running number; {seq:04} pads it to 4 digits",
}
YEAR_FIELDS = {"year", "yy"}
MAX_LENGTH = 40
# The number names the PDF file, so nothing a file name cannot hold.
_FORBIDDEN = set('/\\:*?"<>|')
_SEQ_SPEC = re.compile(r"^0?[1-9]?$")


class PatternError(ValueError):
    """The pattern cannot make good numbers; the message says what to change."""


@dataclass(frozen=True)
class NumberPattern:
    """A checked pattern, ready to make numbers."""

    text: str

    @property
    def restarts_yearly(self) -> bool:
        return bool(YEAR_FIELDS & _field_names(self.text))

    def format(self, seq: int, issued_on: dt.date, prefix: str = "Q") -> str:
        return self.text.format(
            prefix=prefix.strip(),
            year=f"{issued_on.year:04d}",
            yy=f"{issued_on.year % 100:02d}",
            month=f"{issued_on.month:02d}",
            seq=seq,
        )


def _field_names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def check_pattern(text: str, prefix: str = "Q") -> NumberPattern:
    """The pattern if it makes unique, file-safe numbers; else ``PatternError``."""
    text = (text or "").strip()
    if not text:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "QuoteNumbers", "Enter a pattern such as Q-{{year}}-{{seq:04}}."
            )
        )
    if len(text) > MAX_LENGTH:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "QuoteNumbers", "Keep the pattern under {MAX_LENGTH} characters."
            ).format(MAX_LENGTH=MAX_LENGTH)
        )
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "QuoteNumbers",
                "Every {{ needs a matching }}, e.g. Q-{{year}}-{{seq:04}}.",
            )
        ) from None
    literal = "".join(part for part, _, _, _ in parsed)
    bad = sorted(_FORBIDDEN & set(literal))
    if bad:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "QuoteNumbers",
                "A quote number cannot contain {items}: it names the PDF "
                "file. Use - or . instead.",
            ).format(items=" ".join(bad))
        )
    names = set()
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FIELDS:
            known = ", ".join(f"{{{key}}}" for key in FIELDS)
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "QuoteNumbers", "“{{{name}}}” is unknown; use {known}."
                ).format(name=name, known=known)
            )
        if conversion or (spec and (name != "seq" or not _SEQ_SPEC.match(spec))):
            raise PatternError(
                QT_TRANSLATE_NOOP(
                    "QuoteNumbers",
                    "Only the running number takes a width, written {{seq:04}}.",
                )
            )
        names.add(name)
    if "seq" not in names:
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "QuoteNumbers",
                "The pattern needs {{seq}}, the running number, or every "
                "quote would get the same number.",
            )
        )
    pattern = NumberPattern(text)
    sample = pattern.format(1, dt.date(2026, 1, 1), prefix)
    if _FORBIDDEN & set(sample):
        raise PatternError(
            QT_TRANSLATE_NOOP(
                "QuoteNumbers", 'The prefix cannot contain / \\ : * ? " < > or |.'
            )
        )
    return pattern


def revision_number(base: str, revision: int) -> str:
    """``Q-2026-0042`` for the first issue, ``Q-2026-0042-2`` for the second."""
    return base if revision <= 1 else f"{base}-{revision}"
