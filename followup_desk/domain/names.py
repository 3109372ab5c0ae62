"""A person's full name from its two stored parts, in the order its script uses.

Prospects are stored with a first (given) and a last (family) name. Western
names print given name first ("Zoë Müller"); Chinese, Japanese and Korean
names are written family name first ("山田 太郎", "김 민준"), so when both parts
are written in those scripts they are put the other way round. A name mixing
scripts ("Taro 山田") keeps the Western order, since there is no telling which
convention its owner follows.
"""

from __future__ import annotations

import unicodedata

# Han ideographs (with the iteration and closing marks used in names, such as
# 々 in 佐々木), hiragana, katakana, Hangul and their half-width forms.
_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3031, 0x3035),  # kana repeat marks
    (0x303B, 0x303C),  # 〻 〼
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFFDC),  # half-width katakana and Hangul
    (0x20000, 0x3134F),  # CJK extensions B to G, compatibility supplement
)


def full_name(first: str, last: str) -> str:
    """The name as it is written and printed: "Zoë Müller", "山田 太郎".

    Either part may be empty; the result is then the other part alone.
    """
    first, last = (first or "").strip(), (last or "").strip()
    if family_name_first(first, last):
        return f"{last} {first}"
    return " ".join(part for part in (first, last) if part)


def family_name_first(first: str, last: str) -> bool:
    """True when both parts are written in Chinese, Japanese or Korean script."""
    return _is_cjk_name(last) and _is_cjk_name(first)


def _is_cjk_name(part: str) -> bool:
    # Lists of thousands of names ask this per row: plain Latin answers at once.
    if part.isascii():
        return False
    # Only letters count: a middle dot, hyphen or space says nothing of script.
    seen_letter = False
    for ch in part:
        if not unicodedata.category(ch).startswith("L"):
            continue
        if not _is_cjk_letter(ch):
            return False
        seen_letter = True
    return seen_letter


def _is_cjk_letter(ch: str) -> bool:
    code = ord(ch)
    return any(first <= code <= last for first, last in _CJK_RANGES)
