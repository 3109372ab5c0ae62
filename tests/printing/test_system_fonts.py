"""FOLLOWUP_DESK_CJK_FONT: a usable font is taken, anything else is reported.

The CJK fonts here are made by fontTools in the test (a square for each of a
few characters), so these tests need no font on the computer; what the
system search finds, if anything, is only compared with itself.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection

from followup_desk.paths import resources_dir
from followup_desk.printing import system_fonts
from followup_desk.printing.system_fonts import ENV_FONT, find_cjk_font

CJK_CODES = [0x20, 0x4E2D, 0x5C71, 0x7530]  # space, 中, 山, 田


def make_font(path: Path, codes=CJK_CODES, weight: int = 400) -> Path:
    """A TrueType font drawing each of ``codes`` as a square."""
    names = [".notdef", *(f"uni{code:04X}" for code in codes)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({code: f"uni{code:04X}" for code in codes})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 800))
        pen.lineTo((900, 800))
        pen.lineTo((900, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Test CJK", "styleName": "Regular"})
    builder.setupOS2(usWeightClass=weight, sTypoAscender=880, sTypoDescender=-120)
    builder.setupPost()
    builder.save(str(path))
    return path


def truncated_collection(folder: Path) -> Path:
    """A .ttc of two CJK faces, cut off halfway as a broken download would be."""
    collection = TTCollection()
    collection.fonts = [
        TTFont(make_font(folder / "regular.ttf")),
        TTFont(make_font(folder / "bold.ttf", weight=700)),
    ]
    whole = folder / "whole.ttc"
    collection.save(str(whole))
    data = whole.read_bytes()
    cut = folder / "cut.ttc"
    cut.write_bytes(data[: len(data) // 2])
    return cut


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch):
    # Warnings are once per process; each test is a process of its own here.
    monkeypatch.setattr(system_fonts, "_warned", set())


@pytest.fixture
def system_choice(monkeypatch):
    """What the search finds on this computer with the variable unset."""
    monkeypatch.delenv(ENV_FONT, raising=False)
    return find_cjk_font()


def test_a_usable_font_named_by_the_variable_is_taken(tmp_path, monkeypatch, caplog):
    font = make_font(tmp_path / "cjk.ttf")
    monkeypatch.setenv(ENV_FONT, str(font))

    found = find_cjk_font()

    assert found is not None
    assert (found.path, found.index, found.truetype) == (font, 0, True)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def _bad_fonts(folder: Path) -> dict[str, tuple[Path, str]]:
    """Wrong values for the variable, each with what the warning must say."""
    text = folder / "notes.ttf"
    text.write_text("not a font at all\n", encoding="utf-8")
    return {
        "missing": (folder / "gone.ttf", "there is no such file"),
        "text": (text, "it is not a font file"),
        "truncated": (truncated_collection(folder), "the file is cut short"),
        "folder": (folder, "it is a folder"),
        "device": (Path(os.devnull), "it is a device"),
        "latin": (
            resources_dir() / "fonts" / "DejaVuSans.ttf",
            "it has no Chinese, Japanese or Korean characters",
        ),
    }


@pytest.mark.parametrize(
    "case", ["missing", "text", "truncated", "folder", "device", "latin"]
)
def test_an_unusable_font_is_named_once_and_the_system_search_goes_on(
    case, tmp_path, monkeypatch, caplog, system_choice
):
    if case == "device" and not Path(os.devnull).exists():
        pytest.skip("no null device here")
    path, why = _bad_fonts(tmp_path)[case]
    monkeypatch.setenv(ENV_FONT, str(path))
    caplog.set_level(logging.INFO, logger="followup_desk")

    # Every page of a batch asks; regular and bold faces are asked apart.
    found = [find_cjk_font(), find_cjk_font(bold=True), find_cjk_font()]

    assert found[0] == found[2] == system_choice
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    message = warnings[0].getMessage()
    assert str(path) in message and ENV_FONT in message
    assert why in message, message
    assert "\n" not in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(
    tmp_path, monkeypatch, caplog, system_choice
):
    pipe = tmp_path / "font.ttf"
    os.mkfifo(pipe)
    monkeypatch.setenv(ENV_FONT, str(pipe))
    found = []
    search = threading.Thread(target=lambda: found.append(find_cjk_font()))

    search.start()
    search.join(timeout=10)
    blocked = search.is_alive()
    if blocked:
        # Opening the writing end lets a blocked reader go, so the test ends.
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        search.join()

    assert not blocked, "opening the pipe waited for a writer"
    assert found == [system_choice]
    assert "it is a pipe" in caplog.text
