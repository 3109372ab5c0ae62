"""Full names in the order each script writes them."""

import pytest

from followup_desk.domain.names import family_name_first, full_name


@pytest.mark.parametrize(
    ("first", "last", "printed"),
    [
        ("Zoë", "Müller", "Zoë Müller"),  # Latin
        ("Ἀθηνᾶ", "Παππᾶ", "Ἀθηνᾶ Παππᾶ"),  # Greek
        ("Юлия", "Иванова", "Юлия Иванова"),  # Cyrillic
        ("太郎", "山田", "山田 太郎"),  # Japanese, kanji
        ("さくら", "佐々木", "佐々木 さくら"),  # hiragana; 々 is part of the name
        ("エミ", "ヤマダ", "ヤマダ エミ"),  # katakana
        ("小明", "王", "王 小明"),  # Chinese
        ("민준", "김", "김 민준"),  # Korean
        ("ﾀﾛｳ", "ﾔﾏﾀﾞ", "ﾔﾏﾀﾞ ﾀﾛｳ"),  # half-width katakana
        ("Taro", "山田", "Taro 山田"),  # mixed scripts keep Western order
        ("太郎", "Yamada", "太郎 Yamada"),
        ("Mary 花子", "山田", "Mary 花子 山田"),
        ("", "山田", "山田"),
        ("太郎", "", "太郎"),
        ("Zoë", "", "Zoë"),
        ("", "", ""),
        ("  太郎 ", " 山田", "山田 太郎"),
    ],
)
def test_full_name_puts_the_family_name_first_only_for_cjk(first, last, printed):
    assert full_name(first, last) == printed


def test_punctuation_and_symbols_say_nothing_about_the_script():
    # A katakana middle dot and an emoji are not letters of any script.
    assert family_name_first("ジョン・スミス", "山田 🎨")
    assert not family_name_first("-", "山田")
    assert not family_name_first("", "山田")
