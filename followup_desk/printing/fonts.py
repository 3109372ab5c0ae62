"""The typefaces every printed page uses, and fitting text into fixed boxes.

The DejaVu Sans family ships with the app and is embedded in every PDF, so
names with accents, Greek or Cyrillic letters print the same on any printer.
Characters the family lacks (emoji, CJK) are swapped for a visible
replacement mark instead of being left to ReportLab, which writes an invalid
Unicode map for characters beyond the basic plane.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from followup_desk.paths import resources_dir

log = logging.getLogger(__name__)

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
REPLACEMENT = "\ufffd"
ELLIPSIS = "\u2026"

# Code points each font can draw, filled by register_fonts(). Only the basic
# plane counts: DejaVu has a few emoji beyond it, but ReportLab cannot map
# them back to text, so they are treated as missing.
_glyphs: dict[str, frozenset[int]] = {}
_lock = threading.Lock()

# Tabs, line breaks and other control characters would print as boxes or
# nothing at all on a single line; a space keeps the words apart.
_CONTROLS = {code: " " for code in (*range(32), 127)}


def register_fonts() -> None:
    """Register the DejaVu family with ReportLab; later calls cost nothing."""
    if _glyphs:
        return
    with _lock:
        if _glyphs:
            return
        folder = resources_dir() / "fonts"
        loaded: dict[str, frozenset[int]] = {}
        for name, filename in _FILES.items():
            font = TTFont(name, str(folder / filename))
            pdfmetrics.registerFont(font)
            loaded[name] = frozenset(
                code for code in font.face.charToGlyph if code <= 0xFFFF
            )
        # Published last, so another thread never sees a half-registered family.
        _glyphs.update(loaded)
        log.debug("Registered fonts from %s", folder)


def printable(text: str, font: str = REGULAR) -> str:
    """``text`` as one line the font can draw: no control characters, no gaps."""
    text = text.translate(_CONTROLS)
    if text.isascii():
        return text
    glyphs = _glyphs[font]
    return "".join(ch if ord(ch) in glyphs else REPLACEMENT for ch in text)


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


@dataclass(frozen=True)
class FittedText:
    """A line of text and the font size at which it fits its box."""

    text: str
    size: float


def ellipsize(text: str, max_width: float, font: str, size: float) -> str:
    """Cut ``text`` and end it with an ellipsis so it fits ``max_width``."""
    if text_width(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)
    # Binary search for the longest prefix that still fits with the ellipsis.
    while low < high:
        middle = (low + high + 1) // 2
        candidate = text[:middle].rstrip() + ELLIPSIS
        if text_width(candidate, font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low else ""


def fit_text(
    text: str, max_width: float, font: str, size: float, min_size: float
) -> FittedText:
    """Shrink ``text`` down to ``min_size`` to fit ``max_width``, then ellipsize."""
    text = printable(text, font)
    width = text_width(text, font, size)
    if width <= max_width:
        return FittedText(text, size)
    # Width grows linearly with the size, so the fitting size is one division;
    # rounding down to a tenth keeps the result inside the box.
    shrunk = int(size * max_width / width * 10) / 10
    if shrunk >= min_size:
        return FittedText(text, shrunk)
    return FittedText(ellipsize(text, max_width, font, min_size), min_size)


@dataclass(frozen=True)
class FittedBlock:
    """Lines of a fixed block (an address) sharing one size and leading."""

    lines: list[str]
    size: float
    leading: float


def fit_block(
    lines: Sequence[str],
    max_width: float,
    max_height: float,
    font: str,
    size: float,
    min_size: float,
    line_spacing: float = 1.2,
) -> FittedBlock:
    """Fit several lines into a box, all at one size so the block looks even.

    The size shrinks until the widest line and the line count fit; below
    ``min_size`` long lines are ellipsized, and if there are still too many
    lines the middle ones go, because the first (the name) and the last (town,
    country) are what a postman needs.
    """
    clean = [printable(line, font) for line in lines]
    if not clean:
        return FittedBlock([], size, size * line_spacing)
    widest = max(text_width(line, font, 1.0) for line in clean)
    by_width = max_width / widest if widest else size
    by_height = max_height / (len(clean) * line_spacing)
    fitted = min(size, int(min(by_width, by_height) * 10) / 10)
    if fitted >= min_size:
        return FittedBlock(clean, fitted, fitted * line_spacing)

    leading = min_size * line_spacing
    room = max(1, int(max_height / leading))
    if len(clean) > room:
        log.warning("Address has %d lines, only %d fit; dropped some", len(clean), room)
        clean = clean[:1] + clean[len(clean) - room + 1 :] if room > 1 else clean[:1]
    clean = [ellipsize(line, max_width, font, min_size) for line in clean]
    return FittedBlock(clean, min_size, leading)


def wrap(text: str, max_width: float, font: str, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width``.

    Line breaks typed by the user are kept; a word longer than a whole line
    (a part number, a URL) is broken between characters rather than spilling.
    """
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        words = printable(paragraph, font).split()
        if not words:
            lines.append("")
            continue
        current, current_width = "", 0.0
        for word in words:
            word_width = text_width(word, font, size)
            if word_width > max_width:
                if current:
                    lines.append(current)
                pieces = _break_word(word, max_width, font, size)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_width = text_width(current, font, size)
            elif not current:
                current, current_width = word, word_width
            elif current_width + space + word_width <= max_width:
                current += " " + word
                current_width += space + word_width
            else:
                lines.append(current)
                current, current_width = word, word_width
        lines.append(current)
    return lines


def _break_word(word: str, max_width: float, font: str, size: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and text_width(current + ch, font, size) > max_width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    pieces.append(current)
    return pieces
