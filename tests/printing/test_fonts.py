"""Fitting text into fixed boxes and keeping it printable."""

from __future__ import annotations

import pytest

from followup_desk.printing import fonts
from followup_desk.printing.fonts import (
    BOLD,
    ELLIPSIS,
    REGULAR,
    REPLACEMENT,
    fit_block,
    fit_text,
    printable,
    register_fonts,
    text_width,
    wrap,
)


@pytest.fixture(autouse=True)
def _fonts():
    register_fonts()


def test_register_fonts_twice_keeps_the_first_registration():
    glyphs = fonts._glyphs[REGULAR]
    register_fonts()
    assert fonts._glyphs[REGULAR] is glyphs
    assert ord("Ж") in glyphs and ord("ᾶ") in glyphs


def test_text_that_fits_is_left_alone():
    fitted = fit_text("Smith & Sons <Ltd>", 500, REGULAR, 10, 7)
    assert fitted.text == "Smith & Sons <Ltd>"
    assert fitted.size == 10


def test_text_shrinks_before_it_is_cut():
    text = "Fahrradhaus Müller und Töchter"
    width = text_width(text, BOLD, 10) * 0.85
    fitted = fit_text(text, width, BOLD, 10, 7)
    assert fitted.text == text
    assert 7 <= fitted.size < 10
    assert text_width(fitted.text, BOLD, fitted.size) <= width


def test_text_too_long_even_at_the_minimum_is_ellipsized():
    text = "A very long company name that could never fit into this box " * 3
    fitted = fit_text(text, 120, REGULAR, 10, 7)
    assert fitted.size == 7
    assert fitted.text.endswith(ELLIPSIS)
    assert text_width(fitted.text, REGULAR, 7) <= 120


def test_missing_glyphs_and_control_characters_become_printable():
    assert printable("Zoë\tἈθηνᾶ\nЮлия") == "Zoë Ἀθηνᾶ Юлия"
    # A basic-plane character that no font has still shows as a mark.
    assert printable("Om \u0f00 Tashi") == f"Om {REPLACEMENT} Tashi"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Sakura 🌸 Tanaka", "Sakura Tanaka"),
        ("🌸 Sakura", "Sakura"),
        ("Sakura 🌸", "Sakura"),
        ("Sakura 🌸 🌼 Tanaka", "Sakura Tanaka"),
        ("Zoë 🌸\ufe0f Lee", "Zoë Lee"),  # with the emoji-style selector
        ("Ann 👩\u200d👩\u200d👧 Lee", "Ann Lee"),  # a family: joined emoji
        ("Gift🎁wrapping", "Giftwrapping"),
        ("Two  spaces 😀", "Two  spaces"),  # typed spaces stay
        ("Ἀθηνᾶ \U0001d49c", "Ἀθηνᾶ"),  # a letter beyond the basic plane
        ("🌸", ""),
    ],
)
def test_emoji_and_other_characters_beyond_the_basic_plane_are_left_out(typed, printed):
    assert printable(typed) == printed
    assert fonts.runs(typed, REGULAR) == [(REGULAR, printed)]
    assert REPLACEMENT not in "".join(wrap(typed, 300, REGULAR, 9))


def test_cjk_becomes_a_mark_only_without_a_cjk_font(monkeypatch):
    from followup_desk.printing import cjk_font

    monkeypatch.setitem(cjk_font._loaded, False, None)
    assert printable("Café 漢字") == f"Café {REPLACEMENT * 2}"
    assert fonts.runs("Café 漢字", REGULAR) == [(REGULAR, f"Café {REPLACEMENT * 2}")]


def test_wrap_keeps_typed_line_breaks_and_stays_inside_the_width():
    text = "First line of a long description that must wrap\nSecond line"
    lines = wrap(text, 100, REGULAR, 9)
    assert lines[-1] == "Second line"
    assert len(lines) >= 3
    assert all(text_width(line, REGULAR, 9) <= 100 for line in lines)
    assert " ".join(lines[:-1]) == text.split("\n")[0]


def test_wrap_breaks_a_word_longer_than_the_line():
    word = "X" * 80
    lines = wrap(f"Part {word} end", 60, REGULAR, 9)
    assert "".join(lines).replace(" ", "") == f"Part{word}end"
    assert all(text_width(line, REGULAR, 9) <= 60 for line in lines)


def test_block_shares_one_size_and_fits_its_box():
    lines = ["Name", "A rather long street name 1234", "12345 Town"]
    block = fit_block(lines, 120, 30, REGULAR, 11, 7)
    assert block.lines == lines
    assert block.size < 11
    assert block.leading * len(lines) <= 30
    assert all(text_width(line, REGULAR, block.size) <= 120 for line in lines)


def test_block_with_too_many_lines_keeps_name_and_town():
    lines = ["Name", "Company", "Dept", "Street", "Street 2", "12345 Town", "COUNTRY"]
    block = fit_block(lines, 200, 30, REGULAR, 10, 7)
    assert block.size == 7
    assert block.lines[0] == "Name"
    assert block.lines[-2:] == ["12345 Town", "COUNTRY"]
    assert len(block.lines) * block.leading <= 30
