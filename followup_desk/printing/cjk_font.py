"""The CJK font ReportLab draws with, loaded the first time a page needs it.

A font with TrueType outlines is registered as it is. ReportLab cannot embed
PostScript (CFF) outlines, so for such a font (Noto Sans CJK on most Linux
systems) ReportLab gets the font's character map and widths at once, for
layout, while outlines are converted to TrueType only for the characters a
PDF actually uses, when the PDF is saved. Converted glyphs and finished
subsets are cached for the process, so a batch of letters converts each
character once.

Nothing here is loaded until CJK text is printed: a collection of CJK fonts
runs to 20 MB and more.
"""

from __future__ import annotations

import io
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import (
    TTEncoding,
    TTFError,
    TTFont,
    TTFontFace,
    TTFontFile,
)

from followup_desk.printing.system_fonts import (
    FontFile,
    UnusableFont,
    find_cjk_font,
    open_regular,
)

log = logging.getLogger(__name__)

REGULAR = "FollowupDeskCJK"
BOLD = "FollowupDeskCJK-Bold"

# Registered font name (or None when the system has no CJK font) and the code
# points it draws, per weight; filled on first use.
_loaded: dict[bool, tuple[str, frozenset[int]] | None] = {}
_lock = threading.Lock()


def cjk_font(bold: bool = False) -> tuple[str, frozenset[int]] | None:
    """The registered CJK font for this weight and the characters it has.

    Finds and registers the font on the first call; None when the computer
    has no CJK font. A bold request falls back to the regular face.
    """
    if bold in _loaded:
        return _loaded[bold]
    with _lock:
        if bold not in _loaded:
            _loaded[bold] = _load(bold)
        return _loaded[bold]


def _load(bold: bool) -> tuple[str, frozenset[int]] | None:
    found = find_cjk_font(bold)
    if found is None and bold:
        # The regular face drawn for bold text beats a replacement mark.
        if False not in _loaded:
            _loaded[False] = _load(False)
        return _loaded[False]
    if found is None:
        log.warning("No CJK font found; CJK characters print as a mark")
        return None
    name = BOLD if bold else REGULAR
    try:
        font = _register(name, found)
    except (OSError, TTFError, UnusableFont, ValueError, KeyError) as exc:
        log.warning("Cannot use the CJK font %s: %s", found.path, exc)
        return None
    glyphs = frozenset(code for code in font.face.charToGlyph if code <= 0xFFFF)
    return name, glyphs


def _register(name: str, found: FontFile) -> TTFont:
    if found.truetype:
        # ReportLab reads the whole file at once; opened here so that only
        # a regular file is ever read, as when the font was found.
        with open_regular(found.path) as stream:
            font = TTFont(name, stream, subfontIndex=found.index)
    else:
        font = ConvertedFont(name, CffSource(found))
    pdfmetrics.registerFont(font)
    return font


class CffSource:
    """A CFF-outline font face, turned into TrueType subsets on request."""

    def __init__(self, found: FontFile) -> None:
        from fontTools.ttLib import TTFont as ToolsFont

        self.path = found.path
        # Lazy: only the tables and glyphs asked for are read from the file,
        # which stays open for the process.
        stream = open_regular(found.path)
        self.font = ToolsFont(stream, fontNumber=found.index, lazy=True)
        self.units = self.font["head"].unitsPerEm
        order = self.font.getGlyphOrder()
        glyph_ids = {glyph: index for index, glyph in enumerate(order)}
        self.glyph_names = {
            code: glyph
            for code, glyph in self.font.getBestCmap().items()
            if code <= 0xFFFF
        }
        self.glyph_ids = {
            code: glyph_ids[glyph] for code, glyph in self.glyph_names.items()
        }
        self.metrics = self.font["hmtx"].metrics
        self._glyph_set = self.font.getGlyphSet()
        self._outlines: dict[str, object] = {}
        self._subsets: OrderedDict[frozenset[int], bytes] = OrderedDict()
        # fontTools reads the file lazily and is not thread-safe.
        self._lock = threading.Lock()

    def truetype(self, codes: Iterable[int]) -> bytes:
        """A small TrueType font with just these characters' glyphs."""
        key = frozenset(code for code in codes if code in self.glyph_names)
        with self._lock:
            data = self._subsets.get(key)
            if data is None:
                data = self._build(key)
                self._subsets[key] = data
                if len(self._subsets) > 32:
                    self._subsets.popitem(last=False)
            else:
                self._subsets.move_to_end(key)
            return data

    def _build(self, codes: frozenset[int]) -> bytes:
        from fontTools.fontBuilder import FontBuilder

        source = self.font
        cmap = {code: self.glyph_names[code] for code in sorted(codes)}
        names = [".notdef", *sorted(set(cmap.values()) - {".notdef"})]
        builder = FontBuilder(self.units, isTTF=True)
        builder.setupGlyphOrder(names)
        builder.setupCharacterMap(cmap)
        builder.setupGlyf({glyph: self._outline(glyph) for glyph in names})
        builder.setupHorizontalMetrics({glyph: self.metrics[glyph] for glyph in names})
        hhea = source["hhea"]
        builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent)
        os2 = source["OS/2"]
        builder.setupOS2(
            sTypoAscender=os2.sTypoAscender,
            sTypoDescender=os2.sTypoDescender,
            sTypoLineGap=os2.sTypoLineGap,
            usWinAscent=os2.usWinAscent,
            usWinDescent=os2.usWinDescent,
            usWeightClass=os2.usWeightClass,
            sCapHeight=getattr(os2, "sCapHeight", os2.sTypoAscender),
            fsType=os2.fsType,
        )
        naming = source["name"]
        builder.setupNameTable(
            {
                "familyName": naming.getDebugName(1) or "CJK",
                "styleName": naming.getDebugName(2) or "Regular",
                "psName": naming.getDebugName(6) or "CJK-Regular",
            }
        )
        builder.setupPost()
        out = io.BytesIO()
        builder.save(out)
        return out.getvalue()

    def _outline(self, glyph: str):
        """The glyph with its cubic curves turned into TrueType's quadratic ones."""
        outline = self._outlines.get(glyph)
        if outline is None:
            from fontTools.pens.cu2quPen import Cu2QuPen
            from fontTools.pens.ttGlyphPen import TTGlyphPen

            pen = TTGlyphPen(None)
            # One font unit (a thousandth of the size) off the cubic curve is
            # far below a printer dot. PostScript contours run the other way
            # round from TrueType's.
            self._glyph_set[glyph].draw(
                Cu2QuPen(pen, max_err=1.0, reverse_direction=True)
            )
            outline = self._outlines[glyph] = pen.glyph()
        return outline


class ConvertedFace(TTFontFace):
    """ReportLab's view of a CFF font: its metrics now, outlines when saved."""

    def __init__(self, source: CffSource) -> None:
        pdfmetrics.TypeFace.__init__(self, None)
        # Names, ascent, flags and the rest exactly as ReportLab reads them,
        # from a converted font of two glyphs.
        sample = TTFontFile(io.BytesIO(source.truetype([0x20, 0x4E2D])))
        self.__dict__.update(
            {
                key: value
                for key, value in vars(sample).items()
                if not key.startswith("_ttf") and key not in ("table", "hmetrics")
            }
        )
        scale = 1000 / source.units
        head = source.font["head"]
        self.bbox = [
            round(value * scale)
            for value in (head.xMin, head.yMin, head.xMax, head.yMax)
        ]
        self.filename = str(source.path)
        self._full_font = False
        self.charToGlyph = dict(source.glyph_ids)
        self.charWidths = {
            code: round(source.metrics[glyph][0] * scale)
            for code, glyph in source.glyph_names.items()
        }
        self.source = source

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 (ReportLab's)
        # ReportLab numbers the characters of each 256-character subset; its
        # own subsetter does that on a font that has their TrueType outlines.
        converted = TTFontFile(io.BytesIO(self.source.truetype(subset)))
        return converted.makeSubset(subset)


class ConvertedFont(TTFont):
    """A ReportLab TrueType font whose face is a ConvertedFace."""

    def __init__(self, name: str, source: CffSource) -> None:
        # TTFont.__init__ would read the whole file as TrueType; these are
        # the attributes it sets.
        self.fontName = name
        self.face = ConvertedFace(source)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = False
        self.shapable = False
