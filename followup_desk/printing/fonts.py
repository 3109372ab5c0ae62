"""The typefaces every printed page uses, and fitting text into fixed boxes.

The DejaVu Sans family ships with the app and is embedded in every PDF, so
names with accents, Greek or Cyrillic letters print the same on any printer.
Chinese, Japanese and Korean characters, which DejaVu lacks, print with a CJK
font found on the computer (see ``cjk_font``): text is measured and drawn in
runs, each in the font that has its characters. Emoji and anything else
beyond Unicode's basic plane are left out (ReportLab writes an invalid
Unicode map for them, and a mark for a flower in a name looks broken), with
the space they leave closed up. A basic-plane character neither font has
(CJK on a computer without a CJK font, say) is swapped for a visible
replacement mark, so the reader can tell something is missing.
"""

from __future__ import annotations

import logging
import re
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

# Characters beyond the basic plane, with the joiners and emoji-style
# selectors that glue them into one emoji: all left out of printed text.
_BEYOND_BASIC_PLANE = re.compile(
    "[\u200d\ufe0e\ufe0f]*(?:[\U00010000-\U0010ffff][\u200d\ufe0e\ufe0f]*)+"
)


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
    """``text`` as one line the fonts can draw: no control characters or emoji."""
    text = text.translate(_CONTROLS)
    if text.isascii():
        return text

    text = _without_beyond_basic_plane(text)
    glyphs = _glyphs[font]
    if all(ord(ch) in glyphs for ch in text):
        return text
    fallback = _fallback(font, text)
    extra = fallback[1] if fallback else frozenset()
    return "".join(
        ch if ord(ch) in glyphs or ord(ch) in extra else REPLACEMENT for ch in text
    )


def _without_beyond_basic_plane(text: str) -> str:
    """``text`` without emoji and the like, and without the gaps they leave.

    "Ann 🌸 Lee" prints as "Ann Lee", not with two spaces; a space at the
    start or end that only bordered such a character goes too.
    """
    pieces = _BEYOND_BASIC_PLANE.split(text)
    if len(pieces) == 1:
        return text
    kept = pieces[0]
    for piece in pieces[1:]:
        if piece.startswith(" ") and (not kept or kept.endswith(" ")):
            piece = piece[1:]
        kept += piece
    if not pieces[-1] and kept.endswith(" "):
        kept = kept[:-1]
    return kept


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` made printable and cut into ``(font name, text)`` runs.

    DejaVu draws what it has, spaces between CJK words included; the CJK font
    draws the rest.
    """
    text = printable(text, font)
    if text.isascii():
        return [(font, text)]
    glyphs = _glyphs[font]
    if all(ord(ch) in glyphs for ch in text):
        return [(font, text)]
    fallback = _fallback(font, text)
    other = fallback[0] if fallback else font
    pieces: list[tuple[str, str]] = []
    for ch in text:
        name = font if ord(ch) in glyphs else other
        if pieces and pieces[-1][0] == name:
            pieces[-1] = (name, pieces[-1][1] + ch)
        else:
            pieces.append((name, ch))
    return pieces


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` prints, each run measured in the font that draws it."""
    if text.isascii():
        return pdfmetrics.stringWidth(text, font, size)
    return sum(
        pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, font)
    )


def _fallback(font: str, text: str) -> tuple[str, frozenset[int]] | None:
    """The CJK font for ``font``'s weight, if ``text`` needs one.

    Only CJK characters load it, so an emoji never costs reading a 20 MB font.
    """
    if not any(_is_cjk(ord(ch)) for ch in text):
        return None
    from followup_desk.printing.cjk_font import cjk_font

    return cjk_font(bold=font == BOLD)


# The blocks a CJK font is looked up for: Hangul Jamo, CJK radicals to the
# unified ideographs (kana, bopomofo and CJK punctuation among them), Hangul
# syllables, compatibility ideographs and forms, and full-width forms.
_CJK_BLOCKS = (
    (0x1100, 0x11FF),
    (0x2E80, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)


def _is_cjk(code: int) -> bool:
    return any(first <= code <= last for first, last in _CJK_BLOCKS)


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

    Line breaks typed by the user are kept. Lines break at spaces, and between
    Chinese or Japanese characters, which are written without spaces; a word
    longer than a whole line (a part number, a URL) is broken between
    characters rather than spilling.
    """
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        pieces = _break_points(printable(paragraph, font))
        if not pieces:
            lines.append("")
            continue
        current, current_width = "", 0.0
        for piece, spaced in pieces:
            gap = space if spaced and current else 0.0
            piece_width = text_width(piece, font, size)
            if current and current_width + gap + piece_width <= max_width:
                current += (" " if gap else "") + piece
                current_width += gap + piece_width
                continue
            if current:
                lines.append(current)
            if piece_width > max_width:
                broken = _break_word(piece, max_width, font, size)
                lines.extend(broken[:-1])
                piece = broken[-1]
                piece_width = text_width(piece, font, size)
            current, current_width = piece, piece_width
        lines.append(current)
    return lines


# Characters a line may not start with (closing marks, small kana, the
# prolonged sound mark) and may not end with (opening brackets).
_NO_LINE_START = set("、。，．・：；？！ー～々ゝゞヽヾ）」』】〕〉》〙〗｝］")
_NO_LINE_START |= set("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
_NO_LINE_END = set("（「『【〔〈《〘〖｛［")


def _break_points(text: str) -> list[tuple[str, bool]]:
    """The pieces a line may break between, each with "a space came before".

    Words are pieces; in Chinese and Japanese each character is a piece of
    its own, with its closing punctuation kept on the same line.
    """
    pieces: list[tuple[str, bool]] = []
    for word in text.split():
        spaced = True
        current = ""
        for ch in word:
            if not _breaks_around(ch) or ch in _NO_LINE_START:
                if (
                    current
                    and _breaks_around(current[-1])
                    and (ch not in _NO_LINE_START and current[-1] not in _NO_LINE_END)
                ):
                    pieces.append((current, spaced))
                    spaced, current = False, ""
                current += ch
                continue
            if current and current[-1] not in _NO_LINE_END:
                pieces.append((current, spaced))
                spaced, current = False, ""
            current += ch
        if current:
            pieces.append((current, spaced))
    return pieces


def _breaks_around(ch: str) -> bool:
    """A line may break before and after this character without a space."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF01 <= code <= 0xFF60  # full-width forms
    )


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
