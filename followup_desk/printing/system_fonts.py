"""Finding a font on this computer that can print Chinese, Japanese and Korean.

The DejaVu family that ships with the app has no CJK characters, and a CJK
font is too large to ship, so names in those scripts print with a font the
system already has. fontconfig is asked where it exists (Linux, BSD); other
systems are searched in the folders where Windows and macOS keep their fonts.

Fonts with TrueType outlines come first, because ReportLab embeds them as
they are. OpenType fonts with PostScript (CFF) outlines, which is what most
Linux systems have (Noto Sans CJK), come next; ``cjk_font`` converts the
glyphs a page needs. ``FOLLOWUP_DESK_CJK_FONT`` names a font file to use
instead of searching; one that cannot be used is reported in the log and
the search goes on as if it were not set.

Only regular files are opened, and without waiting: a pipe or a device
named as a font would otherwise stop printing for good.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

ENV_FONT = "FOLLOWUP_DESK_CJK_FONT"

# A font counts as CJK-capable when it has the ideograph for "middle".
IDEOGRAPH = 0x4E2D
_CJK_LANGS = {"ja", "ko", "zh-cn", "zh-tw", "zh-hk"}

# fsType bits that forbid embedding: restricted licence, bitmap only.
_NO_EMBEDDING = 0x0002 | 0x0200

# FOLLOWUP_DESK_CJK_FONT values already warned about: every page asks for the
# font, the log should say it once.
_warned: set[str] = set()

# Where Windows and macOS keep fonts, and the CJK fonts they usually have,
# best first; Linux folders cover systems without fontconfig.
_KNOWN_FILES = (
    "msyh.ttc",
    "msyh.ttf",
    "meiryo.ttc",
    "YuGothR.ttc",
    "msgothic.ttc",
    "simsun.ttc",
    "malgun.ttf",
    "Arial Unicode.ttf",
    "PingFang.ttc",
    "AppleSDGothicNeo.ttc",
    "Hiragino Sans GB.ttc",
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "ipag.ttf",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "uming.ttc",
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJK-Bold.ttc",
)


@dataclass(frozen=True)
class FontFile:
    """One face of a font file that can draw CJK characters."""

    path: Path
    index: int  # the face within a .ttc collection, 0 for a single font
    truetype: bool  # TrueType outlines; False for PostScript (CFF) ones
    bold: bool = False


class UnusableFont(Exception):
    """Why a font file cannot print CJK characters, in words for the log."""


def find_cjk_font(bold: bool = False) -> FontFile | None:
    """The best CJK-capable font face on this computer, or None.

    ``bold`` asks for a bold face; without one the caller uses the regular.
    """
    chosen = _chosen_font()
    if chosen is not None and (chosen.bold or not bold):
        log.info("Printing CJK characters with %s, as %s says", chosen.path, ENV_FONT)
        return chosen

    seen: set[tuple[str, int]] = set()
    for path, index in _candidates(bold):
        key = (str(path), index)
        if key in seen:
            continue
        seen.add(key)
        found = inspect_font(path, index)
        if found is not None and (found.bold or not bold):
            log.info("Printing CJK characters with %s (face %d)", path.name, index)
            return found
    return None


def inspect_font(path: Path, index: int = 0) -> FontFile | None:
    """``path`` as a FontFile if it can draw CJK and may be embedded, else None."""
    try:
        return check_font(path, index)
    except UnusableFont as exc:
        log.debug("Skipping font %s: %s", path, exc)
        return None


def check_font(path: Path, index: int = 0) -> FontFile:
    """``path`` as a FontFile; raises UnusableFont saying why it cannot be one."""
    from fontTools.ttLib import TTFont

    stream = open_regular(path)
    try:
        size = os.fstat(stream.fileno()).st_size
        try:
            font = TTFont(stream, fontNumber=index, lazy=True)
        except Exception as exc:  # fontTools raises many kinds for a non-font
            raise UnusableFont(f"it is not a font file ({exc})") from exc
        try:
            return _font_file(font, Path(path), index, size)
        except UnusableFont:
            raise
        except Exception as exc:  # a damaged font must not stop printing
            raise UnusableFont(f"it is damaged ({exc})") from exc
    finally:
        stream.close()


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file; never waits.

    Raises UnusableFont for anything else: a folder, a pipe, a device.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UnusableFont("there is no such file") from None
    except OSError as exc:
        raise UnusableFont(f"it cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise UnusableFont(f"it is {_kind_of(mode)}, not a font file")

    try:
        # Non-blocking, and checked again once open: a file swapped for a pipe
        # after the check above must not make open() wait for a writer.
        stream = open(path, "rb", opener=_open_nonblocking)
    except OSError as exc:
        raise UnusableFont(f"it cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
        stream.close()
        raise UnusableFont("it is not a regular file")
    return stream


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _font_file(font, path: Path, index: int, size: int) -> FontFile:
    # A copy cut short keeps its table directory; the tables it points past
    # the end would fail only when a page is saved.
    for tag, entry in font.reader.tables.items():
        if entry.offset + entry.length > size:
            raise UnusableFont(f"the file is cut short (its {tag.strip()} table)")

    cmap = font.getBestCmap() or {}
    if IDEOGRAPH not in cmap:
        raise UnusableFont("it has no Chinese, Japanese or Korean characters")
    os2 = font["OS/2"] if "OS/2" in font else None
    if os2 is not None and os2.fsType & _NO_EMBEDDING:
        raise UnusableFont("its licence forbids embedding it in a PDF")
    truetype = "glyf" in font
    if not truetype and "CFF " not in font:
        # CFF2 variable fonts and bitmap-only fonts.
        raise UnusableFont("its outlines are of a kind that cannot be embedded")
    weight = os2.usWeightClass if os2 is not None else 400
    return FontFile(path, index, truetype, bold=weight >= 600)


def _chosen_font() -> FontFile | None:
    """The font FOLLOWUP_DESK_CJK_FONT names, or None (warned once) if unusable."""
    value = os.environ.get(ENV_FONT, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    try:
        return check_font(path)
    except UnusableFont as exc:
        if value not in _warned:
            _warned.add(value)
            log.warning(
                "Not using the font %s named by %s: %s. "
                "Looking for a CJK font on this computer instead.",
                path,
                ENV_FONT,
                exc,
            )
        return None


def _candidates(bold: bool) -> Iterator[tuple[Path, int]]:
    yield from _from_fontconfig(bold)
    for folder in _font_folders():
        for name in _KNOWN_FILES:
            path = folder / name
            if path.is_file():
                yield path, 0


def _from_fontconfig(bold: bool) -> list[tuple[Path, int]]:
    """CJK faces fontconfig knows, best first."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    fields = "%{file}\t%{index}\t%{fontformat}\t%{weight}\t%{spacing}\t%{family}"
    try:
        listed = subprocess.run(
            [fc_list, "--format", fields + "\t%{lang}\n"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("fc-list failed: %s", exc)
        return []

    ranked: list[tuple[tuple, Path, int]] = []
    for line in listed.splitlines():
        parts = line.split("\t")
        if len(parts) != 7:
            continue
        file, index, fmt, weight, spacing, family, langs = parts
        covers = set(langs.split("|")) & _CJK_LANGS
        if not covers:
            continue
        try:
            # fontconfig's weights: 80 regular, 200 bold; "[0 210]" if variable.
            face = int(index)
            heavy = float(weight.strip("[]").split()[0]) >= 160
        except (ValueError, IndexError):
            continue
        rank = (
            fmt != "TrueType",  # embeds as it is, no conversion
            -len(covers),
            heavy != bold,
            spacing == "100",  # monospaced
            "serif" in family.lower() and "sans" not in family.lower(),
            file,
            face,
        )
        ranked.append((rank, Path(file), face))
    ranked.sort(key=lambda item: item[0])
    return [(path, face) for _rank, path, face in ranked]


def _font_folders() -> list[Path]:
    folders: list[Path] = []
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        folders.append(windows / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        folders += [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            Path.home() / "Library" / "Fonts",
        ]
    else:
        folders += [
            Path("/usr/share/fonts/truetype/wqy"),
            Path("/usr/share/fonts/wenquanyi/wqy-zenhei"),
            Path("/usr/share/fonts/opentype/ipafont-gothic"),
            Path("/usr/share/fonts/truetype/droid"),
            Path("/usr/share/fonts/truetype/arphic"),
            Path("/usr/share/fonts/opentype/noto"),
            Path("/usr/share/fonts/noto-cjk"),
        ]
    return [folder for folder in folders if folder.is_dir()]
